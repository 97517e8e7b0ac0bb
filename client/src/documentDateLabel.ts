/**
 * The words of the document-date status bar item, free of the editor's API: the date a
 * document's titles are judged at and where it was found, short on the bar and explained in the
 * tooltip.
 */
import type { DocumentDateMessage } from '../../server/src/protocol.js';

const SOURCES: Record<DocumentDateMessage['source'], { short: string; explained: string }> = {
  'front-matter': { short: 'front matter', explained: 'the `date:` of the front matter' },
  dateline: { short: 'dateline', explained: 'the dateline or first date of the opening' },
  configured: { short: 'setting', explained: 'the `attache.documentDate` setting (the document gives no date)' },
  today: { short: 'today', explained: "today's date (the document gives no date and `attache.documentDate` is empty)" },
};

/** The item's text ("Attaché · judged at 2024-06-12 (front matter)") and its tooltip, in Markdown. */
export function documentDateLabel(answer: DocumentDateMessage): { text: string; tooltip: string } {
  const source = SOURCES[answer.source];
  return {
    text: `Attaché · judged at ${answer.date} (${source.short})`,
    tooltip: `Titles in this document are judged at ${answer.date}, from ${source.explained}.`,
  };
}
