import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cantoneseKey,
  cantoneseRomanizations,
  hongKongSyllable,
} from '../../../../server/src/core/mentions/cantonese.js';

describe('Jyutping in the Hong Kong government romanization', () => {
  it('writes the syllables of officials’ names as Hong Kong writes them', () => {
    const written = (syllables: string) => syllables.split(' ').map(hongKongSyllable).join(' ');
    // 曾蔭權, 林鄭月娥, 梁振英, 李家超, 陳茂波, 吳, 袁
    assert.equal(written('zang1 jam3 kyun4'), 'chang yam kuen');
    assert.equal(written('lam4 zeng6 jyut6 ngo4'), 'lam cheng yuet ngo');
    assert.equal(written('loeng4 zan3 jing1'), 'leung chan ying');
    assert.equal(written('lei5 gaa1 ciu1'), 'lei ka chiu');
    assert.equal(written('can4 mau6 bo1'), 'chan mau po');
    assert.equal(written('ng4 jyun4'), 'ng yuen');
    assert.equal(written('m4 hoeng1 zeoi6'), 'm heung chui');
  });

  it('reads nothing that is not Jyutping', () => {
    assert.equal(hongKongSyllable('zang'), undefined, 'no tone');
    assert.equal(hongKongSyllable('xyz1'), undefined);
    assert.equal(hongKongSyllable(''), undefined);
  });
});

describe('the loose Cantonese key', () => {
  it('merges the spellings Hong Kong and Macau use for one name', () => {
    for (const [a, b] of [
      ['Tsang', 'chang'],
      ['Lee', 'lei'],
      ['Li', 'Lee'],
      ['Chow', 'chau'],
      ['Tsz', 'chi'],
      ['Sze', 'si'],
      ['Shek', 'sek'],
      ['Cheong', 'Cheung'],
      ['Yuet-ngor', 'yuet-ngo'],
      ['Kanping', 'Kan-ping'],
      ['Lum', 'Lam'],
      ['Woo', 'wu'],
      ['Chun-ying', 'chan-ying'],
    ] as const)
      assert.equal(cantoneseKey(a), cantoneseKey(b), `${a} / ${b}`);
  });

  it('keeps different syllables apart', () => {
    for (const [a, b] of [
      ['Chan', 'Cheung'],
      ['Lam', 'Lim'],
      ['Wong', 'Wang'],
      ['Ho', 'Hu'],
      ['Tsap', 'Tsang'],
    ] as const)
      assert.notEqual(cantoneseKey(a), cantoneseKey(b), `${a} / ${b}`);
  });
});

describe('the Cantonese romanizations of a Chinese name', () => {
  it('reads the surname its surname way and the given name in its first two readings', () => {
    // The readings to-jyutping gives, the usual one first: 曾 is cang4 except as a surname.
    assert.deepEqual(cantoneseRomanizations('曾蔭權', [['cang4', 'zang1'], ['jam3', 'jam1'], ['kyun4']]), [
      ['chang', 'yam-kuen'],
    ]);
    assert.deepEqual(
      cantoneseRomanizations('習近平', [
        ['zaap6', 'zap6'],
        ['gan6', 'kan5', 'gan2'],
        ['ping4', 'peng4'],
      ]),
      [
        ['chap', 'kan-ping'],
        ['chap', 'kan-peng'],
      ],
    );
    assert.deepEqual(cantoneseRomanizations('單仁', [['daan1', 'sin6'], ['jan4']]), [['sin', 'yan']]);
  });

  it('keeps a double surname as one word', () => {
    assert.deepEqual(cantoneseRomanizations('歐陽成潮', [['au1'], ['joeng4'], ['sing4'], ['ciu4']]), [
      ['au-yeung', 'sing-chiu'],
    ]);
  });

  it('gives nothing for a name it cannot read', () => {
    assert.deepEqual(cantoneseRomanizations('習近平', [['zaap6'], ['gan6']]), [], 'a reading missing');
    assert.deepEqual(cantoneseRomanizations('習', [['zaap6']]), [], 'one character is no name');
    assert.deepEqual(cantoneseRomanizations('習近', [['zaap6'], ['x']]), [], 'not Jyutping');
  });

  it('keeps at most eight romanizations of a name with many readings', () => {
    const two = ['aa1', 'baa1'];
    // Four characters of a given name with two readings each: sixteen combinations.
    assert.equal(cantoneseRomanizations('趙一二三四', [['ziu6'], two, two, two, two]).length, 8);
  });
});
