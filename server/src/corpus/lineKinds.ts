/**
 * Sorting the lines of a scraped file into prose, headings, metadata and boilerplate. Segmentation
 * then only has to read the sequence of kinds: articles are runs of prose, opened by a heading or
 * a date line, and separated by boilerplate.
 */
import {
  isByline,
  isCaption,
  isChrome,
  isCredit,
  isListItem,
  isTagCloud,
  isTeaser,
  stripListMarker,
} from './boilerplate.js';
import { findDateline, readDateLine, type Dateline, type DayReading } from '../core/text/dates.js';
import { countHan } from './language.js';
import type { TextLine } from './lines.js';
import { outletByName, outletByPrefix } from '../core/outlets.js';

/** What a line is, as far as article segmentation is concerned. */
export type LineKind = 'blank' | 'boiler' | 'meta' | 'prose' | 'heading' | 'other';

/** Why a line was judged boilerplate; kept for debugging and for outlet cues. */
export type BoilerReason =
  'list' | 'caption' | 'chrome' | 'byline' | 'credit' | 'teaser' | 'tags' | 'repeated' | 'duplicate';

/** Facts a metadata line states about the article next to it. */
export interface LineFacts {
  day?: DayReading;
  outlet?: string;
  /** The outlet is named by the whole line ("The Laotian Times"), as a site header prints it. */
  outletNameOnly?: boolean;
  url?: string;
}

/** A line with its kind; `content` is the line without surrounding white space. */
export interface ClassifiedLine extends TextLine {
  kind: LineKind;
  reason?: BoilerReason;
  content: string;
  facts?: LineFacts;
}

/**
 * A line seen this many times in one file is page furniture (a search phrase printed between
 * result blocks, a "Detail" button) even if nothing else marks it as such.
 */
const REPEAT_THRESHOLD = 3;

/**
 * Classifies every line of a file. Repetition is counted over the whole file first, because the
 * clearest sign of furniture in a scrape is a line that recurs between unrelated blocks.
 */
export function classifyLines(lines: readonly TextLine[]): ClassifiedLine[] {
  const keys = lines.map((line) => repetitionKey(line.text));
  const counts = new Map<string, number>();
  for (const key of keys) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  const classified: ClassifiedLine[] = [];
  let previous: { line: ClassifiedLine; key: string } | undefined;
  lines.forEach((line, i) => {
    const key = keys[i] ?? '';
    const content = line.text.slice(line.contentStart - line.start, line.contentEnd - line.start);
    // Built field by field: a spread of the line and two more fields cost as much as classifying it.
    const result: ClassifiedLine = {
      start: line.start,
      end: line.end,
      text: line.text,
      contentStart: line.contentStart,
      contentEnd: line.contentEnd,
      indent: line.indent,
      content,
      kind: 'blank',
    };
    if (content) {
      classify(result, previous?.line, counts.get(key) ?? 0, previous?.key === key);
      previous = { line: result, key };
    }
    classified.push(result);
  });
  markCaptionEchoes(classified, keys);
  return classified;
}

/**
 * The form under which lines count as the same: case and spacing folded. Long lines are only
 * trimmed, since repetition matters for short furniture and folding long prose is costly.
 */
function repetitionKey(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length > 300) return trimmed;
  const lower = trimmed.toLowerCase();
  // Most lines are spaced evenly already: a test finds that without building a new string.
  return UNEVEN_SPACING.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
}

/** White space other than one plain space: what making each run of white space one space changes. */
const UNEVEN_SPACING = /[^\S ]|\s\s/;

