import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findMentions } from '../../../../server/src/core/mentions/findMentions.js';
import { buildMentionIndex, type MentionIndex } from '../../../../server/src/core/mentions/mentionIndex.js';
import { loadKnowledgeBase } from '../../../../server/src/kb/loadKnowledgeBase.js';
import { bundled, mentionsOf } from '../../../support/bundled.js';

/** Asserts that every expected `text → name` pair is among the mentions, in order. */
function check(text: string, expected: string[]): void {
  const actual = mentionsOf(text);
  let from = 0;
  for (const pair of expected) {
    const at = actual.indexOf(pair, from);
    assert.ok(at >= 0, `missing "${pair}" in [${actual.join(' | ')}]`);
    from = at + 1;
  }
}

function typesOf(text: string): string[] {
  return findMentions(text, bundled().index).map((m) => `${m.text}:${m.entity.type}`);
}

test('English readout from another outlet and year (VNA style, 2019)', () => {
  check(
    'HANOI, April 25 (VNA) – Party General Secretary and State President Nguyen Phu Trong received Chinese Premier Li Keqiang in Hanoi. Trong said the Communist Party of Viet Nam (CPV) valued ties with the Communist Party of China.',
    [
      'Nguyen Phu Trong → Nguyen Phu Trong',
      'Li Keqiang → Li Keqiang',
      'Trong → Nguyen Phu Trong',
      'Communist Party of Viet Nam → Communist Party of Viet Nam',
      'CPV → Communist Party of Viet Nam',
      'Communist Party of China → Communist Party of China',
    ],
  );
});

test('Vietnamese diacritics and Lao romanizations resolve to the canonical names', () => {
  check('Tổng Bí thư Tô Lâm tiếp Chủ tịch Quốc hội Trần Thanh Mẫn.', [
    'Tô Lâm → To Lam',
    'Trần Thanh Mẫn → Tran Thanh Man',
  ]);
  check('Prime Minister Sonxay Siphandone met Chinese Ambassador Jiang Zaidong in Vientiane.', [
    'Sonxay Siphandone → Sonexay Siphandone',
  ]);
});

test('simplified and traditional Chinese', () => {
  check('国务院总理李强同老挝总理宋赛举行会谈。', ['李强 → Li Qiang', '宋赛 → Sonexay Siphandone']);
  check('中共中央總書記、國家主席習近平在人民大會堂會見越共中央總書記蘇林。', ['習近平 → Xi Jinping', '蘇林 → To Lam']);
  check('老挝人民革命党中央总书记、国家主席通伦', ['通伦 → Thongloun Sisoulith']);
});

test('second mentions resolve to the person introduced earlier', () => {
  check('Xi Jinping met Thongloun Sisoulith. Xi said the railway mattered. Thongloun agreed.', [
    'Xi Jinping → Xi Jinping',
    'Thongloun Sisoulith → Thongloun Sisoulith',
    'Xi → Xi Jinping',
    'Thongloun → Thongloun Sisoulith',
  ]);
  // "Li" goes to the Li named most recently.
  check('Li Keqiang spoke in 2019. In 2024 Li Qiang spoke. Li said so.', [
    'Li Keqiang → Li Keqiang',
    'Li Qiang → Li Qiang',
    'Li → Li Qiang',
  ]);
});

test('a short form with no earlier full name is not a mention', () => {
  assert.deepEqual(mentionsOf('Li said the talks went well.'), []);
  assert.ok(
    !mentionsOf('The man from the Son family said so.').some(
      (m) => m.includes('→ Tran Thanh Man') || m.includes('Bui Thanh Son'),
    ),
  );
});

test('people the knowledge base does not know are recognized from their title', () => {
  const mentions = findMentions(
    'Cambodian Deputy Prime Minister Sun Chanthol met U.S. Secretary of State Antony Blinken. Later Sun Chanthol left.',
    bundled().index,
  ).filter((m) => m.entity.type === 'person');
  assert.deepEqual(
    mentions.map((m) => [m.text, m.entity.id]),
    [
      ['Sun Chanthol', 'new:sun-chanthol'],
      ['Antony Blinken', mentions[1]!.entity.id.startsWith('new:') ? 'new:antony-blinken' : mentions[1]!.entity.id],
      ['Sun Chanthol', 'new:sun-chanthol'],
    ],
  );
});

test('titles are typed and resolved to the office of the person they introduce', () => {
  const mentions = findMentions('Lao President Thongloun Sisoulith and Premier Li Qiang', bundled().index);
  const titles = mentions.filter((m) => m.entity.type === 'title');
  assert.equal(titles.length, 2);
  assert.equal(titles[0]!.known?.kind === 'office' && titles[0]!.known.entry.country, 'laos');
  assert.equal(titles[1]!.known?.kind === 'office' && titles[1]!.known.entry.country, 'china');
});

