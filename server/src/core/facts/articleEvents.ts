import type { KnowledgeBase } from '../../kb/knowledgeBase.js';
import type { Mention } from '../mentions/mentionIndex.js';
import type { ArticleView, SentenceView } from './articleView.js';
import { findCues, type EventCue } from './eventCues.js';
import { dateOfReport, type ReportDate } from './eventDates.js';
import { familyOf, needsCounterpart, type EventFamily } from './eventFamilies.js';
import { findNumbers } from './eventNumbers.js';
import { participantsOfCues, type CueParticipants } from './eventParticipants.js';
import { personIdOf } from './personIds.js';
import { datelinePlace, placeOfReport, type DatelinePlace } from './eventPlaces.js';
import type { SentenceTitles } from './sentenceTitles.js';
import { sourceOf } from './sourceRef.js';
import type { DateSource, EventReport, ReportedDocument, ReportedNumber } from './types.js';

/** A report with what grouping needs beside it: its family and its people. */
export interface ReportDraft {
  report: EventReport;
  family: EventFamily;
  /** Person ids (a subset of the participants), the key reports are grouped by. */
  persons: string[];
  /** Where the place came from: stated in the sentence, or the dateline's city. */
  placeFromText: boolean;
  /** Country id of the place, when known: a visit to Malaysia is not the visit to Viet Nam the same week. */
  placeCountry?: string;
  /** True when the place is a country rather than a city: "Laos" contains "Vientiane" and does not contradict it. */
  placeIsCountry: boolean;
  /** The story of the article (the same story carried by several outlets, as ingestion grouped them). */
  storyId: string;
}

const DATE_RANK: Record<DateSource, number> = { text: 0, weekday: 1, dateline: 2, published: 3 };
const YEARS = /(\d{4})\s*[-–—]\s*(\d{4})/;

/**
 * The events one article reports. Every sentence with an event cue gives a report; reports of
 * the same family with the same people within the article are one report (the lead says
 * "met with", a later sentence "after the meeting, the two leaders signed"). A signing that
 * follows a meeting adds its documents to the meeting rather than standing alone. A meeting
 * sentence whose subject is a pronoun ("He also met with X") takes the article's lead person
 * as the other side.
 */
export function reportsOfArticle(view: ArticleView, titles: readonly SentenceTitles[], kb: KnowledgeBase): ReportDraft[] {
  const drafts: ReportDraft[] = [];
  const dateline = datelinePlace(view);
  let leadSubject: string | undefined;
  view.sentences.forEach((sentence, i) => {
    const cues = findCues(sentence.text, sentence.chinese);
    if (cues.length === 0) return;
    const participants = participantsOfCues(view.text, sentence, cues, titles[i]!);
    // Signings last: "China and Vietnam signed 37 agreements ... where Xi held talks with
    // Trong" adds its figures to the talks named later in the same sentence.
    const order = cues.map((_, c) => c).sort((a, b) => Number(cues[a]!.format === 'signing') - Number(cues[b]!.format === 'signing'));
    order.forEach((c) => {
      const cue = cues[c]!;
      for (const side of participants[c] ?? []) {
        const draft = draftOf(view, { sentence, cue, side, lead: i < LEAD_SENTENCES }, dateline, kb, leadSubject, drafts);
        if (!draft) continue;
        leadSubject ??= draft.persons[0];
        mergeInto(drafts, draft);
      }
    });
  });
  return drafts;
}

/** One cue of one sentence, with the side it reports. */
interface CueAt {
  sentence: SentenceView;
  cue: EventCue;
  side: CueParticipants;
  /** Whether the sentence is among the article's first: only those are placed by the dateline. */
  lead: boolean;
}

/** How many opening sentences the dateline's city places. */
const LEAD_SENTENCES = 3;
/** "He also met with X": the subject is a pronoun for the article's lead person. */
const PRONOUN_SUBJECT = /\b(?:he|she)\b/i;