function classify(
  line: ClassifiedLine,
  previous: ClassifiedLine | undefined,
  count: number,
  sameAsPrevious: boolean,
): void {
  const content = line.content;
  const boiler = (reason: BoilerReason) => {
    line.kind = 'boiler';
    line.reason = reason;
  };
  const underList = previous?.reason === 'list' && line.indent > previous.indent;
  if (isListItem(content) || underList) {
    const item = stripListMarker(content);
    const sentence = /[.!?。！？]["”’)]?$/u.test(item) && !/(?:\.\.\.|…)$/u.test(item);
    if (!underList && sentence && wordCount(item) >= 12) line.kind = 'prose';
    else boiler('list');
    return;
  }
  if (isCaption(content)) return boiler('caption');
  if (isChrome(content)) return boiler('chrome');
  if (isByline(content)) return boiler('byline');
  if (isCredit(content)) return boiler('credit');
  if (isTeaser(content)) return boiler('teaser');
  if (isTagCloud(content)) return boiler('tags');
  const facts = readFacts(content);
  if (facts) {
    line.kind = 'meta';
    line.facts = facts;
    return;
  }
  if (count >= REPEAT_THRESHOLD && (content.length < 120 || !isProse(content))) return boiler('repeated');
  if (sameAsPrevious) return boiler('duplicate');
  if (isProse(content)) line.kind = 'prose';
  else if (isHeading(content)) line.kind = 'heading';
  else line.kind = 'other';
}

const URL_LINE =
  /^(?:(?:URL|Link|Source URL|Original URL|原文链接|原文網址|链接|網址)\s*[:：]\s*)?<?(https?:\/\/[^\s<>]+)>?$/i;
const SOURCE_LABEL =
  /^\s*(?:Source|Publisher|来源|來源|稿源)\s*[:：]\s*(.+?)(?:\s+(?:Editor|Author|Reporter|责任编辑|編輯|编辑)\s*[:：].*)?$/i;

/**
 * Where a source label starts inside a line: "2024年7月8日 来源：…", "May 15, 2024 Source: …". Looked
 * for only in a line with a colon, which every label has.
 */
const SOURCE_LABEL_START = /(?:\bSource|\bPublisher|来源|來源|稿源)\s*[:：]/i;

/** Reads a date line, a "Source: X" line, a bare outlet name or a URL line. */
function readFacts(content: string): LineFacts | undefined {
  const url = URL_LINE.exec(content);
  if (url) return { url: url[1] };
  // "2024年7月8日 来源：中华人民共和国驻老挝人民民主共和国大使馆": a long official name after the
  // label is the outlet, not words that make the line prose; the date is read before the label.
  const labelAt = content.includes(':') || content.includes('：') ? content.search(SOURCE_LABEL_START) : -1;
  const day = readDateLine(content) ?? (labelAt > 0 ? readDateLine(content.slice(0, labelAt)) : undefined);
  const label = day
    ? (sourceLabel(content.slice(0, day.index)) ??
      sourceLabel(content.slice(day.index + day.text.length).replace(/^[\s\d:]+/, '')))
    : sourceLabel(content);
  if (day) return { day, outlet: label };
  if (label) return { outlet: label };
  const named =
    content.length <= 60
      ? (outletByName(content) ?? (content.length <= 30 ? outletByPrefix(content) : undefined))
      : undefined;
  return named ? { outlet: named, outletNameOnly: true } : undefined;
}

/** "Xinhua | ", "Xin Hua She· ": a short label ended by a separator. */
const SEPARATED_LABEL = /^\s*([^·|｜]{2,40}?)\s*[·|｜]\s*$/u;
const SEPARATOR = /[·|｜]/;

/**
 * The outlet named by a source label: "Source: Xinhuanet Editor: ...", "Xin Hua She· ",
 * "人民网-国际频道 原创稿· ", "Xinhua | ". An unknown label is kept as written when it is short
 * and looks like a name, so that new outlets still count as distinct sources.
 */
function sourceLabel(text: string): string | undefined {
  const explicit = SOURCE_LABEL.exec(text);
  // The pattern, tried on every line, costs more than looking for the separator it ends with first.
  const separated = SEPARATOR.test(text) ? SEPARATED_LABEL.exec(text) : null;
  const label = (explicit?.[1] ?? separated?.[1])?.trim();
  if (!label) return undefined;
  const known = outletByPrefix(label);
  if (known) return known;
  return label.length <= 40 && !/\d/.test(label) && wordCount(label) <= 6 ? label : undefined;
}

/** Number of Latin-script words (runs of letters and digits), counted up to `limit`. */
function wordCount(text: string, limit = Infinity): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words < limit; i++) {
    const code = text.charCodeAt(i);
    const wordChar =
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      (code >= 48 && code <= 57) ||
      (code >= 0xc0 && code <= 0x24f);
    const joiner = inWord && (code === 39 || code === 0x2019 || code === 45 || code === 46) && i + 1 < text.length;
    if (wordChar) {
      if (!inWord) words++;
      inWord = true;
    } else if (!joiner) {
      inWord = false;
    }
  }
  return words;
}

/**
 * Strips what may follow the last sentence of a paragraph before testing its final character:
 * citation marks ("[1][2]"), a wire sign-off ("– VNA", "/.", Xinhua's "Enditem"), closing
 * quotes and brackets.
 */