test('entity types: parties, agreements, initiatives, countries', () => {
  const types = typesOf(
    'The Lao People’s Revolutionary Party and the CPC back the China-Laos Railway, the Belt and Road Initiative and Viet Nam.',
  );
  for (const expected of [
    'Lao People’s Revolutionary Party:party',
    'CPC:party',
    'China-Laos Railway:agreement',
    'Belt and Road Initiative:initiative',
    'Viet Nam:country',
  ]) {
    assert.ok(
      types.some(
        (t) => t === expected || (expected.startsWith('China-Laos Railway') && t.startsWith('China-Laos Railway:')),
      ),
      `missing ${expected} in ${types.join(', ')}`,
    );
  }
});

test('case matters for acronyms and short forms, not for full names', () => {
  assert.ok(mentionsOf('XI JINPING MEETS THONGLOUN SISOULITH').length >= 2);
  assert.ok(!mentionsOf('the cpc said').some((m) => m.startsWith('cpc')));
});

test('ranges are exact UTF-16 offsets', () => {
  const text = '😀 President Tô Lâm — 習近平';
  for (const m of findMentions(text, bundled().index)) assert.equal(text.slice(m.start, m.end), m.text);
});

test('a text naming no one stays quiet', () => {
  assert.deepEqual(mentionsOf('The weather in the capital was mild, and the markets were calm.'), []);
});

test('a party named inside a title is a nested mention', () => {
  const mentions = findMentions('老挝人民革命党中央总书记通伦', bundled().index);
  const party = mentions.find((m) => m.entity.name === "Lao People's Revolutionary Party");
  assert.ok(party?.nested, mentionsOf('老挝人民革命党中央总书记通伦').join(' | '));
  assert.ok(mentions.some((m) => m.entity.type === 'title' && !m.nested));
});

test('a name across a line break and the indentation of a list item, or with a doubled space, is one mention', () => {
  check(
    '- General Secretary Xi  Jinping met Lao President\n  Thongloun Sisoulith and Prime Minister Sonexay\r\n\tSiphandone. Xi said ties would deepen.',
    [
      'Xi  Jinping → Xi Jinping',
      'Thongloun Sisoulith → Thongloun Sisoulith',
      'Sonexay\r\n\tSiphandone → Sonexay Siphandone',
      'Xi → Xi Jinping',
    ],
  );
});

const other = buildMentionIndex(
  loadKnowledgeBase([
    {
      path: 'other.yaml',
      text: [
        'people:',
        '  - id: flavia-strel',
        '    name: Flavia Strel',
        '    country: ruritania',
        '    convention: surname-last',
      ].join('\n'),
    },
  ]),
);
const known = (text: string, index: MentionIndex) =>
  findMentions(text, index).flatMap((m) => (m.known ? [`${m.text}=${m.known.id}`] : []));

test('misspellings and transliterations are judged against each knowledge base apart: a misspelling and a transliteration of a name it lacks are no one in another', () => {
  const text = 'Xi Jinpin met Thonglun Sisulith.';
  const { index } = bundled();
  assert.deepEqual(known(text, index), ['Xi Jinpin=xi-jinping', 'Thonglun Sisulith=thongloun-sisoulith']);
  assert.deepEqual(known(text, other), []);
  assert.deepEqual(known(text, index), ['Xi Jinpin=xi-jinping', 'Thonglun Sisulith=thongloun-sisoulith']);
});

test('a misspelling of another knowledge base’s name is found of the other knowledge base’s name after the same words were read against the bundled one', () => {
  const text = 'Flavia Strell spoke.';
  assert.deepEqual(known(text, bundled().index), []);
  assert.deepEqual(known(text, other), ['Flavia Strell=flavia-strel']);
});

/** A small deterministic generator (mulberry32), so that a failing edit can be replayed. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces of drafts that exercise every stage: short forms, shared titles, typos, transliterations, Chinese, newcomers. */
const PIECES = [
  'Xi Jinping met Thongloun Sisoulith in Beijing.',
  ' Xi said ties would deepen.',
  'Xi Jinpin met Thonglun Sisulith.',
  'Premier Li Jiang met the delegation.',
  'Chinese Premier Li Keqiang',
  'Trong said the Communist Party of Viet Nam (CPV) valued ties.',
  'Party General Secretary and State President Nguyen Phu Trong',
  'Cambodian Prime Minister Hun Manet',
  ' Hun Manet agreed.',
  'Pham Minh Chin',
  'Tổng Bí thư Tô Lâm tiếp Chủ tịch Quốc hội Trần Thanh Mẫn.',
  '国家主席习近平会见老挝国家主席通伦·西苏利。',
  '老挝人民革命党中央总书记、国家主席通伦',
  'General Secretary of the Lao People’s Revolutionary Party Central Committee',
  'Communist',
  ' Party of China',
  'President',
  'Thongloun',
  ' Sonexay Siphandone',
  'Li',
  ' Jinping',
  'Wang Yi',
];
const SEPARATORS = ['\n', '\n\n', ' ', '\n  ', '\r\n', '. '];

