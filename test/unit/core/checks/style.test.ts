import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, findingsOf } from '../../../support/bundled.js';

const DATE = '2025-04-16';

test('mixing Viet Nam and Vietnam is flagged; the first form used wins by default', () => {
  const text = 'Viet Nam and China agreed. The China-Vietnam railway link and the Communist Party of Vietnam were discussed.';
  const findings = analyze(text, DATE).filter((f) => f.code === 'style/country-name');
  assert.equal(findings.length, 2);
  assert.ok(findings.every((f) => f.fixes[0]!.edits[0]!.newText === 'Viet Nam'));
});

test('one form used throughout is quiet unless the house style prescribes the other', () => {
  const text = 'Vietnam and China agreed on the China-Vietnam railway.';
  assert.deepEqual(findingsOf(text, DATE).filter((f) => f.startsWith('style/')), []);
  assert.equal(analyze(text, DATE, { vietNam: 'Viet Nam' }).filter((f) => f.code === 'style/country-name').length, 2);
  assert.deepEqual(findingsOf('Vietnamese officials met.', DATE, { vietNam: 'Viet Nam' }), []);
});

test('Laos used as an adjective, and Lao as a noun, are flagged', () => {
  assert.deepEqual(
    findingsOf('The Laos government and a Laos official welcomed the visit to Lao.', DATE).filter((f) => f.startsWith('style/lao-laos')),
    ['style/lao-laos "Laos"', 'style/lao-laos "Laos"', 'style/lao-laos "Lao"'],
  );
});

test('a speaker naming his own country first is correct usage', () => {
  assert.deepEqual(findingsOf('Thongloun Sisoulith said the Laos-China Railway has become a golden route.', DATE), []);
  assert.deepEqual(findingsOf('The Lao government and the people of Laos welcomed the Lao delegation.', DATE), []);
});

test('Laotian is fine by default and flagged when the house style keeps to Lao', () => {
  assert.deepEqual(findingsOf('Laotian President Thongloun Sisoulith spoke.', '2023-10-20'), []);
  assert.deepEqual(findingsOf('Laotian President Thongloun Sisoulith spoke.', '2023-10-20', { laoAdjective: 'Lao' }), ['style/lao-laos "Laotian"']);
});
