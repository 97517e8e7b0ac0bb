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

test('the correct form is never the one flagged, wherever it comes', () => {
  // A variant first, the standard name after: the variant is flagged, the standard name is not.
  for (const [text, date, wrong, right] of [
    ['Sonesay Siphandon arrived on Tuesday. Sonexay Siphandone then met the press.', '2024-03-12', 'Sonesay Siphandon', 'Sonexay Siphandone'],
    ['Hsi Chin-ping arrived. Xi Jinping then spoke.', '2017-11-12', 'Hsi Chin-ping', 'Xi Jinping'],
    ['Xi Jinping arrived. Hsi Chin-ping then spoke.', '2017-11-12', 'Hsi Chin-ping', 'Xi Jinping'],
    ['Sonxay Siphandone arrived. Sonexay Siphandone then met the press.', '2024-03-12', 'Sonxay Siphandone', 'Sonexay Siphandone'],
  ] as const) {
    const findings = analyze(text, date).filter((f) => f.code.startsWith('name/'));
    const at = text.indexOf(right);
    assert.ok(!findings.some((f) => f.start < at + right.length && f.end > at), `${text}: the standard form was flagged`);
    assert.ok(findings.some((f) => text.slice(f.start, f.end) === wrong && f.fixes[0]!.edits[0]!.newText === right), `${text}: "${wrong}" not flagged`);
  }
});

test('forms that differ only in case are one form: a headline in capitals is not an inconsistency', () => {
  assert.deepEqual(findingsOf('SONXAY SIPHANDONE VISITS HANOI\n\nSonxay Siphandone arrived in Hanoi.', DATE), []);
  assert.deepEqual(findingsOf('SONEXAY SIPHANDONE VISITS HANOI\n\nSonexay Siphandone arrived in Hanoi.', DATE), []);
});

test('without the canonical form, the accepted spelling is kept over a differently written one', () => {
  // Two accepted romanizations and no canonical form: the first one written as the knowledge base has it wins.
  const text = 'Sonexay Siphandon arrived. Sonxay Siphandone then met the press.';
  const findings = analyze(text, DATE).filter((f) => f.code === 'name/inconsistent');
  assert.equal(findings.length, 1);
  assert.equal(text.slice(findings[0]!.start, findings[0]!.end), 'Sonxay Siphandone');
  assert.equal(findings[0]!.fixes[0]!.edits[0]!.newText, 'Sonexay Siphandon');
});
