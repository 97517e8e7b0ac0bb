import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it, test } from 'node:test';
import { parse } from 'yaml';
import { cantoneseKey, cantoneseRomanizations } from '../../../../server/src/core/mentions/cantonese.js';
import { pinyinOfHan } from '../../../../server/src/core/mentions/hanReadings.js';
import { looseWadeGiles, readMandarin } from '../../../../server/src/core/mentions/pinyin.js';
import { laoKey, vietnameseKey } from '../../../../server/src/core/mentions/romanizationKeys.js';
import { findTransliterations } from '../../../../server/src/core/mentions/transliterations.js';
import type { PersonEntry } from '../../../../server/src/kb/types.js';
import { analyze, bundled, mentionsOf } from '../../../support/bundled.js';
import { smallKnowledgeBase } from '../../../support/smallKnowledgeBase.js';

test('Lao spellings of one name share a key; other names do not', () => {
  const key = (name: string) => laoKey(name.toLowerCase().split(' '));
  for (const [a, b] of [
    ['Thongloun Sisoulith', 'Thonglun Sisulith'],
    ['Thongloun Sisoulith', 'Thong Loun Sissoulith'],
    ['Sonexay Siphandone', 'Sone Xay Siphandon'],
    ['Sonexay Siphandone', 'Sonxai Siphandone'],
    ['Phankham Viphavanh', 'Phan Kham Wiphawan'],
    ['Bounnhang Vorachit', 'Boun Nyang Volachit'],
    ['Choummaly Sayasone', 'Choumali Xayason'],
    ['Sommad Pholsena', 'Sommat Pholsena'],
  ] as const)
    assert.equal(key(a), key(b), `${a} / ${b}`);
  for (const [a, b] of [
    ['Sonexay Siphandone', 'Khamtay Siphandone'],
    ['Saysomphone Phomvihane', 'Kaysone Phomvihane'],
    ['Thongloun Sisoulith', 'Naly Sisoulith'],
  ] as const)
    assert.notEqual(key(a), key(b), `${a} / ${b}`);
});

test('Vietnamese spellings of one name share a key; other names do not', () => {
  const key = (name: string) => vietnameseKey(name.toLowerCase().split(/\s+/));
  assert.equal(key('Nguyen Phu Trong'), key('Nguyen Phu Chong'));
  assert.equal(key('Nguyen Phu Trong'), key('Nguyen Phutrong'));
  assert.equal(key('Nguyen Xuan Phuc'), key('Nguyen Suan Fuk'));
  assert.equal(key('Nguyen Tan Dung'), key('Nguyen Tan Zung'));
  assert.notEqual(key('Nguyen Tan Dung'), key('Nguyen Chi Dung'));
  assert.notEqual(key('Tran Dai Quang'), key('Tran Luu Quang'));
});

test('Pinyin and Wade–Giles meet in the loose form', () => {
  const loose = (word: string) => readMandarin(word)?.loose.join(' ');
  assert.equal(loose('jinping'), 'chin ping');
  assert.equal(loose("chin-p'ing"), 'chin ping');
  assert.equal(loose('xuexiang'), 'hsueh hsiang');
  assert.equal(loose('hsueh-hsiang'), 'hsueh hsiang');
  assert.equal(loose('keqiang'), 'ko chiang');
  assert.equal(loose('ko-chiang'), 'ko chiang');
  assert.equal(loose('leji'), loose('le-chi'));
  assert.equal(looseWadeGiles('guo'), 'kuo');
  assert.equal(looseWadeGiles('zhuo'), 'cho');
  assert.equal(looseWadeGiles('gui'), 'kuei');
  assert.equal(readMandarin('jinping')?.pinyin, true);
  assert.equal(readMandarin('chin-ping')?.pinyin, false);
  assert.equal(readMandarin('le-chi')?.pinyin, false, 'a hyphenated given name is Wade–Giles');
  assert.equal(readMandarin('shek'), undefined);
  assert.equal(readMandarin('internationalization'), undefined);
});

