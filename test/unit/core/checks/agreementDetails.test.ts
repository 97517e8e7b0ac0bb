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

test('a wrong opening date is flagged at the precision the text uses', () => {
  const text = 'The China-Laos Railway, which began operating in December 2022, carries freight.';
  const findings = analyze(text, DATE).filter((f) => f.code === 'agreement/details');
  assert.equal(findings.length, 1);
  assert.equal(text.slice(findings[0]!.start, findings[0]!.end), 'December 2022');
  assert.equal(findings[0]!.fixes[0]!.edits[0]!.newText, 'December 2021');
  assert.equal(analyze('The China-Laos Railway opened on December 4, 2021.', DATE).filter((f) => f.code === 'agreement/details').length, 1);
});

test('the right date, at any precision, is quiet', () => {
  for (const text of [
    'The China-Laos Railway opened on 3 December 2021.',
    'The China-Laos Railway began operating in December 2021.',
    'The China-Laos Railway was launched in 2021 and has carried millions since.',
  ]) {
    assert.deepEqual(findingsOf(text, DATE), [], text);
  }
});
