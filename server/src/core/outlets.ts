import { isHanCode } from './text/scripts.js';
/**
 * Which outlet published an article, recognised from cues in the scraped text. The table is data
 * so that adding an outlet never means touching the segmentation logic.
 *
 * A cue has a scope because the same words mean different things in different places: "(Xinhua)"
 * in a dateline credits the agency, "Copyright © www.gov.cn" closes the page it belongs to (so it
 * names the article above it), and a site menu opens the page (so it names the article below it).
 * Mentions in running prose ("according to the Xinhua News Agency") are deliberately not cues.
 */

/** One outlet: its canonical name, the names it goes by, and the patterns that betray it. */
export interface OutletEntry {
  /** Canonical name used in `Article.outlet`. */
  name: string;
  /**
   * Names the outlet is written as: a line holding only one of these, a dateline agency
   * ("(VNA)"), or the source part of a "Source: X" / "X· 2025-12-02" line.
   */
  aliases: readonly string[];
  /** Credits inside the article itself (dateline agency, Chinese "新华社...电"), the strongest cue. */
  credit?: readonly RegExp[];
  /** Page chrome that opens a page (menus, breadcrumbs, mailbox domains): names the next article. */
  header?: readonly RegExp[];
  /** Page chrome that closes a page (copyright lines, staff bios): names the previous article. */
  footer?: readonly RegExp[];
}

