/**
 * Sentence splitting of corpus paragraphs: the parser's boundaries with the project's rules,
 * which keep abbreviations common in news copy ("Oct.", "Sept.", "U.S.", "Mr.") inside their
 * sentence and end Chinese sentences at full-width marks.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../server/src/core/text/sentences.js';
import type { Language } from '../../../server/src/core/articles.js';

function split(text: string, language: Language = 'en'): string[] {
  const passages = splitSentences(text, 0, text.length, language);
  for (const passage of passages) assert.equal(text.slice(passage.start, passage.end), passage.text);
  return passages.map((passage) => passage.text);
}

describe('splitSentences', () => {
  it('does not split after month abbreviations followed by a day', () => {
    assert.deepEqual(
      split('BEIJING, Oct. 20 -- Xi met Thongloun. BEIJING, Sept. 1 (Xinhua) -- The visit ends on Nov. 3.'),
      ['BEIJING, Oct. 20 -- Xi met Thongloun.', 'BEIJING, Sept. 1 (Xinhua) -- The visit ends on Nov. 3.'],
    );
  });

  it('does not split after titles and dotted acronyms', () => {
    assert.deepEqual(
      split('U.S. Secretary of State Antony J. Blinken met Mr. Wang at 5 p.m. Friday. Talks went well.'),
      ['U.S. Secretary of State Antony J. Blinken met Mr. Wang at 5 p.m. Friday.', 'Talks went well.'],
    );
  });

  it('still splits when a dotted acronym ends a sentence and a new one begins', () => {
    assert.deepEqual(split('The delegation flew to the U.S. The next day it returned.'), [
      'The delegation flew to the U.S.',
      'The next day it returned.',
    ]);
  });

  it('splits Chinese on full-width punctuation', () => {
    assert.deepEqual(
      split('新华社万象12月3日电 王沪宁表示，中方愿同老方加强战略协作。老方感谢中方支持！双方签署了合作文件。', 'zh'),
      ['新华社万象12月3日电 王沪宁表示，中方愿同老方加强战略协作。', '老方感谢中方支持！', '双方签署了合作文件。'],
    );
  });

  it('treats line breaks inside a paragraph as spaces and keeps stray full stops with their sentence', () => {
    assert.deepEqual(split('The two sides signed\nfour agreements. . The railway opened.'), [
      'The two sides signed\nfour agreements. .',
      'The railway opened.',
    ]);
  });

  it('uses offsets of the enclosing text', () => {
    const text = 'Title\n\nFirst sentence here. Second one.';
    const passages = splitSentences(text, 7, text.length, 'en');
    assert.deepEqual(
      passages.map((p) => [p.start, p.end]),
      [
        [7, 27],
        [28, 39],
      ],
    );
  });
});
