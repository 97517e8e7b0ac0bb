/** The titles printed beside each person in a sentence, before and after the name, with their offices. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { viewArticle } from '../../../../server/src/core/facts/articleView.js';
import { readSentenceTitles } from '../../../../server/src/core/facts/sentenceTitles.js';
import { memoryArticle } from '../../../support/memoryArticle.js';
import { smallKnowledgeBase } from '../../../support/smallKnowledgeBase.js';
import { bundled } from '../../../support/bundled.js';

const { kb, index } = smallKnowledgeBase();

/** Each title piece of a one-sentence article as `person: title → office (position)`. */
function titles(sentence: string, date = '2019-02-27'): string[] {
  const view = viewArticle(memoryArticle([sentence]), index);
  assert.equal(view.sentences.length, 1);
  const read = readSentenceTitles(view.text, view.sentences[0]!, kb, date);
  return read.pieces.map((p) => {
    assert.equal(view.text.slice(p.start, p.end).replace(/\s+/g, ' '), p.title, 'the offsets cover the title');
    return `${p.personId}: ${p.title} → ${p.officeId ?? '?'} (${p.position})`;
  });
}

/** The same, read with the bundled knowledge base, which has the Vietnamese titles. */
function bundledTitles(sentence: string, date: string): string[] {
  const view = viewArticle(memoryArticle([sentence]), bundled().index);
  const read = readSentenceTitles(view.text, view.sentences[0]!, bundled().kb, date);
  return read.pieces.map((p) => `${p.personId}: ${p.title} → ${p.officeId ?? '?'} (${p.position})`);
}

describe('titles stacked with a comma in Vietnamese', () => {
  it('gives both titles to the name after them, with the country printed after the last', () => {
    assert.deepEqual(
      bundledTitles(
        'Chủ tịch nước Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.',
        '2024-07-11',
      ),
      [
        'to-lam: Chủ tịch nước → president-vietnam (before)',
        // "Tổng Bí thư" and "Chủ tịch nước" are Vietnam's offices in Vietnamese; beside "Lào" they
        // are not read as those.
        'thongloun-sisoulith: Tổng Bí thư → ? (before)',
        'thongloun-sisoulith: Chủ tịch nước Lào → ? (before)',
      ],
    );
  });

  it('does not stack English titles across a comma', () => {
    assert.deepEqual(bundledTitles('General Secretary, President Thongloun Sisoulith spoke.', '2024-07-11'), [
      'thongloun-sisoulith: President → president-laos (before)',
    ]);
  });
});

describe('titles before a name', () => {
  it('cuts a chain of titles into one piece per title, with a party inside', () => {
    assert.deepEqual(
      titles(
        'General Secretary of the CPV Central Committee and Vietnamese President Nguyen Phu Trong met Kim Jong Un.',
      ),
      [
        'nguyen-phu-trong: General Secretary of the CPV Central Committee → general-secretary-cpv (before)',
        'nguyen-phu-trong: Vietnamese President → president-vietnam (before)',
      ],
    );
  });

  it('gives each person the titles before them, and the same generic title the office each holds', () => {
    assert.deepEqual(titles('General Secretary Nguyen Phu Trong met General Secretary Kim Jong Un in Hanoi.'), [
      'nguyen-phu-trong: General Secretary → general-secretary-cpv (before)',
      'kim-jong-un: General Secretary → general-secretary-wpk (before)',
    ]);
  });

  it('reads Chinese titles joined by 、', () => {
    assert.deepEqual(titles('越共中央总书记、国家主席阮富仲会见金正恩。'), [
      'nguyen-phu-trong: 总书记 → general-secretary-cpv (before)',
      'nguyen-phu-trong: 国家主席 → president-vietnam (before)',
    ]);
  });

  it('reads two Chinese titles joined by 和, and leaves 和 between two people alone', () => {
    assert.deepEqual(titles('越共中央总书记和国家主席阮富仲会见金正恩。'), [
      'nguyen-phu-trong: 总书记 → general-secretary-cpv (before)',
      'nguyen-phu-trong: 国家主席 → president-vietnam (before)',
    ]);
    assert.deepEqual(titles('阮富仲总书记和金正恩举行会谈。'), [
      'nguyen-phu-trong: 总书记 → general-secretary-cpv (after)',
    ]);
  });

  it('does not carry a title across a verb to the next name', () => {
    assert.deepEqual(titles('The Indonesian President met Lee Hsien Loong.'), []);
  });
});

describe('titles after a name', () => {
  it('reads titles set off by a comma after an English name', () => {
    assert.deepEqual(
      titles(
        'Nguyen Phu Trong, general secretary of the CPV Central Committee and Vietnamese President, met Indonesian President Joko Widodo.',
      ),
      [
        'joko-widodo: Indonesian President → president-indonesia (before)',
        'nguyen-phu-trong: general secretary of the CPV Central Committee → general-secretary-cpv (after)',
        'nguyen-phu-trong: Vietnamese President → president-vietnam (after)',
      ],
    );
  });

  it('reads a title after a name only when a comma sets it off', () => {
    assert.deepEqual(titles('Lee Hsien Loong said the Singaporean Prime Minister would attend.'), []);
  });

  it('gives a title claimed before one name to that name, not to the name before it', () => {
    assert.deepEqual(titles('Kim Jong Un, Indonesian President Joko Widodo and Lee Hsien Loong attended.'), [
      'joko-widodo: Indonesian President → president-indonesia (before)',
    ]);
  });

  it('extends each person to their whole title phrase', () => {
    const sentence = 'Nguyen Phu Trong, Vietnamese President, arrived.';
    const view = viewArticle(memoryArticle([sentence]), index);
    const read = readSentenceTitles(view.text, view.sentences[0]!, kb, '2019-02-27');
    const [extent] = [...read.personExtent.values()];
    assert.equal(view.text.slice(extent!.start, extent!.end), 'Nguyen Phu Trong, Vietnamese President');
    assert.deepEqual(
      read.titleSpans.map((s) => view.text.slice(s.start, s.end)),
      ['Vietnamese President'],
    );
  });
});