/** The outlets known to Attaché, most specific first where two could match the same text. */
export const OUTLETS: readonly OutletEntry[] = [
  {
    name: 'Xinhua',
    aliases: [
      'Xinhua',
      'Xinhuanet',
      'Xinhua Net',
      'Xinhua News Agency',
      'news.cn',
      'english.news.cn',
      'xinhuanet.com',
      'Xin Hua She',
      'Xin Hua Wang',
      '新华社',
      '新华网',
      '新華社',
      '新華網',
    ],
    credit: [
      /\(Xinhua\)/,
      /(新华社|新華社)[^。，,]{0,12}?(\d{1,2}|[一二三四五六七八九十]{1,3})月/,
      /^\s*Source\s*:\s*Xinhua/i,
      /\bXin\s?Hua\s?(She|Wang)\b/,
    ],
    header: [/\bxinhuanet\.com\b|\bnews\.cn\b/i],
  },
  {
    name: 'gov.cn',
    aliases: ['gov.cn', 'www.gov.cn', 'english.gov.cn', 'english.www.gov.cn', '中国政府网', '中國政府網'],
    header: [/\bwww\.gov\.cn\b/i, /中国政府网/],
    footer: [/\bwww\.gov\.cn\b/i, /中国政府网/],
  },
  {
    name: 'Ministry of Foreign Affairs of China',
    aliases: [
      'Ministry of Foreign Affairs of China',
      "Ministry of Foreign Affairs of the People's Republic of China",
      'Ministry of Foreign Affairs, PRC',
      'MFA',
      'fmprc.gov.cn',
      'mfa.gov.cn',
      '外交部',
      '中华人民共和国外交部',
      '中華人民共和國外交部',
    ],
    header: [
      /Home\s*>\s*Chinese Diplomatic News/i,
      /Spokesperson['’]s Remarks/,
      /\b(fmprc|mfa)\.gov\.cn\b/i,
      /首页\s*>\s*外交部/,
      /外交部(新闻|發言人|发言人)/,
    ],
  },
  {
    name: 'CPAFFC',
    aliases: [
      'CPAFFC',
      "Chinese People's Association for Friendship with Foreign Countries",
      '中国人民对外友好协会',
      '全国对外友协',
    ],
    header: [/@?cpaffc\.org\.cn/i],
    footer: [/@?cpaffc\.org\.cn/i],
  },
  {
    name: 'Global Times',
    aliases: ['Global Times', 'globaltimes.cn', '环球时报', '環球時報', '环球网'],
    header: [/\bglobaltimes\.cn\b/i],
    footer: [/\bglobaltimes\.cn\b/i],
  },
  {
    name: 'China Daily',
    aliases: ['China Daily', 'chinadaily.com.cn', '中国日报', '中國日報', '中国日报网'],
    header: [/China Daily (PDF|E-?paper)/i, /\bchinadaily\.com\.cn\b/i],
    footer: [/\bchinadaily\.com\.cn\b/i],
  },
  {
    name: 'CGTN',
    aliases: ['CGTN', 'China Global Television Network', 'cgtn.com'],
    footer: [/Copyright\s*©?\s*\d{4}\s*CGTN/i, /\bcgtn\.com\b/i],
  },
  {
    name: "People's Daily",
    aliases: [
      "People's Daily",
      "People's Daily Online",
      'peopledaily.com.cn',
      '人民日报',
      '人民日報',
      '人民网',
      '人民網',
    ],
    header: [/\b(en\.)?people(daily)?\.com\.cn\b/i],
    footer: [/\b(en\.)?people(daily)?\.com\.cn\b/i],
  },
  {
    name: 'China News Service',
    aliases: ['China News Service', 'ecns.cn', '中新社', '中新网', '中國新聞社'],
    credit: [/中新社[^。，,]{0,12}?(\d{1,2}|[一二三四五六七八九十]{1,3})月/],
  },
  {
    name: 'CCTV',
    aliases: ['CCTV', 'CCTV.com', '央视网', '央视新闻', '央視新聞', 'Yang Shi Wang', 'Yang Shi Xin Wen'],
  },
  {
    name: 'China National Radio',
    aliases: ['China National Radio', 'CNR', 'cnr.cn', '央广网', '央廣網', 'Yang Guang Wang'],
  },
  {
    name: 'Guangxi Daily',
    aliases: ['Guangxi Daily', '广西日报', '廣西日報', 'Guang Xi Ri Bao'],
  },
  {
    name: 'Shaanxi Daily',
    aliases: ['Shaanxi Daily', '陕西日报', '陝西日報', 'Shan Xi Ri Bao'],
  },
  {
    name: 'Ministry of National Defense of China',
    aliases: ['Ministry of National Defense', 'Ministry of National Defense of China', 'mod.gov.cn', '国防部'],
  },
  {
    name: 'Laotian Times',
    aliases: ['Laotian Times', 'The Laotian Times', 'laotiantimes.com'],
    header: [/\blaotiantimes\.com\b/i],
    footer: [/\blaotiantimes\.com\b/i],
  },
  {
    name: 'KPL',
    aliases: ['KPL', 'KPL Lao News Agency', 'Lao News Agency', 'Khaosan Pathet Lao', 'kpl.gov.la'],
    credit: [/\(KPL\)/],
  },
  {
    name: 'Vientiane Times',
    aliases: ['Vientiane Times', 'vientianetimes.org.la'],
  },
  {
    name: 'Vietnam News Agency',
    aliases: ['Vietnam News Agency', 'VNA', 'VietnamPlus', 'Vietnam Plus', 'vietnamplus.vn', 'TTXVN', 'Vietnam News'],
    credit: [/\((VNA|TTXVN|VNA\/VietnamPlus)\)/],
    header: [/\bvietnamplus\.vn\b/i],
    footer: [/\bvietnamplus\.vn\b/i],
  },
  {
    name: 'Nhan Dan',
    aliases: ['Nhan Dan', 'Nhân Dân', 'Nhan Dan Online', 'en.nhandan.vn'],
  },
  {
    name: 'AP',
    aliases: ['AP', 'Associated Press', 'The Associated Press', 'AP News', 'apnews.com'],
    credit: [/\(AP\)/],
    footer: [/Copyright\s*\d{4}\s*The Associated Press/i],
  },
  {
    name: 'Reuters',
    aliases: ['Reuters', 'Thomson Reuters', 'reuters.com'],
    credit: [/\(Reuters\)/],
    footer: [/\bThomson Reuters\b/],
  },
  {
    name: 'AFP',
    aliases: ['AFP', 'Agence France-Presse'],
    credit: [/\(AFP\)/],
  },
  {
    name: 'Press Trust of India',
    aliases: ['Press Trust of India', 'PTI', 'ptinews.com'],
    credit: [/\(PTI\)/],
  },
  // The other South Asian wires print their datelines as PTI does, the agency in brackets and no
  // dash after it ("NEW DELHI, Dec 12 (IANS) Prime Minister ..."), so they are known by name too.
  {
    name: 'Indo-Asian News Service',
    aliases: ['Indo-Asian News Service', 'IANS', 'ians.in'],
    credit: [/\(IANS\)/],
  },
  {
    name: 'Asian News International',
    aliases: ['Asian News International', 'ANI', 'aninews.in'],
    credit: [/\(ANI\)/],
  },
  {
    name: 'United News of India',
    aliases: ['United News of India', 'UNI', 'uniindia.com'],
    credit: [/\(UNI\)/],
  },
  {
    name: 'Associated Press of Pakistan',
    aliases: ['Associated Press of Pakistan', 'APP', 'app.com.pk'],
    credit: [/\(APP\)/],
  },
  {
    name: 'Bangladesh Sangbad Sangstha',
    aliases: ['Bangladesh Sangbad Sangstha', 'BSS', 'bssnews.net'],
    credit: [/\(BSS\)/],
  },
  {
    name: 'NBC News',
    aliases: ['NBC News', 'NBC', 'nbcnews.com'],
    footer: [/\bfor NBC News\b/],
  },
  {
    name: 'NPR',
    aliases: ['NPR', 'National Public Radio', 'npr.org'],
    header: [/\bfor NPR\b/],
    footer: [/\bfor NPR\b/],
  },
  {
    name: 'The New York Times',
    aliases: ['The New York Times', 'New York Times', 'nytimes.com'],
    footer: [/\bis an? (New York )?Times (reporter|correspondent|editor)\b/],
  },
  {
    name: 'Friends of Socialist China',
    aliases: ['Friends of Socialist China', 'socialistchina.org'],
  },
  {
    name: 'Central News Agency',
    aliases: ['Central News Agency', 'Focus Taiwan', '中央社', '中央通訊社'],
    credit: [/中央社(?:記者|记者)?[^。，,）)]{0,12}?\d{1,2}日(?:專|专)?(?:電|电)/],
  },
  // Taipei's daily, crediting its dispatches in brackets: "〔聯合報東京10日電〕", "[聯合報記者... 台北5日電]".
  // Not Singapore's 联合早报 (Lianhe Zaobao), whose name holds 早 between.
  {
    name: 'United Daily News',
    aliases: ['United Daily News', 'udn.com', '聯合報', '联合报'],
    credit: [/(?:聯合報|联合报)(?:記者|记者)?[^。，,〕］\])）]{0,12}?\d{1,2}日(?:專|专)?(?:電|电)/],
  },
];

