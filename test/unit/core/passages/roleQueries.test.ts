import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { findMentions } from '../../../../server/src/core/mentions/findMentions.js';
import { buildMentionIndex, type MentionIndex } from '../../../../server/src/core/mentions/mentionIndex.js';
import {
  buildPassageIndex,
  PassageIndex,
  type PassageMatch,
  type SearchOptions,
} from '../../../../server/src/core/passages/passageIndex.js';
import { findRoleSpans, queryDate, resolveRoles } from '../../../../server/src/core/passages/queryRoles.js';
import { ingestFiles } from '../../../../server/src/corpus/ingest.js';
import { readKnowledgeBase } from '../../../../server/src/kb/readKnowledgeBase.js';

/**
 * Short reports written for these tests. Pairs of paragraphs differ only in who held the
 * office, so that only the person a role resolves to can put one of them first.
 */
const FILES: Record<string, string> = {
  'laos-2023.txt':
    'Xi holds talks with Lao President\n\nBEIJING, May 30, 2023 (Xinhua) -- Chinese President Xi Jinping held talks with Lao President Thongloun Sisoulith at the Great Hall of the People on Tuesday, and the two sides signed an action plan on building a community with a shared future.\n',
  'laos-2019.txt':
    'Lao President receives Chinese delegation\n\nVIENTIANE, April 25, 2019 (KPL) -- Lao President Bounnhang Vorachit received a visiting Chinese delegation at the Presidential Palace on Thursday and praised the progress of railway construction.\n',
  'vn-2025.txt':
    'Party chief receives Chinese ambassador\n\nHANOI, February 20, 2025 (VNA) -- General Secretary To Lam received the Chinese ambassador in Hanoi on Thursday, and the two sides agreed to deepen the comprehensive strategic cooperative partnership.\n',
  'vn-2022.txt':
    'Party chief receives Chinese ambassador\n\nHANOI, February 18, 2022 (VNA) -- General Secretary Nguyen Phu Trong received the Chinese ambassador in Hanoi on Friday, and the two sides agreed to deepen the comprehensive strategic cooperative partnership.\n',
  'cppcc-2024.txt':
    "Wang Huning meets visitors\n\nBEIJING, January 10, 2024 (Xinhua) -- Wang Huning, chairman of the National Committee of the Chinese People's Political Consultative Conference, met a delegation of Lao legislators in Beijing on Wednesday.\n",
  'cppcc-2021.txt':
    "Wang Yang meets visitors\n\nBEIJING, June 8, 2021 (Xinhua) -- Wang Yang, chairman of the National Committee of the Chinese People's Political Consultative Conference, met a delegation of Lao legislators in Beijing on Tuesday.\n",
  'premier-2024.txt':
    'Premier addresses forum\n\nTIANJIN, June 25, 2024 (Xinhua) -- Chinese Premier Li Qiang addressed the opening of a business forum in Tianjin on Tuesday, called for open markets and fair competition, and said the economy would keep growing at a steady pace this year.\n',
  'premier-2019.txt':
    'Premier addresses forum\n\nDALIAN, July 2, 2019 (Xinhua) -- Chinese Premier Li Keqiang addressed the opening of a business forum in Dalian on Tuesday, called for open markets and fair competition, and said the economy would keep growing at a steady pace this year.\n',
  'vn-president-zh.txt':
    '越南国家主席会见中国代表团\n\n新华社河内2025年1月15日电 越南国家主席梁强15日在河内会见中国代表团。梁强表示，越方愿同中方一道，落实两党两国高层共识，深化各领域务实合作，推动两国全面战略合作伙伴关系不断向前发展。中方代表团表示，愿同越方加强交流互鉴，共同维护地区和平稳定。\n',
  'railway.txt':
    'Railway carries more passengers\n\nKUNMING, July 1, 2024 (Xinhua) -- The cross-border railway carried more than three million passengers in the first half of the year, its operator said on Monday.\n',
};

