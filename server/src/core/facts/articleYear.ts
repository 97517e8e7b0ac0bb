import { isoDay } from '../text/dates.js';
import type { Article } from '../articles.js';
import { roleHeldOn, type KnowledgeBase } from '../../kb/knowledgeBase.js';
import type { ArticleView } from './articleView.js';
import { weekdayNamed, weekdayOf } from './eventDates.js';
import type { SentenceTitles } from './sentenceTitles.js';

/** How many opening sentences may name the weekday of a dateline without a year. */
const LEAD_SENTENCES = 3;
/** The first year searched: no article in a corpus of this kind is older. */
const FIRST_YEAR = 1949;

/**
 * The year of a dateline that gives none ("VIENTIANE, April 23 (Xinhua) --" in a scrape with no
 * page date): the one year in which every title the article prints beside a name was held on
 * that day (the knowledge base's roles) and, when the opening names a weekday ("reported on
 * Tuesday", "in Beijing on Friday"), the day falls on it. "Lao President Thongloun Sisoulith"
 * and Tuesday put 23 April in 2024; two years that fit leave the year unknown. Returns the
 * full day, or undefined.
 */
export function inferArticleDay(
  article: Article,
  view: ArticleView,
  titles: readonly SentenceTitles[],
  kb: KnowledgeBase,
): string | undefined {
  if (article.date || article.eventDate || !article.partialDate) return undefined;
  const month = Number(article.partialDate.slice(2, 4));
  const day = Number(article.partialDate.slice(5, 7));
  const held: { personId: string; officeId: string }[] = [];
  for (const sentence of titles) {
    for (const piece of sentence.pieces) {
      if (piece.officeId && kb.entities.get(piece.personId)?.kind === 'person')
        held.push({ personId: piece.personId, officeId: piece.officeId });
    }
  }
  if (held.length === 0) return undefined;
  const opening = view.sentences.filter((s) => !s.headline).slice(0, LEAD_SENTENCES);
  const weekday = opening.map((s) => (s.chinese ? undefined : weekdayNamed(s.text))).find((w) => w !== undefined);
  const last = lastYear(kb);
  const fits: string[] = [];
  for (let year = FIRST_YEAR; year <= last; year++) {
    const iso = isoDay(year, month, day);
    if (!iso || (weekday !== undefined && weekdayOf(iso) !== weekday)) continue;
    const allHeld = held.every(({ personId, officeId }) => {
      const person = kb.entities.get(personId);
      return (
        person?.kind === 'person' &&
        (person.entry.roles ?? []).some((role) => role.office === officeId && roleHeldOn(role, iso))
      );
    });
    if (allHeld) fits.push(iso);
    if (fits.length > 1) return undefined;
  }
  return fits[0];
}

/** The last year the knowledge base speaks for: the year it was verified through, else the latest year a role begins in. */
function lastYear(kb: KnowledgeBase): number {
  if (kb.verifiedThrough) return Number(kb.verifiedThrough.slice(0, 4));
  let latest = FIRST_YEAR;
  for (const entity of kb.entities.values()) {
    if (entity.kind !== 'person') continue;
    for (const role of entity.entry.roles ?? []) latest = Math.max(latest, Number(role.from.slice(0, 4)));
  }
  return latest;
}
