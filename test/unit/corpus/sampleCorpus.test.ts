/**
 * Ingestion of the bundled sample corpus (`samples/corpus/`): five messy web scrapes with several
 * articles per file, search-result lists, menus, repeated captions, footers and a search phrase
 * printed between blocks. The tests pin down concrete articles a reviewer relies on, and check
 * that boilerplate never reaches a passage and that every offset is exact.
 *
 * Compiled to `out/test/unit/corpus/`; the sample is read from the repository root.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCorpus } from '../../../server/src/corpus/readCorpus.js';
import type { Article, Corpus } from '../../../server/src/corpus/types.js';

const SAMPLE_DIR = fileURLToPath(new URL('../../../../samples/corpus/', import.meta.url));
const MFA = 'Ministry of Foreign Affairs of China';

let corpus: Corpus;
const texts = new Map<string, string>();

before(async () => {
  corpus = await readCorpus([SAMPLE_DIR]);
  for (const article of corpus.articles) {
    if (!texts.has(article.path)) texts.set(article.path, readFileSync(article.path, 'utf8'));
  }
});

/** The article whose first paragraph starts with `lead`; fails if there is not exactly one. */
function byLead(lead: string): Article {
  const found = corpus.articles.filter((article) => article.passages[0]?.text.startsWith(lead));
  assert.equal(found.length, 1, `expected one article starting with ${JSON.stringify(lead)}, found ${found.length}`);
  return found[0] as Article;
}

function byTitle(title: string): Article {
  const found = corpus.articles.filter((article) => article.title === title);
  assert.equal(found.length, 1, `expected one article titled ${JSON.stringify(title)}, found ${found.length}`);
  return found[0] as Article;
}

function storyOf(article: Article) {
  const story = corpus.stories.find((candidate) => candidate.id === article.storyId);
  assert.ok(story, `story ${article.storyId} exists`);
  return story;
}

