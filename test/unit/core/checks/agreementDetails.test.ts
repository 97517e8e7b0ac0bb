import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, findingsOf } from '../../../support/bundled.js';

const DATE = '2024-02-01';

test('wrong years of the 2024-2028 Action Plan are flagged with the right ones', () => {
  const text = 'The two parties signed the Action Plan on Building a China-Laos Community with a Shared Future (2023-2027) last year.';
  const findings = analyze(text, DATE).filter((f) => f.code === 'agreement/details');
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.fixes[0]!.edits[0]!.newText, '2024-2028');
});

test('the right years are quiet', () => {
  assert.deepEqual(
    findingsOf('The two parties signed the Action Plan on Building a China-Laos Community with a Shared Future (2024-2028) last year.', DATE),
    [],
  );
});
