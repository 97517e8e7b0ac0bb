import * as chrono from 'chrono-node';
import type { AgreementEntity } from '../../kb/knowledgeBase.js';
import type { Mention } from '../mentions/mentionIndex.js';
import { shapeOf, writeDateLike } from '../text/writeDate.js';
import type { Check, CheckFinding } from './check.js';
import { entryEvidence, replaceWith } from './evidence.js';
import { PARAGRAPH_BREAK_PATTERN } from '../text/paragraphs.js';

/** A span of years: "2023-2027", "2023–2027", "2023 to 2027". */
const YEAR_RANGE = /\b((?:19|20)\d{2})(\s*(?:-|–|—|to)\s*)((?:19|20)\d{2})\b/g;
/** How far from the agreement's name a span of years is taken to qualify it. */
const REACH = 40;
/** Verbs that date an agreement's signing, opening or launch, then the date itself. */
const DATED_EVENT =
  /\b(?:opened|began operations?|began operating|started operations?|started operating|went into (?:operation|service)|(?:was |were )?put into (?:operation|service)|(?:was )?launched|(?:was )?signed|inaugurated|(?:came|entered) into force|(?:was )?(?:first )?proposed)\b[^.;!?]{0,30}?\b(?:in|on)\s+/g;

/**
 * `agreement/details`: a known agreement given the wrong span of years ("the 2023-2027
 * Action Plan" for the 2024–2028 one), or the wrong date for its signing, opening or launch
 * ("the China-Laos Railway, which began operating in December 2022" — it opened on
 * 3 December 2021). Looks next to the agreement's name, inside the same sentence, and
 * compares only as precisely as the text is (a year, a month, a day).
 */
export const agreementDetails: Check = {
  id: 'agreement/details',
  defaultSeverity: 'error',
  description: 'An agreement is given the wrong years or date.',
  documentation: `A known agreement given the wrong years ("Action Plan ... (2023-2027)" for 2024–2028) or the
wrong date for its signing, opening or launch. Fix: the right years or date.`,
  examples: {
    flags: [
      {
        text: 'The China-Laos Railway opened on December 4, 2021.',
        flagged: 'December 4, 2021',
        fix: 'December 3, 2021',
      },
    ],
    passes: [
      {
        text: 'The two parties signed the Action Plan on Building a China-Laos Community with a Shared Future (2024-2028) last year.',
      },
    ],
  },
  run(document) {
    const findings: CheckFinding[] = [];
    const seen = new Set<number>();
    for (const mention of document.mentions) {
      if (mention.known?.kind !== 'agreement') continue;
      for (const finding of [
        ...wrongYears(document.text, mention, mention.known),
        ...wrongDate(document.text, mention, mention.known),
      ]) {
        if (seen.has(finding.start)) continue;
        seen.add(finding.start);
        findings.push(finding);
      }
    }
    return findings;
  },
};

function wrongYears(text: string, mention: Mention, agreement: AgreementEntity): CheckFinding[] {
  if (!agreement.entry.years) return [];
  const [first, last] = agreement.entry.years;
  const from = Math.max(0, mention.start - REACH);
  const windowText = text.slice(from, Math.min(text.length, mention.end + REACH));
  const findings: CheckFinding[] = [];
  for (const match of windowText.matchAll(YEAR_RANGE)) {
    const start = from + match.index;
    const end = start + match[0].length;
    if (crossesSentence(text, Math.min(start, mention.start), Math.max(end, mention.end))) continue;
    if (Number(match[1]) === first && Number(match[3]) === last) continue;
    findings.push({
      start,
      end,
      message: `The ${agreement.name} covers ${first}–${last}, not ${match[1]}–${match[3]}.`,
      fixes: [replaceWith(start, end, `${first}${match[2]}${last}`)],
      evidence: [entryEvidence(agreement, `${agreement.name}: ${first}–${last}`, agreement.entry.source)],
    });
  }
  return findings;
}

function wrongDate(text: string, mention: Mention, agreement: AgreementEntity): CheckFinding[] {
  const known = agreement.entry.date;
  if (!known) return [];
  const after = text.slice(mention.end, mention.end + sentenceReach(text, mention.end));
  DATED_EVENT.lastIndex = 0;
  const verb = DATED_EVENT.exec(after);
  if (!verb) return [];
  const at = mention.end + verb.index + verb[0].length;
  const written = writtenDate(text.slice(at, at + 40), known);
  if (!written || written.matches) return [];
  return [
    {
      start: at,
      end: at + written.length,
      message: `The ${agreement.name} dates from ${known}, not ${text.slice(at, at + written.length)}.`,
      fixes: [replaceWith(at, at + written.length, written.correct)],
      evidence: [entryEvidence(agreement, `${agreement.name}: ${known}`, agreement.entry.source)],
    },
  ];
}

/** Reads the date at the start of `text` and compares it with the known ISO date at its own precision. */
function writtenDate(text: string, known: string): { length: number; matches: boolean; correct: string } | undefined {
  const [year, month, day] = known.split('-').map(Number) as [number, number, number];
  const parsed = chrono.en.parse(text, new Date(Date.UTC(year, month - 1, day)))[0];
  if (parsed && parsed.index === 0 && parsed.start.isCertain('year') && parsed.start.isCertain('month')) {
    const length = parsed.text.trimEnd().length;
    const hasDay = parsed.start.isCertain('day');
    const same =
      parsed.start.get('year') === year &&
      parsed.start.get('month') === month &&
      (!hasDay || parsed.start.get('day') === day);
    const correct = writeDateLike(known, shapeOf(parsed.text, hasDay, true));
    return { length, matches: same, correct };
  }
  const bareYear = /^((?:19|20)\d{2})\b/.exec(text);
  if (bareYear) return { length: 4, matches: Number(bareYear[1]) === year, correct: String(year) };
  return undefined;
}

/** How far after the agreement's name a dated event is looked for. */
const DATE_REACH = 160;
const SENTENCE_END = new RegExp(String.raw`[.!?。](?:\s|$)|${PARAGRAPH_BREAK_PATTERN}`);
/** The end of one sentence and the start of another inside a stretch of text. */
const SENTENCE_BOUNDARY = new RegExp(String.raw`[.!?。]\s|${PARAGRAPH_BREAK_PATTERN}`);

/**
 * How much of the text after `from` to read for a date: up to the end of the sentence, at most
 * `DATE_REACH` characters. Only what can decide that is searched (a blank line ending the
 * sentence may be preceded by a long run of spaces), never the whole rest of the text.
 */
function sentenceReach(text: string, from: number): number {
  let stop = from + DATE_REACH;
  while (stop < text.length && /\s/.test(text[stop]!)) stop++;
  const sentenceEnd = text.slice(from, stop + 1).search(SENTENCE_END);
  return sentenceEnd === -1 ? DATE_REACH : Math.min(sentenceEnd + 1, DATE_REACH);
}

function crossesSentence(text: string, start: number, end: number): boolean {
  return SENTENCE_BOUNDARY.test(text.slice(start, end));
}
