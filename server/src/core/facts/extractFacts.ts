import type { Article, Corpus } from '../articles.js';
import type { MentionIndex } from '../mentions/mentionIndex.js';
import { reportsOfArticle, type ReportDraft } from './articleEvents.js';
import { viewArticle, type ArticleView } from './articleView.js';
import { attachLookBacks, eventsOf } from './corpusEvents.js';
import { compareKeys, dayKey } from './daySpans.js';
import { inferArticleDay } from './articleYear.js';
import { articleDay, dateContextOf } from './eventDates.js';
import { groupReports } from './groupReports.js';
import { readSentenceTitles } from './sentenceTitles.js';
import { PAST_TITLE } from './pastTitles.js';
import { sourceOf } from './sourceRef.js';
import { settleWeekdays } from './weekdays.js';
import type { CorpusEvent, FactIndex, TitleSighting } from './types.js';

/**
 * Reads the facts a corpus states: the titles printed beside each person's name, and the
 * events the articles report, grouped across articles and outlets with the points on which
 * the reports disagree. One pass over each article (one mention scan, one look at each
 * sentence), then one bucketed pass over the reports: linear in the corpus, so that it can
 * run over a hundred thousand articles. Pure: the corpus and the index come in, nothing is
 * read from disk or the clock.
 */
export function extractFacts(corpus: Corpus, index: MentionIndex): FactIndex {
  const perArticle = corpus.articles.map((article) => factsOfArticle(article, index));
  return combineFacts(
    perArticle.flatMap((facts) => facts.titles),
    perArticle.flatMap((facts) => facts.drafts),
  );
}

/** What one article contributes to the facts: titles beside names, and its reports of events. */
export interface ArticleFacts {
  titles: TitleSighting[];
  drafts: ReportDraft[];
}

/**
 * The facts one article states, before they are grouped with other articles' reports. Kept
 * per article so that a corpus store can keep them per file and recombine them when one file
 * changes, without reading the others again.
 */
export function factsOfArticle(article: Article, index: MentionIndex): ArticleFacts {
  return factsOfView(viewArticle(article, index), index);
}

/** The same from the article's view, when its mentions serve the passage index too. */
export function factsOfView(view: ArticleView, index: MentionIndex): ArticleFacts {
  const { article } = view;
  const date = articleDay(article);
  const sentenceTitles = view.sentences.map((sentence) => readSentenceTitles(view.text, sentence, index.kb, date));
  const titles: TitleSighting[] = [];
  const seen = new Set<string>();
  view.sentences.forEach((sentence, i) => {
    // A headline's capitals and abbreviations are not how the outlet titles anyone.
    if (sentence.headline) return;
    for (const piece of sentenceTitles[i]!.pieces) {
      const entityId = piece.personId;
      const key = `${entityId}|${piece.officeId ?? piece.title.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const retrospective = PAST_TITLE.test(view.text.slice(Math.max(0, piece.start - 12), piece.start));
      titles.push({
        entityId,
        title: view.printed.slice(piece.start, piece.end).replace(/\s+/g, ' ').trim(),
        ...(piece.officeId ? { officeId: piece.officeId } : {}),
        ...(retrospective
          ? { retrospective: true }
          : date
            ? { date }
            : article.partialDate
              ? { partialDate: article.partialDate }
              : {}),
        position: piece.position,
        start: view.toFile(piece.start),
        end: view.toFile(piece.end),
        source: sourceOf(view, sentence),
      });
    }
  });
  const inferred = inferArticleDay(article, view, sentenceTitles, index.kb);
  return { titles, drafts: reportsOfArticle(view, sentenceTitles, { index, dates: dateContextOf(article, inferred) }) };
}

/**
 * Groups every article's facts into the corpus's: title sightings per person (oldest first)
 * and events grouped across articles and outlets, with their disagreements. One bucketed
 * pass over the reports: linear in the corpus.
 */
export function combineFacts(titles: readonly TitleSighting[], drafts: readonly ReportDraft[]): FactIndex {
  const titlesByEntity = new Map<string, TitleSighting[]>();
  for (const sighting of titles) {
    const list = titlesByEntity.get(sighting.entityId);
    if (list) list.push(sighting);
    else titlesByEntity.set(sighting.entityId, [sighting]);
  }
  for (const list of titlesByEntity.values()) list.sort((a, b) => compareKeys(dayKey(a), dayKey(b)));
  const events = eventsOf(groupReports(settleWeekdays(drafts.filter((d) => !d.retrospective))));
  const eventsByEntity = indexByEntity(events);
  attachLookBacks(
    drafts.filter((d) => d.retrospective),
    eventsByEntity,
  );
  return { titlesByEntity, events, eventsByEntity };
}

/** Events by every entity that takes part in them or is signed in them. */
export function indexByEntity(events: readonly CorpusEvent[]): Map<string, CorpusEvent[]> {
  const byEntity = new Map<string, CorpusEvent[]>();
  const add = (id: string, event: CorpusEvent) => {
    const list = byEntity.get(id);
    // An event's ids come one after another: an id named twice finds the event already last in its list.
    if (!list) byEntity.set(id, [event]);
    else if (list[list.length - 1] !== event) list.push(event);
  };
  for (const event of events) {
    for (const id of event.participants) add(id, event);
    for (const id of event.documents) add(id, event);
  }
  return byEntity;
}