let mentionIndex: MentionIndex;
let index: PassageIndex;

before(() => {
  mentionIndex = buildMentionIndex(readKnowledgeBase());
  const corpus = ingestFiles(Object.entries(FILES).map(([path, text]) => ({ path, text })));
  index = new PassageIndex(buildPassageIndex(corpus, mentionIndex), mentionIndex);
});

const textOf = (path: string, start: number, end: number) => FILES[path]?.slice(start, end);

function search(query: string, options: Partial<SearchOptions> = {}): PassageMatch[] {
  return index.search(query, { textOf, ...options });
}

function firstPath(query: string, date?: string): string | undefined {
  return search(query, { date })[0]?.article.path;
}

/** Spans and the offices they name, as `text → office` strings. */
function rolesOf(query: string): string[] {
  return findRoleSpans(query, findMentions(query, mentionIndex), mentionIndex).map(
    (span) => `${query.slice(span.start, span.end)} → ${span.offices.join(',')}`,
  );
}

describe('roles in queries resolve to the person holding the office at the date', () => {
  it('the Lao head of state in 2023 is Thongloun Sisoulith', () => {
    assert.equal(firstPath('the Lao head of state', '2023-06-01'), 'laos-2023.txt');
  });

  it('the Lao head of state in 2019 is Bounnhang Vorachit, not Thongloun', () => {
    assert.equal(firstPath('the Lao head of state', '2019-06-01'), 'laos-2019.txt');
  });

  it("Viet Nam's party chief is To Lam in 2025 and Nguyen Phu Trong in 2022", () => {
    assert.equal(firstPath("Viet Nam's party chief", '2025-03-01'), 'vn-2025.txt');
    assert.equal(firstPath("Viet Nam's party chief", '2022-03-01'), 'vn-2022.txt');
  });

  it('does not put the other holder first when the paragraphs differ only in the name', () => {
    const query = "Viet Nam's party chief received the Chinese ambassador and agreed to deepen the partnership";
    const in2022 = search(query, { date: '2022-03-01' });
    assert.equal(in2022[0]!.article.path, 'vn-2022.txt');
    const other = in2022.find((m) => m.article.path === 'vn-2025.txt');
    assert.ok(!other || other.score < in2022[0]!.score);
    assert.equal(search(query, { date: '2025-03-01' })[0]!.article.path, 'vn-2025.txt');
  });

  it("China's top political advisor and the Chinese premier follow the date", () => {
    assert.equal(firstPath("China's top political advisor met Lao legislators", '2024-03-01'), 'cppcc-2024.txt');
    assert.equal(firstPath("China's top political advisor met Lao legislators", '2021-03-01'), 'cppcc-2021.txt');
    assert.equal(firstPath('the Chinese premier addressed a business forum', '2024-03-01'), 'premier-2024.txt');
    assert.equal(firstPath('the Chinese premier addressed a business forum', '2019-03-01'), 'premier-2019.txt');
  });

  it('a title standing alone is a role too, in English and in Chinese', () => {
    assert.equal(firstPath('Lao President', '2023-06-01'), 'laos-2023.txt');
    assert.equal(firstPath('Lao President', '2019-06-01'), 'laos-2019.txt');
    assert.equal(firstPath('越南国家主席', '2025-03-01'), 'vn-president-zh.txt');
  });

  it("takes the query's own date over the date option", () => {
    assert.equal(firstPath('the Lao head of state on 10 March 2019', '2023-06-01'), 'laos-2019.txt');
    assert.equal(firstPath('the Lao head of state on 10 March 2019'), 'laos-2019.txt');
  });

  it('resolves no role without a date', () => {
    // Undated, the query is its words and its country alone, which neither party chief's
    // paragraph contains (they write "General Secretary"): neither may come first.
    const undated = search("Viet Nam's party chief", { minScore: 0 }).map((m) => m.article.path);
    assert.ok(!['vn-2022.txt', 'vn-2025.txt'].includes(undated[0]!), undated.join(' '));
  });

  it('leaves a query without a role as it was', () => {
    const query = 'the two sides agreed to deepen the comprehensive strategic cooperative partnership';
    assert.deepEqual(search(query, { date: '2025-03-01' }), search(query));
    assert.deepEqual(rolesOf(query), []);
  });
});