test('finding mentions line by line with each line’s near misses kept gives what a whole reading gives, over 400 random edits', () => {
  const { index } = bundled();
  const next = randomFrom(8);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  let text = PIECES.join('\n');
  let nearMisses = 0;
  for (let edit = 0; edit < 400; edit++) {
    const at = Math.floor(next() * (text.length + 1));
    const kind = next();
    if (kind < 0.45) text = text.slice(0, at) + pick(PIECES) + text.slice(at);
    else if (kind < 0.7) text = text.slice(0, at) + pick(SEPARATORS) + text.slice(at);
    else text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(next() * 30)));
    if (text.length > 4000) text = text.slice(text.length - 2000);
    const whole = findMentions(text, index);
    const byLine = findMentions(text, index, { reuseLines: true });
    assert.deepEqual(byLine, whole, `edit ${edit}: ${JSON.stringify(text)}`);
    nearMisses += whole.filter((m) => m.alias?.form === 'wrong' && m.alias.reason !== undefined).length;
  }
  // The comparison covered the near misses the kept lines hold, not only names read whole.
  assert.ok(nearMisses > 400, `only ${nearMisses} near misses over the edits`);
});

test('a line’s near misses are kept with the names on it: the same line, part of a name begun on the line before, is read again', () => {
  const { index } = bundled();
  const typos = (text: string) =>
    findMentions(text, index, { reuseLines: true })
      .filter((m) => m.alias?.reason !== undefined)
      .map((m) => `${m.text}=${m.known?.id}`);
  // Alone, "Jinping Xi" reads as Xi Jinping's name written backwards; after "Xi" on the line
  // before, "Jinping" ends his name and "Xi Jinpin" is the typo.
  assert.deepEqual(typos('He\nJinping Xi Jinpin'), ['Jinping Xi=xi-jinping']);
  assert.deepEqual(typos('Xi\nJinping Xi Jinpin'), ['Xi Jinpin=xi-jinping']);
  assert.deepEqual(typos('He\nJinping Xi Jinpin'), ['Jinping Xi=xi-jinping']);
});

test('a known name whose other words come in a patronymic form of their own is the person', () => {
  assert.deepEqual(
    mentionsOf('He also met Prime Minister Ukhnaagiin Khurelsukh, who raised the pipeline. Khurelsukh said so.'),
    [
      'Prime Minister → Prime Minister of Mongolia',
      'Ukhnaagiin Khurelsukh → Ukhnaa Khurelsukh',
      'Khurelsukh → Ukhnaa Khurelsukh',
    ],
  );
  assert.deepEqual(mentionsOf('He met Vladimir Vladimirovich Putin.'), [
    'Vladimir Vladimirovich Putin → Vladimir Putin',
  ]);
  assert.deepEqual(mentionsOf('He met President Khaltmaagiin Battulga.'), [
    'President → President of Mongolia',
    'Khaltmaagiin Battulga → Khaltmaa Battulga',
  ]);
});

test('a given name the knowledge base does not list makes no known person of a second-mention form', () => {
  assert.deepEqual(mentionsOf('He met Kim Modi and Prime Minister Gombojavyn Zandanshatar.'), [
    'Prime Minister → Prime Minister',
    'Gombojavyn Zandanshatar → Gombojavyn Zandanshatar',
  ]);
  assert.deepEqual(mentionsOf('President Joe Biden arrived.'), [
    'President → President of the United States',
    'Joe Biden → Joe Biden',
  ]);
});

test('a known person after a title of an office they held and words the knowledge base does not list is the person', () => {
  assert.deepEqual(mentionsOf('The U.S. leader met President U Thein Sein in Naypyitaw.'), [
    'U.S. → United States',
    'President → President of the Republic of the Union of Myanmar',
    'U Thein Sein → Thein Sein',
  ]);
  assert.deepEqual(mentionsOf('Modi held talks with Sultan Haji Hassanal Bolkiah at the palace.'), [
    'Sultan → Sultan of Brunei',
    'Haji Hassanal Bolkiah → Hassanal Bolkiah',
  ]);
  // A given name before a second-mention form, the person named for the first time.
  assert.deepEqual(mentionsOf('Obama met President Kim Yudhoyono in Jakarta.'), [
    'President → President of the Republic of Indonesia',
    'Kim Yudhoyono → Susilo Bambang Yudhoyono',
  ]);
});

