/**
 * What a corpus file says about itself outranks what segmentation guesses: YAML front matter
 * in Markdown, `<meta>` tags in HTML, the fields of JSON Lines records; and the outlet is read
 * from the address's domain when no name is given.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ingestFile } from '../../../server/src/corpus/ingest.js';
import { outletLabel, outletOfUrl } from '../../../server/src/core/outlets.js';
import type { Article } from '../../../server/src/corpus/types.js';

const BODY =
  'Lao President Thongloun Sisoulith received a delegation of the Communist Party of China in Vientiane, and the two sides discussed cooperation between the two parties and the two countries.';

function only(path: string, text: string): Article {
  const { articles, problems } = ingestFile({ path, text });
  assert.deepEqual(problems, []);
  assert.equal(articles.length, 1, JSON.stringify(articles.map((a) => a.title)));
  return articles[0]!;
}

function meta(article: Article) {
  return {
    title: article.title,
    date: article.date,
    outlet: article.outlet,
    url: article.url,
    language: article.language,
  };
}

describe('Markdown front matter', () => {
  it('gives the title, date, outlet (from source), URL and language, over what the text suggests', () => {
    const text = `---\ntitle: Lao President receives CPC delegation\ndate: 2024-06-12\nsource: Vientiane Times\nurl: https://www.vientianetimes.org.la/freeContent/FreeConten_Lao_117.php\nlang: en\n---\n\n# Another headline\n\nBEIJING, Oct. 20 (Xinhua) -- ${BODY}\n`;
    const article = only('corpus/a.md', text);
    assert.deepEqual(meta(article), {
      title: 'Lao President receives CPC delegation',
      date: '2024-06-12',
      outlet: 'Vientiane Times',
      url: 'https://www.vientianetimes.org.la/freeContent/FreeConten_Lao_117.php',
      language: 'en',
    });
    // The front matter is never article text; passages keep the file's offsets.
    const first = article.passages.find((p) => p.kind === 'paragraph')!;
    assert.equal(text.slice(first.start, first.end), first.text);
    assert.ok(article.passages.every((p) => !/^(?:title|date|lang):/.test(p.text)));
  });

  it('reads the outlet from the domain of `source` when it is an address, and a Chinese `lang`', () => {
    const text = `---\ndate: "2025-12-02T10:00:00+08:00"\nsource: https://www.news.cn/politics/leaders/20251202/abc/c.html\nlang: zh-Hant\n---\n老撾人民革命黨中央總書記、國家主席通倫在萬象會見了中國代表團，雙方就兩黨兩國關係深入交換了意見，一致同意推動中老命運共同體建設不斷走深走實。\n`;
    const article = only('corpus/b.md', text);
    assert.equal(article.outlet, 'Xinhua');
    assert.equal(article.date, '2025-12-02');
    assert.equal(article.language, 'zh');
    assert.equal(article.url, 'https://www.news.cn/politics/leaders/20251202/abc/c.html');
  });

  it('leaves a Markdown file without front matter, a horizontal rule or a broken front matter to the guesses', () => {
    const plain = only(
      'corpus/c.md',
      `Lao President receives CPC delegation\n\nVIENTIANE, June 12, 2024 (KPL) -- ${BODY}\n\n---\n\ndate: 2020-01-01\n`,
    );
    assert.equal(plain.outlet, 'KPL');
    assert.equal(plain.date, '2024-06-12');
    const { articles, problems } = ingestFile({
      path: 'corpus/d.md',
      text: `---\ntitle: [unclosed\n---\nVIENTIANE, June 12, 2024 (KPL) -- ${BODY}\n`,
    });
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /^front matter is not valid YAML/);
    assert.equal(articles[0]!.outlet, 'KPL');
  });
});

describe('HTML <meta>', () => {
  it('gives the date, outlet, title and language', () => {
    const html = `<html lang="en"><head><meta property="og:site_name" content="Vientiane Times"><meta property="article:published_time" content="2024-06-12T08:00:00+07:00"><meta property="og:title" content="Lao President receives CPC delegation"></head><body><p>BEIJING (Xinhua) -- ${BODY}</p></body></html>`;
    assert.deepEqual(meta(only('corpus/e.html', html)), {
      title: 'Lao President receives CPC delegation',
      date: '2024-06-12',
      outlet: 'Vientiane Times',
      url: undefined,
      language: 'en',
    });
  });

  it("reads the outlet from og:url's domain when the page names none, and the domain itself for an outlet it does not know", () => {
    const known = `<html><head><meta property="og:url" content="https://english.news.cn/20240612/x/c.html"></head><body><p>${BODY}</p></body></html>`;
    assert.equal(only('corpus/f.html', known).outlet, 'Xinhua');
    const unknown = `<html><head><link rel="canonical" href="https://www.example-news.la/2024/06/12/story"></head><body><p>${BODY}</p></body></html>`;
    assert.equal(only('corpus/g.html', unknown).outlet, 'example-news.la');
  });
});

describe('JSON Lines fields', () => {
  it('gives the title, date, outlet, URL and language; the domain of `url` when no outlet is named', () => {
    const named = only(
      'corpus/h.jsonl',
      `${JSON.stringify({ title: 'T', date: '2024-06-12', source: 'Xinhua', url: 'https://kpl.gov.la/x', lang: 'en', text: BODY })}\n`,
    );
    assert.deepEqual(meta(named), {
      title: 'T',
      date: '2024-06-12',
      outlet: 'Xinhua',
      url: 'https://kpl.gov.la/x',
      language: 'en',
    });
    const byDomain = only(
      'corpus/i.jsonl',
      `${JSON.stringify({ date: '2024-06-12', url: 'https://kpl.gov.la/En/Detail.aspx?id=1', text: BODY })}\n`,
    );
    assert.equal(byDomain.outlet, 'KPL');
    const unknown = only('corpus/j.jsonl', `${JSON.stringify({ url: 'https://news.example.org/a', text: BODY })}\n`);
    assert.equal(unknown.outlet, 'news.example.org');
  });
});

describe('outletOfUrl', () => {
  it("knows the outlets' domains, the longest first, and gives the host otherwise", () => {
    assert.deepEqual(outletOfUrl('https://www.fmprc.gov.cn/eng/xw/202406/t1.html'), {
      known: 'Ministry of Foreign Affairs of China',
      domain: 'fmprc.gov.cn',
    });
    assert.deepEqual(outletOfUrl('https://www.gov.cn/yaowen/202406/content.htm'), {
      known: 'gov.cn',
      domain: 'gov.cn',
    });
    assert.deepEqual(outletOfUrl('http://www.gxzf.gov.cn/a'), { domain: 'gxzf.gov.cn' });
    assert.deepEqual(outletOfUrl('apnews.com/article/x'), { known: 'AP', domain: 'apnews.com' });
    assert.equal(outletOfUrl('not an address'), undefined);
    assert.equal(outletOfUrl('mailto:desk@kpl.gov.la'), undefined);
  });
});

describe('outletLabel', () => {
  it('shows an article with a URL under its domain, and only one with nothing to go by as an unknown outlet', () => {
    const withUrl = only(
      'a.md',
      `---\nurl: https://www.example-wire.org/2024/06/05/story\n---\n# Talks in Vientiane\n\n${BODY}\n`,
    );
    const withNothing = only('b.md', `# Talks in Vientiane\n\n${BODY}\n`);
    assert.deepEqual(
      [outletLabel(withUrl.outlet), outletLabel(withNothing.outlet)],
      ['example-wire.org', 'unknown outlet'],
    );
  });
});
