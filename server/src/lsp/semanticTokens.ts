import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EntityType } from '../kb/knowledgeBase.js';
import type { WorkspaceSnapshot } from '../workspace/snapshot.js';

/**
 * Custom token types, one per kind of entity; `package.json` declares them and maps each to
 * TextMate scopes so that every theme colors them. `deprecated` marks a title the person did
 * not hold at the document's date or a wrong form; `unknown` a person the knowledge base
 * does not know.
 */
export const TOKEN_TYPES = ['leader', 'party', 'organization', 'agreement', 'place', 'country', 'title'] as const;
export const TOKEN_MODIFIERS = ['deprecated', 'unknown'] as const;

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const TYPE_INDEX: Record<EntityType, number> = {
  person: 0,
  party: 1,
  organization: 2,
  agreement: 3,
  initiative: 3,
  place: 4,
  country: 5,
  title: 6,
};

const FLAGGED_CODES = new Set(['title/not-held', 'title/wrong-system', 'name/misspelled', 'org/non-official-name', 'name/non-standard']);

export function semanticTokens(snapshot: WorkspaceSnapshot, document: TextDocument): SemanticTokens {
  const { document: analyzed, findings } = snapshot.analyze(document);
  const flagged = findings.filter((f) => FLAGGED_CODES.has(f.code));
  const builder = new SemanticTokensBuilder();
  for (const mention of analyzed.mentions) {
    const start = document.positionAt(mention.start);
    const end = document.positionAt(mention.end);
    // Tokens can neither span lines nor overlap: a name broken across a line ending, and a
    // party named inside a title, take no token of their own.
    if (start.line !== end.line || mention.nested) continue;
    let modifiers = 0;
    if (flagged.some((f) => f.start <= mention.start && mention.end <= f.end)) modifiers |= 1 << 0;
    if (!mention.known && mention.entity.type === 'person') modifiers |= 1 << 1;
    builder.push(start.line, start.character, end.character - start.character, TYPE_INDEX[mention.entity.type], modifiers);
  }
  return builder.build();
}