test('Kim Jong Un is known by his name, his surname once named and his party office', () => {
  assert.deepEqual(
    mentionsOf('US President Donald Trump met North Korean leader Kim Jong Un in Hanoi. Trump and Kim shook hands.'),
    [
      'US President → President of the United States',
      'Donald Trump → Donald Trump',
      'North Korean → North Korea',
      'Kim Jong Un → Kim Jong Un',
      'Trump → Donald Trump',
      'Kim → Kim Jong Un',
    ],
  );
  assert.deepEqual(mentionsOf('朝鲜劳动党委员长金正恩会见了特朗普。'), [
    "朝鲜劳动党委员长 → Chairman of the Workers' Party of Korea",
    '朝鲜 → North Korea',
    '金正恩 → Kim Jong Un',
    '特朗普 → Donald Trump',
  ]);
  // His surname before another known name, under that person's title, is one of its unlisted words.
  assert.deepEqual(mentionsOf('Obama met President Kim Yudhoyono in Jakarta.'), [
    'President → President of the Republic of Indonesia',
    'Kim Yudhoyono → Susilo Bambang Yudhoyono',
  ]);
});

test('words the knowledge base does not list make no known person without a title the person held, nor in a headline', () => {
  assert.deepEqual(mentionsOf('Obama met Kim Yudhoyono in Jakarta.'), []);
  assert.deepEqual(mentionsOf('He met Foreign Minister Kim Modi.'), [
    'Foreign Minister → Foreign Minister',
    'Kim Modi → Kim Modi',
  ]);
  assert.deepEqual(mentionsOf('President Welcomes Thein Sein to Bali Summit'), [
    'President → President',
    'Thein Sein → Thein Sein',
  ]);
  // A rank the text also uses on its own is no given name.
  assert.deepEqual(
    mentionsOf('Prime Minister Senior General Min Aung Hlaing arrived. The Senior General is on a visit.'),
    ['Prime Minister → Prime Minister', 'Min Aung Hlaing → Min Aung Hlaing'],
  );
  assert.deepEqual(mentionsOf('On Monday President The Thein Sein said.'), [
    'President → President',
    'Thein Sein → Thein Sein',
  ]);
});

test('names the knowledge base lists family name first keep their order', () => {
  assert.deepEqual(mentionsOf('Prime Minister Hun Manet met Xi Jinping and Nguyen Phu Trong.'), [
    'Prime Minister → Prime Minister of the Kingdom of Cambodia',
    'Hun Manet → Hun Manet',
    'Xi Jinping → Xi Jinping',
    'Nguyen Phu Trong → Nguyen Phu Trong',
  ]);
  assert.deepEqual(mentionsOf('He met Manet Hun.'), []);
});

test('the region’s other leaders are known by the short Chinese name Chinese reports print, and nothing longer is cut to it', () => {
  check('哈萨克斯坦总统托卡耶夫同习近平举行会谈。', ['托卡耶夫 → Kassym-Jomart Tokayev', '习近平 → Xi Jinping']);
  check('德国总理默克尔会见了李克强。', ['默克尔 → Angela Merkel']);
  check('巴西总统卢拉会见了马克龙。', ['卢拉 → Luiz Inácio Lula da Silva', '马克龙 → Emmanuel Macron']);
  // "贝鲁特" (Beirut) begins like "贝鲁", François Bayrou's short name, which is therefore not
  // listed; "马科斯" alone may be the father, so only "小马科斯" is the president.
  assert.deepEqual(mentionsOf('贝鲁特局势紧张。'), []);
  check('菲律宾总统小马科斯会见了王毅。', ['小马科斯 → Ferdinand Marcos Jr.']);
  assert.ok(!mentionsOf('前总统马科斯').some((m) => m.includes('Ferdinand Marcos Jr.')));
});

test('countries in French are their countries, and a word that only ends like one is not', () => {
  check('Emmanuel Macron effectue son premier déplacement en Inde, puis se rendra en Corée du Sud et en Chine.', [
    'Emmanuel Macron → Emmanuel Macron',
    'Inde → India',
    'Corée du Sud → South Korea',
    'Chine → China',
  ]);
  assert.deepEqual(
    typesOf('The Indeed survey and the Chinese chinaware sale.').filter((t) => t.endsWith(':country')),
    ['Chinese:country'],
  );
});
