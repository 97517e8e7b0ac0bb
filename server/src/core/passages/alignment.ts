/**
 * A longest common subsequence of two sequences, as the pairs of positions it aligns
 * (`[i, j]`: `a[i]` is `b[j]`), in order. Of several longest ones, the one found by walking
 * both from the start, pairing equal elements at once and otherwise passing over an element of
 * `a` when that keeps the length, else one of `b`. `same` says when two elements are the same
 * (by default `===`). A full table: for sentences and
 * paragraphs; a search over many passages uses {@link alignmentOfTerms}, which gives only the
 * length.
 */
export function commonSubsequence<A, B = A>(
  a: readonly A[],
  b: readonly B[],
  same: (x: A, y: B) => boolean = (x, y) => (x as unknown) === y,
): [number, number][] {
  const width = b.length + 1;
  // table[i * width + j]: the length of a longest common subsequence of a[i..] and b[j..].
  const table = new Int32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const at = i * width + j;
      table[at] = same(a[i]!, b[j]!) ? table[at + width + 1]! + 1 : Math.max(table[at + width]!, table[at + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (same(a[i]!, b[j]!)) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * How much of a query's word sequence a passage reproduces in order: the longest common
 * subsequence of the two term lists, over the query's length (0 to 1). Tolerates inserted or
 * dropped words (paraphrase, translation style) while rewarding the same words in the same
 * order, which bag-of-words scores cannot see.
 */
export function alignmentScore(query: readonly string[], passage: readonly string[]): number {
  if (query.length === 0 || passage.length === 0) return 0;
  return commonSubsequence(query, passage).length / query.length;
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
      rows[current + j] =
        word === passage[from + j - 1]
          ? rows[previous + j - 1]! + 1
          : Math.max(rows[previous + j]!, rows[current + j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return rows[previous + length]! / query.length;
}