function draftOf(
  view: ArticleView,
  { sentence, cue, side, lead }: CueAt,
  dateline: DatelinePlace | undefined,
  kb: KnowledgeBase,
  leadSubject: string | undefined,
  earlier: ReportDraft[],
): ReportDraft | undefined {
  const persons = unique(side.persons.map((m) => personIdOf(m, kb)));
  const signing = cue.format === 'signing';
  const parties = signing ? unique(side.parties.map((m) => m.entity.id)) : [];
  const documents = signing ? documentsIn(view.text, sentence) : [];
  const numbers = findNumbers(sentence.text, sentence.chinese);
  if (signing) {
    const target = [...earlier].reverse().find((d) => d.family !== 'visit' && d.family !== 'letter' && persons.every((p) => d.persons.includes(p)));
    if (target) {
      addDocuments(target.report, documents);
      addNumbers(target.report, numbers);
      return undefined;
    }
    // A signing standing alone is kept only when it names what was signed: "Biden signed the
    // aid package" is not a diplomatic signing between two sides.
    if (documents.length === 0 || (persons.length < 2 && parties.length < 2)) return undefined;
  }
  const objectOnly = side.persons.every((m) => m.start >= sentence.start + cue.end);
  if (needsCounterpart(cue.format) && persons.length === 1 && leadSubject && leadSubject !== persons[0] && objectOnly && PRONOUN_SUBJECT.test(sentence.text.slice(0, cue.start))) {
    persons.unshift(leadSubject);
  }
  if (needsCounterpart(cue.format) && persons.length < 2) return undefined;
  if (persons.length === 0 && !signing) return undefined;
  const date = dateOfReport(sentence.text, sentence.chinese, view.article, cue.planned, cue.start);
  if (!date) return undefined;
  const place = placeOfReport(view, sentence, cue, dateline, kb, lead);
  const report: EventReport = {
    format: cue.format,
    ...dateFields(date),
    planned: cue.planned,
    ...(place.place ? { place: place.place } : {}),
    ...(place.venue ? { venue: place.venue } : {}),
    participants: [...persons, ...parties.filter((p) => !persons.includes(p))],
    documents: [],
    documentDetails: [],
    numbers,
    source: sourceOf(view, sentence),
    text: sentence.text,
  };
  addDocuments(report, documents);
  return {
    report,
    family: familyOf(cue.format),
    persons: persons.length > 0 ? persons : parties,
    placeFromText: place.stated,
    placeIsCountry: place.isCountry === true,
    storyId: view.article.storyId,
    ...(place.country ? { placeCountry: place.country } : {}),
  };
}

function dateFields(date: ReportDate): Partial<EventReport> {
  return {
    ...(date.date ? { date: date.date } : {}),
    ...(date.endDate ? { endDate: date.endDate } : {}),
    ...(date.partialDate ? { partialDate: date.partialDate } : {}),
    ...(date.source && (date.date || date.partialDate) ? { dateSource: date.source } : {}),
  };
}

/** Agreements named in the sentence, with the years printed in or right beside the name. */
function documentsIn(text: string, sentence: SentenceView): ReportedDocument[] {
  const out: ReportedDocument[] = [];
  for (const m of sentence.mentions) {
    if (m.known?.kind !== 'agreement' || m.known.entry.kind !== 'agreement' || out.some((d) => d.id === m.known!.id)) continue;
    const years = yearsBeside(text, m);
    out.push(years ? { id: m.known.id, years } : { id: m.known.id });
  }
  return out;
}

function yearsBeside(text: string, m: Mention): string | undefined {
  const inside = YEARS.exec(m.text);
  const after = YEARS.exec(text.slice(m.end, m.end + 14));
  const before = YEARS.exec(text.slice(Math.max(0, m.start - 12), m.start));
  const found = inside ?? after ?? before;
  return found ? `${found[1]}-${found[2]}` : undefined;
}

function addDocuments(report: EventReport, documents: readonly ReportedDocument[]): void {
  for (const document of documents) {
    const known = report.documentDetails.find((d) => d.id === document.id);
    if (!known) {
      report.documentDetails.push({ ...document });
      report.documents.push(document.id);
    } else if (!known.years && document.years) {
      known.years = document.years;
    }
  }
}

/**
 * Adds a draft to the article's reports, or folds it into an earlier one of the same family
 * whose people include it (or are included in it), and for visits the same country: the
 * better-sourced date and a stated place win, documents and figures add up, and the report is
 * a plan only if every sentence speaks of it as one.
 */
function mergeInto(drafts: ReportDraft[], draft: ReportDraft): void {
  const same = drafts.find(
    (d) =>
      d.family === draft.family &&
      (d.family !== 'visit' || !d.placeCountry || !draft.placeCountry || d.placeCountry === draft.placeCountry) &&
      (draft.persons.every((p) => d.persons.includes(p)) || d.persons.every((p) => draft.persons.includes(p))),
  );
  if (!same) {
    drafts.push(draft);
    return;
  }
  const into = same.report;
  const from = draft.report;
  into.planned = into.planned && from.planned;
  if (rank(from) < rank(into)) {
    delete into.date;
    delete into.endDate;
    delete into.partialDate;
    delete into.dateSource;
    Object.assign(into, dateFields({ date: from.date, endDate: from.endDate, partialDate: from.partialDate, source: from.dateSource }));
  }
  if (from.place && (!into.place || (draft.placeFromText && !same.placeFromText))) {
    into.place = from.place;
    if (from.venue) into.venue = from.venue;
    else delete into.venue;
    same.placeFromText = draft.placeFromText;
    if (draft.placeCountry) same.placeCountry = draft.placeCountry;
    else delete same.placeCountry;
    same.placeIsCountry = draft.placeIsCountry;
  }
  for (const p of draft.persons) if (!same.persons.includes(p)) same.persons.push(p);
  into.participants = unique([...same.persons, ...into.participants, ...from.participants]);
  addDocuments(into, from.documentDetails);
  addNumbers(into, from.numbers);
}

/** Adds figures not already read (a sentence with a meeting and a signing gives its figures once). */
function addNumbers(report: EventReport, numbers: readonly ReportedNumber[]): void {
  for (const n of numbers) {
    if (!report.numbers.some((k) => k.value === n.value && k.unit === n.unit && k.context === n.context)) report.numbers.push(n);
  }
}

function rank(report: EventReport): number {
  return report.dateSource ? DATE_RANK[report.dateSource] : 9;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