describe('sample corpus: concrete articles', () => {
  it('reads all five files without problems', () => {
    assert.deepEqual(corpus.problems, []);
    assert.equal(new Set(corpus.articles.map((article) => article.path)).size, 5);
  });

  it('finds the 20 October 2023 readout of Xi meeting Thongloun, published by the foreign ministry', () => {
    const article = byLead('On the morning of October 20, 2023, General Secretary');
    assert.equal(
      article.title,
      "Xi Jinping Meets with General Secretary of Lao People's Revolutionary Party Central Committee and Lao President Thongloun Sisoulith",
    );
    assert.equal(article.date, '2023-10-20');
    assert.equal(article.dateText, 'October 20, 2023');
    // The page header above it is the foreign ministry's menu ("Spokesperson's Remarks ...").
    assert.equal(article.outlet, MFA);
    assert.equal(article.language, 'en');
    assert.equal(
      article.passages.filter((p) => p.kind === 'paragraph').at(-1)?.text,
      'Cai Qi and Wang Yi were present at the above events.',
    );
  });

  it('finds the "BEIJING, Oct. 20 --" report of the same meeting, without inventing a year', () => {
    const article = byLead('BEIJING, Oct. 20 -- Xi Jinping');
    assert.equal(article.date, undefined);
    assert.equal(article.partialDate, '--10-20');
    assert.equal(article.dateText, 'BEIJING, Oct. 20 --');
    // Xinhua copy as carried by the government portal: its footer "Copyright© www.gov.cn" closes the page.
    assert.equal(article.outlet, 'gov.cn');
    assert.equal(
      article.passages.filter((p) => p.kind === 'paragraph').at(-1)?.text,
      'Senior Chinese officials Cai Qi and Wang Yi were present at the event.',
    );
  });

  it('puts the ministry readout and the wire report of 20 October in one story with two outlets', () => {
    const readout = byLead('On the morning of October 20, 2023, General Secretary');
    const wire = byLead('BEIJING, Oct. 20 -- Xi Jinping');
    assert.equal(readout.storyId, wire.storyId);
    const story = storyOf(readout);
    assert.deepEqual([...story.articleIds].sort(), [readout.id, wire.id].sort());
    assert.deepEqual([...story.outlets].sort(), [MFA, 'gov.cn'].sort());
  });

  it('finds the 3 December 2021 virtual meeting, dated by its page and its lead', () => {
    const article = byTitle(
      'Xi Jinping holds virtual meeting with LPRP Central Committee Secretary General and Laotian President Thongloun Sisoulith',
    );
    assert.equal(article.eventDate, '2021-12-03');
    assert.equal(article.date, '2021-12-04');
    assert.equal(article.dateText, 'date 2021-12-04 Politics');
    assert.equal(article.outlet, undefined, 'nothing in the file names its publisher');
    assert.equal(article.language, 'en');
    assert.ok(article.passages[0]?.text.startsWith('On December 3, 2021, the General Secretary'));
  });

  it('finds the 21 January 2021 phone call published by the foreign ministry', () => {
    const article = byTitle(
      "Xi Jinping Speaks with General Secretary of Lao People's Revolutionary Party Central Committee Thongloun Sisoulith on the Phone",
    );
    assert.equal(article.date, '2021-01-21');
    assert.equal(article.outlet, MFA, '"Home > Chinese Diplomatic News" is the ministry\'s breadcrumb');
    assert.equal(article.language, 'en');
    assert.equal(article.passages.filter((p) => p.kind === 'paragraph').length, 5);
  });

  it('finds the 14 April 2025 talks between Xi Jinping and To Lam on the CPAFFC news list', () => {
    const article = byTitle(
      'General Secretary and President Xi Jinping Holds Talks with General Secretary of CPV Central Committee To Lam',
    );
    assert.equal(article.date, '2025-04-14');
    assert.equal(article.eventDate, '2025-04-14');
    assert.equal(article.outlet, 'CPAFFC');
    assert.equal(article.language, 'en');
    assert.ok(article.passages[0]?.text.startsWith('On the afternoon of April 14, General Secretary'));
  });

  it('keeps the other Hanoi meetings of that day as separate stories', () => {
    const talks = byTitle(
      'General Secretary and President Xi Jinping Holds Talks with General Secretary of CPV Central Committee To Lam',
    );
    const premier = byTitle('Xi Jinping Meets with Vietnamese Prime Minister Pham Minh Chinh');
    const chairman = byTitle('Xi Jinping Meets with Chairman of the National Assembly of Viet Nam Tran Thanh Man');
    assert.equal(new Set([talks.storyId, premier.storyId, chairman.storyId]).size, 3);
    assert.equal(chairman.date, '2025-04-15', 'the date printed under the teaser');
    assert.equal(chairman.eventDate, '2025-04-14', 'the evening of April 14 named by the lead');
  });

  it('finds the Chinese article of 2 December 2025 on Wang Huning in Vientiane', () => {
    const article = byTitle('王沪宁对老挝进行正式友好访问并出席老挝建国50周年庆祝活动');
    assert.equal(article.language, 'zh');
    assert.equal(article.outlet, 'Xinhua');
    assert.equal(article.date, '2025-12-02');
    assert.equal(article.dateText, 'Xin Hua She· 2025-12-02 17:13');
    assert.equal(article.eventDate, '2025-12-03', '新华社万象12月3日电, year taken from the page date');
    assert.ok(article.passages.some((p) => p.kind === 'sentence' && p.text.includes('王沪宁')));
  });

  it('reads outlets from datelines, source lines and page chrome', () => {
    assert.equal(byLead('BEIJING, Nov. 24 (Xinhua) --').outlet, 'Xinhua');
    assert.equal(byLead('BEIJING, Nov. 24 (Xinhua) --').date, '2022-11-25');
    assert.equal(byLead('BEIJING, Nov. 24 (Xinhua) --').eventDate, '2022-11-24');
    assert.equal(byLead('The United States and China butted heads').outlet, 'AP');
    assert.equal(byLead('HONG KONG — Secretary of State Antony Blinken').outlet, 'NBC News');
    assert.equal(byLead('SHANGHAI (Reuters) -A private jet').outlet, 'Reuters');
    assert.equal(byLead('The President of Laos, Mr. Thongloun Sisoulith, visited').outlet, 'Laotian Times');
    assert.equal(byLead('The top leader of Laos is set to visit China next week').outlet, 'China Daily');
    assert.equal(byTitle('陈刚会见老挝国家副主席本通').outlet, 'Guangxi Daily');
    assert.equal(byTitle('2025年“露天电影院——中老优秀电影巡映”活动在老挝举行').outlet, "People's Daily");
  });

  it('does not guess a year for a dateline with no year anywhere in the article', () => {
    const article = byLead('BEIJING, Sept. 1 (Xinhua) -- At the invitation of Zhao Leji');
    assert.equal(article.date, undefined);
    assert.equal(article.eventDate, undefined);
    assert.equal(article.partialDate, '--09-01');
  });

  it('groups the Cambodia wire item saved twice in one file into one story with one outlet', () => {
    const copies = corpus.articles.filter((article) =>
      article.passages[0]?.text.startsWith('VIENTIANE, April 23 (Xinhua) --'),
    );
    assert.equal(copies.length, 2);
    assert.equal(copies[0]?.storyId, copies[1]?.storyId);
    assert.deepEqual(storyOf(copies[0] as Article).outlets, ['Xinhua']);
  });

  it('keeps unrelated stories (Blinken, Musk) apart from the Laos stories', () => {
    const musk = byLead('SHANGHAI (Reuters) -A private jet');
    const laos = byLead('On the morning of October 20, 2023, General Secretary');
    assert.notEqual(musk.storyId, laos.storyId);
    assert.deepEqual(storyOf(musk).articleIds, [musk.id]);
  });
});

