import type { Corpus } from '../../corpus/types.js';
import type { MentionIndex } from '../mentions/mentionIndex.js';
import { reportsOfArticle, type ReportDraft } from './articleEvents.js';
import { viewArticle } from './articleView.js';
import { eventsOf } from './corpusEvents.js';
import { compareKeys, dayKey } from './daySpans.js';
import { articleDay } from './eventDates.js';
import { groupReports } from './groupReports.js';
import { readSentenceTitles } from './sentenceTitles.js';
import { sourceOf } from './sourceRef.js';
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
  const titlesByEntity = new Map<string, TitleSighting[]>();
  const drafts: ReportDraft[] = [];
  for (const article of corpus.articles) {
    const view = viewArticle(article, index);
    const date = articleDay(article);
    const titles = view.sentences.map((sentence) => readSentenceTitles(view.text, sentence, index.kb, date));
    const seen = new Set<string>();
    view.sentences.forEach((sentence, i) => {
      for (const piece of titles[i]!.pieces) {
        const entityId = piece.personId;
        const key = `${entityId}|${piece.officeId ?? piece.title.toLowerCase()}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const sighting: TitleSighting = {
          entityId,
          title: piece.title,
          ...(piece.officeId ? { officeId: piece.officeId } : {}),
          ...(date ? { date } : article.partialDate ? { partialDate: article.partialDate } : {}),
          position: piece.position,
          start: view.toFile(piece.start),
          end: view.toFile(piece.end),
          source: sourceOf(view, sentence),
        };
        const list = titlesByEntity.get(entityId);
        if (list) list.push(sighting);
        else titlesByEntity.set(entityId, [sighting]);
      }
    });
    drafts.push(...reportsOfArticle(view, titles, index.kb));
  }
  for (const list of titlesByEntity.values()) list.sort((a, b) => compareKeys(dayKey(a), dayKey(b)));
  const events = eventsOf(groupReports(drafts));
  return { titlesByEntity, events, eventsByEntity: indexByEntity(events) };
}

/** Events by every entity that takes part in them or is signed in them. */
export function indexByEntity(events: readonly CorpusEvent[]): Map<string, CorpusEvent[]> {
  const byEntity = new Map<string, CorpusEvent[]>();
  for (const event of events) {
    for (const id of new Set([...event.participants, ...event.documents])) {
      const list = byEntity.get(id);
      if (list) list.push(event);
      else byEntity.set(id, [event]);
    }
  }
  return byEntity;
}
