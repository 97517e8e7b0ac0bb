/** People the knowledge base does not know, recognized because a title introduces them, and their later mentions. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findMentions } from '../../../../server/src/core/mentions/findMentions.js';
import { findTitledNewcomers } from '../../../../server/src/core/mentions/titledNewcomers.js';
import { smallKnowledgeBase } from '../../../support/smallKnowledgeBase.js';

const { index } = smallKnowledgeBase();

/** The newcomers of a text as `text@offset → id`, known mentions found first as the mention finder would. */
function newcomers(text: string): string[] {
  const known = findMentions(text, index).filter((m) => !m.entity.id.startsWith('new:'));
  return findTitledNewcomers(text, known, index).map((m) => {
    assert.equal(text.slice(m.start, m.end), m.text);
    return `${m.text}@${m.start} → ${m.entity.id}`;
  });
}

describe('newcomers introduced by a title', () => {
  it('recognizes a name after a generic title, and every later occurrence of it', () => {
    assert.deepEqual(newcomers('Cambodian Prime Minister Hun Manet arrived. Hun Manet then met Joko Widodo.'), [
      'Hun Manet@25 → new:hun-manet',
      'Hun Manet@44 → new:hun-manet',
    ]);
    assert.deepEqual(newcomers('They met Secretary of State Antony Blinken.'), [
      'Antony Blinken@28 → new:antony-blinken',
    ]);
  });

  it('keeps accented names and hyphens, and drops words that are not names', () => {
    assert.deepEqual(newcomers('Chancellor Olaf Scholz said the talks went well.'), [
      'Olaf Scholz@11 → new:olaf-scholz',
    ]);
    assert.deepEqual(newcomers('President Emmanuel Macron Said nothing.'), [
      'Emmanuel Macron@10 → new:emmanuel-macron',
    ]);
    assert.deepEqual(
      newcomers('Ambassador Nguyễn Thị Hằng spoke.').map((m) => m.split('@')[0]),
      ['Nguyễn Thị Hằng'],
    );
  });

  it('reads an Arabic name joined by bin or ibn as one person, never cut at its first given name', () => {
    assert.deepEqual(newcomers('He held talks with Crown Prince Mohammed bin Salman at the palace.'), [
      'Mohammed bin Salman@32 → new:mohammed-bin-salman',
    ]);
    assert.deepEqual(
      newcomers('UAE President Sheikh Mohamed bin Zayed and Sultan Haitham bin Tarik met.').map((m) => m.split('@')[0]),
      ['Sheikh Mohamed bin Zayed', 'Haitham bin Tarik'],
    );
    assert.deepEqual(
      newcomers('President Emmanuel Macron bin the papers.').map((m) => m.split('@')[0]),
      ['Emmanuel Macron'],
    );
  });

  it('does not take a country after the title, a known person, or a lower-case word for a newcomer', () => {
    assert.deepEqual(newcomers('President of Indonesia was absent.'), []);
    assert.deepEqual(newcomers('President Indonesia was absent.'), []);
    assert.deepEqual(newcomers('Indonesian President Joko Widodo arrived.'), []);
    assert.deepEqual(newcomers('The president said nothing.'), []);
    assert.deepEqual(newcomers('The Minister On the matter declined.'), []);
  });

  it('recognizes a Chinese newcomer introduced by country and title', () => {
    assert.deepEqual(newcomers('印度尼西亚总统普拉博沃会见阮富仲。'), ['普拉博沃@7 → new:普拉博沃']);
  });
});

describe('a newcomer named again by one word of the full name', () => {
  it('is the same person: "President Mukherjee" after "President Pranab Mukherjee"', () => {
    assert.deepEqual(newcomers('President Pranab Mukherjee received Xi. President Mukherjee later hosted a dinner.'), [
      'Pranab Mukherjee@10 → new:pranab-mukherjee',
      'Mukherjee@50 → new:pranab-mukherjee',
    ]);
  });

  it('is a newcomer of its own when no full name came first, or two full names end in it', () => {
    assert.deepEqual(newcomers('President Mukherjee received Xi.'), ['Mukherjee@10 → new:mukherjee']);
    assert.deepEqual(
      newcomers('Minister Rahul Gandhi and Minister Sonia Gandhi came. Minister Gandhi spoke.').map(
        (m) => m.split(' → ')[1],
      ),
      ['new:rahul-gandhi', 'new:sonia-gandhi', 'new:gandhi'],
    );
  });
});
