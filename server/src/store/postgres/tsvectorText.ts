/**
 * Index terms as PostgreSQL text-search values. The terms are made in Node (`passageTerms`:
 * folded words, Chinese character pairs; `@entity-id`), exactly as the embedded index makes
 * them, and given to PostgreSQL as they are, never parsed again by a text-search
 * configuration: a `tsvector` literal with one position per occurrence (so a term's frequency
 * in a paragraph is the number of its positions), and a `tsquery` literal of alternatives.
 */

/** Most positions PostgreSQL keeps for one lexeme. */
const MAX_POSITION = 16_383;
/** The longest lexeme PostgreSQL takes, in bytes; a longer term (no word is) is left out. */
const MAX_LEXEME_BYTES = 2_046;

/** A lexeme quoted for a text-search literal. */
function quoted(term: string): string {
  return `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** `'term':1,2,3 …`: each term with as many positions as its frequency. */
export function tsvectorLiteral(terms: readonly (readonly [term: string, frequency: number])[]): string {
  return terms
    .filter(([term]) => Buffer.byteLength(term) <= MAX_LEXEME_BYTES)
    .map(([term, frequency]) => {
      const positions = Array.from({ length: Math.min(frequency, MAX_POSITION) }, (_, k) => k + 1);
      return `${quoted(term)}:${positions.join(',')}`;
    })
    .join(' ');
}

/** `'a' | 'b' | …`: a paragraph holding any of the terms. */
export function tsqueryAnyOf(terms: readonly string[]): string {
  return terms.map(quoted).join(' | ');
}
