/**
 * The party congresses of January 2026 in the knowledge base: the 12th LPRP Congress (Politburo
 * elected 2026-01-08) and the 14th CPV Congress (Politburo elected 2026-01-23). The recorded
 * members are held to the published lists, and a draft dated after the congresses is checked
 * against them: the re-elected General Secretaries and the new members stay quiet, departed
 * members and predecessors are flagged `title/not-held`, and the same sentences dated before the
 * congresses are judged by the old lists.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../server/src/core/analyze.js';
import { buildMentionIndex } from '../../../server/src/core/mentions/mentionIndex.js';
import { holdersAt } from '../../../server/src/kb/knowledgeBase.js';
import { readKnowledgeBase } from '../../../server/src/kb/readKnowledgeBase.js';

const kb = readKnowledgeBase();
const mentionIndex = buildMentionIndex(kb);

/** A day in mid-2026, after both congresses, as a writer drafting then would date the text. */
const AFTER_CONGRESSES = '2026-06-01';
/** A day in 2025, under the Politburos elected in 2021. */
const BEFORE_CONGRESSES = '2025-06-01';

function holderIds(officeId: string, date: string): string[] {
  return holdersAt(kb, officeId, date)
    .map((holder) => holder.id)
    .sort();
}

function codesOf(text: string, date: string): string[] {
  return analyzeDocument(text, kb, mentionIndex, { today: date, configuredDate: date }).findings.map(
    (finding) => finding.code,
  );
}

/** The 12th LPRP Politburo, as listed by the Laotian Times and VNA on 2026-01-08. */
const LPRP_12TH_POLITBURO = [
  'anoupharb-toulalom',
  'khamphanh-pheuyavong',
  'khamphanh-phommathat',
  'kikeo-khaykhamphithoune',
  'saleumxay-kommasith',
  'saysomphone-phomvihane',
  'sisay-leudetmounsone',
  'sonexay-siphandone',
  'sounthone-xayachak',
  'thongloun-sisoulith',
  'thongsalith-mangnomek',
  'viengthong-siphandone',
  'vilay-lakhamfong',
];

/** The 14th CPV Politburo, as listed by VnExpress and VNA on 2026-01-23. */
const CPV_14TH_POLITBURO = [
  'bui-thi-minh-hoai',
  'do-van-chien',
  'doan-minh-huan',
  'le-hoai-trung',
  'le-minh-hung',
  'le-minh-tri',
  'luong-tam-quang',
  'nguyen-duy-ngoc',
  'nguyen-thanh-nghi',
  'nguyen-trong-nghia',
  'pham-gia-tuc',
  'phan-van-giang',
  'to-lam',
  'tran-cam-tu',
  'tran-duc-thang',
  'tran-luu-quang',
  'tran-sy-thanh',
  'tran-thanh-man',
  'trinh-van-quyet',
];

describe('the Politburos elected in January 2026', () => {
  it('the LPRP Politburo after 2026-01-08 is the 13 members the 12th Central Committee elected', () => {
    // The day itself counts for both the outgoing and the incoming members (boundary days are held).
    assert.deepEqual(holderIds('politburo-member-lprp', '2026-01-09'), LPRP_12TH_POLITBURO);
    assert.deepEqual(holderIds('politburo-member-lprp', AFTER_CONGRESSES), LPRP_12TH_POLITBURO);
  });

  it('the members who left the LPRP Politburo held it until the 12th Congress and not after', () => {
    const departed = [
      'bounthong-chitmany',
      'chansamone-chanyalath',
      'pany-yathotou',
      'phankham-viphavanh',
      'sinlavong-khoutphaythoune',
    ];
    const before = holderIds('politburo-member-lprp', BEFORE_CONGRESSES);
    const after = holderIds('politburo-member-lprp', '2026-01-09');
    for (const id of departed) {
      assert.ok(before.includes(id), `${id} was a member in 2025`);
      assert.ok(!after.includes(id), `${id} is not a member after 2026-01-08`);
    }
  });

  it('the CPV Politburo from 2026-01-23 is the 19 members the 14th Central Committee elected', () => {
    assert.deepEqual(holderIds('politburo-member-cpv', AFTER_CONGRESSES), CPV_14TH_POLITBURO);
  });

  it('the members who left the CPV Politburo at the 14th Congress held it in 2025 and not after', () => {
    const departed = [
      'luong-cuong',
      'nguyen-hoa-binh',
      'nguyen-van-nen',
      'nguyen-xuan-thang',
      'pham-minh-chinh',
      'phan-dinh-trac',
    ];
    const before = holderIds('politburo-member-cpv', BEFORE_CONGRESSES);
    const after = holderIds('politburo-member-cpv', '2026-01-24');
    for (const id of departed) {
      assert.ok(before.includes(id), `${id} was a member in 2025`);
      assert.ok(!after.includes(id), `${id} is not a member after 2026-01-23`);
    }
  });

  it('Tran Tuan Anh and Dinh Tien Dung left the CPV Politburo in 2024, when the Central Committee relieved them', () => {
    assert.ok(holderIds('politburo-member-cpv', '2024-01-31').includes('tran-tuan-anh'));
    assert.ok(!holderIds('politburo-member-cpv', '2024-02-01').includes('tran-tuan-anh'));
    assert.ok(holderIds('politburo-member-cpv', '2024-06-21').includes('dinh-tien-dung'));
    assert.ok(!holderIds('politburo-member-cpv', '2024-06-22').includes('dinh-tien-dung'));
  });

  it('the 13th CPV Politburo had 16 members after Nguyen Duy Ngoc joined in January 2025', () => {
    assert.equal(holderIds('politburo-member-cpv', '2025-06-01').length, 16);
  });

  it('both parties kept their General Secretary', () => {
    assert.deepEqual(holderIds('general-secretary-lprp', AFTER_CONGRESSES), ['thongloun-sisoulith']);
    assert.deepEqual(holderIds('general-secretary-cpv', AFTER_CONGRESSES), ['to-lam']);
  });
});

