/**
 * Ingestion of small hand-written files in the style of outlets absent from the sample corpus
 * (`test/fixtures/corpus/`): a VNA wire item, a KPL report of the same event, a hard-wrapped
 * Laotian Times Markdown file, a two-article gov.cn page in Chinese, a traditional-Chinese CNA
 * item, an HTML page, a JSONL export with bad lines, a binary file, a Latin-1 file, and an
 * article with no dateline at all.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeCorpusFile } from '../../../server/src/corpus/decodedFile.js';
import { readCorpus } from '../../../server/src/corpus/readCorpus.js';
import type { Article, Corpus } from '../../../server/src/corpus/types.js';

const FIXTURES = fileURLToPath(new URL('../../../../test/fixtures/corpus/', import.meta.url));

let corpus: Corpus;

before(async () => {
  corpus = await readCorpus([FIXTURES]);
});

function articlesOf(name: string): Article[] {
  return corpus.articles.filter((article) => article.path === `${FIXTURES}${name}`);
}

function only(name: string): Article {
  const found = articlesOf(name);
  assert.equal(found.length, 1, `one article in ${name}`);
  return found[0] as Article;
}

function paragraphs(article: Article): string[] {
  return article.passages.filter((p) => p.kind === 'paragraph').map((p) => p.text);
}

function sentences(article: Article): string[] {
  return article.passages.filter((p) => p.kind === 'sentence').map((p) => p.text);
}

function assertExactOffsets(article: Article, text: string): void {
  for (const passage of article.passages)
    assert.equal(text.slice(passage.start, passage.end), passage.text, `${article.id} at ${passage.start}`);
}

describe('fixtures: plain-text scrapes', () => {
  it('reads a VNA item: dateline credit, page date line, no menus or sign-off', () => {
    const article = only('vna_hanoi.txt');
    assert.equal(article.title, 'Vietnam, Laos step up cooperation in education and personnel training');
    assert.equal(article.outlet, 'Vietnam News Agency');
    assert.equal(article.date, '2024-03-05');
    assert.equal(article.eventDate, '2024-03-05');
    assert.equal(article.dateText, 'March 05, 2024 21:14');
    assert.equal(article.language, 'en');
    const paras = paragraphs(article);
    assert.equal(paras.length, 4);
    assert.ok(paras[0]?.startsWith('HANOI, March 5 (VNA) – Deputy Prime Minister'));
    assert.ok(paras[3]?.endsWith('between the two countries.'), 'the "– VNA" sign-off is not part of the text');
    assert.ok(!article.passages.some((p) => /Politics|Read more|Photo: VNA|©/.test(p.text)));
    assertExactOffsets(article, readFileSync(`${FIXTURES}vna_hanoi.txt`, 'utf8'));
  });

  it('reads an all-digit day-first date line by checking it against the lead', () => {
    const article = only('kpl_same_event.txt');
    assert.equal(article.outlet, 'KPL');
    assert.equal(article.date, '2024-03-06', '06/03/2024 is 6 March: the text speaks of March 5');
  });

  it('groups the VNA and KPL reports of one meeting into a story with two outlets', () => {
    const vna = only('vna_hanoi.txt');
    const kpl = only('kpl_same_event.txt');
    assert.equal(vna.storyId, kpl.storyId);
    const story = corpus.stories.find((s) => s.id === vna.storyId);
    assert.deepEqual([...(story?.outlets ?? [])].sort(), ['KPL', 'Vietnam News Agency']);
  });

  it('joins the lines of a hard-wrapped Markdown article into paragraphs and sentences', () => {
    const article = only('laotian_times.md');
    assert.equal(article.title, 'Laos and China Sign Agreements on Railway Freight and Farm Exports');
    assert.equal(article.outlet, 'Laotian Times');
    assert.equal(article.date, '2024-06-12');
    assert.equal(paragraphs(article).length, 3);
    const all = sentences(article);
    assert.equal(all.length, 3, 'one sentence per paragraph: line breaks and "Mr."/"U.S." do not split');
    assert.ok(all[0]?.includes('Wednesday\ncovering'), 'offsets keep the original line break');
    assert.ok(all[2]?.includes('Mr. Sonexay Siphandone') && all[2].includes('U.S. dollar'));
    assert.ok(!article.passages.some((p) => p.text.includes('Share this')));
    assertExactOffsets(article, readFileSync(`${FIXTURES}laotian_times.md`, 'utf8'));
  });

  it('splits a Chinese gov.cn page into its two articles, with dates and outlets', () => {
    const [talks, meeting] = articlesOf('govcn_2019.txt');
    assert.ok(talks && meeting);
    assert.equal(talks.title, '习近平同老挝国家主席本扬举行会谈');
    assert.equal(talks.language, 'zh');
    assert.equal(talks.outlet, 'Xinhua', '来源：新华社 and 新华社北京4月25日电 credit the agency');
    assert.equal(talks.date, '2019-04-25');
    assert.equal(meeting.title, '李克强会见老挝总理通伦');
    assert.equal(meeting.outlet, 'gov.cn');
    assert.equal(meeting.date, '2019-04-25');
    assert.equal(meeting.dateText, '2019年4月25日');
    assert.notEqual(talks.storyId, meeting.storyId, 'two meetings on one day are two stories');
    for (const article of [talks, meeting]) {
      assert.ok(!article.passages.some((p) => /纠错|责任编辑|版权所有|首页/.test(p.text)));
      assertExactOffsets(article, readFileSync(`${FIXTURES}govcn_2019.txt`, 'utf8'));
    }
    assert.deepEqual(sentences(talks).slice(0, 2), [
      '新华社北京4月25日电 国家主席习近平25日在人民大会堂同来华出席第二届“一带一路”国际合作高峰论坛并进行国事访问的老挝国家主席本扬举行会谈。',
      '两国元首一致同意，携手推进中老命运共同体建设。',
    ]);
  });

  it('reads a traditional-Chinese CNA item', () => {
    const article = only('cna_traditional.txt');
    assert.equal(article.title, '寮國總理訪問越南 雙方簽署多項合作文件');
    assert.equal(article.language, 'zh');
    assert.equal(article.outlet, 'Central News Agency');
    assert.equal(article.date, '2024-01-08');
    assert.ok(!article.passages.some((p) => p.text.includes('編輯')));
  });

  it('gives no date to an article without dateline, date line or dated lead', () => {
    const article = only('no_dateline.txt');
    assert.equal(article.title, 'Regional ministers discuss Mekong water management');
    assert.equal(article.date, undefined);
    assert.equal(article.eventDate, undefined);
    assert.equal(article.partialDate, undefined);
    assert.equal(article.dateText, undefined);
    assert.equal(article.outlet, undefined);
  });
});

describe('fixtures: HTML', () => {
  const path = `${FIXTURES}xinhua_page.html`;

  it('takes title, outlet, date and URL from the page, and drops navigation, captions and footer', () => {
    const article = only('xinhua_page.html');
    assert.equal(article.title, 'Chinese, Lao foreign ministers hold talks in Beijing');
    assert.equal(article.outlet, 'Xinhua');
    assert.equal(article.date, '2024-06-15');
    assert.equal(article.url, 'https://english.news.cn/20240615/fm-laos/c.html');
    assert.equal(article.language, 'en');
    assert.equal(paragraphs(article).length, 3);
    assert.ok(!article.passages.some((p) => /Home|Xinhua\/Zhai|Copyright/.test(p.text)));
  });

  it('gives offsets into the text extracted from the HTML', () => {
    const article = only('xinhua_page.html');
    const extracted = decodeCorpusFile({ path, text: readFileSync(path, 'utf8') }).text;
    assertExactOffsets(article, extracted);
    assert.ok(extracted.includes('BEIJING, June 15 (Xinhua) --'));
  });
});

describe('fixtures: JSONL', () => {
  const path = `${FIXTURES}records.jsonl`;

  it('loads the good lines as articles with their fields', () => {
    const articles = articlesOf('records.jsonl');
    assert.equal(articles.length, 2);
    const [thai, railway] = articles as [Article, Article];
    assert.equal(thai.id, `${path}#0`);
    assert.equal(thai.line, 1);
    assert.equal(thai.title, 'Lao, Thai PMs agree to boost connectivity');
    assert.equal(thai.outlet, 'KPL');
    assert.equal(thai.date, '2024-02-09');
    assert.equal(thai.url, 'https://kpl.gov.la/En/detail.aspx?id=80000');
    assert.equal(paragraphs(thai).length, 2);
    assert.equal(railway.id, `${path}#2`);
    assert.equal(railway.line, 3);
    assert.equal(railway.language, 'zh');
    assert.equal(railway.outlet, 'Xinhua');
    assert.equal(railway.date, '2023-12-03');
  });

  it('reports a malformed line and a record without text, with their line numbers', () => {
    const problems = corpus.problems.filter((problem) => problem.path === path);
    assert.deepEqual(
      problems.map((problem) => problem.line),
      [2, 4],
    );
    assert.match(problems[0]?.message ?? '', /malformed JSON/);
    assert.match(problems[1]?.message ?? '', /no text, content or body/);
  });

  it('gives offsets into the decoded bodies of the records', () => {
    const { text } = decodeCorpusFile({ path, text: readFileSync(path, 'utf8') });
    for (const article of articlesOf('records.jsonl')) assertExactOffsets(article, text);
  });
});

describe('fixtures: unusable files', () => {
  it('skips a binary file and a non-UTF-8 file with a problem naming the file and the reason', () => {
    const binary = corpus.problems.find((problem) => problem.path === `${FIXTURES}binary.txt`);
    assert.match(binary?.message ?? '', /binary/);
    const latin1 = corpus.problems.find((problem) => problem.path === `${FIXTURES}latin1.txt`);
    assert.match(latin1?.message ?? '', /not valid UTF-8/);
    assert.equal(articlesOf('binary.txt').length + articlesOf('latin1.txt').length, 0);
  });
});