describe('finding roles in a query', () => {
  it('finds descriptions, bare titles and titles with a country, by the country beside them', () => {
    assert.deepEqual(rolesOf('the Lao head of state'), ['Lao head of state → president-laos']);
    assert.deepEqual(rolesOf("Viet Nam's party chief"), ["Viet Nam's party chief → general-secretary-cpv"]);
    assert.deepEqual(rolesOf("China's top political advisor"), ["China's top political advisor → cppcc-chairman"]);
    assert.deepEqual(rolesOf('the head of state of Laos'), ['head of state of Laos → president-laos']);
    assert.deepEqual(rolesOf("Laos's president"), ["Laos's president → president-laos"]);
    assert.deepEqual(rolesOf('越南总理'), ['越南总理 → prime-minister-vietnam']);
    assert.deepEqual(rolesOf('老挝国家元首'), ['老挝国家元首 → president-laos']);
    assert.deepEqual(rolesOf('the Vietnamese top legislator'), ['Vietnamese top legislator → na-chairman-vietnam']);
    assert.deepEqual(rolesOf('the Lao top diplomat'), ['Lao top diplomat → foreign-minister-laos']);
  });

  it('lets the offices of the country decide what a description means', () => {
    // The United States has no party leader office, so its "top leader" is its head of state;
    // its top diplomat is the Secretary of State.
    assert.deepEqual(rolesOf('the top leader of the United States'), [
      'top leader of the United States → president-us',
    ]);
    assert.deepEqual(rolesOf('the American top diplomat'), ['American top diplomat → secretary-of-state-us']);
    assert.deepEqual(rolesOf('the Lao top leader'), ['Lao top leader → general-secretary-lprp']);
  });

  it('finds no role without a country beside it, or when a title introduces a name', () => {
    assert.deepEqual(rolesOf('the Chinese delegation met the head of state'), []);
    assert.deepEqual(rolesOf('the head of state'), []);
    assert.deepEqual(rolesOf('President Xi Jinping met Lao President Thongloun Sisoulith'), []);
    assert.deepEqual(rolesOf('the party chief told us head of state visits matter'), []);
  });

  it('resolves an office to the people holding it on the date, and to nobody for a crowded office', () => {
    const holders = (query: string, date: string) =>
      resolveRoles(findRoleSpans(query, findMentions(query, mentionIndex), mentionIndex), date, mentionIndex).map(
        (role) => role.holders.join(','),
      );
    assert.deepEqual(holders('the Lao head of state', '2023-06-01'), ['thongloun-sisoulith']);
    assert.deepEqual(holders('the Lao head of state', '2019-06-01'), ['bounnhang-vorachit']);
    assert.deepEqual(holders('the Lao head of state', '1990-01-01'), ['']);
    // With its country: a bare "Politburo member" is the title of the CPC's and the CPV's office alike.
    assert.deepEqual(holders('a Chinese Politburo member', '2023-06-01'), ['']);
  });
});

describe('the date of a query', () => {
  it('reads a date written in the query, else takes the fallback', () => {
    assert.equal(queryDate('the Lao head of state on 3 May 2023'), '2023-05-03');
    assert.equal(queryDate('the Lao head of state on 3 May 2023', '2019-01-01'), '2023-05-03');
    assert.equal(queryDate('the Lao head of state', '2019-01-01'), '2019-01-01');
    assert.equal(queryDate('the Lao head of state'), undefined);
  });

  it('takes the year of a year-less date from the fallback, and ignores it without one', () => {
    assert.equal(queryDate('the Lao head of state on March 3', '2024-06-01'), '2024-03-03');
    assert.equal(queryDate('the Lao head of state on March 3'), undefined);
  });
});
