import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, findingsOf } from '../../../support/bundled.js';

const DATE = '2024-03-01';

test('one person spelled two ways is flagged, the canonical form wins', () => {
  const text = 'Prime Minister Sonxay Siphandone arrived. Sonexay Siphandone then met the press.';
  const findings = analyze(text, DATE).filter((f) => f.code === 'name/inconsistent');
  assert.equal(findings.length, 1);
  assert.equal(text.slice(findings[0]!.start, findings[0]!.end), 'Sonxay Siphandone');
  assert.equal(findings[0]!.fixes[0]!.edits[0]!.newText, 'Sonexay Siphandone');
});

test('one consistent spelling, even a variant, is quiet', () => {
  assert.deepEqual(findingsOf('Prime Minister Sonxay Siphandone arrived. Sonxay Siphandone then spoke.', DATE), []);
});

test('wrong second-mention forms follow the naming convention', () => {
  const findings = analyze('Prime Minister Sonexay Siphandone arrived. Mr. Siphandone said. Premier Li Qiang spoke. Premier Qiang added.', DATE).filter(
    (f) => f.code === 'name/second-mention',
  );
  assert.deepEqual(
    findings.map((f) => f.fixes[0]!.edits[0]!.newText),
    ['Sonexay', 'Li'],
  );
});

test('right second mentions are quiet', () => {
  assert.deepEqual(
    findingsOf('Prime Minister Sonexay Siphandone arrived. Sonexay said. Premier Li Qiang spoke. Li added. General Secretary To Lam agreed. To Lam left.', '2024-09-01'),
    [],
  );
});