export function lastMeaningful(text: string): string {
  let end = text.slice(-80);
  // Each pattern is tried only when the last character (before trailing spaces, where the
  // pattern allows them) is one it must end with: most lines end with a full stop and
  // match none, and the patterns, tried at every position, cost more than the rest of the test.
  if (end.trimEnd().endsWith(']')) end = end.replace(/(?:\s*\[\d+\])+\s*$/, '');
  if (/[)mM]$/.test(end.trimEnd())) end = end.replace(/\s*\(?\bEnditem\)?\s*$/i, '');
  if (/[A-Z]$/.test(end)) end = end.replace(/\s*[–—-]+\s*[A-Z]{2,8}$/, '');
  if (end.endsWith('/.')) end = end.slice(0, -2);
  return CLOSING_MARK_AT_END.test(end) ? end.replace(/[\s"”’'»)\]）」』]+$/u, '') : end;
}

/** A closing quote, bracket or space at the end: what the last step of `lastMeaningful` strips. */
const CLOSING_MARK_AT_END = /[\s"”’'»)\]）」』]$/u;

/**
 * Whether a line reads as running text: a complete English sentence of six words or more, a long
 * run of words, or Chinese with sentence punctuation. Headlines, menus and labels fail.
 */
export function isProse(content: string): boolean {
  const han = countHan(content);
  const end = lastMeaningful(content);
  if (han >= 15) return content.includes('。') || /[！？!?]$/u.test(end) || han >= 80;
  // A short Chinese sentence is still one when it ends with its full stop and has a clause
  // inside ("此前，桑切斯于4月9日至10日访问越南。": 14 Han characters and digits): headlines and
  // labels carry neither.
  if (han >= 8 && /[。！？]$/u.test(end) && /[，、；]/u.test(content)) return true;
  const words = wordCount(content, 30);
  const terminal = /[.!?。！？]$/u.test(end) && !/\.\.\.$|…$/u.test(end);
  return (terminal && words >= 6) || words >= 30;
}

/**
 * Whether a line could be a headline: a few words, no final full stop or colon, not in
 * capitals (sub-heads and labels are), not a menu entry ending in a count ("Business 7278").
 */
export function isHeading(content: string): boolean {
  if (/^#{1,6}\s/.test(content)) return true;
  if (/[:：]$/.test(content) || content.includes(' | ')) return false;
  const han = countHan(content);
  if (han >= 5) return han <= 80 && !/。$/.test(content);
  const words = wordCount(content);
  if (words < 3 || words > 30 || /\.$/.test(content) || /\s\d{3,}$/.test(content)) return false;
  const letters = content.match(/\p{L}/gu) ?? [];
  const lower = content.match(/\p{Ll}/gu)?.length ?? 0;
  return !(letters.length >= 4 && lower === 0);
}

/**
 * Marks as captions the lines that repeat the start of a nearby caption: galleries print the
 * caption with its credit ("... Stefen Chow for NPR hide caption") and again without it.
 */
function markCaptionEchoes(lines: ClassifiedLine[], keys: readonly string[]): void {
  // Only a caption has echoes, and most files have none: they are not paired up line by line.
  if (!lines.some((line) => line.reason === 'caption')) return;
  const nonBlank = lines.map((line, i) => ({ line, key: keys[i] ?? '' })).filter(({ line }) => line.kind !== 'blank');
  nonBlank.forEach(({ line, key }, i) => {
    if ((line.kind !== 'prose' && line.kind !== 'heading' && line.kind !== 'other') || key.length < 20) return;
    for (let j = Math.max(0, i - 3); j <= Math.min(nonBlank.length - 1, i + 3); j++) {
      const other = nonBlank[j];
      if (j !== i && other?.line.reason === 'caption' && other.key.startsWith(key)) {
        line.kind = 'boiler';
        line.reason = 'caption';
        return;
      }
    }
  });
}

/**
 * The dateline opening a line ({@link findDateline}), read once per line: segmentation, the
 * article's date and its outlet each ask it of the same opening lines.
 */
export function datelineOfLine(line: ClassifiedLine): Dateline | undefined {
  let known = datelines.get(line);
  if (known === undefined) {
    known = findDateline(line.content) ?? null;
    datelines.set(line, known);
  }
  return known ?? undefined;
}

/** Keyed by the line object, so that a line's entry goes with it. `null`: the line has no dateline. */
const datelines = new WeakMap<ClassifiedLine, Dateline | null>();
