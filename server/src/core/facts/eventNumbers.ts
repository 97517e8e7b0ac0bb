import type { ReportedNumber } from './types.js';
import { HAN } from '../text/scripts.js';

const EN_FIGURE =
  /(?<![\w.,/-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w-]|[.,]\d)(?:\s+(million|billion|trillion|thousand))?/g;
const EN_WORD = /^\s+([A-Za-z][a-z-]*)/;
const STOP_WORDS = new Set([
  'of',
  'to',
  'in',
  'on',
  'at',
  'and',
  'or',
  'with',
  'for',
  'from',
  'that',
  'which',
  'who',
  'the',
  'a',
  'an',
  'was',
  'were',
  'is',
  'are',
  'have',
  'has',
  'had',
  'will',
  'would',
  'been',
  'by',
  'as',
  'between',
  'during',
  'since',
  'per',
  'this',
  'those',
  'these',
]);
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, 万: 1e4, 亿: 1e8 };
const UNITS_SINGULAR = new Set([
  'people',
  'yuan',
  'ton',
  'tonne',
  'km',
  'percent',
  'kilometer',
  'kilometre',
  'dollar',
  'usd',
]);
const MONTH_BEFORE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$/;
const ZH_FIGURE = new RegExp(
  String.raw`(\d+(?:\.\d+)?)\s*(万|亿)?\s*(份|项|个|吨|公里|人|名|美元|元)([${HAN}]{0,6}?(?:文件|协议|协定|备忘录))?`,
  'gu',
);
const ZH_UNITS: Record<string, string> = {
  吨: 'ton',
  公里: 'kilometer',
  人: 'person',
  名: 'person',
  美元: 'dollar',
  元: 'yuan',
};

/**
 * Figures with what they count: "45 bilateral cooperation documents", "10 million tons",
 * "1.5 billion people", "签署45份合作文件". A bare figure (a day, a year, an ordinal) is not
 * read: without a unit it cannot be compared with another report's. Values are normalized
 * ("10 million", "16000") so that a Chinese "1000万吨" and an English "10 million tons" compare
 * equal; units are singular head nouns ("document", "ton").
 */
export function findNumbers(sentence: string, chinese: boolean): ReportedNumber[] {
  const durations = findDurations(sentence, chinese);
  if (!/\d/.test(sentence)) return durations;
  const figures = chinese ? chineseNumbers(sentence) : englishNumbers(sentence);
  return [...durations, ...figures.filter((n) => n.unit !== 'hour' || durations.length === 0)];
}

