import type { CodeLens } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { frontMatter } from '../core/text/markdown.js';
import type { AttacheWorkspace } from './attacheWorkspace.js';
import { passages } from './navigation.js';

/** A match this good or better counts toward a paragraph's "N matching passages". */
const GOOD_MATCH = 0.45;
/** Paragraphs shorter than this many words get no lens: too little to match on. */
const MIN_WORDS = 8;

/**
 * "N matching passages" above each paragraph that the corpus says something about; the lens
 * runs the client's passage picker for that paragraph. Cached per document version.
 */
export function codeLenses(workspace: AttacheWorkspace, document: TextDocument): CodeLens[] {
  if (!workspace.passageIndex) return [];
  const text = document.getText();
  const lenses: CodeLens[] = [];
  const bodyStart = frontMatter(text)?.end ?? 0;
  for (const match of text.slice(bodyStart).matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g)) {
    const paragraph = match[0];
    if (/^\s*#/.test(paragraph) || paragraph.split(/\s+/).length < MIN_WORDS) continue;
    const count = passages(workspace, paragraph, 50).filter((p) => p.score >= GOOD_MATCH).length;
    if (count === 0) continue;
    const start = document.positionAt(bodyStart + match.index!);
    lenses.push({
      range: { start, end: start },
      command: { title: `${count} matching passage${count === 1 ? '' : 's'}`, command: 'attache.findPassagesForSelection', arguments: [{ text: paragraph }] },
    });
  }
  return lenses;
}