describe('a draft dated after the January 2026 congresses', () => {
  const quiet = [
    'General Secretary Thongloun Sisoulith received the Chinese delegation.',
    'General Secretary To Lam received the Chinese delegation.',
    'Politburo member Viengthong Siphandone received the Chinese delegation.',
    'Politburo member Vilay Lakhamfong received the Chinese delegation.',
    'Politburo member Tran Luu Quang received the Chinese delegation.',
    'Politburo member Le Hoai Trung received the Chinese delegation.',
    '越共中央政治局委员黎明兴会见中国代表团。',
  ];
  for (const text of quiet) {
    it(`stays quiet on a holder's title: ${text}`, () => {
      assert.deepEqual(codesOf(text, AFTER_CONGRESSES), []);
    });
  }

  const flagged = [
    'General Secretary Bounnhang Vorachit received the Chinese delegation.',
    'General Secretary Nguyen Phu Trong received the Chinese delegation.',
    'Politburo member Pany Yathotou received the Chinese delegation.',
    'Politburo member Chansamone Chanyalath received the Chinese delegation.',
    'Politburo member Pham Minh Chinh received the Chinese delegation.',
    'Politburo member Luong Cuong received the Chinese delegation.',
    '越共中央政治局委员范明政会见中国代表团。',
  ];
  for (const text of flagged) {
    it(`flags a predecessor's or departed member's title: ${text}`, () => {
      assert.deepEqual(codesOf(text, AFTER_CONGRESSES), ['title/not-held']);
    });
  }
});

describe('the same titles in a draft dated 2025, under the Politburos of 2021', () => {
  it('stays quiet on members who left in January 2026', () => {
    for (const text of [
      'Politburo member Pany Yathotou received the Chinese delegation.',
      'Politburo member Pham Minh Chinh received the Chinese delegation.',
    ])
      assert.deepEqual(codesOf(text, BEFORE_CONGRESSES), [], text);
  });

  it('flags a CPV member elected for the first time in January 2026', () => {
    assert.deepEqual(codesOf('Politburo member Tran Luu Quang received the Chinese delegation.', BEFORE_CONGRESSES), [
      'title/not-held',
    ]);
  });
});

describe('the earlier posts of members first elected in January 2026', () => {
  // A person the knowledge base knows is judged on every recorded office: a member added for the
  // 2026 Politburo without the posts he held before would be flagged in correct older texts.
  it('stays quiet on a post held at the time', () => {
    assert.deepEqual(
      codesOf('Deputy Prime Minister Tran Luu Quang met the Chinese delegation in Hanoi.', '2023-06-27'),
      [],
    );
    assert.deepEqual(
      codesOf('Sounthone Xayachack, Vice President of the Lao National Assembly, met the delegation.', '2023-01-30'),
      [],
    );
  });

  it('flags the post once it was given up', () => {
    assert.deepEqual(
      codesOf('Deputy Prime Minister Tran Luu Quang met the Chinese delegation in Hanoi.', '2025-06-27'),
      ['title/not-held'],
    );
  });
});
