/**
 * How much of a query's word sequence a passage reproduces in order: the longest common
 * subsequence of the two term lists, over the query's length (0 to 1). Tolerates inserted or
 * dropped words (paraphrase, translation style) while rewarding the same words in the same
 * order, which bag-of-words scores cannot see.
 */
export function alignmentScore(query: readonly string[], passage: readonly string[]): number {
  if (query.length === 0 || passage.length === 0) return 0;
  // Two rows of the LCS table; passages are paragraphs, so this stays small.
  let previous = new Uint16Array(passage.length + 1);
  let current = new Uint16Array(passage.length + 1);
  for (let i = 1; i <= query.length; i++) {
    for (let j = 1; j <= passage.length; j++) {
      current[j] = query[i - 1] === passage[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[passage.length]! / query.length;
}

/** The two rows of the LCS table, grown as needed and reused: a search aligns hundreds of sentences. */
let rows = new Int32Array(0);

/**
 * {@link alignmentScore} of a query and the terms `passage[from .. to)`, all as term numbers
 * (two numbers are the same term when they are equal).
 */
export function alignmentOfTerms(query: Int32Array, passage: Int32Array, from: number, to: number): number {
  const length = to - from;
  if (query.length === 0 || length <= 0) return 0;
  if (rows.length < 2 * (length + 1)) rows = new Int32Array(2 * (length + 1));
  let previous = 0;
  let current = length + 1;
  rows.fill(0, 0, 2 * (length + 1));
  for (let i = 0; i < query.length; i++) {
    const word = query[i]!;
    for (let j = 1; j <= length; j++) {
      rows[current + j] = word === passage[from + j - 1] ? rows[previous + j - 1]! + 1 : Math.max(rows[previous + j]!, rows[current + j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return rows[previous + length]! / query.length;
}