/**
 * The outlets' web domains: a page's address names its outlet when nothing else does. A host
 * matches a domain when it is the domain or under it ("english.news.cn" under "news.cn"); the
 * longest match wins, so "fmprc.gov.cn" is the ministry, and only the central government's own
 * hosts are "gov.cn" (a provincial "gxzf.gov.cn" is not).
 */
const OUTLET_DOMAINS: ReadonlyMap<string, string> = new Map([
  ['news.cn', 'Xinhua'],
  ['xinhuanet.com', 'Xinhua'],
  ['xinhua.org', 'Xinhua'],
  ['www.gov.cn', 'gov.cn'],
  ['english.gov.cn', 'gov.cn'],
  ['english.www.gov.cn', 'gov.cn'],
  ['fmprc.gov.cn', 'Ministry of Foreign Affairs of China'],
  ['mfa.gov.cn', 'Ministry of Foreign Affairs of China'],
  ['mod.gov.cn', 'Ministry of National Defense of China'],
  ['cpaffc.org.cn', 'CPAFFC'],
  ['globaltimes.cn', 'Global Times'],
  ['huanqiu.com', 'Global Times'],
  ['chinadaily.com.cn', 'China Daily'],
  ['cgtn.com', 'CGTN'],
  ['people.com.cn', "People's Daily"],
  ['peopledaily.com.cn', "People's Daily"],
  ['people.cn', "People's Daily"],
  ['chinanews.com', 'China News Service'],
  ['chinanews.com.cn', 'China News Service'],
  ['ecns.cn', 'China News Service'],
  ['cctv.com', 'CCTV'],
  ['cctv.cn', 'CCTV'],
  ['cnr.cn', 'China National Radio'],
  ['laotiantimes.com', 'Laotian Times'],
  ['kpl.gov.la', 'KPL'],
  ['vientianetimes.org.la', 'Vientiane Times'],
  ['vnanet.vn', 'Vietnam News Agency'],
  ['vietnamplus.vn', 'Vietnam News Agency'],
  ['nhandan.vn', 'Nhan Dan'],
  ['apnews.com', 'AP'],
  ['reuters.com', 'Reuters'],
  ['afp.com', 'AFP'],
  ['nbcnews.com', 'NBC News'],
  ['npr.org', 'NPR'],
  ['nytimes.com', 'The New York Times'],
  ['socialistchina.org', 'Friends of Socialist China'],
  ['cna.com.tw', 'Central News Agency'],
  ['focustaiwan.tw', 'Central News Agency'],
  ['udn.com', 'United Daily News'],
]);

