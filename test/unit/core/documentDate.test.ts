import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentDate } from '../../../server/src/core/documentDate.js';

const TODAY = '2026-11-25';

function dateOf(text: string, configured?: string): string {
  const found = documentDate(text, { today: TODAY, configured });
  return `${found.date} ${found.source}`;
}

test('front matter wins', () => {
  assert.equal(dateOf('---\ntitle: x\ndate: 2024-06-12\n---\nBEIJING, Oct. 20 -- text'), '2024-06-12 front-matter');
  assert.equal(dateOf('---\ndate: "12 June 2024"\n---\ntext'), '2024-06-12 front-matter');
});

test('datelines and explicit dates in the opening', () => {
  assert.equal(dateOf('On the morning of October 20, 2023, Xi Jinping met Thongloun.'), '2023-10-20 dateline');
  assert.equal(dateOf('HANOI, April 25 (VNA) – The Prime Minister received ...', '2019-05-02'), '2019-04-25 dateline');
  assert.equal(dateOf('新华社万象2025年12月2日电 王沪宁会见通伦。'), '2025-12-02 dateline');
  assert.equal(dateOf('# Readout\n\n14 April 2025 — talks in Hanoi.'), '2025-04-14 dateline');
});

test('a dateline without a year takes the latest past such day, or a full date nearby', () => {
  assert.equal(dateOf('BEIJING, Dec. 3 -- Xi held talks.'), '2025-12-03 dateline');
  assert.equal(dateOf('BEIJING, Oct. 20 -- Xi held talks.'), '2026-10-20 dateline');
  assert.equal(dateOf('BEIJING, Oct. 20 -- On October 20, 2023, Xi held talks.'), '2023-10-20 dateline');
});

test('no date in the text: the configured date, else today', () => {
  assert.equal(dateOf('Premier Li Keqiang met the delegation.', '2019-04-26'), '2019-04-26 configured');
  assert.equal(dateOf('Premier Li Keqiang met the delegation.'), `${TODAY} today`);
  assert.equal(dateOf('He met them on Friday.'), `${TODAY} today`);
});
