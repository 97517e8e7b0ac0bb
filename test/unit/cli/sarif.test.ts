/**
 * The check report as SARIF: rules from the rule declarations, results with 1-based regions,
 * evidence as related locations, fixes as replacements, problems as notifications, and paths
 * as URIs.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { toSarif } from '../../../server/src/cli/sarif.js';
import type { CheckReport, ReportedDiagnostic } from '../../../server/src/cli/checkCommand.js';
import { ALL_RULES } from '../../../server/src/core/checks/allChecks.js';
import { ruleDocumentationUrl } from '../../../server/src/core/checks/check.js';

interface SarifRun {
  tool: { driver: { rules: { id: string; defaultConfiguration: { level: string } }[] } };
  invocations: {
    executionSuccessful: boolean;
    exitCode: number;
    toolExecutionNotifications: {
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[];
    }[];
  }[];
  columnKind: string;
  results: Record<string, unknown>[];
}

const range = (line: number, from: number, to: number) => ({
  start: { line, character: from },
  end: { line, character: to },
});
const RULE = ALL_RULES[0]!.id;

const DIAGNOSTIC: ReportedDiagnostic = {
  range: range(2, 4, 9),
  severity: 'information',
  code: RULE,
  message: 'Write "Lao PDR", not "Laos PDR".',
  fixes: [{ title: 'Replace with "Lao PDR"', edits: [{ range: range(2, 4, 9), newText: 'Lao PDR' }] }],
  related: [{ message: 'The knowledge base lists the form.', path: 'kb/laos.yaml', range: range(10, 0, 0) }],
};

function run(report: CheckReport, exitCode = 0): SarifRun {
  return (toSarif(report, exitCode) as { runs: SarifRun[] }).runs[0]!;
}

describe('toSarif', () => {
  it('declares every rule with its default level', () => {
    const rules = run({ version: 1, files: [], problems: [] }).tool.driver.rules;
    assert.deepEqual(
      rules.map((rule) => rule.id),
      ALL_RULES.map((rule) => rule.id),
    );
    for (const rule of rules) assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
  });

  it('gives a finding 1-based regions, its rule index, evidence and fixes', () => {
    const sarif = run(
      { version: 1, files: [{ path: 'drafts/my note.md', diagnostics: [DIAGNOSTIC] }], problems: [] },
      1,
    );
    assert.equal(sarif.columnKind, 'utf16CodeUnits');
    const region = { startLine: 3, startColumn: 5, endLine: 3, endColumn: 10 };
    assert.deepEqual(sarif.results, [
      {
        ruleId: RULE,
        ruleIndex: 0,
        level: 'note',
        message: { text: DIAGNOSTIC.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'drafts/my%20note.md' }, region } }],
        relatedLocations: [
          {
            id: 0,
            message: { text: 'The knowledge base lists the form.' },
            physicalLocation: {
              artifactLocation: { uri: 'kb/laos.yaml' },
              region: { startLine: 11, startColumn: 1, endLine: 11, endColumn: 1 },
            },
          },
        ],
        fixes: [
          {
            description: { text: 'Replace with "Lao PDR"' },
            artifactChanges: [
              {
                artifactLocation: { uri: 'drafts/my%20note.md' },
                replacements: [{ deletedRegion: region, insertedContent: { text: 'Lao PDR' } }],
              },
            ],
          },
        ],
      },
    ]);
  });

  it('links each rule to its documentation, and declares a plugin’s rule with the page its messages link', () => {
    const declared = (report: CheckReport) =>
      (run(report).tool.driver.rules as unknown as { id: string; helpUri: string }[]).map((rule) => [
        rule.id,
        rule.helpUri,
      ]);
    const attaches = declared({ version: 1, files: [], problems: [] });
    assert.deepEqual(
      attaches,
      ALL_RULES.map((rule) => [rule.id, ruleDocumentationUrl(rule.id)]),
    );
    assert.deepEqual(
      attaches.find(([id]) => id === 'org/acronym-mismatch'),
      ['org/acronym-mismatch', 'https://github.com/attache-dev/attache/blob/main/docs/rules.md#org-acronym-mismatch'],
    );
    const shouting = { ...DIAGNOSTIC, code: 'retext-shouting', documentation: 'https://example.com/retext-shouting' };
    const report: CheckReport = {
      version: 1,
      files: [
        {
          path: 'a.txt',
          diagnostics: [shouting, { ...DIAGNOSTIC, documentation: ruleDocumentationUrl(RULE) }, shouting],
        },
      ],
      problems: [],
    };
    assert.deepEqual(declared(report), [...attaches, ['retext-shouting', 'https://example.com/retext-shouting']]);
    assert.deepEqual(
      run(report).results.map((result) => result['ruleIndex']),
      [ALL_RULES.length, 0, ALL_RULES.length],
    );
  });

  it('leaves out the rule index of an unknown rule and the related locations of a finding without evidence', () => {
    const [result] = run({
      version: 1,
      files: [
        { path: 'a.txt', diagnostics: [{ ...DIAGNOSTIC, code: 'retext/spell', severity: 'error', related: [] }] },
      ],
      problems: [],
    }).results;
    assert.ok(!('ruleIndex' in result!));
    assert.ok(!('relatedLocations' in result!));
    assert.equal(result!['level'], 'error');
  });

  it('tells an input not checked as an error that failed the run, and a skipped corpus file as a warning', () => {
    const sarif = run(
      {
        version: 1,
        files: [],
        problems: [
          { kind: 'corpus', path: 'corpus\\feed.jsonl', line: 4, message: 'malformed JSON' },
          { kind: 'input', path: 'missing.md', message: 'skipped: no such file' },
        ],
      },
      2,
    );
    const [invocation] = sarif.invocations;
    assert.equal(invocation!.executionSuccessful, false);
    assert.equal(invocation!.exitCode, 2);
    const [corpus, input] = invocation!.toolExecutionNotifications;
    assert.equal(corpus!.level, 'warning');
    assert.deepEqual(corpus!.locations[0]!.physicalLocation, {
      artifactLocation: { uri: 'corpus/feed.jsonl' },
      region: { startLine: 4 },
    });
    assert.equal(input!.level, 'error');
    assert.deepEqual(input!.locations[0]!.physicalLocation, { artifactLocation: { uri: 'missing.md' } });
  });

  it('calls a run with only corpus and knowledge-base problems successful', () => {
    const sarif = run({
      version: 1,
      files: [],
      problems: [{ kind: 'knowledgeBase', path: 'kb.yaml', line: 2, message: 'unknown field' }],
    });
    assert.equal(sarif.invocations[0]!.executionSuccessful, true);
    assert.deepEqual(sarif.results, []);
  });
});
