import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ALL_RULES } from '../core/checks/allChecks.js';
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

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...TOKEN_TYPES],
  tokenModifiers: [...TOKEN_MODIFIERS],
};

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

/** The rules whose findings mark a mention `deprecated`: those that declare `marksMentions`. */
const FLAGGED_CODES = new Set(ALL_RULES.filter((rule) => rule.marksMentions).map((rule) => rule.id));

export function semanticTokens(snapshot: WorkspaceSnapshot, document: TextDocument): SemanticTokens {
  const { document: analyzed, findings } = snapshot.analyze(document);
  const flagged = findings.filter((f) => FLAGGED_CODES.has(f.code));
  const text = document.getText();
  const builder = new SemanticTokensBuilder();
  for (const mention of analyzed.mentions) {
    // Tokens cannot overlap: a party named inside a title takes no token of its own.
    if (mention.nested) continue;
    let modifiers = 0;
    if (flagged.some((f) => f.start <= mention.start && mention.end <= f.end)) modifiers |= 1 << 0;
    if (!mention.known && mention.entity.type === 'person') modifiers |= 1 << 1;
    for (const piece of linePieces(text, mention.start, mention.end)) {
      const start = document.positionAt(piece.start);
      builder.push(start.line, start.character, piece.end - piece.start, TYPE_INDEX[mention.entity.type], modifiers);
    }
  }
  return builder.build();
}

/**
 * The parts of `[start, end)` on each line, without the line breaks and the spaces around them:
 * a token cannot span lines, so a name broken across a line ending ("Sonexay⏎Siphandone") is
 * colored as one token per line.
 */
function linePieces(text: string, start: number, end: number): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  // Only the mention's own text is searched: a long line costs nothing per mention.
  for (const line of text.slice(start, end).matchAll(/[^\r\n]+/g)) {
    const leading = line[0].length - line[0].trimStart().length;
    const kept = line[0].trim().length;
    if (kept > 0) pieces.push({ start: start + line.index + leading, end: start + line.index + leading + kept });
  }
  return pieces;
}
