import type { Corpus } from '../corpus/types.js';
import type { Services } from '../services.js';
import type { CliIO } from './cliSupport.js';

/**
 * Prints knowledge-base problems to stderr as `path:line: reason` lines, so that what was
 * skipped is visible while everything else still runs.
 */
export function reportKnowledgeBaseProblems(services: Services, io: CliIO): void {
  for (const problem of services.kb.problems) io.stderr.write(`${problem.path}:${problem.line}: knowledge base: ${problem.message}\n`);
}

/** Prints the corpus's skipped files and lines to stderr. */
export function reportCorpusProblems(corpus: Corpus, io: CliIO): void {
  for (const problem of corpus.problems) {
    io.stderr.write(`${problem.path}${problem.line ? `:${problem.line}` : ''}: corpus: ${problem.message}\n`);
  }
}
