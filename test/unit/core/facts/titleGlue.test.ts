/** The words that may join the pieces of a title phrase, and what ends the phrase. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { glueEnd, isInsideTitle } from '../../../../server/src/core/facts/titleGlue.js';
import { findMentions } from '../../../../server/src/core/mentions/findMentions.js';
import { smallKnowledgeBase } from '../../../support/smallKnowledgeBase.js';

const { index } = smallKnowledgeBase();

/** The text the glue reaches from `after` (the end of that phrase) up to `before` (the start of that one). */
function glued(text: string, after: string, before: string, commas = false): string {
  const from = text.indexOf(after) + after.length;
  const limit = text.indexOf(before, from);
  const end = glueEnd(text, from, limit, findMentions(text, index), { commas });
  return text.slice(from, end);
}

describe('title glue', () => {
  it('walks over function words and a party named inside the title', () => {
    const text = 'General Secretary of the CPV Central Committee and Vietnamese President Nguyen Phu Trong';
    assert.equal(glued(text, 'General Secretary', 'Vietnamese President'), ' of the CPV Central Committee and ');
  });

  it('walks over the party name in full and an acronym in brackets', () => {
    const text = "general secretary of the Workers' Party of Korea (WPK) Central Committee Kim Jong Un";
    assert.equal(
      glued(text, 'general secretary', 'Kim Jong Un'),
      " of the Workers' Party of Korea (WPK) Central Committee ",
    );
  });

  it('walks over Chinese glue between two titles: 、 and 和', () => {
    assert.equal(glued('总书记、国家主席阮富仲', '总书记', '国家主席'), '、');
    assert.equal(glued('总书记和国家主席阮富仲', '总书记', '国家主席'), '和');
    assert.equal(glued('总书记会见国家主席', '总书记', '国家主席'), '');
  });

  it('does not take 和 before a name for glue: it joins two people', () => {
    assert.equal(glued('阮富仲总书记和金正恩举行会谈', '总书记', '金正恩'), '');
    assert.equal(glued('General Secretary and Kim Jong Un', 'General Secretary', 'Kim Jong Un'), ' and ');
  });

  it('stops at a verb, a place or a quotation, before trailing spaces', () => {
    assert.equal(
      glued('General Secretary of the CPV met Kim Jong Un', 'General Secretary', 'Kim Jong Un'),
      ' of the CPV',
    );
    assert.equal(glued('President in Jakarta Joko Widodo', 'President', 'Joko Widodo'), '');
  });

  it('takes a comma inside the phrase only when asked', () => {
    const text = 'President, Joko Widodo';
    assert.equal(glued(text, 'President', 'Joko Widodo'), '');
    assert.equal(glued(text, 'President', 'Joko Widodo', true), ', ');
  });

  it('counts parties, organizations and countries as inside a title, and people not', () => {
    const kinds = findMentions('Kim Jong Un of the WPK in North Korea', index).map((m) => [m.text, isInsideTitle(m)]);
    assert.deepEqual(kinds, [
      ['Kim Jong Un', false],
      ['WPK', true],
      ['North Korea', true],
    ]);
  });
});
