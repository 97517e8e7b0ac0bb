import type { Services } from '../services.js';
import type { CliIO } from './cliSupport.js';

/**
 * Prints knowledge-base and corpus problems to stderr as `path:line: reason` lines, so that
 * what was skipped is visible while everything else still runs.
 */
export function reportLoadProblems(services: Services, io: CliIO): void {
  for (const problem of services.kb.problems) io.stderr.write(`${problem.path}:${problem.line}: knowledge base: ${problem.message}\n`);
  for (const problem of services.corpus.problems) {
    io.stderr.write(`${problem.path}${problem.line ? `:${problem.line}` : ''}: corpus: ${problem.message}\n`);
  }
}