/** Hong Kong people are known by their Cantonese names: one of their forms is a Cantonese romanization of the rendering. */
function knownByCantoneseName(entry: PersonEntry): boolean {
  const han = entry.names?.['zh-Hant'] ?? entry.names?.['zh-Hans'];
  if (!han || !entry.cantoneseReadings) return false;
  const keys = new Set(
    cantoneseRomanizations(han, entry.cantoneseReadings).map((words) => words.map(cantoneseKey).join('')),
  );
  return [entry.name, ...(entry.aliases ?? [])].some((form) => keys.has(form.split(/\s+/).map(cantoneseKey).join('')));
}

test('every Han character of a knowledge-base rendering has a reading, and Chinese names read back as themselves (in Cantonese for Hong Kong people)', () => {
  const { kb } = bundled();
  for (const entity of kb.entities.values()) {
    if (
      entity.kind !== 'person' ||
      !entity.entry.names?.['zh-Hans'] ||
      !['china', 'laos', 'vietnam'].includes(entity.entry.country)
    )
      continue;
    const rendering = entity.entry.names['zh-Hans'];
    const pinyin = pinyinOfHan(rendering);
    assert.ok(pinyin, `no reading for a character of ${rendering} (${entity.name})`);
    if (entity.entry.country === 'china' && !knownByCantoneseName(entity.entry))
      assert.equal(pinyin.join(''), entity.name.toLowerCase().replace(/[\s'’-]+/g, ''), rendering);
  }
});

test('a transliteration is a mention of the person, so second mentions still resolve', () => {
  const mentions = mentionsOf('Hsi Chin-ping arrived in Hanoi. Xi said the two parties were close.');
  assert.deepEqual(mentions.slice(0, 2), ['Hsi Chin-ping → Xi Jinping', 'Xi → Xi Jinping']);
});

test('the message names the person and the fix is the standard name', () => {
  const text = 'Lao Prime Minister Thonglun Sisulith arrived in Beijing.';
  const [finding] = analyze(text, '2016-05-04').filter((f) => f.code === 'name/misspelled');
  assert.equal(
    finding?.message,
    '"Thonglun Sisulith" is a non-standard transliteration of Thongloun Sisoulith; write "Thongloun Sisoulith".',
  );
  assert.equal(finding?.fixes[0]?.edits[0]?.newText, 'Thongloun Sisoulith');
  assert.match(finding.evidence[0]!.message, /variant romanization of the Lao name/);
});

test('a form the knowledge base accepts is not a transliteration to flag', () => {
  for (const text of [
    'Thonglun Sisoulith spoke.',
    'Sonesay Siphandone spoke.',
    'Bounnyang Vorachit spoke.',
    'Phankham Viphavane spoke.',
  ]) {
    assert.deepEqual(
      analyze(text, '2023-01-01').filter((f) => f.code === 'name/misspelled'),
      [],
      text,
    );
  }
});

interface Case {
  date: string;
  text: string;
  person?: string;
  flag?: string[];
  mustNotFlag?: boolean;
}
const tuning: Case[] = (
  parse(
    readFileSync(new URL('../../../../../test/fixtures/transliterations-tuning.yaml', import.meta.url), 'utf8'),
  ) as { cases: Case[] }
).cases;

for (const c of tuning) {
  test(`tuning case: ${c.text}`, () => {
    const findings = analyze(c.text, c.date);
    const shown = findings.map((f) => `${f.code} "${c.text.slice(f.start, f.end)}"`);
    if (c.mustNotFlag) assert.deepEqual(shown, []);
    for (const variant of c.flag ?? []) {
      const start = c.text.indexOf(variant);
      const hit = findings.find(
        (f) => f.code === 'name/misspelled' && f.start === start && f.end === start + variant.length,
      );
      assert.ok(hit, `"${variant}" not flagged: ${shown.join('; ')}`);
      assert.equal(hit.fixes[0]?.edits[0]?.newText, c.person);
    }
  });
}

/**
 * findTransliterations on its own, against a knowledge base written here: runs of capitalized
 * words that key to one known person through another romanization, outside recognized text.
 */
describe('transliterations found in running text', () => {
  const { kb: small } = smallKnowledgeBase(`countries:
  - { id: laos, name: Laos, adjective: Lao }
  - { id: vietnam, name: Viet Nam, adjective: Vietnamese }
  - { id: china, name: China, adjective: Chinese }
people:
  - { id: saleumxay-kommasith, name: Saleumxay Kommasith, country: laos, convention: given-name }
  - { id: nguyen-tan-dung, name: Nguyen Tan Dung, country: vietnam, convention: surname-first, names: { zh-Hans: 阮晋勇 } }
  - { id: jiang-zemin, name: Jiang Zemin, country: china, convention: surname-first }
  - { id: hu-jintao, name: Hu Jintao, country: china, convention: surname-first, names: { zh-Hans: 胡锦涛, zh-Hant: 胡錦濤 } }
  - { id: zeng-qinghong, name: Zeng Qinghong, country: china, convention: surname-first, names: { zh-Hans: 曾庆红 } }
  - { id: mao-ning, name: Mao Ning, country: china, convention: surname-first, names: { zh-Hans: 毛宁, zh-Hant: 毛寧 } }
  - id: carrie-lam
    name: Carrie Lam
    country: china
    convention: surname-last
    names: { zh-Hans: 林郑月娥, zh-Hant: 林鄭月娥 }
    aliases: [Carrie Lam Cheng Yuet-ngor, Lam Cheng Yuet-ngor]
`);

  /** The spans as `written@offset → standard name`, with `recognized` (a substring) marked as already covered. */
  function spans(text: string, recognized?: string): string[] {
    const covered = new Uint8Array(text.length);
    if (recognized) covered.fill(1, text.indexOf(recognized), text.indexOf(recognized) + recognized.length);
    return findTransliterations(text, covered, small).map((s) => {
      assert.equal(s.alias.form, 'wrong');
      assert.equal(s.alias.transliteration, true);
      return `${s.alias.text}@${s.start} → ${s.alias.replacement}`;
    });
  }

  it('finds Lao and Vietnamese spellings, and a Chinese rendering read back in pinyin', () => {
    assert.deepEqual(spans('Saleumsay Kommasit met them.'), ['Saleumsay Kommasit@0 → Saleumxay Kommasith']);
    assert.deepEqual(spans('Nguyen Tandung spoke.'), ['Nguyen Tandung@0 → Nguyen Tan Dung']);
    assert.deepEqual(spans('Ruan Jinyong spoke.'), ['Ruan Jinyong@0 → Nguyen Tan Dung']);
  });

  it('finds Wade–Giles forms and the Western order of Chinese names', () => {
    assert.deepEqual(spans('Chiang Tse-min and Hu Chin-tao spoke.'), [
      'Chiang Tse-min@0 → Jiang Zemin',
      'Hu Chin-tao@19 → Hu Jintao',
    ]);
    assert.deepEqual(spans('Zemin Jiang spoke.'), ['Zemin Jiang@0 → Jiang Zemin']);
  });

  it('finds Cantonese romanizations of Chinese names, the surname read as a surname', () => {
    assert.deepEqual(spans('Wu Kam-to and Tsang Hing-hung spoke.'), [
      'Wu Kam-to@0 → Hu Jintao',
      'Tsang Hing-hung@14 → Zeng Qinghong',
    ]);
    assert.deepEqual(spans('Lam Cheng Yuet-ngor spoke.'), ['Lam Cheng Yuet-ngor@0 → Carrie Lam']);
    assert.deepEqual(
      spans('Lam Cheng Yuet-ngor spoke.', 'Lam Cheng Yuet-ngor'),
      [],
      'an accepted form is recognized text',
    );
  });

  it('leaves other Cantonese names, and Cantonese-looking plain pinyin, alone', () => {
    assert.deepEqual(spans('Chan Tai-man and Wong Siu-ming spoke.'), []);
    assert.deepEqual(spans('Wu Kam spoke.'), [], 'part of a name is not the name');
    // 毛寧 is "Mo Ning" in Cantonese, and "Mo Ning" is also the pinyin of another name (莫宁).
    assert.deepEqual(spans('Mo Ning spoke.'), []);
    assert.deepEqual(spans('Mo-ning Mo spoke.'), [], 'no Western order is generated');
    assert.deepEqual(spans('Wukamto spoke.'), [], 'the surname is written apart');
  });

  it('skips recognized text, names split by two spaces, and words that name no one', () => {
    assert.deepEqual(spans('Jiang Zemin spoke.', 'Jiang Zemin'), []);
    assert.deepEqual(spans('Nguyen  Tandung spoke.'), []);
    assert.deepEqual(spans('The Mekong River flows past Vientiane.'), []);
  });
});
