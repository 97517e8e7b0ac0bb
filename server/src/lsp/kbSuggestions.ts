import { pathToFileURL } from 'node:url';
import { patchText } from '../core/kbSuggestions.js';
import type { KbSuggestionMessage } from '../protocol.js';
import { suggestedPatches } from '../workspace/kbSuggest.js';
import type { WorkspaceSnapshot } from '../workspace/snapshot.js';

const NOWHERE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * The knowledge-base suggestions for the editor: each patch's parts with the URI of the file
 * they patch (and whether the extension ships it, so cannot be edited in place), the passages
 * behind it placed in their corpus files, and the patch as text. The client applies a part to
 * the current text of its file; nothing is applied here.
 */
export function kbSuggestionMessages(snapshot: WorkspaceSnapshot): KbSuggestionMessage[] {
  const shipped = new Set<string>();
  for (const entity of snapshot.kb.entities.values()) if (entity.source.bundled) shipped.add(entity.source.path);
  return suggestedPatches(snapshot, (path) => path).map(({ suggestion, patch }) => ({
    summary: patch.summary,
    sources: suggestion.sightings.map((sighting, i) => {
      const { path, start, end } = sighting.source;
      const { where: _where, ...source } = patch.sources[i]!;
      return { uri: pathToFileURL(path).href, range: snapshot.corpusLocation(path, start, end) ?? NOWHERE, ...source };
    }),
    hunks: patch.hunks.map((hunk) => ({
      ...hunk,
      uri: pathToFileURL(hunk.path).href,
      shipped: shipped.has(hunk.path),
    })),
    text: patchText(patch),
  }));
}
