import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, findingsOf } from '../../../support/bundled.js';

const DATE = '2025-05-01';

test('near misses of known names are flagged with the right spelling as the fix', () => {
  for (const [text, wrong, right] of [
    ['President Xi Jinpin met the delegation.', 'Xi Jinpin', 'Xi Jinping'],
    ['Chairman of the National Assembly Tran Thanh Mann attended.', 'Tran Thanh Mann', 'Tran Thanh Man'],
    ['The late General Secretary Nguyen Phu Trung was remembered.', 'Nguyen Phu Trung', 'Nguyen Phu Trong'],
  ] as const) {
    const findings = analyze(text, DATE).filter((f) => f.code === 'name/misspelled');
    assert.equal(findings.length, 1, `${text}: ${JSON.stringify(findings.map((f) => f.message))}`);
    assert.equal(text.slice(findings[0]!.start, findings[0]!.end), wrong);
    assert.equal(findings[0]!.fixes[0]!.edits[0]!.newText, right);
  }
});

test('machine translations of Chinese renderings are flagged', () => {
  assert.ok(findingsOf('Su Lin held talks with Xi Jinping in Hanoi.', DATE).includes('name/misspelled "Su Lin"'));
  assert.ok(findingsOf('Prime Minister Fan Mingzheng attended the forum.', DATE).includes('name/misspelled "Fan Mingzheng"'));
});

test('accepted romanizations and correct names are not flagged', () => {
  for (const text of [
    'Prime Minister Sonxay Siphandone met the delegation.',
    'Former Prime Minister Phankham Viphavan visited Beijing.',
    'Xi Jinping and To Lam held talks.',
    'Tran Thanh Man and Pham Minh Chinh attended.',
  ]) {
    assert.deepEqual(findingsOf(text, '2023-01-15').filter((f) => f.startsWith('name/misspelled')), [], text);
  }
});

test('names of people the knowledge base does not know are left alone', () => {
  assert.deepEqual(findingsOf('Ambassador Nguyen Minh Vu and Director Tran Van Binh attended.', DATE), []);
});

test('a Chinese rendering with one wrong character is flagged; the right one is not', () => {
  const text = '国家主席习近平会见老挝国家主席通伦·西苏利。';
  const findings = analyze(text, '2022-11-30').filter((f) => f.code === 'name/misspelled');
  assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['通伦·西苏利']);
  assert.deepEqual(findingsOf('国家主席习近平会见老挝国家主席通伦·西苏里。', '2022-11-30'), []);
});

test('a misspelled first mention still introduces the person for later short forms', () => {
  const findings = analyze('Prime Minister Pham Minh Chin arrived. Chinh said so.', DATE);
  assert.deepEqual(findings.map((f) => f.code), ['name/misspelled']);
});
