/**
 * The article table in columns: what is written is read back in the generation's order, by id
 * and in the index's order (a file's articles found by path alone), with optional fields absent
 * where they were, stories named after their first article, and a table that does not hold
 * together refused.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ArticleColumns, articleSections } from '../../../server/src/store/articleColumns.js';
import { Sections, encodeSections, type SectionValue } from '../../../server/src/store/sections.js';
import type { StoredArticle } from '../../../server/src/corpus/fileRecord.js';

const FULL: StoredArticle = {
  id: 'a.jsonl#0',
  path: 'a.jsonl',
  start: 0,
  end: 120,
  title: 'Lao, Cambodian leaders discuss border demarcation',
  date: '2024-05-15',
  dateText: 'May 15, 2024',
  eventDate: '2024-05-14',
  outlet: 'KPL',
  language: 'en',
  url: 'https://example.org/1',
  line: 1,
  storyId: 'story:a.jsonl#0',
  contentHash: 'hash-a',
};
const BARE: StoredArticle = {
  id: 'b.txt#0',
  path: 'b.txt',
  start: 5,
  end: 50,
  title: '',
  partialDate: '--05-14',
  language: 'zh',
  storyId: 'story:a.jsonl#0',
  contentHash: 'hash-b',
};
const ALONE: StoredArticle = {
  id: 'b.txt#1',
  path: 'b.txt',
  start: 52,
  end: 90,
  title: 'Talks',
  outlet: 'KPL',
  language: 'en',
  storyId: 'other-story',
  contentHash: 'hash-c',
};

function table(articles: readonly StoredArticle[], indexOrder: readonly string[]): ArticleColumns {
  return new ArticleColumns(new Sections(Buffer.concat(encodeSections(articleSections(articles, indexOrder)))));
}

describe('ArticleColumns', () => {
  const articles = [FULL, BARE, ALONE];
  const indexOrder = ['b.txt#1', 'a.jsonl#0', 'b.txt#0'];

  it('finds the index numbers of a file’s articles from their paths, and none for a file it lacks', () => {
    const read = table(articles, indexOrder);
    // The index numbers b.txt#1 first and b.txt#0 last.
    assert.deepEqual(read.indexNumbersInFiles(new Set(['b.txt'])), [0, 2]);
    assert.deepEqual(read.indexNumbersInFiles(new Set(['a.jsonl', 'b.txt'])), [0, 1, 2]);
    assert.deepEqual(read.indexNumbersInFiles(new Set(['c.txt'])), []);
    assert.deepEqual(read.indexNumbersInFiles(new Set()), []);
  });

  it('gives back each article as written, in the generation’s order', () => {
    const read = table(articles, indexOrder);
    assert.equal(read.length, 3);
    assert.deepEqual(
      [0, 1, 2].map((n) => read.at(n)),
      articles,
    );
    assert.deepEqual([...read], articles);
  });

  it('keeps the optional fields an article lacks absent, not empty', () => {
    const bare = table(articles, indexOrder).byId('b.txt#0')!;
    for (const key of ['date', 'dateText', 'eventDate', 'outlet', 'url', 'line']) assert.ok(!(key in bare), key);
  });

  it('finds an article by id, and nothing for an unknown id', () => {
    const read = table(articles, indexOrder);
    assert.deepEqual(read.byId('b.txt#1'), ALONE);
    assert.equal(read.byId('c.txt#0'), undefined);
  });

  it('numbers the articles in the index’s order, with the date a search result shows', () => {
    const indexed = table(articles, indexOrder).indexed;
    assert.equal(indexed.length, 3);
    assert.deepEqual(indexed.at(0), {
      id: 'b.txt#1',
      path: 'b.txt',
      title: 'Talks',
      date: undefined,
      outlet: 'KPL',
      language: 'en',
      storyId: 'other-story',
    });
    assert.equal(indexed.at(1).date, '2024-05-14');
    assert.equal(indexed.at(2).date, undefined);
    assert.equal(indexed.language(2), 'zh');
  });

  it('keeps a field the columns do not know with its article', () => {
    const withExtra = { ...ALONE, reviewed: true } as StoredArticle;
    assert.deepEqual(table([withExtra], [withExtra.id]).at(0), withExtra);
  });

  it('holds an empty generation', () => {
    const read = table([], []);
    assert.equal(read.length, 0);
    assert.deepEqual([...read], []);
  });

  it('refuses an index order that does not list the generation’s articles', () => {
    assert.throws(() => articleSections(articles, ['b.txt#1', 'a.jsonl#0']), /do not match/);
    assert.throws(
      () => articleSections(articles, ['b.txt#1', 'a.jsonl#0', 'c.txt#0']),
      /has an article the generation has not: c\.txt#0/,
    );
  });

  it('refuses an offset that is not a 32-bit integer, naming the article', () => {
    assert.throws(
      () => articleSections([{ ...ALONE, end: 2 ** 31 }], [ALONE.id]),
      /article b\.txt#1 is not a 32-bit integer/,
    );
  });

  it('refuses a table whose columns differ in length or point outside it', () => {
    const sections = articleSections(articles, indexOrder);
    const shortColumn: Record<string, SectionValue> = { ...sections, start: Int32Array.of(0, 5) };
    assert.throws(
      () => new ArticleColumns(new Sections(Buffer.concat(encodeSections(shortColumn)))),
      /differ in length/,
    );
    const badOutlet: Record<string, SectionValue> = { ...sections, outlet: Int32Array.of(0, 7, -1) };
    assert.throws(
      () => new ArticleColumns(new Sections(Buffer.concat(encodeSections(badOutlet)))),
      /refers outside itself/,
    );
  });
});
