import { fileURLToPath } from 'node:url';
import type { CorpusEvidence } from '../../server/src/core/checks/quoteMismatch.js';
import { extractFacts } from '../../server/src/core/facts/extractFacts.js';
import { buildPassageIndex, PassageIndex } from '../../server/src/core/passages/passageIndex.js';
import { readCorpus } from '../../server/src/corpus/readCorpus.js';
import { analyzeDocument } from '../../server/src/core/analyze.js';
import type { Finding } from '../../server/src/core/checks/finding.js';
import type { HouseStyle } from '../../server/src/core/checks/houseStyle.js';
import { findMentions } from '../../server/src/core/mentions/findMentions.js';
import { buildMentionIndex, type Mention, type MentionIndex } from '../../server/src/core/mentions/mentionIndex.js';
import type { KnowledgeBase } from '../../server/src/kb/knowledgeBase.js';
import { FileTexts } from '../../server/src/workspace/fileTexts.js';
import { readKnowledgeBase } from '../../server/src/kb/readKnowledgeBase.js';

let cached: { kb: KnowledgeBase; index: MentionIndex } | undefined;

/** The bundled knowledge base and its mention index, loaded once per test process. */
export function bundled(): { kb: KnowledgeBase; index: MentionIndex } {
  if (!cached) {
    const kb = readKnowledgeBase();
    cached = { kb, index: buildMentionIndex(kb) };
  }
  return cached;
}

/** Mentions of a text as `text → canonical name` strings, for compact assertions. */
export function mentionsOf(text: string): string[] {
  return findMentions(text, bundled().index).map(describe);
}

function describe(m: Mention): string {
  return `${m.text} → ${m.entity.name}`;
}

/** Findings of the bundled checks on a text, as `code "covered text"` strings. */
export function findingsOf(text: string, date: string, houseStyle: Partial<HouseStyle> = {}): string[] {
  const { kb, index } = bundled();
  return analyzeDocument(text, kb, index, { today: date, configuredDate: date, houseStyle }).findings.map(
    (f) => `${f.code} "${text.slice(f.start, f.end)}"`,
  );
}

/** The full findings, for assertions on messages and fixes. */
export function analyze(text: string, date: string, houseStyle: Partial<HouseStyle> = {}): Finding[] {
  const { kb, index } = bundled();
  return analyzeDocument(text, kb, index, { today: date, configuredDate: date, houseStyle }).findings;
}

let sampleEvidence: Promise<CorpusEvidence> | undefined;

/** The sample corpus as evidence for the checks (passage index and facts), built once per process. */
export function sampleCorpusEvidence(): Promise<CorpusEvidence> {
  sampleEvidence ??= (async () => {
    const corpus = await readCorpus([fileURLToPath(new URL('../../../samples/corpus/', import.meta.url))]);
    const { index } = bundled();
    const files = new FileTexts();
    return {
      passages: new PassageIndex(buildPassageIndex(corpus, index), index),
      textOf: (path: string, start: number, end: number) => files.text(path, start, end),
      facts: extractFacts(corpus, index),
    };
  })();
  return sampleEvidence;
}
