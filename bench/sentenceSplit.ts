/**
 * Sentence splitting of corpus paragraphs (a line each): the splitter the corpus uses
 * (`splitSentences`) beside nlcst with the sentence-ends plugin, the draft's prose model, which
 * finds the same sentences (a property test holds the two equal).
 *
 * Alone: `node out/bench/run.js sentences`.
 */
import { unified } from 'unified';
import { retextParagraph } from '../server/src/core/retext/paragraphParser.js';
import { retextSentenceEnds } from '../server/src/core/retext/sentenceEnds.js';
import { splitSentences } from '../server/src/core/text/sentences.js';

function bestMs(runs: number, run: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    run();
    min = Math.min(min, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return min;
}

function mbPerSecond(text: string, ms: number): number {
  return Buffer.byteLength(text, 'utf8') / 1e6 / (ms / 1000);
}

/** Adds the rows: the splitter's rate, nlcst's on the same paragraphs, and their ratio. */
export function benchSentenceSplit(corpusText: string, row: (...cells: (string | number)[]) => void): void {
  const paragraphs = corpusText.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  const measured = paragraphs.join('\n');
  const tree = unified().use(retextParagraph).use(retextSentenceEnds).freeze();
  let sentences = 0;
  const splitMs = bestMs(7, () => {
    sentences = 0;
    for (const paragraph of paragraphs) sentences += splitSentences(paragraph, 0, paragraph.length).length;
  });
  const treeMs = bestMs(3, () => {
    for (const paragraph of paragraphs) tree.runSync(tree.parse(paragraph));
  });
  const splitRate = mbPerSecond(measured, splitMs);
  const treeRate = mbPerSecond(measured, treeMs);
  row(
    'sentence split',
    `${splitRate.toFixed(1)} MB/s`,
    `${paragraphs.length} corpus paragraphs, ${sentences} sentences`,
  );
  row('  baseline: nlcst with the sentence-ends plugin', `${treeRate.toFixed(2)} MB/s`, 'the same paragraphs');
  row('  ratio', `${(splitRate / treeRate).toFixed(1)}x`, '');
}
