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
