import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, findingsOf } from '../../../support/bundled.js';

const DATE = '2024-06-12';

test('non-official party names are flagged with the official ones', () => {
  const findings = analyze('The Chinese Communist Party (CCP) and the Communist Party of China (CPC) are the same.', DATE).filter((f) => f.code === 'org/non-official-name');
  assert.deepEqual(findings.map((f) => f.fixes[0]!.edits[0]!.newText), ['Communist Party of China', 'CPC']);
});

test('house style can accept any party name', () => {
  assert.deepEqual(findingsOf('The Chinese Communist Party set the agenda.', DATE, { partyNames: 'any' }), []);
});

test('an acronym that does not match its expansion is flagged', () => {
  const findings = analyze('The Communist Party of Viet Nam (VPC) Central Committee met.', DATE).filter((f) => f.code === 'org/acronym-mismatch');
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.fixes[0]!.edits[0]!.newText, 'CPV');
  assert.deepEqual(findingsOf('The Communist Party of Viet Nam (CPV) Central Committee met.', DATE), []);
});

test('an acronym used before it is defined is flagged, with the expansion as the fix', () => {
  const text = 'The CPC and the LPRP signed a plan. The Communist Party of China (CPC) said so.';
  const findings = analyze(text, DATE).filter((f) => f.code === 'org/acronym-undefined');
  assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['CPC', 'LPRP']);
  assert.equal(findings[0]!.fixes[0]!.edits[0]!.newText, 'Communist Party of China (CPC)');
  assert.deepEqual(findingsOf('The Communist Party of China (CPC) met. The CPC said so. ASEAN agreed.', DATE), []);
});

test('an outlet credit in a dateline is not an undefined acronym', () => {
  assert.deepEqual(findingsOf('HANOI, May 2 (VNA) – Vietnamese officials met Chinese counterparts.', DATE), []);
});

test('one fault seen by two rules is reported once', () => {
  const findings = analyze('The Communist Party of Viet Nam (VCP) met.', DATE);
  assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.code)));
  assert.equal(findings[0]!.code, 'org/acronym-mismatch');
});