/**
 * The outlet a page's address names: a known outlet by its domain, else the host itself
 * without "www." (an outlet is never unknown when its address is there). Undefined for
 * something that is not a web address.
 */
export function outletOfUrl(url: string): { known?: string; domain: string } | undefined {
  let host: string;
  try {
    const parsed = new URL(/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(url.trim()) ? url.trim() : `https://${url.trim()}`);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined;
  }
  if (!host.includes('.') || /^[\d.]+$/.test(host)) return undefined;
  for (let suffix = host; suffix.includes('.'); suffix = suffix.slice(suffix.indexOf('.') + 1)) {
    const known = OUTLET_DOMAINS.get(suffix);
    if (known) return { known, domain: host.replace(/^www\./, '') };
  }
  return { domain: host.replace(/^www\./, '') };
}

const aliasIndex: Map<string, string> = buildAliasIndex();

function buildAliasIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const entry of OUTLETS) {
    for (const alias of [entry.name, ...entry.aliases]) index.set(aliasKey(alias), entry.name);
  }
  return index;
}

/** Folds the spellings a name takes in scrapes (case, curly apostrophes, a leading "The"). */
function aliasKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/[\s·•|:：\-–—.,]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The canonical outlet for a name written out in full ("The Laotian Times", "(VNA)" without its
 * brackets, "Xin Hua She"). Returns undefined for names not in the table so that callers can
 * decide whether an unknown name is worth keeping.
 */
export function outletByName(name: string): string | undefined {
  return aliasIndex.get(aliasKey(name));
}

/**
 * The canonical outlet whose alias opens a source label such as "人民网-国际频道 原创稿", where
 * the outlet is followed by a channel name. Only whole aliases count: "Xinhua" opens
 * "Xinhua | April 24" but "AP" does not open "Apple".
 */
export function outletByPrefix(label: string): string | undefined {
  const key = aliasKey(label);
  const exact = aliasIndex.get(key);
  if (exact) return exact;
  let best: { name: string; length: number } | undefined;
  for (const [alias, name] of aliasIndex) {
    if (!key.startsWith(alias) || alias.length <= (best?.length ?? 0)) continue;
    const next = key.charAt(alias.length);
    const cjkAlias = isHanCode(alias.charCodeAt(alias.length - 1));
    if (next === '' || cjkAlias || /[\s\-–—|·:(,]/u.test(next)) best = { name, length: alias.length };
  }
  return best?.name;
}

/** The outlet credited by an explicit in-article credit ("(Xinhua)", "新华社万象12月3日电"), if any. */
export function creditedOutlet(text: string): string | undefined {
  for (const entry of OUTLETS) {
    if (entry.credit?.some((pattern) => pattern.test(text))) return entry.name;
  }
  return undefined;
}

/** The outlet named by a line of page chrome in the given position relative to an article. */
export function chromeOutlet(line: string, position: 'header' | 'footer'): string | undefined {
  for (const entry of OUTLETS) {
    const patterns = position === 'header' ? entry.header : entry.footer;
    if (patterns?.some((pattern) => pattern.test(line))) return entry.name;
  }
  return undefined;
}

/**
 * What a source is shown under when nothing names its outlet: no front matter, no `<meta>`
 * tag, no URL (whose domain would be named) and no credit or page chrome in its text.
 */
export const UNKNOWN_OUTLET = 'unknown outlet';

/** The outlet a source is shown under in hovers, the dossier and the command line's lists. */
export function outletLabel(outlet: string | undefined): string {
  return outlet ?? UNKNOWN_OUTLET;
}
