import type { ReportedNumber } from './types.js';

const EN_FIGURE = /(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w-]|[.,]\d)(?:\s+(million|billion|trillion|thousand))?/g;
const EN_WORD = /^\s+([A-Za-z][a-z-]*)/;
const STOP_WORDS = new Set([
  'of', 'to', 'in', 'on', 'at', 'and', 'or', 'with', 'for', 'from', 'that', 'which', 'who', 'the', 'a', 'an', 'was', 'were', 'is',
  'are', 'have', 'has', 'had', 'will', 'would', 'been', 'by', 'as', 'between', 'during', 'since', 'per', 'this', 'those', 'these',
]);
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, 万: 1e4, 亿: 1e8 };
const UNITS_SINGULAR = new Set(['people', 'yuan', 'ton', 'tonne', 'km', 'percent', 'kilometer', 'kilometre', 'dollar', 'usd']);
const MONTH_BEFORE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$/;
const ZH_FIGURE = /(\d+(?:\.\d+)?)\s*(万|亿)?\s*(份|项|个|吨|公里|人|名|美元|元)([\u3400-\u9fff]{0,6}?(?:文件|协议|协定|备忘录))?/gu;
const ZH_UNITS: Record<string, string> = { 吨: 'ton', 公里: 'kilometer', 人: 'person', 名: 'person', 美元: 'dollar', 元: 'yuan' };

/**
 * Figures with what they count: "45 bilateral cooperation documents", "10 million tons",
 * "1.5 billion people", "签署45份合作文件". A bare figure (a day, a year, an ordinal) is not
 * read: without a unit it cannot be compared with another report's. Values are normalized
 * ("10 million", "16000") so that a Chinese "1000万吨" and an English "10 million tons" compare
 * equal; units are singular head nouns ("document", "ton").
 */
export function findNumbers(sentence: string, chinese: boolean): ReportedNumber[] {
  if (!/\d/.test(sentence)) return [];
  return chinese ? chineseNumbers(sentence) : englishNumbers(sentence);
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
    out.push({ value: normalize(Number(digits) * (scale ? SCALES[scale]! : 1)), ...(unit ? { unit } : {}), context: contextOf(sentence, match.index, end) });
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
    out.push({ value: normalize(value), unit, context: contextOf(sentence, match.index, match.index + match[0].length) });
  }
  return out;
}

/** "10000000" → "10 million", "1500000000" → "1.5 billion", "16000" → "16000". */
function normalize(value: number): string {
  for (const [word, scale] of [['trillion', 1e12], ['billion', 1e9], ['million', 1e6]] as const) {
    if (value >= scale) return `${Number((value / scale).toFixed(3))} ${word}`;
  }
  return String(Number(value.toFixed(3)));
}

function contextOf(sentence: string, start: number, end: number): string {
  const from = Math.max(0, start - 60);
  const to = Math.min(sentence.length, end + 60);
  return sentence.slice(from, to).replace(/\s+/g, ' ').trim();
}
