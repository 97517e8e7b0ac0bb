import type { MentionIndex, Mention } from './mentionIndex.js';
import type { RangeSet } from '../text/rangeSet.js';
import { HAN, hasHan } from '../text/scripts.js';

/**
 * People the knowledge base does not know, introduced in Chinese by their country and title
 * ("老挝国家副主席巴妮", "越南副总理陈红河", "缅甸外长丹穗", "中国驻老挝大使姜再冬", two posts
 * joined by 兼 as in "柬埔寨副首相兼外交大臣布拉索昆", in either script), as
 * English texts introduce them ("Cambodian Prime Minister Hun Manet"). Chinese has no spaces,
 * so the name is the shortest run of two to six Han characters (or of a rendering around a
 * middle dot) after the title that a word ending a name follows: a verb of meeting or saying, a
 * preposition, a conjunction or punctuation.
 */

/** Titles written between a country and a name, in simplified characters. */
const SIMPLIFIED_TITLES = [
  '国家副主席',
  '国家主席',
  '政府副总理',
  '政府总理',
  '副总理',
  '总理',
  '副首相',
  '首相',
  '副总统',
  '总统',
  '外交部副部长',
  '外交部长',
  '外长',
  '国防部长',
  '公安部长',
  '国会副主席',
  '国会主席',
  '国会议长',
  '议长',
  '国王',
  '秘书长',
  '总书记',
  '常务副总理',
  '副部长',
  '部长',
  '大使',
  // Cambodia's ministers are 大臣 in Chinese ("外交与国际合作大臣", "国防大臣").
  '外交与国际合作大臣',
  '外交大臣',
  '国防大臣',
  '大臣',
];

/** The characters in which traditional titles differ from simplified ones (Hong Kong, Taiwan, Macau). */
const TRADITIONAL: Record<string, string> = {
  国: '國',
  总: '總',
  务: '務',
  长: '長',
  会: '會',
  议: '議',
  书: '書',
  记: '記',
  际: '際',
  与: '與',
  统: '統',
};

/** Titles written between a country and a name, in both scripts, longest first. */
const TITLES = [
  ...new Set(SIMPLIFIED_TITLES.flatMap((title) => [title, [...title].map((c) => TRADITIONAL[c] ?? c).join('')])),
].sort((a, b) => b.length - a.length);

/** What may follow a name, in either script: a verb of meeting or saying, a preposition or conjunction, punctuation. */
const AFTER_NAME =
  /^(?:会见|會見|会谈|會談|举行|舉行|表示|说|說|指出|强调|強調|出席|参加|參加|主持|接见|接見|访问|訪問|在|于|於|与|與|和|同|及|一行|等|时|時|率|应|應|将|將|已|也|对|對|向|致|的|[，。、；：！？（(\s,.;:])/u;

/**
 * A name's characters: a rendering around a middle dot, or a run of two to six (a Chinese name
 * has two to four; a Central Asian one rendered without a dot, 米尔济约耶夫, six), of which the
 * shortest that a name's end follows is taken.
 */
const HAN_NAME = new RegExp(`^(?:[${HAN}]{1,6}[·・‧•][${HAN}]{1,8}|[${HAN}]{2,6})`, 'u');

/** A Chinese name's most characters; a longer run without a dot is a rendered foreign name. */
const LONGEST_CHINESE_NAME = 4;
/** A title, or 兼 joining two, inside a run of characters: what a name never holds. */
const TITLE_INSIDE = new RegExp(`${TITLES.join('|')}|兼`, 'u');

const countryRunsByIndex = new WeakMap<MentionIndex, RegExp | null>();

/** One pattern: a country's Chinese name, optionally "驻<country>", then a title or two joined by 兼. */
function introductions(index: MentionIndex): RegExp | null {
  const cached = countryRunsByIndex.get(index);
  if (cached !== undefined) return cached;
  const countries = new Set<string>();
  for (const entity of index.kb.entities.values()) {
    if (entity.kind !== 'country') continue;
    for (const name of [entity.entry.names?.['zh-Hans'], entity.entry.names?.['zh-Hant']])
      if (name) countries.add(name);
  }
  const names = [...countries].sort((a, b) => b.length - a.length).join('|');
  // A post held with another is written with 兼 between them: "副首相兼外交大臣", "副总理兼外长".
  const titles = `(?:${TITLES.join('|')})`;
  const pattern = names ? new RegExp(`(?:${names})(?:[驻駐](?:${names}|华|華))?${titles}(?:兼${titles})*`, 'gu') : null;
  countryRunsByIndex.set(index, pattern);
  return pattern;
}

/** The new people a Chinese text introduces so, each with every later occurrence of the name. */
export function findChineseTitledNewcomers(text: string, occupied: RangeSet, index: MentionIndex): Mention[] {
  const pattern = introductions(index);
  if (!pattern || !hasHan(text)) return [];
  const names = new Set<string>();
  const found: Mention[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index + match[0].length;
    const name = nameAt(text, start);
    if (!name || occupied.overlaps(start, start + name.length)) continue;
    names.add(name);
  }
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (occupied.overlaps(at, at + name.length)) continue;
      found.push({ start: at, end: at + name.length, text: name, entity: { id: `new:${name}`, name, type: 'person' } });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The name starting at an offset: the shortest run of Han characters a name's end follows. */
function nameAt(text: string, start: number): string | undefined {
  const run = HAN_NAME.exec(text.slice(start, start + 16))?.[0];
  if (!run) return undefined;
  // A rendering around a dot ends, like any name, at the first word that can follow a name:
  // "普拉博沃·苏比安托在雅加达会见" is 普拉博沃·苏比安托, not the run up to 会见.
  const dot = run.search(/[·・‧•]/u);
  for (let length = dot >= 0 ? dot + 2 : 2; length <= run.length; length++) {
    const end = start + length;
    if (end !== text.length && !AFTER_NAME.test(text.slice(end, end + 2))) continue;
    const name = run.slice(0, length);
    // Longer than a Chinese name, a run is a rendered foreign one only if it holds no title: "兼任外交大臣" is none.
    return dot < 0 && length > LONGEST_CHINESE_NAME && TITLE_INSIDE.test(name) ? undefined : name;
  }
  return undefined;
}
