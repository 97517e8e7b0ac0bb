/**
 * Reading corpus folders from disk: recursion, file types, unusable files as problems, and a
 * missing folder as an error that names it (the CLI turns it into exit code 2).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFiles, readCorpus } from '../../../server/src/corpus/readCorpus.js';

const ARTICLE = [
  'Lao, Cambodian leaders discuss border demarcation',
  '',
  'VIENTIANE, May 14 (KPL) -- Lao Prime Minister Sonexay Siphandone and his Cambodian counterpart Hun Manet agreed on Tuesday to speed up the demarcation of the remaining sections of their common border.',
  '',
  'The two leaders also discussed electricity exports from Laos to Cambodia and the upgrading of the road linking Stung Treng and Champasak.',
].join('\n');

let root: string;

before(() => {
  root = mkdtempSync(join(tmpdir(), 'attache-corpus-'));
  mkdirSync(join(root, 'nested', 'deeper'), { recursive: true });
  mkdirSync(join(root, '.hidden'));
  writeFileSync(join(root, 'top.txt'), `\ufeff${ARTICLE}`);
  writeFileSync(join(root, 'nested', 'deeper', 'inner.md'), ARTICLE.replace('May 14', 'May 15'));
  writeFileSync(join(root, '.hidden', 'skipped.txt'), ARTICLE);
  writeFileSync(join(root, 'notes.docx'), 'not a corpus file');
  writeFileSync(join(root, 'huge.txt'), '');
  truncateSync(join(root, 'huge.txt'), 51 * 1024 * 1024);
});

after(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('readCorpus', () => {
  it('reads supported files recursively, skipping hidden folders and other extensions', async () => {
    const corpus = await readCorpus([root]);
    assert.deepEqual(corpus.articles.map((a) => a.path).sort(), [
      join(root, 'nested', 'deeper', 'inner.md'),
      join(root, 'top.txt'),
    ]);
    assert.ok(
      corpus.articles.every(
        (a) => a.outlet === 'KPL' && a.title === 'Lao, Cambodian leaders discuss border demarcation',
      ),
    );
  });

  it('strips a byte-order mark without breaking offsets', async () => {
    const corpus = await readCorpus([root]);
    const top = corpus.articles.find((a) => a.path === join(root, 'top.txt'));
    assert.equal(top?.start, 0);
  });

  it('skips a file over 50 MB with a problem naming it', async () => {
    const corpus = await readCorpus([root]);
    const problem = corpus.problems.find((p) => p.path === join(root, 'huge.txt'));
    assert.match(problem?.message ?? '', /50 MB/);
  });

  it('groups the same item found in two folders into one story', async () => {
    const corpus = await readCorpus([root]);
    assert.equal(new Set(corpus.articles.map((a) => a.storyId)).size, 1);
    assert.deepEqual(corpus.stories.find((s) => s.articleIds.length === 2)?.outlets, ['KPL']);
  });

  it('throws an error naming a missing folder', async () => {
    const missing = join(root, 'does-not-exist');
    await assert.rejects(readCorpus([missing]), (error: Error) => error.message.includes(missing));
  });

  it('throws an error naming a path that is not a folder', async () => {
    const file = join(root, 'top.txt');
    await assert.rejects(
      readCorpus([file]),
      (error: Error) => error.message.includes(file) && /not a folder/.test(error.message),
    );
  });
});

describe('ingestFiles', () => {
  it('is usable without the file system and dispatches on the extension', () => {
    const corpus = ingestFiles([
      { path: 'mem/a.txt', text: ARTICLE },
      { path: 'mem/b.htm', text: `<html><body><h1>Border talks</h1><p>${ARTICLE.split('\n')[2]}</p></body></html>` },
      { path: 'mem/c.jsonl', text: '{"title":"T","body":"' + ARTICLE.split('\n')[4] + '","source":"Xinhua"}\n' },
    ]);
    assert.deepEqual(
      corpus.articles.map((a) => a.id),
      ['mem/a.txt#0', 'mem/b.htm#0', 'mem/c.jsonl#0'],
    );
    assert.equal(corpus.articles[1]?.title, 'Border talks');
    assert.equal(corpus.articles[2]?.outlet, 'Xinhua');
    assert.deepEqual(corpus.problems, []);
    for (const article of corpus.articles)
      assert.ok(corpus.stories.some((s) => s.id === article.storyId && s.articleIds.includes(article.id)));
  });
});
