import { diffWords } from 'diff';
import type { FactLookup } from '../facts/factLookup.js';
import { commonSubsequence } from '../passages/alignment.js';
import type { PassageMatch, SearchOptions } from '../passages/passageIndex.js';
import { textWords } from '../passages/terms.js';
import { foldText } from '../text/fold.js';
import { frontMatter } from '../text/markdown.js';
import { RangeSet } from '../text/rangeSet.js';
import type { Check, CheckFinding } from './check.js';
import { passageEvidence, replaceWith, shiftFinding } from './evidence.js';
import { rememberFor } from './evidenceCache.js';
import { MESSAGE_LIMIT } from './finding.js';
import { hasHan } from '../text/scripts.js';

/** The published record a document is checked against: the passage index and the files' text. */
export interface CorpusEvidence {
  /** Passage search over the corpus (the index, or several layers of it). */
  passages: { search(text: string, options: SearchOptions): PassageMatch[] };
  textOf: (path: string, start: number, end: number) => string | undefined;
  /** Events and titles read from the corpus, for checking claims about events. */
  facts?: FactLookup;
}

/** A quotation long enough to check: straight or curly double quotes, 4 words or more. */
const QUOTATION = /[“"]([^”"\n]{16,600})[”"]/g;
/** Words that attribute a quotation to a speaker. */
const SPEECH =
  /\b(?:said|says|stated|stressed|noted|added|told|pointed out|emphasi[sz]ed|underlined|declared|remarked|called|urged)\b|表示|指出|强调|说/;
/** How much of the quotation's wording a passage must reproduce in order to be its source. */
const SAME_QUOTE = 0.6;
/** How close to a quotation (in characters, from its start) a named person makes it speech. */
const SPEAKER_REACH = 200;

export interface QuotationWord {
  text: string;
  folded: string;
  start: number;
  end: number;
}

/** What joins two words into one in a quotation, standing alone between them: "China-Laos", "Laos’", "don't". */
const WORD_JOINERS = new Set(["'", '’', '-']);

/** The words of a text as the passage index cuts them, two joined by one apostrophe or hyphen counting as one. */
export function quotationWords(text: string): QuotationWord[] {
  const spans: { start: number; end: number }[] = [];
  for (const { start, end } of textWords(text)) {
    const last = spans[spans.length - 1];
    if (last && start === last.end + 1 && WORD_JOINERS.has(text[last.end]!)) last.end = end;
    else spans.push({ start, end });
  }
  return spans.map(({ start, end }) => {
    const word = text.slice(start, end);
    return { text: word, folded: foldText(word), start, end };
  });
}

/**
 * The span of `source` that a quotation reproduces: from the first to the last source word
 * aligned with a quotation word (longest common subsequence of folded words).
 */
export function alignedSpan(
  quote: string,
  source: string,
): { start: number; end: number; matched: number } | undefined {
  const q = quotationWords(quote);
  const s = quotationWords(source);
  if (q.length === 0 || s.length === 0) return undefined;
  const pairs = commonSubsequence(q, s, (x, y) => x.folded === y.folded);
  if (pairs.length === 0) return undefined;
  return { start: s[pairs[0]![1]]!.start, end: s[pairs[pairs.length - 1]![1]]!.end, matched: pairs.length };
}

function normalized(text: string): string {
  return quotationWords(text)
    .map((w) => w.folded)
    .join(' ');
}

/**
 * `quote/mismatch`: a quotation attributed to a speaker that does not match, word for word,
 * the closest passage in the corpus. Says what differs and where the source is, and offers the
 * source's wording. Only a passage in the same language that reproduces most of the quotation
 * counts as its source; a quotation the corpus does not have is not flagged.
 */
export const quoteMismatch: Check = {
  id: 'quote/mismatch',
  defaultSeverity: 'warning',
  description: 'A quotation differs from the published source it comes from.',
  documentation: `A quotation attributed to a speaker that differs, word for word, from the corpus passage it
comes from (a same-language passage that keeps most of its wording in order). The message shows
what differs (as many changes as fit) and who published the source; the source's words are the
evidence. Fix: the source's wording. A quotation the corpus does not have is not flagged.`,
  examples: {
    flags: [
      {
        text: 'Xi Jinping said that "this year marks the 60th anniversary of the establishment of China-Laos diplomatic ties and the Year of China-Laos Friendship."',

        corpus: true,
        flagged:
          'this year marks the 60th anniversary of the establishment of China-Laos diplomatic ties and the Year of China-Laos Friendship',
      },
    ],
    passes: [{ text: 'He said "we will build a bridge to the moon together with our friends."', corpus: true }],
  },
  run(document, context) {
    const evidence = context.corpus;
    if (!evidence) return [];
    const findings: CheckFinding[] = [];
    const bodyStart = frontMatter(document.text)?.end ?? 0;
    /** Where people are named, each as the one offset their mention starts at. */
    const speakers = new RangeSet(
      document.mentions.filter((m) => m.known?.kind === 'person').map((m) => ({ start: m.start, end: m.start + 1 })),
    );
    for (const match of document.text.slice(bodyStart).matchAll(QUOTATION)) {
      // Closing punctuation inside the quotation marks is the writer's, not the speaker's.
      const quote = match[1]!.replace(/[\s.,;:!?。，！？]+$/u, '');
      const quoteStart = bodyStart + match.index + 1;
      if (quotationWords(quote).length < 4) continue;
      const around = document.text.slice(
        Math.max(0, quoteStart - 160),
        Math.min(document.text.length, quoteStart + quote.length + 160),
      );
      const spoken =
        SPEECH.test(around) || speakers.overlaps(quoteStart - SPEAKER_REACH + 1, quoteStart + SPEAKER_REACH);
      if (!spoken) continue;
      const local = rememberFor(evidence, `quote\u0000${quote}`, () => quoteFinding(quote, evidence));
      if (local) findings.push(shiftFinding(local, quoteStart));
    }
    return findings;
  },
};

/** The finding for one quotation, offsets relative to it; undefined when it matches or has no source. */
function quoteFinding(quote: string, evidence: CorpusEvidence): CheckFinding | undefined {
  const language = hasHan(quote) ? 'zh' : 'en';
  const hit = evidence.passages
    .search(quote, { textOf: evidence.textOf, limit: 3 })
    .find((h) => h.article.language === language && h.alignment >= SAME_QUOTE);
  if (!hit) return undefined;
  const paragraph = evidence.textOf(hit.article.path, hit.paragraphStart, hit.paragraphEnd);
  if (!paragraph) return undefined;
  const span = alignedSpan(quote, paragraph);
  if (!span) return undefined;
  const source = paragraph.slice(span.start, span.end);
  if (normalized(source) === normalized(quote)) return undefined;
  const changes = diffWords(quote, source)
    .filter((part) => part.added || part.removed)
    .map((part) => `${part.added ? '+' : '−'}“${shortened(part.value.trim())}”`);
  const where = [hit.article.outlet ?? 'a corpus article', hit.article.date].filter(Boolean).join(', ');
  return {
    start: 0,
    end: quote.length,
    message: withChanges(`The quotation differs from the source (${where}):`, changes),
    fixes: [replaceWith(0, quote.length, source, 'Use the wording of the source')],
    evidence: [
      passageEvidence(where, source, hit.article.path, hit.paragraphStart + span.start, hit.paragraphStart + span.end),
    ],
  };
}

/** The longest a changed stretch is quoted in the message; the whole source is in the evidence. */
const LONGEST_CHANGE = 24;

function shortened(words: string): string {
  return words.length <= LONGEST_CHANGE ? words : `${words.slice(0, LONGEST_CHANGE - 1).trimEnd()}…`;
}

/** The lead followed by as many changes as fit within the message limit ("−“ties” +“relations”"), and "…" for the rest. */
function withChanges(lead: string, changes: readonly string[]): string {
  let message = lead;
  for (const [index, change] of changes.entries()) {
    const rest = index + 1 < changes.length ? ' …' : '';
    if (`${message} ${change}${rest}.`.length > MESSAGE_LIMIT && index > 0) return `${message} …`;
    message += ` ${change}`;
  }
  return `${message}.`;
}
