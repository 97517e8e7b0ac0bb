/** The decisions both sentence splitters ask of the shared rules: after an abbreviation, and at a Lao full stop. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  CJK_TERMINAL,
  CLOSING,
  endsSentence,
  isAbbreviationBeforeFullStop,
  isLaoSentenceStop,
  LONGEST_ABBREVIATION,
  OPENING,
} from '../../../../server/src/core/text/sentenceRules.js';

describe('endsSentence', () => {
  it('never ends a sentence on an honorific, whatever follows', () => {
    for (const title of ['Mr', 'H.E', 'Adm', 'Dr']) {
      assert.equal(endsSentence(title, 'The'), false, title);
      assert.equal(endsSentence(title, 'Wang'), false, title);
    }
  });

  it('ends one after a month or number abbreviation before a capital, not before a number', () => {
    assert.equal(endsSentence('Oct', 'Both'), true);
    assert.equal(endsSentence('Oct', '20'), false);
    assert.equal(endsSentence('No', '1'), false);
  });

  it('ends one after an initialism only before a word that opens sentences', () => {
    assert.equal(endsSentence('U.S', 'The'), true);
    assert.equal(endsSentence('U.S', 'President'), false);
    assert.equal(endsSentence('Inc', 'However'), true);
    assert.equal(endsSentence('Inc', 'Board'), false);
  });

  it('ends one after a lower-case abbreviation before a capital only', () => {
    assert.equal(endsSentence('etc', 'The'), true);
    assert.equal(endsSentence('etc', 'and'), false);
  });
});

describe('isAbbreviationBeforeFullStop', () => {
  it('knows honorifics, month and number abbreviations and capital initials, and no other word', () => {
    for (const word of ['Adm', 'mr', 'Sept', 'No', 'J']) assert.equal(isAbbreviationBeforeFullStop(word), true, word);
    for (const word of ['talks', 'Laos', 'j', 'Xinhua']) assert.equal(isAbbreviationBeforeFullStop(word), false, word);
  });

  it('has no abbreviation longer than LONGEST_ABBREVIATION', () => {
    assert.equal(LONGEST_ABBREVIATION, 'messrs'.length);
    assert.equal(isAbbreviationBeforeFullStop('Messrs'), true);
  });
});

describe('isLaoSentenceStop', () => {
  it('ends a sentence at a full stop between two Lao words', () => {
    assert.equal(isLaoSentenceStop('ໄດ້ພົບປະ', 'ທັງສອງ'), true);
  });

  it('keeps the dots of a dotted abbreviation, and dots between Latin words', () => {
    assert.equal(isLaoSentenceStop('ສ', 'ປ'), false);
    assert.equal(isLaoSentenceStop('ທັງສອງ', 'ປ'), false);
    assert.equal(isLaoSentenceStop('example', 'com'), false);
  });
});

describe('the marks around a Chinese sentence end', () => {
  it('reads 。！？ as sentence ends, closing quotes after them, opening quotes before a word', () => {
    assert.ok(CJK_TERMINAL.test('。') && CJK_TERMINAL.test('！') && CJK_TERMINAL.test('？'));
    assert.ok(!CJK_TERMINAL.test('，') && !CJK_TERMINAL.test('.'));
    assert.ok(CLOSING.test('”') && CLOSING.test('」') && !CLOSING.test('“'));
    assert.ok(OPENING.test('“') && OPENING.test('「') && !OPENING.test('”'));
  });
});
