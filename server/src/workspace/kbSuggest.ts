import { kbSuggestions, suggestionPatch, type KbPatch, type KbSuggestion } from '../core/kbSuggestions.js';
import type { TitleSighting } from '../core/facts/types.js';
import type { WorkspaceSnapshot } from './snapshot.js';

/** A suggestion for the knowledge base and its patch. */
export interface SuggestedPatch {
  suggestion: KbSuggestion;
  patch: KbPatch;
}

/**
 * The knowledge-base suggestions of a workspace's corpus, each with its patch, the passages
 * behind it placed as `shownPath(path):line` and quoted from the corpus files. What
 * `attache kb suggest` prints and the editor offers.
 */
export function suggestedPatches(snapshot: WorkspaceSnapshot, shownPath: (path: string) => string): SuggestedPatch[] {
  const corpus = snapshot.corpus;
  const titles: TitleSighting[] = corpus
    ? corpus.factEntities.flatMap((id) => corpus.facts.titlesByEntity.get(id) ?? [])
    : [];
  const textOf = (sighting: TitleSighting) => {
    const { path, start, end } = sighting.source;
    const location = snapshot.corpusLocation(path, start, end);
    const quote = snapshot.corpusText(path, start, end);
    return {
      ...(location ? { where: `${shownPath(path)}:${location.start.line + 1}` } : {}),
      ...(quote ? { quote } : {}),
    };
  };
  return kbSuggestions(titles, snapshot.kb).map((suggestion) => ({
    suggestion,
    patch: suggestionPatch(suggestion, snapshot.kb, textOf),
  }));
}
