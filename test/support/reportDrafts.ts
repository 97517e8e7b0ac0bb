import type { ReportDraft } from '../../server/src/core/facts/articleEvents.js';
import { familyOf } from '../../server/src/core/facts/eventFamilies.js';
import type { EventReport } from '../../server/src/core/facts/types.js';

/**
 * A report of an event as one article's reading leaves it, written in a test: the fields a
 * test names, and otherwise a held event with no place, date, documents or figures, from an
 * article of its own (`article` names it; the outlet is the article's name unless given).
 */
export function reportDraft(
  article: string,
  report: Partial<EventReport> & Pick<EventReport, 'format'>,
  draft: Partial<Omit<ReportDraft, 'report'>> = {},
): ReportDraft {
  const full: EventReport = {
    planned: false,
    participants: [],
    documents: [],
    documentDetails: [],
    numbers: [],
    text: '',
    source: { articleId: `${article}#0`, path: article, outlet: article, start: 0, end: 1 },
    ...report,
  };
  return {
    family: familyOf(full.format),
    persons: full.participants,
    placeFromText: full.place !== undefined,
    placeIsCountry: false,
    storyId: `story:${article}`,
    ...draft,
    report: full,
  };
}
