import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  countHan,
  HAN,
  HAN_CHARACTER,
  HAN_RUN,
  hasHan,
  hasHanScript,
  isAllHan,
  isHanCode,
  isHanIdeographCode,
  UNSPACED_SCRIPT,
} from '../../../server/src/core/text/scripts.js';

const code = (char: string) => char.charCodeAt(0);

describe('scripts: Han characters', () => {
  it('takes U+3400–U+9FFF, the ends included, and nothing either side', () => {
    for (const char of ['㐀', '一', '习', '習', '鿿', '\u9fff']) assert.equal(isHanCode(code(char)), true, char);
    for (const c of [0x33ff, 0xa000, 0x41, 0x3002, 0x3005, 0x3007, 0x3042, 0x30a2, 0xf900, 0xac00, 0x0e81])
      assert.equal(isHanCode(c), false, c.toString(16));
  });

  it('hasHan: a Chinese character anywhere, not kana, hangul, Lao, CJK punctuation or a lone surrogate', () => {
    assert.equal(hasHan('Premier 李强 said'), true);
    assert.equal(hasHan('習近平'), true);
    for (const text of [
      '',
      'Xi Jinping',
      '。，！？「」',
      'ひらがな カタカナ',
      '한국어',
      'ປະເທດລາວ',
      '々〇',
      '\ud840',
      '𠀀',
    ])
      assert.equal(hasHan(text), false, text);
  });

  it('isAllHan: only Han characters, at least one', () => {
    assert.equal(isAllHan('中央委员会'), true);
    for (const text of ['', '中央 委员会', '中央·委员会', 'CPC中央', '同志。'])
      assert.equal(isAllHan(text), false, text);
  });

  it('countHan counts Han characters, or what another test takes', () => {
    assert.equal(countHan('新华社北京12月2日电 Xinhua'), 8);
    assert.equal(countHan('Xinhua'), 0);
    assert.equal(countHan('丽\uf900', isHanIdeographCode), 2);
    assert.equal(countHan('丽\uf900'), 1);
  });

  it('HAN builds larger patterns with the same range', () => {
    const name = new RegExp(`^[${HAN}]+·[${HAN}]+$`);
    assert.equal(name.test('通伦·西苏里'), true);
    assert.equal(name.test('Thongloun·Sisoulith'), false);
    assert.deepEqual('李强和Sonexay·西潘敦'.match(HAN_RUN), ['李强和', '西潘敦']);
    assert.equal(HAN_CHARACTER.global, false);
  });

  it('agrees with the range written out, on every code unit', () => {
    const literal = /[\u3400-\u9fff]/u;
    for (let c = 0; c < 0x10000; c++) {
      const char = String.fromCharCode(c);
      if (c >= 0xd800 && c <= 0xdfff) continue;
      assert.equal(isHanCode(c), literal.test(char));
      assert.equal(hasHan(char), isHanCode(c));
    }
  });

  it('hasHan matches a character-by-character test on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        assert.equal(
          hasHan(text),
          [...text].some((char) => char.length === 1 && isHanCode(code(char))),
        );
      }),
    );
  });
});

describe('scripts: the wider and narrower sets', () => {
  it('Han ideographs: compatibility ideographs in, Yijing hexagrams out', () => {
    assert.equal(isHanIdeographCode(0xf900), true);
    assert.equal(isHanIdeographCode(0xfaff), true);
    assert.equal(isHanIdeographCode(0x4dc0), false);
    assert.equal(isHanIdeographCode(0x4dbf), true);
    assert.equal(isHanIdeographCode(0x4e00), true);
    assert.equal(isHanIdeographCode(0x3041), false);
    assert.equal(isHanCode(0x4dc0), true);
  });

  it('Han script: radicals, 々 〇 and astral ideographs too; not kana, Latin or punctuation', () => {
    for (const text of ['主席', '⺮', '々', '〇', '𠀀', '\uf900']) assert.equal(hasHanScript(text), true, text);
    for (const text of ['', 'President', 'ひらがな', '。', '한']) assert.equal(hasHanScript(text), false, text);
  });

  it('unspaced scripts: Han, kana, Lao, Thai, Khmer; not Latin, hangul or digits', () => {
    for (const char of ['中', 'ひ', 'カ', 'ລ', 'ไ', 'ក']) assert.equal(UNSPACED_SCRIPT.test(char), true, char);
    for (const char of ['a', 'é', '한', '1', ' ', '。']) assert.equal(UNSPACED_SCRIPT.test(char), false, char);
  });
});