describe('sample corpus: boilerplate and offsets', () => {
  const boilerplate: [string, RegExp][] = [
    ['repeated search phrase', /lao president visit china/i],
    ['copyright line', /copyright|©|all rights reserved/i],
    ['photo caption credit', /Photo: VCG|\(AP Photo|hide caption|REUTERS\//],
    ['navigation menu', /Main Responsibilities|Spokesperson's Remarks|Law and Crime|China Daily PDF|AP Buyline/],
    ['menu button', /^(Detail|Home|Reset|Important News|Search documents|Share to \.\.\.)$/],
    ['mailbox login', /Log in to mailbox|@cpaffc\.org\.cn/],
    ['comment form', /Leave a Reply|Save my name, email/],
    ['list bullet', /^\s*•/],
    ['reporting credit', /^\(?Reporting by/],
    ['wire end mark', /Enditem/],
  ];

  it('lets no boilerplate into any passage', () => {
    for (const article of corpus.articles) {
      for (const passage of article.passages) {
        for (const [name, pattern] of boilerplate) {
          assert.ok(!pattern.test(passage.text), `${name} in ${article.id}: ${passage.text.slice(0, 100)}`);
        }
      }
    }
  });

  it('does not repeat a photo caption as a passage', () => {
    const caption =
      "Thongloun Sisoulith, general secretary of the Lao People's Revolutionary Party Central Committee and Lao president";
    const hits = corpus.articles
      .flatMap((article) => article.passages)
      .filter((p) => p.kind === 'paragraph' && p.text.startsWith(caption));
    assert.equal(hits.length, 0);
  });

  it('gives exact offsets for every passage of every article', () => {
    let checked = 0;
    for (const article of corpus.articles) {
      const text = texts.get(article.path) as string;
      assert.ok(article.start >= 0 && article.start < article.end && article.end <= text.length, article.id);
      for (const passage of article.passages) {
        assert.equal(
          text.slice(passage.start, passage.end),
          passage.text,
          `${article.id} ${passage.kind} at ${passage.start}`,
        );
        assert.ok(
          passage.start >= article.start && passage.end <= article.end,
          `${article.id}: passage inside the article`,
        );
        assert.equal(passage.text, passage.text.trim(), 'passages carry no surrounding white space');
        checked++;
      }
    }
    assert.ok(checked > 500, `checked ${checked} passages`);
  });

  it('keeps sentences in document order, each inside a paragraph', () => {
    for (const article of corpus.articles) {
      const paragraphs = article.passages.filter((p) => p.kind === 'paragraph');
      let last = -1;
      for (const passage of article.passages) {
        assert.ok(passage.start >= last, `${article.id}: passages in order`);
        last = passage.start;
        if (passage.kind === 'sentence') {
          assert.ok(
            paragraphs.some((p) => p.start <= passage.start && passage.end <= p.end),
            `${article.id}: sentence inside a paragraph`,
          );
        }
      }
    }
  });

  it('does not end a sentence at "Oct.", "Sept.", "Mr." or "U.S."', () => {
    const sentences = corpus.articles.flatMap((article) => article.passages.filter((p) => p.kind === 'sentence'));
    for (const sentence of sentences) {
      assert.ok(
        !/\b(?:Oct|Sept|Nov|Mr|Ms|Mrs)\.$/.test(sentence.text),
        `sentence cut at an abbreviation: ${sentence.text.slice(-80)}`,
      );
    }
    assert.ok(
      sentences.some(
        (s) =>
          s.text.startsWith('BEIJING, Oct. 20 -- Xi Jinping, general secretary') &&
          s.text.endsWith('in Beijing on Friday.'),
      ),
    );
    assert.ok(
      sentences.some((s) => s.text.startsWith('BEIJING (AP) — U.S. Secretary of State Antony Blinken met Friday')),
    );
    assert.ok(sentences.some((s) => s.text.startsWith('The President of Laos, Mr. Thongloun Sisoulith, visited')));
    assert.ok(!sentences.some((s) => s.text === 'U.S.' || s.text.endsWith(' U.S.')));
  });
});
