/** Telling Chinese from English by the share of Chinese characters among the letters. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countHan, detectLanguage } from '../../../server/src/corpus/language.js';

describe('detectLanguage', () => {
  it('takes a Chinese page with Latin names and numbers for Chinese', () => {
    assert.equal(detectLanguage('新华社万象5月14日电 老挝总理宋赛 Sonexay 会见 Hun Manet。'), 'zh');
    assert.equal(detectLanguage('老挝总理宋赛·西潘敦会见柬埔寨首相洪玛奈。'), 'zh');
  });

  it('takes English with a few Chinese characters, and text without letters, for English', () => {
    assert.equal(detectLanguage('The Chinese name of Laos, 老挝, appears once in this English sentence.'), 'en');
    assert.equal(detectLanguage('2024-05-14'), 'en');
    assert.equal(detectLanguage(''), 'en');
  });
});

describe('the 30 percent line', () => {
  it('is Chinese at three Chinese characters in ten letters, English at two', () => {
    assert.equal(detectLanguage('老挝人 abcdefg'), 'zh');
    assert.equal(detectLanguage('老挝 abcdefgh'), 'en');
  });
});

describe('a text in pieces', () => {
  it('is judged as the pieces joined', () => {
    assert.equal(detectLanguage(['老挝人', 'abcdefg']), 'zh');
    assert.equal(detectLanguage(['老挝', 'abcd', 'efgh']), 'en');
    assert.equal(detectLanguage([]), 'en');
  });
});

describe('countHan', () => {
  it('counts Chinese characters only', () => {
    assert.equal(countHan('老挝 Laos 2024，万象。'), 4);
    assert.equal(countHan('Laos'), 0);
  });
});
