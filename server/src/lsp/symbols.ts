import { pathToFileURL } from 'node:url';
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EntityType } from '../kb/knowledgeBase.js';
import type { Mention } from '../core/mentions/mentionIndex.js';
import { foldText } from '../core/text/fold.js';
import type { WorkspaceSnapshot } from '../workspace/snapshot.js';

const KIND: Record<EntityType, SymbolKind> = {
  person: SymbolKind.Object,
  party: SymbolKind.Namespace,
  organization: SymbolKind.Module,
  agreement: SymbolKind.Event,
  initiative: SymbolKind.Event,
  place: SymbolKind.Field,
  country: SymbolKind.Package,
  title: SymbolKind.Property,
};

/** Document symbols: who and what the document mentions, one symbol per entity at its first mention. */
export function documentSymbols(snapshot: WorkspaceSnapshot, document: TextDocument): DocumentSymbol[] {
  const first = new Map<string, Mention>();
  const counts = new Map<string, number>();
  for (const mention of snapshot.analyze(document).document.mentions) {
    if (mention.entity.type === 'title') continue;
    counts.set(mention.entity.id, (counts.get(mention.entity.id) ?? 0) + 1);
    if (!first.has(mention.entity.id)) first.set(mention.entity.id, mention);
  }
  return [...first.values()].map((mention) => {
    const range = { start: document.positionAt(mention.start), end: document.positionAt(mention.end) };
    const count = counts.get(mention.entity.id)!;
    return {
      name: mention.entity.name,
      detail: `${mention.entity.type}, ${count} mention${count === 1 ? '' : 's'}`,
      kind: KIND[mention.entity.type],
      range,
      selectionRange: range,
    };
  });
}

/** Workspace symbols: the knowledge base, searched by any of an entity's names. */
export function workspaceSymbols(snapshot: WorkspaceSnapshot, query: string): WorkspaceSymbol[] {
  const wanted = foldText(query.trim());
  const symbols: WorkspaceSymbol[] = [];
  for (const entity of snapshot.kb.entities.values()) {
    if (wanted && !foldText(entity.name).includes(wanted) && !entity.id.includes(wanted)) continue;
    const line = Math.max(0, entity.source.line - 1);
    symbols.push({
      name: entity.name,
      kind: KIND[entity.type],
      containerName: entity.type,
      location: {
        uri: pathToFileURL(entity.source.path).href,
        range: { start: { line, character: 0 }, end: { line, character: 0 } },
      },
    });
  }
  return symbols;
}