/** English number words up to twelve, as figures and visit lengths are written. */
export const ENGLISH_NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const EN_DURATION =
  /\b(?:(about|around|roughly|some|approximately|nearly|almost|more than|over|less than|under)\s+)?(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(\s+1\/2|\s*½|\s+and\s+a\s+half)?[\s-]+hours?\b/gi;
/** The word every {@link EN_DURATION} holds, as that pattern reads case. */
const HOUR_WORD = /hour/i;
const ZH_DURATION = /(约|近|超过)?(\d+(?:\.\d+)?|[一二两三四五六七八九十])(个)?(多)?(半)?小时/gu;
/** Chinese numerals up to ten, as durations and visit lengths are written. */
export const ZH_DIGITS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/**
 * How long an encounter lasted, as printed: "about 5 1/2 hours of talks", "which lasted more
 * than three hours", "会谈持续近3个小时". The value keeps its qualifier ("about 5.5", "more
 * than 3"), in hours: two outlets giving different figures is worth showing even when both
 * could be true.
 */
export function findDurations(sentence: string, chinese: boolean): ReportedNumber[] {
  const out: ReportedNumber[] = [];
  // The word every duration holds: most sentences have none, and are not searched at every offset.
  if (!(chinese ? sentence.includes('小时') : HOUR_WORD.test(sentence))) return out;
  if (chinese) {
    for (const match of sentence.matchAll(ZH_DURATION)) {
      const n = (Number(match[2]) || ZH_DIGITS[match[2]!] || 0) + (match[5] ? 0.5 : 0);
      if (!n) continue;
      const qualifier =
        match[1] === '约' ? 'about' : match[1] === '近' ? 'nearly' : match[1] || match[4] ? 'more than' : '';
      out.push({
        value: `${qualifier ? `${qualifier} ` : ''}${n}`,
        unit: 'hour',
        context: contextOf(sentence, match.index, match.index + match[0].length),
      });
    }
    return out;
  }
  for (const match of sentence.matchAll(EN_DURATION)) {
    const word = match[2]!.toLowerCase();
    const n = (ENGLISH_NUMBER_WORDS[word] ?? Number(word)) + (match[3] ? 0.5 : 0);
    const said = match[1]?.toLowerCase();
    const qualifier = !said
      ? ''
      : /about|around|roughly|some|approximately/.test(said)
        ? 'about'
        : /more than|over/.test(said)
          ? 'more than'
          : /nearly|almost/.test(said)
            ? 'nearly'
            : 'less than';
    out.push({
      value: `${qualifier ? `${qualifier} ` : ''}${n}`,
      unit: 'hour',
      context: contextOf(sentence, match.index, match.index + match[0].length),
    });
  }
  return out;
}

function englishNumbers(sentence: string): ReportedNumber[] {
  const out: ReportedNumber[] = [];
  for (const match of sentence.matchAll(EN_FIGURE)) {
    const digits = match[1]!.replace(/,/g, '');
    const scale = match[2]?.toLowerCase();
    if (!scale && /^(?:19|20)\d{2}$/.test(digits)) continue;
    if (MONTH_BEFORE.test(sentence.slice(Math.max(0, match.index - 12), match.index))) continue;
    const end = match.index + match[0].length;
    const unit = unitAfter(sentence, end);
    if (!unit && !scale) continue;
    out.push({
      value: normalize(Number(digits) * (scale ? SCALES[scale]! : 1)),
      ...(unit ? { unit } : {}),
      context: contextOf(sentence, match.index, end),
    });
  }
  return out;
}

/** The head noun of the words after a figure, up to a function word: "bilateral cooperation documents" → "document". */
function unitAfter(sentence: string, from: number): string | undefined {
  let at = from;
  let head: string | undefined;
  for (let words = 0; words < 4; words++) {
    const word = EN_WORD.exec(sentence.slice(at));
    if (!word) break;
    const lower = word[1]!.toLowerCase();
    if (STOP_WORDS.has(lower)) break;
    head = lower;
    at += word[0].length;
  }
  if (!head) return undefined;
  if (UNITS_SINGULAR.has(head)) return head === 'people' ? 'person' : head;
  if (!/[a-z]s$/.test(head) || /ss$/.test(head)) return undefined;
  return singular(head);
}

function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

function chineseNumbers(sentence: string): ReportedNumber[] {
  const out: ReportedNumber[] = [];
  for (const match of sentence.matchAll(ZH_FIGURE)) {
    const value = Number(match[1]) * (match[2] ? SCALES[match[2]]! : 1);
    const measure = match[3]!;
    const unit = match[4] ? 'document' : ZH_UNITS[measure];
    if (!unit) continue;
    out.push({
      value: normalize(value),
      unit,
      context: contextOf(sentence, match.index, match.index + match[0].length),
    });
  }
  return out;
}

/** "10000000" → "10 million", "1500000000" → "1.5 billion", "16000" → "16000". */
function normalize(value: number): string {
  for (const [word, scale] of [
    ['trillion', 1e12],
    ['billion', 1e9],
    ['million', 1e6],
  ] as const) {
    if (value >= scale) return `${Number((value / scale).toFixed(3))} ${word}`;
  }
  return String(Number(value.toFixed(3)));
}

function contextOf(sentence: string, start: number, end: number): string {
  const from = Math.max(0, start - 60);
  const to = Math.min(sentence.length, end + 60);
  return sentence.slice(from, to).replace(/\s+/g, ' ').trim();
}
