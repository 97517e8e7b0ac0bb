import type { KnowledgeBase, PersonEntity } from '../../kb/knowledgeBase.js';
import { foldText } from '../text/fold.js';
import type { Alias } from './aliases.js';
import { capitalizedWordEnd, characterLength, nextPossibleCapital } from './capitalizedWords.js';
import { chineseNearMissAt, nearMissOf, reversedChineseNameOf, type KnownSpelling } from './nearMiss.js';
import { hanReading } from './hanReadings.js';
import { readMandarin } from './pinyin.js';
import { HAN } from '../text/scripts.js';

/** A span of text that names a known person with a typo, and the alias that says so. */
export interface NearMissSpan {
  start: number;
  end: number;
  alias: Alias;
}

/**
 * Runs of two to four capitalized words, outside text already recognized, that come within a
 * typo of a known person's full name ("Xi Jinpin", "Tran Thanh Mann", "Pham Minh Chin"). Each
 * becomes a mention of that person in a wrong form, so that `name/misspelled` reports it and
 * later second mentions ("Chinh said") still resolve to the person.
 */
export function findNearMisses(
  text: string,
  covered: Uint8Array,
  kb: KnowledgeBase,
  titleBefore: TitleBefore = () => undefined,
): NearMissSpan[] {
  // Offsets only, read one match at a time: a long text has millions of capitalized words.
  const starts: number[] = [];
  const ends: number[] = [];
  for (let at = nextPossibleCapital(text, 0); at < text.length; at = nextPossibleCapital(text, at)) {
    const end = capitalizedWordEnd(text, at);
    if (end < 0) {
      at += characterLength(text, at);
      continue;
    }
    starts.push(at);
    ends.push(end);
    at = end;
  }
  const spans: NearMissSpan[] = [];
  for (let i = 0; i < starts.length; i++) {
    // Longest window first, so "Nguyen Phu Trung" is judged whole.
    for (let size = 4; size >= 2; size--) {
      const last = i + size - 1;
      if (last >= starts.length || !singleSpaced(text, starts, ends, i, size)) continue;
      const start = starts[i]!;
      const end = ends[last]!;
      if (anyCovered(covered, start, end)) continue;
      const written = text.slice(start, end);
      const match = nearMissOf(written, kb);
      if (match && !(anotherPinyinName(written, match.person) && !titledAs(titleBefore(start), match.person))) {
        spans.push({
          start,
          end,
          alias: {
            text: written,
            entityId: match.person.id,
            form: 'wrong',
            caseSensitive: false,
            replacement: standardFormFor(match),
            reason: 'a misspelling',
          },
        });
        i += size - 1;
        break;
      }
      // A Chinese name of two syllables in Western order ("Qiang Li") is as likely someone
      // else's name in Chinese order, so it is the leader only when the leader's office
      // introduces it ("Chinese Premier Qiang Li").
      // The title is looked for first: most runs of two words have none, and are not read again.
      const offices = size === 2 ? titleBefore(start) : undefined;
      const reversed = offices ? reversedChineseNameOf(written, kb) : undefined;
      if (reversed && titledAs(offices, reversed.person)) {
        spans.push({
          start,
          end,
          alias: {
            text: written,
            entityId: reversed.person.id,
            form: 'wrong',
            caseSensitive: false,
            replacement: reversed.person.name,
            reason: 'the Chinese name in Western order',
            transliteration: true,
          },
        });
        i += size - 1;
        break;
      }
    }
  }
  return spans;
}

/**
 * What a typo is fixed to: the spelling it misses, unless that is one of the person's accepted
 * romanizations ("Sinlavong Khoutphaython" misses "Sinlavong Khoutphaythoun"), which is
 * tolerated where it is written but is not the standard spelling a fix should offer.
 */
function standardFormFor(match: KnownSpelling): string {
  return match.person.entry.romanizations?.includes(match.text) ? match.person.name : match.text;
}

/** Whether any offset from `start` to `end` is covered: read in place, as it is asked for every run of words. */
export function anyCovered(covered: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (covered[i] === 1) return true;
  return false;
}

/** The offices a title written right before an offset may name (none when no title is there). */
export type TitleBefore = (start: number) => readonly string[] | undefined;

/**
 * Whether a written name is itself a well-formed Chinese name in pinyin of two syllables, like
 * the person's ("Li Jiang", "Liu Jian" beside Li Qiang and Lin Jian): such a name is as
 * likely another person as a typo, since two-syllable pinyin names are shared by many people.
 */
function anotherPinyinName(written: string, person: PersonEntity): boolean {
  if (person.entry.country !== 'china') return false;
  let syllables = 0;
  for (const word of foldText(written).split(' ')) {
    const reading = readMandarin(word);
    if (!reading?.pinyin) return false;
    syllables += reading.loose.length;
  }
  return syllables === 2;
}

