import { ALL_RULES } from '../core/checks/allChecks.js';
import { ruleDocumentationUrl } from '../core/checks/check.js';
import type { Severity } from '../core/checks/finding.js';
import type { CheckReport } from './checkCommand.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/**
 * The check report as a SARIF 2.1.0 log, for code-scanning tools. Regions are 1-based;
 * columns count UTF-16 code units (declared in `columnKind`), as LSP positions do. What could
 * not be used is told in the invocation's `toolExecutionNotifications`: an input not checked
 * as an error (the run did not complete), a skipped corpus file or knowledge-base entry as a
 * warning. What supports a result — the knowledge-base entry, the corpus passage, the first
 * occurrence of a repeated fault — is in its `relatedLocations`, each with a message saying what it shows.
 * Each rule's `helpUri` is its documentation: Attaché's page of rules, or the `url` a
 * workspace's retext plugin gave its messages.
 */
export function toSarif(report: CheckReport, exitCode: number): object {
  const rules: object[] = ALL_RULES.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    helpUri: ruleDocumentationUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
  }));
  const ruleIndex = new Map(ALL_RULES.map((rule, index) => [rule.id, index]));
  // A workspace's retext plugin is a rule of its own too when its messages link a page: declared after Attaché's, with that page.
  for (const diagnostic of report.files.flatMap((file) => file.diagnostics)) {
    if (ruleIndex.has(diagnostic.code) || !diagnostic.documentation) continue;
    ruleIndex.set(diagnostic.code, rules.length);
    rules.push({ id: diagnostic.code, helpUri: diagnostic.documentation });
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'attache',
            informationUri: 'https://github.com/attache-dev/attache',
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: !report.problems.some((problem) => problem.kind === 'input'),
            exitCode,
            toolExecutionNotifications: report.problems.map((problem) => ({
              level: problem.kind === 'input' ? 'error' : 'warning',
              message: { text: problem.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: toUri(problem.path) },
                    ...(problem.line ? { region: { startLine: problem.line } } : {}),
                  },
                },
              ],
            })),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: report.files.flatMap((file) =>
          file.diagnostics.map((d) => {
            const region = (range: (typeof d)['range']) => ({
              startLine: range.start.line + 1,
              startColumn: range.start.character + 1,
              endLine: range.end.line + 1,
              endColumn: range.end.character + 1,
            });
            return {
              ruleId: d.code,
              ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
              level: LEVEL[d.severity],
              message: { text: d.message },
              locations: [
                { physicalLocation: { artifactLocation: { uri: toUri(file.path) }, region: region(d.range) } },
              ],
              ...(d.related.length > 0
                ? {
                    relatedLocations: d.related.map((related, id) => ({
                      id,
                      message: { text: related.message },
                      physicalLocation: {
                        artifactLocation: { uri: toUri(related.path) },
                        region: region(related.range),
                      },
                    })),
                  }
                : {}),
              fixes: d.fixes.map((fix) => ({
                description: { text: fix.title },
                artifactChanges: [
                  {
                    artifactLocation: { uri: toUri(file.path) },
                    replacements: fix.edits.map((edit) => ({
                      deletedRegion: region(edit.range),
                      insertedContent: { text: edit.newText },
                    })),
                  },
                ],
              })),
            };
          }),
        ),
      },
    ],
  };
}

function toUri(path: string): string {
  return path
    .split(/[\\/]/)
    .map((part) => encodeURIComponent(part))
    .join('/');
}
