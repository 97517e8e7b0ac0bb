import type { CodeLens } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { documentDate } from '../core/documentDate.js';
import { withLineFeeds } from '../core/text/lineEndings.js';
import { frontMatter } from '../core/text/markdown.js';
import { documentKindOf } from '../core/text/markdownProse.js';
import type { WorkspaceSnapshot } from '../workspace/snapshot.js';
import { passages } from './navigation.js';
import { plainParagraphs } from '../core/text/paragraphs.js';

/** Paragraphs shorter than this many words get no lens: too little to match on. */
const MIN_WORDS = 8;

/** Lens counts per snapshot, date and paragraph text: an edit searches again only the paragraph it touched. */
const counts = new WeakMap<WorkspaceSnapshot, Map<string, number>>();

/**
 * "N matching passages" above each paragraph that the corpus says something about; the lens
 * opens the client's passages view for that paragraph. N is the length of the very answer the
 * view shows (`attache/passages` for the paragraph, dated by the document): same relevance
 * floor, copies counted once, same limit. Counts are cached per paragraph text
 * for each snapshot, so a request after an edit costs one search for the edited paragraph.
 */
export function codeLenses(snapshot: WorkspaceSnapshot, document: TextDocument, signal?: AbortSignal): CodeLens[] {
  if (!snapshot.corpus) return [];
  let cache = counts.get(snapshot);
  if (!cache) counts.set(snapshot, (cache = new Map<string, number>()));
  const text = document.getText();
  const date = lensDate(snapshot, document, signal);
  const lenses: CodeLens[] = [];
  const bodyStart = frontMatter(text)?.end ?? 0;
  for (const match of plainParagraphs(text.slice(bodyStart))) {
    const paragraph = match[0];
    if (/^\s*#/.test(paragraph) || paragraph.split(/\s+/).length < MIN_WORDS) continue;
    signal?.throwIfAborted();
    // The date resolves roles ("the Lao head of state"): a new date counts again.
    const key = `${date}\u0000${paragraph}`;
    let count = cache.get(key);
    if (count === undefined) {
      count = passages(snapshot, paragraph, date).length;
      if (cache.size > 2000) cache.clear();
      cache.set(key, count);
    }
    if (count === 0) continue;
    const start = document.positionAt(bodyStart + match.index!);
    lenses.push({
      range: { start, end: start },
      command: {
        title: `${count} matching passage${count === 1 ? '' : 's'}`,
        command: 'attache.findPassagesForSelection',
        arguments: [{ text: paragraph, uri: document.uri }],
      },
    });
  }
  return lenses;
}

/**
 * The document's date, as its analysis reads it. A date in the front matter, and any date of
 * a plain-text document, is read without analysing the document: after an edit the lenses
 * need only the date, and the findings (which the diagnostics compute anyway) can wait. A
 * Markdown draft dated in its opening is dated by its analysis, whose prose leaves out what
 * is not prose.
 */
export function lensDate(snapshot: WorkspaceSnapshot, document: TextDocument, signal?: AbortSignal): string {
  const text = withLineFeeds(document.getText()).text;
  const options = { today: snapshot.today, configured: snapshot.settings.documentDate };
  if (documentKindOf(document.languageId) === 'plain') return documentDate(text, options).date;
  const header = documentDate(text, { ...options, prose: '' });
  return header.source === 'front-matter' ? header.date : snapshot.analyze(document, signal).document.date.date;
}
