/**
 * The articles an entity card counts and lists, on the bundled sample corpus: every article
 * whose paragraphs mention the entity, once, and the newest ones first. The copy-key table a
 * change needs, and a view leaving files out leaving out exactly their articles.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { copyKeyOf } from '../../../server/src/corpus/fileRecord.js';
import { CorpusView } from '../../../server/src/workspace/corpusView.js';
import { FileTexts, readUtf8, readUtf8Range } from '../../../server/src/workspace/fileTexts.js';
import { openWorkspace } from '../../../server/src/workspace/host.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';

describe('articles mentioning an entity', () => {
  let corpus: CorpusView;
  before(async () => {
    const host = openWorkspace({
      workers: 0,
      today: () => '2025-06-01',
      store: { folder: temporaryFolder('attache-view-store-') },
    });
    await host.updateCorpus();
    corpus = host.committedCorpus!;
    host.dispose();
  });

  it('counts each article once, however many of its paragraphs mention the entity', () => {
    const index = corpus.generation.index;
    let repeated = 0;
    for (const id of ['china', 'laos', 'vietnam', 'xi-jinping', 'thongloun-sisoulith', 'to-lam']) {
      const term = corpus.passages.termId(`@${id}`);
      assert.ok(term !== undefined, id);
      const articles: number[] = [];
      for (let k = index.postingOffsets[term]!; k < index.postingOffsets[term + 1]!; k++)
        articles.push(index.passageArticle[index.postingPassages[k]!]!);
      const distinct = [...new Set(articles)];
      if (distinct.length < articles.length) repeated++;
      const found = corpus.articlesMentioning(id);
      assert.equal(found.total, distinct.length, id);
      assert.deepEqual(
        found.latest.map((mention) => mention.article.id),
        distinct.slice(0, 5).map((article) => index.articles.at(article).id),
        id,
      );
    }
    assert.ok(repeated > 0, 'some entity is mentioned in several paragraphs of one article');
  });

  it('places every reference at the mention itself, a short form after the article gave the full name included', () => {
    const page = corpus.references('thongloun-sisoulith', { limit: 1000 });
    assert.equal(page.mentions.length >= page.total, true);
    const shortForms = page.mentions.filter((m) =>
      /^Thongloun\b(?! Sisoulith)/.test(corpus.textOf(m.path, m.start, m.end + 12) ?? ''),
    );
    assert.ok(shortForms.length > 0, 'some paragraph names him by his short form alone');
    for (const mention of page.mentions) {
      const text = corpus.textOf(mention.path, mention.start, mention.end) ?? '';
      assert.match(
        text,
        /^(Thongloun|Sisoulith|通伦|通倫|ທອງລຸນ)/,
        `${mention.path} ${mention.start}: ${text.slice(0, 80)}`,
      );
    }
  });
});

describe('the copy-key table a change will need', () => {
  let corpus: CorpusView;
  let wholeTable: Map<string, string>;
  let host: ReturnType<typeof openWorkspace>;
  before(async () => {
    host = openWorkspace({
      workers: 0,
      today: () => '2025-06-01',
      store: { folder: temporaryFolder('attache-copykeys-store-') },
    });
    await host.updateCorpus();
    corpus = host.committedCorpus!;
    host.dispose();
    wholeTable = new Map();
    for (const article of corpus.generation.articles) wholeTable.set(copyKeyOf(article), article.id);
  });

  /** A new view of the same generation, with nothing of the table built yet. */
  const freshView = () =>
    new CorpusView(corpus.generation, host.snapshot().mentionIndex, new FileTexts(readUtf8, readUtf8Range));

  it('built a few articles per turn, is the table built at once', async () => {
    assert.ok(corpus.generation.articles.length > 20, 'enough articles for several turns');
    const view = freshView();
    let turns = 0;
    await view.prepareForLayers(() => ++turns > 0, 7);
    assert.ok(turns > 3, `${turns} turns`);
    assert.deepEqual([...view.articleIdsByCopyKey()], [...wholeTable]);
  });

  it('stopped half way, is completed when a change asks for it', async () => {
    const view = freshView();
    let turns = 0;
    await view.prepareForLayers(() => ++turns <= 2, 7);
    assert.equal(turns, 3);
    assert.deepEqual([...view.articleIdsByCopyKey()], [...wholeTable]);
    assert.deepEqual(
      [...view.excluding(new Set()).articleIdsByCopyKey()],
      [...wholeTable],
      'a view leaving files out shares the table',
    );
  });
});

describe('a view of a stored generation leaving files out', () => {
  let corpus: CorpusView;
  before(async () => {
    const host = openWorkspace({
      workers: 0,
      today: () => '2025-06-01',
      store: { folder: temporaryFolder('attache-excluding-store-') },
    });
    await host.updateCorpus();
    corpus = host.committedCorpus!;
    host.dispose();
  });

  /** The ids of the articles of these files, read article by article. */
  const idsIn = (paths: ReadonlySet<string>) =>
    new Set([...corpus.generation.articles].filter((article) => paths.has(article.path)).map((article) => article.id));

  it('leaves out exactly the articles of those files, found in the path column', () => {
    const paths = new Set(corpus.files.slice(0, 2).map((file) => file.path));
    const expected = idsIn(paths);
    assert.ok(expected.size > 1, 'the files hold articles');
    const view = corpus.excluding(paths);
    assert.deepEqual([...view.leftOutIds].sort(), [...expected].sort());
    assert.equal(view.articleCount, corpus.articleCount - expected.size);
    for (const article of corpus.generation.articles)
      assert.equal(view.article(article.id) === undefined, expected.has(article.id), article.id);
    for (const match of view.search('Vientiane railway freight Laos China'))
      assert.ok(!expected.has(match.article.id), match.article.id);
  });

  it('gives the same when articles named by id are left out too, and nothing for a file it lacks', () => {
    const paths = new Set([corpus.files[0]!.path]);
    const named = corpus.generation.articles.at(corpus.generation.articles.length - 1).id;
    const view = corpus.excluding(paths, new Set([named]));
    assert.deepEqual([...view.leftOutIds].sort(), [...new Set([...idsIn(paths), named])].sort());
    const untouched = corpus.excluding(new Set(['no-such-file.txt']));
    assert.equal(untouched.leftOutIds.size, 0);
    assert.equal(untouched.articleCount, corpus.articleCount);
  });
});
