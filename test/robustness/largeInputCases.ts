/**
 * The bodies of the large-input tests, each shaped against one piece of work that used to
 * grow with the square of the input (a search of the rest of the text per match, all-pairs
 * comparisons, ICU's segmenter on a whole paragraph). `largeInputs.test.ts` runs each in a
 * worker thread: a synchronous body cannot be stopped by the test runner's timeout, a worker
 * can, so quadratic work (minutes at these sizes) fails the test instead of passing late. No
 * assertion is about time: each checks what was found, which must be exactly what the input
 * was built to contain.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeDocument } from '../../server/src/core/analyze.js';
import { agreementDetails } from '../../server/src/core/checks/agreementDetails.js';
import type { Check } from '../../server/src/core/checks/check.js';
import { orgAcronymUndefined } from '../../server/src/core/checks/orgAcronymUndefined.js';
import { orgNonOfficialName } from '../../server/src/core/checks/orgNonOfficialName.js';
import { styleLaoLaos } from '../../server/src/core/checks/styleLaoLaos.js';
import { findMentions } from '../../server/src/core/mentions/findMentions.js';
import { LONGEST_PARAGRAPH } from '../../server/src/core/text/prose.js';
import { deriveFileRecord } from '../../server/src/corpus/fileRecord.js';
import { LONGEST_SENTENCE, splitSentences } from '../../server/src/core/text/sentences.js';
import { bundled, sampleCorpusEvidence } from '../support/bundled.js';

export const MB = 1_000_000;

/** `unit` repeated to at least `size` characters. */
export function repeated(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length));
}

