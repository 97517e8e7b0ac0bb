import * as chrono from 'chrono-node';
import { splitSentences } from '../text/sentences.js';
import type { Article, Passage } from '../articles.js';
import { familyOf } from '../facts/eventFamilies.js';
import { extractFacts } from '../facts/extractFacts.js';
import type { FactLookup } from '../facts/factLookup.js';
import type { CorpusEvent } from '../facts/types.js';
import type { MentionIndex } from '../mentions/mentionIndex.js';
import { LruCache } from '../text/lruCache.js';
import { frontMatter } from '../text/markdown.js';
import { shapeOf, writeDateLike } from '../text/writeDate.js';
import type { AnalyzedDocument, Check, CheckContext, CheckFinding } from './check.js';
import { differingFigures } from './differingFigures.js';
import { passageEvidence, replaceWith, shiftFinding } from './evidence.js';
import { rememberFor } from './evidenceCache.js';
import { hasHan } from '../text/scripts.js';
import { plainParagraphs } from '../text/paragraphs.js';

/** How far apart a draft's date and the corpus's may be and still be the same event told wrongly. */
const SAME_EVENT_DAYS = 10;

/** One paragraph of the draft as an article, so that the corpus's own event reader can read it. */
function paragraphArticle(text: string, date: string): Article {
  const language = hasHan(text) ? 'zh' : 'en';
  const passages: Passage[] = [
    { kind: 'paragraph', start: 0, end: text.length, text },
    ...splitSentences(text, 0, text.length, language),
  ];
  return {
    id: 'draft#0',
    path: 'draft',
    start: 0,
    end: text.length,
    title: '',
    date,
    language,
    passages,
    storyId: 'draft',
  };
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/**
 * The entity's events that may retell a claim of this date: those within `SAME_EVENT_DAYS` of it
 * (read alone when the facts can), else all of them; `counterpartOf` chooses among them.
 */
function eventsNear(facts: FactLookup, entityId: string, date: string): CorpusEvent[] {
  const day = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(day)) return []; // No event is a number of days from a date that is none.
  const around = (days: number) => new Date(day + days * 86_400_000).toISOString().slice(0, 10);
  const [from, to] = [around(-SAME_EVENT_DAYS), around(SAME_EVENT_DAYS)];
  const plain = /^\d{4}-\d{2}-\d{2}$/;
  return facts.eventsBetween && plain.test(from) && plain.test(to)
    ? facts.eventsBetween(entityId, from, to)
    : (facts.eventsByEntity.get(entityId) ?? []);
}

/** The corpus event the draft's event retells: same kind, same people, a nearby date. */
function counterpartOf(claim: CorpusEvent, events: readonly CorpusEvent[]): CorpusEvent | undefined {
  const people = new Set(claim.participants);
  return events.find(
    (event) =>
      !event.planned &&
      event.date !== undefined &&
      /^\d{4}-\d{2}-\d{2}$/.test(event.date) &&
      familyOf(event.format) === familyOf(claim.format) &&
      event.participants.length >= 2 &&
      event.participants.every((id) => people.has(id)) &&
      daysBetween(event.date, claim.date!) <= SAME_EVENT_DAYS,
  );
}

/** Paragraphs' events kept per knowledge base, whatever corpus they are compared with. */
const MAX_KEPT_PARAGRAPHS = 2000;
const claimsByIndex = new WeakMap<MentionIndex, LruCache<string, CorpusEvent[]>>();

/**
 * The events a paragraph of the draft reports. They depend on the paragraph, its date and the
 * knowledge base alone, so a new corpus generation (after every reindex) compares the events
 * already read instead of reading every paragraph again.
 */
function claimsOf(paragraph: string, date: string, index: MentionIndex): CorpusEvent[] {
  let cache = claimsByIndex.get(index);
  if (!cache) {
    cache = new LruCache(MAX_KEPT_PARAGRAPHS);
    claimsByIndex.set(index, cache);
  }
  return cache.get(
    `${date}\u0000${paragraph}`,
    () => extractFacts({ articles: [paragraphArticle(paragraph, date)], stories: [], problems: [] }, index).events,
  );
}

/**
 * What every day {@link writtenDay} reads holds: an English month's name or its abbreviation, or
 * a date in figures ("21/10/2023", "2023-10-21"). Much cheaper to test than reading the dates.
 */
const DAY_WRITTEN_HINT =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/i;

/** The first day a text writes out with its month ("October 21", "21/10/2023"), read in English. */
function writtenDay(text: string, date: string): chrono.ParsedResult | undefined {
  return chrono.en
    .parse(text, new Date(`${date}T12:00:00Z`))
    .find((r) => r.start.isCertain('day') && r.start.isCertain('month'));
}

