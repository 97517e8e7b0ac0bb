/**
 * Rule tests on a knowledge base and a corpus written in the test itself: a rule's test says
 * exactly which entries and articles it depends on, and an edit to the bundled knowledge base
 * cannot break it. The knowledge base goes through the real `loadKnowledgeBase`, the corpus
 * through the real ingestion, passage index and fact extraction; only the checks a test names
 * run.
 *
 *     const kb = memoryKnowledgeBase(`
 *     people:
 *       - { id: rudolf, name: Rudolf Elphberg, country: ruritania, convention: surname-last }
 *     `);
 *     kb.flagged([nameMisspelled], 'Rudolf Elphburg spoke.'); // ['name/misspelled "Rudolf Elphburg"']
 */
import { analyzeDocument } from '../../server/src/core/analyze.js';
import type { Check } from '../../server/src/core/checks/check.js';
import type { Finding, Severity } from '../../server/src/core/checks/finding.js';
import type { HouseStyle } from '../../server/src/core/checks/houseStyle.js';
import type { CorpusEvidence } from '../../server/src/core/checks/quoteMismatch.js';
import { extractFacts } from '../../server/src/core/facts/extractFacts.js';
import { findMentions } from '../../server/src/core/mentions/findMentions.js';
import { buildMentionIndex, type MentionIndex } from '../../server/src/core/mentions/mentionIndex.js';
import { buildPassageIndex, PassageIndex } from '../../server/src/core/passages/passageIndex.js';
import { decodeCorpusFile } from '../../server/src/corpus/decodedFile.js';
import { ingestFiles } from '../../server/src/corpus/ingest.js';
import type { KnowledgeBase } from '../../server/src/kb/knowledgeBase.js';
import { loadKnowledgeBase } from '../../server/src/kb/loadKnowledgeBase.js';

/** The day a text is judged at when a test gives none. */
export const TEST_DATE = '2025-06-01';

/** How one text is checked: the day, the house style, severities, and a corpus for the checks that read one. */
export interface CheckRun {
  /** The document's date, as `--date` gives it. */
  date?: string;
  /** Today's date, when the test is about a document dated by the clock alone (no `date`). */
  today?: string;
  houseStyle?: Partial<HouseStyle>;
  severities?: Readonly<Record<string, Severity | 'off'>>;
  corpus?: CorpusEvidence;
}

/** A knowledge base written in a test, with the analysis run on it. */
export interface MemoryKnowledgeBase {
  readonly kb: KnowledgeBase;
  readonly index: MentionIndex;
  /** The findings of just these checks on the text, in the analyzer's order. */
  findings(checks: readonly Check[], text: string, run?: CheckRun): Finding[];
  /** The same findings as `rule "covered text"` strings, for compact assertions. */
  flagged(checks: readonly Check[], text: string, run?: CheckRun): string[];
  /** Mentions of the text as `text → entry name` strings. */
  mentions(text: string): string[];
  /** Corpus articles given as file path → text (the extension chooses the format, as on disk). */
  corpus(files: Readonly<Record<string, string>>): CorpusEvidence;
}

/**
 * Loads YAML knowledge-base files given as text (each one file, as in `server/kb/`). A problem
 * that is not mere information throws, so that a mistyped entry fails the test that wrote it
 * instead of silently leaving the rule nothing to check.
 */
export function memoryKnowledgeBase(...files: readonly string[]): MemoryKnowledgeBase {
  const kb = loadKnowledgeBase(files.map((text, number) => ({ path: `test-${number + 1}.yaml`, text })));
  const problems = kb.problems.filter((problem) => problem.severity !== 'information');
  if (problems.length > 0)
    throw new Error(
      `the test's knowledge base has problems: ${problems.map((p) => `${p.path}:${p.line} ${p.message}`).join('; ')}`,
    );
  const index = buildMentionIndex(kb);
  const findings = (checks: readonly Check[], text: string, run: CheckRun = {}) =>
    analyzeDocument(text, kb, index, {
      today: run.today ?? run.date ?? TEST_DATE,
      ...(run.today === undefined || run.date !== undefined ? { configuredDate: run.date ?? TEST_DATE } : {}),
      checks,
      ...(run.houseStyle ? { houseStyle: run.houseStyle } : {}),
      ...(run.severities ? { severities: run.severities } : {}),
      ...(run.corpus ? { corpus: run.corpus } : {}),
    }).findings;
  return {
    kb,
    index,
    findings,
    flagged: (checks, text, run) => findings(checks, text, run).map((f) => `${f.code} "${text.slice(f.start, f.end)}"`),
    mentions: (text) => findMentions(text, index).map((m) => `${m.text} → ${m.entity.name}`),
    corpus: (files) => corpusEvidence(index, files),
  };
}

function corpusEvidence(index: MentionIndex, files: Readonly<Record<string, string>>): CorpusEvidence {
  const sources = Object.entries(files).map(([path, text]) => ({ path, text }));
  const corpus = ingestFiles(sources);
  // Offsets in the corpus are into a file's readable text, as decoding gives it.
  const readable = new Map(sources.map((source) => [source.path, decodeCorpusFile(source).text]));
  return {
    passages: new PassageIndex(buildPassageIndex(corpus, index), index),
    textOf: (path, start, end) => readable.get(path)?.slice(start, end),
    facts: extractFacts(corpus, index),
  };
}

/** The text a finding's first fix puts in place of what it covers (its first edit). */
export function fixOf(finding: Finding | undefined): string | undefined {
  return finding?.fixes[0]?.edits[0]?.newText;
}
