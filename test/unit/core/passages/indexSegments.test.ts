/** One file's index segment, and segments merged into the corpus index with the newest articles first. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../../../server/src/core/articles.js';
import {
  emptyIndexSegment,
  indexedArticleOf,
  indexSegmentOf,
  mergeIndexSegments,
  type IndexSegment,
} from '../../../../server/src/core/passages/indexSegments.js';
import type { PassageIndexData } from '../../../../server/src/core/passages/passageIndex.js';
import { entityTerm, passageTerms } from '../../../../server/src/core/passages/terms.js';
import { memoryArticle } from '../../../support/memoryArticle.js';
import { smallKnowledgeBase } from '../../../support/smallKnowledgeBase.js';

const { index } = smallKnowledgeBase();

function article(id: string, paragraphs: string[], fields: Partial<Article> = {}): Article {
  return memoryArticle(paragraphs, { id, path: `${id.split('#')[0]}`, storyId: `story:${id}`, ...fields });
}

/** Paragraph p of a segment as term → count. */
function termsOf(segment: IndexSegment, p: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let k = segment.pairOffsets[p]!; k < segment.pairOffsets[p + 1]!; k++)
    out.set(segment.terms[segment.pairTerms[k]!]!, segment.pairCounts[k]!);
  return out;
}

/** The passages (as `article id@start`) a term's postings list, in order. */
function postings(data: PassageIndexData, term: string): string[] {
  const t = data.terms.indexOf(term);
  if (t < 0) return [];
  const out: string[] = [];
  for (let k = data.postingOffsets[t]!; k < data.postingOffsets[t + 1]!; k++) {
    const q = data.postingPassages[k]!;
    out.push(`${data.articles.at(data.passageArticle[q]!).id}@${data.passageStart[q]}`);
  }
  return out;
}

describe('the index segment of a file', () => {
  it('indexes each paragraph by its words and the entities it mentions, with counts and offsets', () => {
    const paragraphs = ['Joko Widodo met Lee Hsien Loong in Bogor.', 'Widodo and Lee met again; Lee Hsien Loong left.'];
    const a = article('bogor.txt#0', paragraphs);
    a.passages.push({ kind: 'sentence', start: 0, end: 10, text: 'Joko Widod' });
    const segment = indexSegmentOf([a], index);
    assert.deepEqual([...segment.paragraphStart], [0, paragraphs[0]!.length + 2]);
    assert.deepEqual(
      [...segment.paragraphEnd],
      [paragraphs[0]!.length, paragraphs[0]!.length + 2 + paragraphs[1]!.length],
    );
    assert.deepEqual([...segment.paragraphArticle], [0, 0]);
    const first = termsOf(segment, 0);
    assert.equal(first.get(entityTerm('joko-widodo')), 1);
    assert.equal(first.get(entityTerm('lee-hsien-loong')), 1);
    // The second paragraph's short forms count: the article named both men in full before.
    const second = termsOf(segment, 1);
    assert.equal(second.get(entityTerm('joko-widodo')), 1);
    assert.equal(second.get(entityTerm('lee-hsien-loong')), 2);
    const words = passageTerms(paragraphs[0]!);
    assert.equal(segment.paragraphLength[0], words.length + 2);
    for (const word of words) assert.ok(first.has(word), word);
  });

  it('files a short form under no one when the article never gave the full name', () => {
    const segment = indexSegmentOf([article('short.txt#0', ['Widodo and Lee met again.'])], index);
    const terms = termsOf(segment, 0);
    assert.equal(terms.has(entityTerm('joko-widodo')), false);
    assert.equal(terms.has(entityTerm('lee-hsien-loong')), false);
  });

  it('files a headline’s mentions under no paragraph, and a paragraph’s under its own only', () => {
    const paragraphs = ['Joko Widodo arrived in Bogor.', 'The talks ended.'];
    const titled = article('bogor.txt#0', paragraphs, { title: 'Lee Hsien Loong visits' });
    const headline = 'Lee Hsien Loong visits\n\n';
    titled.titleStart = 0;
    titled.passages = titled.passages.map((p) => ({
      ...p,
      start: p.start + headline.length,
      end: p.end + headline.length,
    }));
    const segment = indexSegmentOf([titled], index);
    assert.deepEqual([...segment.paragraphStart], [headline.length, headline.length + paragraphs[0]!.length + 2]);
    assert.equal(termsOf(segment, 0).get(entityTerm('joko-widodo')), 1);
    assert.equal(termsOf(segment, 0).has(entityTerm('lee-hsien-loong')), false);
    assert.equal(termsOf(segment, 1).has(entityTerm('joko-widodo')), false);
    assert.equal(segment.paragraphLength[1], passageTerms(paragraphs[1]!).length);
  });

  it('shows the article’s own day in a result, else its publication date', () => {
    assert.equal(
      indexedArticleOf(article('a.txt#0', [], { date: '2019-02-28', eventDate: '2019-02-27' })).date,
      '2019-02-27',
    );
    assert.equal(indexedArticleOf(article('a.txt#0', [], { date: '2019-02-28' })).date, '2019-02-28');
  });

  it('counts each paragraph apart, its terms in the order first met, however many terms the file has', () => {
    // Six hundred words no paragraph shares, then paragraphs that repeat words of those before them.
    const many = Array.from({ length: 600 }, (_, i) => `word${i.toString(36)}x`).join(' ');
    const a = article('many.txt#0', [many, 'summit word1x summit talks', 'talks summit word1x word1x']);
    const segment = indexSegmentOf([a], index);
    assert.equal(termsOf(segment, 0).size, 600);
    assert.deepEqual(
      [...termsOf(segment, 1)],
      [
        ['summit', 2],
        ['word1x', 1],
        ['talks', 1],
      ],
    );
    assert.deepEqual(
      [...termsOf(segment, 2)],
      [
        ['talks', 1],
        ['summit', 1],
        ['word1x', 2],
      ],
    );
    assert.deepEqual([...segment.paragraphLength], [600, 4, 4]);
  });

  it('is empty for a file without articles', () => {
    assert.deepEqual(indexSegmentOf([], index), emptyIndexSegment());
    const merged = mergeIndexSegments([emptyIndexSegment()]);
    assert.equal(merged.articles.length, 0);
    assert.equal(merged.passageArticle.length, 0);
  });
});