/** The date findings of one paragraph, offsets relative to it. */
function paragraphClaims(paragraph: string, date: string, facts: FactLookup, context: CheckContext): CheckFinding[] {
  const claims = claimsOf(paragraph, date, context.index);
  const findings: CheckFinding[] = [];
  for (const claim of claims) {
    if (!claim.date || !/^\d{4}-\d{2}-\d{2}$/.test(claim.date) || claim.planned || claim.participants.length < 2)
      continue;
    const report = claim.reports[0]!;
    if (report.dateBasis !== 'explicit') continue;
    const candidates = claim.participants.flatMap((id) => eventsNear(facts, id, claim.date!));
    const event = counterpartOf(claim, candidates);
    if (!event || event.date === claim.date || event.disagreements.some((d) => d.field === 'date')) continue;
    const sentence = paragraph.slice(report.source.start, report.source.end);
    const written = writtenDay(sentence, claim.date);
    if (!written) continue;
    // chrono takes in the preposition of a day written first ("on 21 October 2023"): the fix keeps it.
    const preposition = /^(?:on|the)\s+/i.exec(written.text)?.[0].length ?? 0;
    const day = written.text.slice(preposition).trimEnd();
    const start = report.source.start + written.index + preposition;
    const end = start + day.length;
    const right = writeDateLike(event.date!, shapeOf(day, true, written.start.isCertain('year')));
    const outlets = event.outlets.length || 1;
    findings.push({
      start,
      end,
      message: `The corpus dates this ${event.format} ${event.date}, not ${claim.date} (${outlets} independent source${outlets === 1 ? '' : 's'}).`,
      fixes: [replaceWith(start, end, right)],
      evidence: event.reports.map((r) =>
        passageEvidence(
          `${r.source.outlet ?? 'a corpus article'}, ${r.source.date ?? 'undated'}`,
          r.text,
          r.source.path,
          r.source.start,
          r.source.end,
        ),
      ),
    });
  }
  return findings;
}

/**
 * `claim/differs`: the draft reports an event the corpus also reports, but on another date
 * ("On December 4, 2021, Xi held a virtual meeting with Thongloun" when the sources say
 * 3 December), or gives a figure the corpus gives otherwise (`differingFigures`). A date is
 * flagged only with evidence — an event of the same kind between the same people within ten
 * days — and the message says how many independent outlets give the corpus's date. A corpus
 * whose own sources disagree on the date is not used as a reference.
 */
export const claimDiffers: Check = {
  id: 'claim/differs',
  defaultSeverity: 'warning',
  description: 'A date or figure differs from what the corpus reports.',
  documentation: `The draft reports an event — a meeting, talks, a phone call, a virtual meeting, a visit — between
the same people as an event in the corpus, within ten days of it, but on another date. The
message gives the corpus's date and how many independent outlets report it; the evidence links
each report, with its outlet and words. A corpus whose own sources disagree on the date is not
used as a reference. Fix: the corpus's date.

The same code covers figures: a figure with a unit ("20 million tons") in a sentence whose
closest corpus statement (same language, much of the same wording) gives another figure of the
same unit ("10 million tons"). A draft figure equal to any figure of that unit there is not
flagged. Fix: the source's figure.`,
  examples: {
    flags: [
      {
        text: 'On October 21, 2023, Xi Jinping met with Thongloun Sisoulith in Beijing.',
        date: '2023-10-25',
        corpus: true,
        flagged: 'October 21, 2023',
        fix: 'October 20, 2023',
      },
      {
        text: 'By November 2022, the China-Laos Railway had carried 20 million tons of freight, China Railway said.',
        corpus: true,
        flagged: '20 million',
        fix: '10 million',
      },
    ],
    passes: [
      {
        text: 'On December 3, 2021, Xi Jinping held a virtual meeting with Thongloun Sisoulith.',
        date: '2021-12-06',
        corpus: true,
      },
      {
        text: 'By November 2022, the freight transported by the China-Laos Railway had exceeded 10 million tons.',
        corpus: true,
      },
    ],
  },
  run(document, context) {
    return [...differingDates(document, context), ...differingFigures(document, context)];
  },
  prepare(document, context) {
    for (const paragraph of datedParagraphs(document)) claimsOf(paragraph.text, document.date.date, context.index);
  },
};

/**
 * The paragraphs of the document's body that may date an event the check can correct: a
 * finding replaces a day written with its month, so a paragraph with no month's name and no
 * date in figures is not read for its events, the costliest step of the check. Offsets are
 * the document's.
 */
function* datedParagraphs(document: AnalyzedDocument): Generator<{ text: string; start: number }> {
  const bodyStart = frontMatter(document.text)?.end ?? 0;
  for (const match of plainParagraphs(document.text.slice(bodyStart))) {
    const paragraph = match[0];
    if (/^\s*(#|---)/.test(paragraph) || !/\d/.test(paragraph) || !DAY_WRITTEN_HINT.test(paragraph)) continue;
    yield { text: paragraph, start: bodyStart + match.index! };
  }
}

/** The dates half: each paragraph's reported events against the corpus's. */
function differingDates(document: AnalyzedDocument, context: CheckContext): CheckFinding[] {
  const evidence = context.corpus;
  if (!evidence?.facts) return [];
  const facts = evidence.facts;
  const findings: CheckFinding[] = [];
  for (const paragraph of datedParagraphs(document)) {
    const local = rememberFor(evidence, `claim\u0000${document.date.date}\u0000${paragraph.text}`, () =>
      paragraphClaims(paragraph.text, document.date.date, facts, context),
    );
    for (const finding of local) findings.push(shiftFinding(finding, paragraph.start));
  }
  return findings;
}
