/** The edits that fix every finding of one rule at once. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../../../server/src/core/checks/finding.js';
import { fixAllEdits } from '../../../../server/src/core/fixes/applyFixes.js';

function finding(code: string, start: number, end: number, ...fixes: string[]): Finding {
  return {
    code,
    severity: 'warning',
    start,
    end,
    message: '',
    evidence: [],
    fixes: fixes.map((newText) => ({ title: newText, edits: [{ start, end, newText }] })),
  };
}

it('takes each finding’s first fix, of the rule asked for, in text order', () => {
  const findings = [
    finding('name/non-standard', 20, 28, 'Lao PDR', 'Laos'),
    finding('title/wrong', 0, 7, 'Premier'),
    finding('name/non-standard', 2, 10, 'Viet Nam'),
  ];
  assert.deepEqual(fixAllEdits(findings, 'name/non-standard'), [
    { start: 2, end: 10, newText: 'Viet Nam' },
    { start: 20, end: 28, newText: 'Lao PDR' },
  ]);
});

it('keeps only edits that do not overlap an earlier one, and two insertions at one place once', () => {
  const findings = [
    finding('style/x', 0, 10, 'a'),
    finding('style/x', 5, 12, 'b'),
    finding('style/x', 10, 12, 'c'),
    finding('style/x', 15, 15, 'd'),
    finding('style/x', 15, 15, 'e'),
  ];
  assert.deepEqual(
    fixAllEdits(findings, 'style/x').map((e) => e.newText),
    ['a', 'c', 'd'],
  );
});

it('gives nothing for a rule without fixable findings', () => {
  assert.deepEqual(fixAllEdits([finding('style/x', 0, 3)], 'style/x'), []);
  assert.deepEqual(fixAllEdits([finding('style/x', 0, 3, 'y')], 'style/other'), []);
});
