import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, findingsOf } from '../../../support/bundled.js';

function titleFindings(text: string, date: string): string[] {
  return findingsOf(text, date).filter((f) => f.startsWith('title/'));
}

test('a title not held at the document date is flagged, with the holder as the fix', () => {
  const findings = analyze('Premier Li Keqiang met the visiting delegation.', '2024-06-12').filter((f) => f.code === 'title/not-held');
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.fixes[0]!.edits[0]!.newText, 'Li Qiang');
  assert.match(findings[0]!.message, /Li Qiang/);
  assert.ok(findings[0]!.evidence.length >= 2);
  assert.deepEqual(titleFindings('Vietnamese President Vo Van Thuong received the envoy.', '2024-06-05'), ['title/not-held "Vietnamese President Vo Van Thuong"']);
});

test('a title held on the date is never flagged, boundary days included', () => {
  assert.deepEqual(titleFindings('Premier Li Keqiang met the visiting delegation.', '2019-04-26'), []);
  assert.deepEqual(titleFindings('President Vo Van Thuong received the envoy.', '2023-09-10'), []);
  assert.deepEqual(titleFindings('Premier Li Keqiang delivered the government work report.', '2023-03-05'), []);
  assert.deepEqual(titleFindings('Premier Li Qiang met the press.', '2023-03-13'), []);
  assert.deepEqual(titleFindings('President To Lam received the envoy.', '2024-05-22'), []);
  assert.deepEqual(titleFindings('President Luong Cuong received the envoy.', '2024-10-21'), []);
});

test('a title before it was held is flagged too', () => {
  assert.deepEqual(titleFindings('General Secretary To Lam received the envoy.', '2023-06-01'), ['title/not-held "General Secretary To Lam"']);
});

test('titles from another system are flagged with the right title', () => {
  const laos = analyze('Lao Premier Sonexay Siphandone arrived in Beijing.', '2024-06-12').filter((f) => f.code === 'title/wrong-system');
  assert.equal(laos.length, 1);
  assert.equal(laos[0]!.fixes[0]!.edits[0]!.newText, 'Lao Prime Minister');
  const chairman = analyze('Party Chairman Xi Jinping addressed the plenum.', '2024-06-12').filter((f) => f.code === 'title/wrong-system');
  assert.equal(chairman.length, 1);
  assert.match(chairman[0]!.fixes[0]!.edits[0]!.newText, /General Secretary/);
});

test('the right system stays quiet', () => {
  assert.deepEqual(titleFindings('Lao Prime Minister Sonexay Siphandone met Premier Li Qiang and Vietnamese Prime Minister Pham Minh Chinh.', '2024-06-12'), []);
});

test('former, late and then- titles are about another time and stay quiet', () => {
  assert.deepEqual(titleFindings('Former Premier Li Keqiang was remembered.', '2024-06-12'), []);
  assert.deepEqual(titleFindings('The late General Secretary Nguyen Phu Trong was remembered.', '2025-04-16'), []);
  assert.deepEqual(titleFindings('Then-President Vo Van Thuong had visited in 2023.', '2025-04-16'), []);
});
