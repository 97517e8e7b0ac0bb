/**
 * Grouping classified lines into article drafts. A draft is a run of prose lines together with
 * the lines around it that matter later: the headline and date lines above it, date lines below
 * it, and the page furniture on either side, which names the outlet.
 */
import { datelineOfLine, type ClassifiedLine } from './lineKinds.js';

/** An article while its lines are being collected. */
export interface Draft {
  /** The headline line, when the scrape kept one. */
  title?: ClassifiedLine;
  /** Date, source and URL lines between the headline and the text. */
  leadMeta: ClassifiedLine[];
  /** Date lines printed right after the text (list pages put the date below the teaser). */
  trailingMeta: ClassifiedLine[];
  /** The article's text, one paragraph per line. */
  prose: ClassifiedLine[];
  /** Non-prose lines inside the article (captions, sub-heads), searched for outlet cues. */
  inner: ClassifiedLine[];
  /** Lines between the previous article's text and this one's: the page header, if any. */
  before: ClassifiedLine[];
  /** Lines after the text up to the next article: the page footer, if any. */
  after: ClassifiedLine[];
  /** A wire dateline opened the article, so a second one starts another article. */
  hasDateline: boolean;
}

/** Lines that may stand between a headline and its text without separating them. */
function isTailLine(line: ClassifiedLine): boolean {
  return line.kind === 'heading' || line.kind === 'meta' || line.reason === 'repeated' || line.reason === 'caption';
}

/** Furniture that closes a page: whatever prose follows belongs to another article. */
function isBoundary(line: ClassifiedLine): boolean {
  return line.reason === 'chrome' || line.reason === 'credit' || line.reason === 'teaser' || line.reason === 'tags';
}

/** Whether two list items follow each other: a menu or a links list, not a stray bullet. */
function hasListRun(lines: readonly ClassifiedLine[]): boolean {
  let run = 0;
  for (const line of lines) {
    run = line.reason === 'list' ? run + 1 : 0;
    if (run >= 2) return true;
  }
  return false;
}

/**
 * Cuts a file's lines into drafts. A new article begins at the first prose line after page
 * furniture (menus, legal lines, credits, teaser lists), after a headline that does not directly
 * follow prose (a sub-head does), after a date line, or at a second wire dateline. With `single`
 * the text is one article whatever it looks like (a JSONL record), so nothing splits it.
 */
export function collectDrafts(lines: readonly ClassifiedLine[], single: boolean): Draft[] {
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  let gap: ClassifiedLine[] = [];
  for (const line of lines) {
    if (line.kind === 'blank') continue;
    if (line.kind !== 'prose') {
      gap.push(line);
      continue;
    }
    let trailing = 0;
    while (current && trailing < gap.length && gap[trailing]?.kind === 'meta' && gap[trailing]?.facts?.day) trailing++;
    const rest = gap.slice(trailing);
    let tailStart = rest.length;
    while (tailStart > 0 && isTailLine(rest[tailStart - 1] as ClassifiedLine)) tailStart--;
    const tail = rest.slice(tailStart);
    const title = pickTitle(tail);
    const dateline = datelineOfLine(line);
    const startsNew =
      !current ||
      (!single &&
        (tail.some((l) => l.kind === 'meta' && l.facts?.day !== undefined) ||
          (title !== undefined && rest.indexOf(title) > 0) ||
          rest.slice(0, tailStart).some(isBoundary) ||
          hasListRun(rest) ||
          (dateline !== undefined && (current.hasDateline || current.prose.length >= 2))));
    if (startsNew) {
      if (current) {
        current.trailingMeta = gap.slice(0, trailing);
        current.after = gap;
      }
      current = {
        title,
        leadMeta: tail.filter((l) => l.kind === 'meta'),
        trailingMeta: [],
        prose: [],
        inner: [],
        before: gap,
        after: [],
        hasDateline: false,
      };
      drafts.push(current);
    } else if (current) {
      current.inner.push(...gap);
    }
    if (!current) continue;
    current.prose.push(line);
    if (dateline && current.prose.length <= 3) current.hasDateline = true;
    gap = [];
  }
  if (!current && single) {
    const text = lines.filter((line) => line.kind === 'heading' || line.kind === 'other' || line.kind === 'meta');
    if (text.length > 0) {
      current = { leadMeta: [], trailingMeta: [], prose: text, inner: [], before: [], after: [], hasDateline: false };
      drafts.push(current);
      gap = [];
    }
  }
  if (current) {
    let trailing = 0;
    while (trailing < gap.length && gap[trailing]?.kind === 'meta' && gap[trailing]?.facts?.day) trailing++;
    current.trailingMeta = gap.slice(0, trailing);
    current.after = gap;
  }
  return drafts;
}

/**
 * The headline among the lines just above an article's text: the first heading, except a
 * site's tagline (a heading right after a bare site name when another heading follows).
 */
function pickTitle(tail: readonly ClassifiedLine[]): ClassifiedLine | undefined {
  const headings = tail.filter((line) => line.kind === 'heading');
  const first = headings[0];
  if (!first || headings.length < 2) return first;
  const index = tail.indexOf(first);
  const above = tail
    .slice(0, index)
    .filter((line) => line.reason !== 'repeated')
    .pop();
  return above?.facts?.outletNameOnly ? headings[1] : first;
}
