/** Where the sentence-ends plugin puts sentence ends: Chinese and Lao full stops, and abbreviations in diplomatic prose. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { toString } from 'nlcst-to-string';
import { unified } from 'unified';
import { retextParagraph } from '../../../../server/src/core/retext/paragraphParser.js';
import { retextSentenceEnds } from '../../../../server/src/core/retext/sentenceEnds.js';

const withEnds = unified().use(retextParagraph).use(retextSentenceEnds).freeze();
const parserOnly = unified().use(retextParagraph).freeze();

/** The sentences of one paragraph as the processor leaves them, each checked to sit where its text is. */
function sentences(text: string, plugin = true): string[] {
  const root = plugin ? withEnds.runSync(withEnds.parse(text)) : parserOnly.parse(text);
  const [paragraph] = root.children;
  assert.equal(paragraph?.type, 'ParagraphNode');
  const out: string[] = [];
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') continue;
    const said = toString(child);
    assert.equal(
      text.slice(child.position!.start.offset, child.position!.end.offset),
      said,
      'the sentence sits where its text is',
    );
    out.push(said);
  }
  assert.equal(toString(paragraph), text, 'no character is lost or added');
  return out;
}

describe('Chinese and Lao sentence ends', () => {
  it('ends sentences at 。！？ with the closing quotes after them', () => {
    assert.deepEqual(sentences('双方同意。会谈结束！“合作很好。”他说。'), [
      '双方同意。',
      '会谈结束！',
      '“合作很好。”',
      '他说。',
    ]);
    assert.equal(sentences('双方同意。会谈结束！', false).length, 1, 'the parser alone reads one sentence');
  });

  it('ends a sentence at a full stop between two Lao words, not inside a dotted abbreviation', () => {
    assert.deepEqual(sentences('ທັງສອງຝ່າຍໄດ້ພົບປະ.ທັງສອງເຫັນດີ.'), ['ທັງສອງຝ່າຍໄດ້ພົບປະ.', 'ທັງສອງເຫັນດີ.']);
    assert.deepEqual(sentences('ສ.ປ.ປ. ລາວ ແລະ ຫວຽດນາມ.'), ['ສ.ປ.ປ. ລາວ ແລະ ຫວຽດນາມ.']);
  });
});

describe('English abbreviations', () => {
  it('never ends a sentence on an honorific', () => {
    assert.deepEqual(sentences('They welcomed H.E. Anwar Ibrahim. He thanked them.'), [
      'They welcomed H.E. Anwar Ibrahim.',
      'He thanked them.',
    ]);
    assert.deepEqual(sentences('The talks were led by Adm. Jones and Mr. Blinken.'), [
      'The talks were led by Adm. Jones and Mr. Blinken.',
    ]);
  });

  it('ends a sentence after a month abbreviation before a capital', () => {
    assert.deepEqual(sentences('The summit ended on 12 Oct. Both sides signed a statement.'), [
      'The summit ended on 12 Oct.',
      'Both sides signed a statement.',
    ]);
    assert.deepEqual(sentences('The summit opened on Oct. 12 in Jakarta.'), [
      'The summit opened on Oct. 12 in Jakarta.',
    ]);
  });

  it('ends a sentence after U.S. only before a word that opens sentences', () => {
    assert.deepEqual(sentences('The minister met the U.S. President in Tokyo.'), [
      'The minister met the U.S. President in Tokyo.',
    ]);
    assert.deepEqual(sentences('He flew to the U.S. The next day he met Biden.'), [
      'He flew to the U.S.',
      'The next day he met Biden.',
    ]);
  });

  it('leaves ordinary sentence ends as the parser finds them', () => {
    const text = 'Modi arrived in Dhaka. Hasina received him. They held talks.';
    assert.deepEqual(sentences(text), sentences(text, false));
    assert.equal(sentences(text).length, 3);
  });
});
