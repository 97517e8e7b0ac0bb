/**
 * Story grouping: same event across outlets, copies within one outlet, date compatibility, no
 * chaining across days, and a scale check that would time out if all pairs were compared.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { groupStories, storyIdFor } from '../../../server/src/corpus/stories.js';
import type { Article } from '../../../server/src/corpus/types.js';

interface Spec {
  id: string;
  text: string;
  outlet?: string;
  date?: string;
  partialDate?: string;
  title?: string;
}

function article(spec: Spec): Article {
  const paragraphs = spec.text.split('\n');
  let offset = 0;
  const passages = paragraphs.map((text) => {
    const passage = { kind: 'paragraph' as const, start: offset, end: offset + text.length, text };
    offset += text.length + 1;
    return passage;
  });
  return {
    id: spec.id,
    path: spec.id.split('#')[0] ?? spec.id,
    start: 0,
    end: offset,
    title: spec.title ?? '',
    ...(spec.date ? { date: spec.date } : {}),
    ...(spec.partialDate ? { partialDate: spec.partialDate } : {}),
    ...(spec.outlet ? { outlet: spec.outlet } : {}),
    language: 'en',
    passages,
    storyId: storyIdFor(spec.id),
  };
}

const MEETING_XINHUA =
  'Chinese President Xi Jinping met with Lao President Thongloun Sisoulith in Beijing, and the two leaders witnessed the signing of documents on the Vientiane-Boten expressway, digital economy and hydropower.\n' +
  'Xi said the two sides should make good use of the railway and the economic corridor. Senior officials Cai Qi and Wang Yi attended.';
const MEETING_MFA =
  'On the morning of October 20, Xi Jinping met Thongloun Sisoulith at the Great Hall of the People. After the talks the two sides signed documents on the Vientiane-Boten expressway, the digital economy and hydropower.\n' +
  'Cai Qi and Wang Yi were present. Thongloun said the railway and the economic corridor have brought real benefits.';
const OTHER_EVENT =
  'Vietnamese Prime Minister Pham Minh Chinh chaired a conference on public investment disbursement in Hanoi, urging ministries to clear site clearance bottlenecks for expressway projects.\n' +
  'Provinces that disburse slowly will see their capital reallocated, he said.';

/** Unrelated reports in the same register, so that common diplomatic words get a low weight. */
const FILLERS: Article[] = [
  'Xi Jinping met the Cambodian prime minister in Beijing and said the two sides should deepen cooperation on the Funan Techo canal.',
  'Thongloun Sisoulith received the Vietnamese ambassador in Vientiane and praised cooperation between the two parties.',
  'The Lao National Assembly approved the budget plan and a new law on electricity tariffs after a week of debate.',
  'Wang Yi held talks with the Thai foreign minister on border security, online scams and the Mekong river.',
  'Chinese and Lao officials opened a trade fair in Kunming showing coffee, rubber and handicrafts from northern Laos.',
  'The Communist Party of Vietnam Central Committee held its plenum in Hanoi and elected new members of the Politburo.',
].map((text, i) => article({ id: `filler#${i}`, text, outlet: 'Filler Wire', date: `2023-0${i + 1}-11` }));

function storyOf(stories: ReturnType<typeof groupStories>, id: string) {
  return stories.find((story) => story.articleIds.includes(id));
}