describe('segments merged', () => {
  const older = article('old.txt#0', ['Kim Jong Un arrived in Hanoi.'], { date: '2019-02-26' });
  const undated = article('old.txt#1', ['Kim Jong Un left Hanoi.']);
  const newer = article('new.txt#0', ['Kim Jong Un met Nguyen Phu Trong.', 'Kim Jong Un spoke.'], {
    date: '2019-03-01',
  });
  const sameDay = article('new.txt#1', ['Nguyen Phu Trong spoke.'], { date: '2019-02-26' });
  const segments = [indexSegmentOf([older, undated], index), indexSegmentOf([newer, sameDay], index)];

  it('numbers articles newest first, undated last, ties in segment order, and their postings so', () => {
    const merged = mergeIndexSegments(segments);
    assert.deepEqual(
      Array.from({ length: merged.articles.length }, (_, i) => merged.articles.at(i).id),
      ['new.txt#0', 'old.txt#0', 'new.txt#1', 'old.txt#1'],
    );
    assert.deepEqual(postings(merged, entityTerm('kim-jong-un')), [
      'new.txt#0@0',
      `new.txt#0@${newer.passages[1]!.start}`,
      'old.txt#0@0',
      'old.txt#1@0',
    ]);
    assert.deepEqual(postings(merged, entityTerm('nguyen-phu-trong')), ['new.txt#0@0', 'new.txt#1@0']);
  });

  it('leaves out the articles `keep` refuses, and gives each its corpus story', () => {
    const merged = mergeIndexSegments(
      segments,
      (segment, a) => !(segment === 0 && a === 0),
      (id) => (id === 'new.txt#0' ? 'hanoi-summit' : undefined),
    );
    assert.deepEqual(
      Array.from(
        { length: merged.articles.length },
        (_, i) => `${merged.articles.at(i).id} ${merged.articles.at(i).storyId}`,
      ),
      ['new.txt#0 hanoi-summit', 'new.txt#1 story:new.txt#1', 'old.txt#1 story:old.txt#1'],
    );
    assert.deepEqual(postings(merged, entityTerm('kim-jong-un')), [
      'new.txt#0@0',
      `new.txt#0@${newer.passages[1]!.start}`,
      'old.txt#1@0',
    ]);
    assert.equal(merged.passageArticle.length, 4);
  });

  it('gives the same index as one segment of all the articles, in another order', () => {
    const one = mergeIndexSegments([indexSegmentOf([older, undated, newer, sameDay], index)]);
    const two = mergeIndexSegments(segments);
    for (const term of [entityTerm('kim-jong-un'), entityTerm('nguyen-phu-trong'), ...passageTerms('arrived spoke')])
      assert.deepEqual(postings(one, term), postings(two, term), term);
  });
});