/** Whether a title before the name is one of the person's offices ("Premier Li Jiang": Li Qiang's). */
function titledAs(offices: readonly string[] | undefined, person: PersonEntity): boolean {
  return offices !== undefined && (person.entry.roles ?? []).some((role) => offices.includes(role.office));
}

function singleSpaced(
  text: string,
  starts: readonly number[],
  ends: readonly number[],
  from: number,
  size: number,
): boolean {
  for (let k = from; k < from + size - 1; k++) {
    if (starts[k + 1]! - ends[k]! !== 1 || text.charCodeAt(ends[k]!) !== 0x20) return false;
  }
  return true;
}

/** A middle dot between Han characters: where a Chinese rendering of a foreign name splits. */
const DOT_BETWEEN_HAN = new RegExp(`(?<=[${HAN}])[·・‧•](?=[${HAN}])`, 'g');
/** The dots of {@link DOT_BETWEEN_HAN} alone, looked for first: most texts hold none. */
const MIDDLE_DOT = /[·・‧•]/;

/**
 * Chinese renderings of known foreign names with one wrong character ("通伦·西苏利"). Unlike
 * Latin-script near misses they may contain a recognized short form (通伦), which they replace.
 */
export function findChineseNearMisses(text: string, kb: KnowledgeBase): NearMissSpan[] {
  const spans: NearMissSpan[] = [];
  // The pattern, which looks behind before its dot, is tried at every offset of a text with no
  // dot at all; a look for the dot alone rules most texts out at once.
  if (!MIDDLE_DOT.test(text)) return spans;
  for (const match of text.matchAll(DOT_BETWEEN_HAN)) {
    const known = chineseNearMissAt(text, match.index, kb);
    if (!known) continue;
    spans.push({
      start: known.start,
      end: known.end,
      alias: {
        text: text.slice(known.start, known.end),
        entityId: known.person.id,
        form: 'wrong',
        caseSensitive: false,
        replacement: known.text,
        reason: 'a miswritten character',
      },
    });
  }
  return spans;
}

/** Per knowledge base: by office, the people who have held it whose Chinese name is three characters or more, without a middle dot. */
const chineseNamesByOffice = new WeakMap<KnowledgeBase, Map<string, { name: string; person: PersonEntity }[]>>();

function chineseNamesOf(kb: KnowledgeBase): Map<string, { name: string; person: PersonEntity }[]> {
  const cached = chineseNamesByOffice.get(kb);
  if (cached) return cached;
  const byOffice = new Map<string, { name: string; person: PersonEntity }[]>();
  for (const entity of kb.entities.values()) {
    if (entity.kind !== 'person') continue;
    const name = entity.entry.names?.['zh-Hans'];
    if (!name || [...name].length < 3 || !HAN_ONLY.test(name)) continue;
    for (const office of new Set((entity.entry.roles ?? []).map((role) => role.office))) {
      const list = byOffice.get(office) ?? [];
      list.push({ name, person: entity });
      byOffice.set(office, list);
    }
  }
  chineseNamesByOffice.set(kb, byOffice);
  return byOffice;
}

const HAN_ONLY = new RegExp(`^[${HAN}]+$`);

/**
 * Chinese names written right after a title of an office their bearer has held, with one
 * character after the surname replaced by another of the same reading ("越南总理范明正" for
 * 范明政): the homophone a Chinese input method offers first. Without the title such a name is
 * as likely someone else's (王小红 is not 王小洪), so only a title introduces it.
 */
export function findChineseHomophones(
  text: string,
  titles: readonly { end: number; offices: readonly string[] }[],
  kb: KnowledgeBase,
): NearMissSpan[] {
  const spans: NearMissSpan[] = [];
  const byOffice = chineseNamesOf(kb);
  for (const { end: start, offices } of titles) {
    const seen = new Set<PersonEntity>();
    for (const office of offices) {
      for (const { name, person } of byOffice.get(office) ?? []) {
        if (seen.has(person)) continue;
        seen.add(person);
        const end = start + name.length;
        if (end > text.length) continue;
        const written = text.slice(start, end);
        if (written !== name && homophoneAfterSurname(written, name)) {
          spans.push({
            start,
            end,
            alias: {
              text: written,
              entityId: person.id,
              form: 'wrong',
              caseSensitive: false,
              replacement: name,
              reason: "a character of the same reading written in place of the name's",
            },
          });
          break;
        }
      }
    }
  }
  return spans;
}

/** Whether `written` is `name` with one character after the first replaced by another Han character of the same reading. */
function homophoneAfterSurname(written: string, name: string): boolean {
  if (written[0] !== name[0] || !HAN_ONLY.test(written)) return false;
  let differing = 0;
  for (let i = 1; i < name.length; i++) {
    if (written[i] === name[i]) continue;
    const reading = hanReading(name[i]!);
    if (++differing > 1 || reading === undefined || hanReading(written[i]!) !== reading) return false;
  }
  return differing === 1;
}