describe('groupStories', () => {
  it('groups two outlets reporting one meeting and counts both outlets', () => {
    const stories = groupStories([
      article({ id: 'a#0', text: MEETING_XINHUA, outlet: 'Xinhua', date: '2023-10-20' }),
      article({ id: 'b#0', text: MEETING_MFA, outlet: 'Ministry of Foreign Affairs of China', date: '2023-10-20' }),
      article({ id: 'c#0', text: OTHER_EVENT, outlet: 'Vietnam News Agency', date: '2023-10-20' }),
    ]);
    assert.equal(stories.length, 2);
    assert.deepEqual(storyOf(stories, 'a#0')?.articleIds, ['a#0', 'b#0']);
    assert.deepEqual(storyOf(stories, 'a#0')?.outlets, ['Xinhua', 'Ministry of Foreign Affairs of China']);
    assert.equal(storyOf(stories, 'a#0')?.id, storyIdFor('a#0'));
    assert.deepEqual(storyOf(stories, 'c#0')?.articleIds, ['c#0']);
  });

  it('groups a copy of an item within one outlet, counting the outlet once', () => {
    const stories = groupStories([
      article({ id: 'f#0', text: MEETING_XINHUA, outlet: 'Xinhua' }),
      article({ id: 'f#3', text: MEETING_XINHUA + ' Enditem', outlet: 'Xinhua' }),
      article({ id: 'g#0', text: OTHER_EVENT }),
    ]);
    assert.deepEqual(storyOf(stories, 'f#0')?.articleIds, ['f#0', 'f#3']);
    assert.deepEqual(storyOf(stories, 'f#0')?.outlets, ['Xinhua']);
  });

  it('does not group identical text dated several days apart', () => {
    const stories = groupStories([
      article({ id: 'a#0', text: MEETING_XINHUA, outlet: 'Xinhua', date: '2023-10-20' }),
      article({ id: 'b#0', text: MEETING_XINHUA, outlet: 'gov.cn', date: '2023-10-25' }),
      article({ id: 'c#0', text: OTHER_EVENT }),
    ]);
    assert.equal(stories.length, 3);
  });

  it('accepts adjacent days, unknown dates and a year-less dateline on the same month and day', () => {
    const cases: [Partial<Spec>, boolean][] = [
      [{ date: '2023-10-21' }, true],
      [{}, true],
      [{ partialDate: '--10-20' }, true],
      [{ partialDate: '--10-21' }, true],
      [{ partialDate: '--03-02' }, false],
      [{ date: '2023-10-23' }, false],
    ];
    for (const [dating, grouped] of cases) {
      const stories = groupStories([
        article({ id: 'a#0', text: MEETING_XINHUA, outlet: 'Xinhua', date: '2023-10-20' }),
        article({ id: 'b#0', text: MEETING_MFA, outlet: 'Ministry of Foreign Affairs of China', ...dating }),
        ...FILLERS,
      ]);
      assert.equal(storyOf(stories, 'a#0')?.articleIds.includes('b#0'), grouped, JSON.stringify(dating));
    }
  });

  it('does not chain dated articles far apart through an undated one', () => {
    const stories = groupStories([
      article({ id: 'a#0', text: MEETING_XINHUA, outlet: 'Xinhua', date: '2023-10-20' }),
      article({ id: 'u#0', text: MEETING_XINHUA, outlet: 'CGTN' }),
      article({ id: 'b#0', text: MEETING_XINHUA, outlet: 'gov.cn', date: '2023-11-20' }),
      article({ id: 'x#0', text: OTHER_EVENT }),
    ]);
    assert.notEqual(storyOf(stories, 'a#0')?.id, storyOf(stories, 'b#0')?.id);
  });

  it('groups a large corpus without comparing all pairs', () => {
    // 6,000 articles from a random vocabulary, among them 300 pairs of copies.
    let seed = 42;
    const random = () => {
      // mulberry32: a small deterministic generator with a long period.
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const vocabulary = Array.from({ length: 30000 }, (_, i) => `w${i.toString(36)}`);
    const words = (count: number) =>
      Array.from({ length: count }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ');
    const articles: Article[] = [];
    for (let i = 0; i < 5700; i++)
      articles.push(
        article({ id: `big#${i}`, text: `${words(60)}.\n${words(60)}.`, date: `2024-0${1 + (i % 9)}-1${i % 10}` }),
      );
    for (let i = 0; i < 300; i++) {
      const source = articles[i * 7] as Article;
      articles.push({ ...source, id: `copy#${i}`, outlet: 'Copy Desk', storyId: storyIdFor(`copy#${i}`) });
    }
    const stories = groupStories(articles);
    assert.equal(stories.length, 5700);
    for (let i = 0; i < 300; i++) assert.equal(storyOf(stories, `copy#${i}`)?.articleIds[0], `big#${i * 7}`);
  });
});