function countOf(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

export const SAMPLES = fileURLToPath(new URL('../../../samples/', import.meta.url));
export const corpusText = readdirSync(`${SAMPLES}corpus`)
  .map((name) => readFileSync(`${SAMPLES}corpus/${name}`, 'utf8'))
  .join('\n\n');
/** The sample corpus's English paragraphs, each on one line. */
export const englishParagraphs = corpusText
  .split(/\n\s*\n/)
  .map((p) => p.replace(/\s+/g, ' ').trim())
  .filter((p) => p.length > 80 && !/[\u3400-\u9fff]/.test(p));

/** Distinct capitalized two-syllable words: Boukham, Khamsai, ... */
function inventedWords(count: number): string[] {
  const syllables = [
    'bou',
    'kham',
    'phou',
    'sai',
    'thong',
    'vanh',
    'sy',
    'la',
    'ming',
    'sou',
    'vong',
    'keo',
    'phet',
    'dao',
    'quang',
    'hung',
    'xia',
    'lin',
    'nuan',
    'tay',
  ];
  const words: string[] = [];
  for (const a of syllables) for (const b of syllables) words.push(a[0]!.toUpperCase() + a.slice(1) + b);
  return words.slice(0, count);
}

function findingsOf(text: string, check: Check) {
  const { kb, index } = bundled();
  return analyzeDocument(text, kb, index, { today: '2024-06-12', checks: [check] }).findings;
}

/** Each case by the name the test gives it. */
export const largeInputCases = {
  'splits a 4 MB paragraph into its sentences, each the exact slice of the text': () => {
    const sample = englishParagraphs.slice(0, 40).join(' ');
    const paragraph = repeated(`${sample} `, 4 * MB).trim();
    const sentences = splitSentences(paragraph, 0, paragraph.length, 'en');
    const perCopy = splitSentences(sample, 0, sample.length, 'en').length;
    // Copies are joined by a space after a full stop: each copy gives its own sentences.
    assert.ok(
      Math.abs(sentences.length - perCopy * Math.ceil((4 * MB) / (sample.length + 1))) <= perCopy,
      `${sentences.length} sentences`,
    );
    assert.ok(sentences.every((s, i) => i % 997 !== 0 || paragraph.slice(s.start, s.end) === s.text));
    assert.equal(sentences.at(-1)!.end, paragraph.length);
  },

  'cuts a run-on "sentence" with no full stop at a bounded length': () => {
    const runOn = repeated('and the two sides agreed ', 2 * MB);
    const sentences = splitSentences(runOn, 0, runOn.length, 'en');
    assert.ok(sentences.length >= runOn.length / LONGEST_SENTENCE, `${sentences.length} pieces`);
    assert.ok(sentences.every((s) => s.end - s.start <= LONGEST_SENTENCE));
    // The pieces follow one another with nothing left out but spaces.
    assert.ok(sentences.every((s, i) => i === 0 || runOn.slice(sentences[i - 1]!.end, s.start).trim() === ''));
    assert.equal(sentences[0]!.start, 0);
    assert.equal(sentences.at(-1)!.end, runOn.trimEnd().length);
  },

  'finds every misspelled name among hundreds of thousands of mentions': () => {
    const text = repeated('Xi Jinpin met Premier Li Qiang in Beijing. ', 5 * MB);
    const mentions = findMentions(text, bundled().index);
    const misspelled = mentions.filter((m) => m.text === 'Xi Jinpin');
    assert.equal(misspelled.length, countOf(text, 'Xi Jinpin'));
    assert.ok(misspelled.every((m) => m.known?.id === 'xi-jinping' && m.alias?.form === 'wrong'));
    assert.equal(mentions.filter((m) => m.text === 'Li Qiang').length, countOf(text, 'Li Qiang'));
  },

  'finds tens of thousands of titled newcomers and each of their later mentions': () => {
    const words = inventedWords(400);
    const sentences: string[] = [];
    for (let i = 0; i < 60_000; i++) {
      const name = `${words[i % 400]} ${words[Math.floor(i / 400) % 400]}`;
      sentences.push(`Ambassador ${name} arrived in Vientiane.`, `${name} spoke.`);
    }
    const text = sentences.join(' ');
    const newcomers = findMentions(text, bundled().index).filter((m) => m.entity.id.startsWith('new:'));
    assert.equal(newcomers.length, 120_000);
    assert.equal(new Set(newcomers.map((m) => m.entity.id)).size, 60_000);
    assert.ok(newcomers.every((m) => text.slice(m.start, m.end) === m.text));
  },

  'style/lao-laos: every "Laos government" on one 4 MB line, each message naming its noun': () => {
    const text = repeated('The Laos government and the Laos delegation met the press. ', 4 * MB);
    const findings = findingsOf(text, styleLaoLaos);
    assert.equal(findings.length, countOf(text, 'Laos government') + countOf(text, 'Laos delegation'));
    assert.match(findings[0]!.message, /"the Lao government"/);
    assert.match(findings[1]!.message, /"the Lao delegation"/);
  },

  'org/acronym-undefined: one finding for an acronym used a hundred thousand times on one line': () => {
    const text = repeated('Officials of the CPC met. ', 4 * MB);
    assert.deepEqual(
      findingsOf(text, orgAcronymUndefined).map((f) => [f.start, text.slice(f.start, f.end)]),
      [[text.indexOf('CPC'), 'CPC']],
    );
  },

  'agreement/details: every wrong date on a 5 MB line without a full stop': () => {
    const text = repeated('the China-Laos Railway, which was launched in 2020, and ', 5 * MB);
    const findings = findingsOf(text, agreementDetails);
    assert.equal(findings.length, countOf(text, 'China-Laos Railway'));
    assert.ok(findings.every((f) => text.slice(f.start, f.end) === '2020'));
  },

  'checks a 5 MB single line of corpus prose whole, with the corpus checks': async () => {
    const { kb, index } = bundled();
    const corpus = await sampleCorpusEvidence();
    const unit = `${englishParagraphs.join(' ')} `;
    const line = repeated(unit, 5 * MB);
    const { findings, document } = analyzeDocument(line, kb, index, { today: '2024-06-12', corpus });
    assert.ok(document.mentions.length > 50_000);
    // The same paragraphs, a few at a time, give the same kinds of finding wherever they are. Two copies,
    // because where one copy ends and the next begins the line holds words no single copy has side by side.
    const one = analyzeDocument(unit + unit, kb, index, { today: '2024-06-12', corpus }).findings;
    const codes = (list: typeof findings) => [...new Set(list.map((f) => f.code))].sort();
    assert.deepEqual(codes(findings), codes(one));
  },

  'a Markdown draft nested thousands deep, or one 2 MB paragraph, has its prose read in linear time': () => {
    const { kb, index } = bundled();
    const markdown = (text: string) =>
      analyzeDocument(text, kb, index, { today: '2024-06-12', kind: 'markdown', checks: [orgNonOfficialName] })
        .findings;
    // Quotations and lists thousands deep: beyond any draft, read as plain text.
    const nested = `${'> '.repeat(5000)}the \`CCP\`\n\n${Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- the \`CCP\``).join('\n')}\n`;
    assert.equal(markdown(nested).length, 3001);
    // One paragraph of 2 MB: the code in it left out, the prose in it checked.
    const paragraph = repeated('The `CCP` and the CCP met in <https://example.com/CCP> Beijing. ', 2 * MB);
    assert.equal(markdown(paragraph).length, countOf(paragraph, 'the CCP'));
  },

  'retext plugins: every repeated word in a 1 MB paragraph, and in a 1 MB run-on line without a full stop': () => {
    const { kb, index } = bundled();
    const repeatedWords = (text: string) =>
      analyzeDocument(text, kb, index, {
        today: '2024-06-12',
        checks: [],
        retext: { plugins: [{ name: 'retext-repeated-words' }] },
      }).findings.filter((f) => f.code === 'retext-repeated-words');
    // One paragraph of sentences: parsed in pieces cut at sentence ends, so every pair is found.
    const paragraph = repeated('The delegation met the the ministers in Vientiane. ', MB);
    const inParagraph = repeatedWords(paragraph);
    assert.equal(inParagraph.length, countOf(paragraph, 'the the'));
    assert.ok(inParagraph.every((f) => paragraph.slice(f.start, f.end) === 'the the'));
    // No full stop anywhere: pieces are cut at white space, which may fall between the two words of a pair.
    const runOn = repeated('and the delegation met the the ministers ', MB);
    const inRunOn = repeatedWords(runOn);
    assert.ok(inRunOn.every((f) => runOn.slice(f.start, f.end) === 'the the'));
    assert.ok(
      inRunOn.length >= countOf(runOn, 'the the') - Math.ceil(runOn.length / LONGEST_PARAGRAPH),
      `${inRunOn.length} of ${countOf(runOn, 'the the')}`,
    );
  },

  'derives the record of a corpus file that is one 4 MB paragraph': () => {
    const paragraph = repeated(`${englishParagraphs.join(' ')} `, 4 * MB);
    const record = deriveFileRecord({ path: 'one-paragraph.txt', text: paragraph }, 'test', bundled().index);
    assert.equal(record.articles.length, 1);
    assert.ok(record.facts[0]!.drafts.length > 0);
    assert.ok(record.index.terms.length > 100);
  },
} satisfies Record<string, () => void | Promise<void>>;

export type LargeInputCase = keyof typeof largeInputCases;

// In a worker thread: run the case named in `workerData` and say how it went.
if (parentPort && typeof workerData?.largeInputCase === 'string') {
  const port = parentPort;
  try {
    await largeInputCases[workerData.largeInputCase as LargeInputCase]();
    port.postMessage({ passed: true });
  } catch (error) {
    port.postMessage({
      passed: false,
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
}
