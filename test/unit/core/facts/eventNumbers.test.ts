/** Figures a report gives with what they count, and how long an encounter lasted. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findDurations, findNumbers } from '../../../../server/src/core/facts/eventNumbers.js';

/** `value unit` of each figure, for compact assertions. */
function figures(sentence: string, chinese = false): string[] {
  return findNumbers(sentence, chinese).map((n) => `${n.value} ${n.unit ?? '-'}`);
}

describe('figures with what they count', () => {
  it('reads a figure with the head noun after it, in the singular', () => {
    assert.deepEqual(figures('Indonesia and Japan signed 12 bilateral cooperation agreements in Jakarta.'), [
      '12 agreement',
    ]);
    // Only a plain English plural is taken for a counted noun: "memoranda" is not.
    assert.deepEqual(figures('The two sides exchanged 7 memoranda of understanding and 3 letters of intent.'), [
      '3 letter',
    ]);
    assert.deepEqual(figures('The railway carries 2,400 passengers a day over 414 kilometres.'), [
      '2400 passenger',
      '414 kilometre',
    ]);
    assert.deepEqual(figures('Trade reached 16 billion dollars.'), ['16 billion dollar']);
  });

  it('normalizes scales so that figures written differently compare equal', () => {
    assert.deepEqual(figures('The port handles 10 million tons of cargo.'), ['10 million ton']);
    assert.deepEqual(figures('港口每年处理1000万吨货物。', true), ['10 million ton']);
    assert.deepEqual(figures('India has 1.3 billion people.'), ['1.3 billion person']);
    assert.deepEqual(figures('The fund holds 1,500,000,000 yuan.'), ['1.5 billion yuan']);
  });

  it('reads Chinese documents signed and measure words with a unit', () => {
    assert.deepEqual(figures('两国领导人共同见证签署了45份合作文件。', true), ['45 document']);
    assert.deepEqual(figures('约3万名游客参加了活动。', true), ['30000 person']);
    assert.deepEqual(figures('双方签署了10个项目。', true), []);
  });

  it('ignores bare figures: years, days after a month, ordinals and counts without a noun', () => {
    assert.deepEqual(figures('The summit was held in 2019.'), []);
    assert.deepEqual(figures('The leaders met on Nov. 12 in Manila.'), []);
    assert.deepEqual(figures('It was the 33rd ASEAN Summit.'), []);
    assert.deepEqual(figures('The vote was 12 to 3.'), []);
    assert.deepEqual(figures('Nothing was counted in this sentence.'), []);
  });

  it('keeps some context around each figure for the evidence', () => {
    const [figure] = findNumbers('Vietnam and Cambodia signed 9 documents.', false);
    assert.equal(figure?.context, 'Vietnam and Cambodia signed 9 documents.');
  });
});

describe('how long an encounter lasted', () => {
  it('reads English durations with their qualifier, in hours', () => {
    const values = (s: string) => findDurations(s, false).map((n) => `${n.value} ${n.unit}`);
    assert.deepEqual(values('Trump and Kim held about 5 1/2 hours of talks.'), ['about 5.5 hour']);
    assert.deepEqual(values('The talks, which lasted more than three hours, ended at noon.'), ['more than 3 hour']);
    assert.deepEqual(values('They spoke for nearly two and a half hours.'), ['nearly 2.5 hour']);
    assert.deepEqual(values('A 90-minute meeting followed.'), []);
  });

  it('reads Chinese durations with their qualifier', () => {
    const values = (s: string) => findDurations(s, true).map((n) => n.value);
    assert.deepEqual(values('会谈持续近3个小时。'), ['nearly 3']);
    assert.deepEqual(values('双方交谈了约两个半小时。'), ['about 2.5']);
    assert.deepEqual(values('会见持续一个多小时。'), ['more than 1']);
    assert.deepEqual(values('会见时间很长。'), []);
  });

  it('counts a duration once: a figure of hours is not read again as a figure', () => {
    assert.deepEqual(figures('The two presidents held 4 hours of talks.'), ['4 hour']);
  });
});
