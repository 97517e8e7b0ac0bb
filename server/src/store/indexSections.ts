/**
 * The passage index as sections of raw bytes (sections.ts): its typed arrays as they are, its
 * terms as one string column. The embedded store writes them as `index.bin`, the PostgreSQL
 * store as one value of a generation's row; both read them back as views of the bytes read.
 */
import type { IndexedArticles, PassageIndexData } from '../core/passages/passageIndex.js';
import { Sections, StringColumn, type SectionValue } from './sections.js';

export function indexSections(index: PassageIndexData): Record<string, SectionValue> {
  return {
    passageArticle: index.passageArticle,
    passageStart: index.passageStart,
    passageEnd: index.passageEnd,
    passageLength: index.passageLength,
    postingOffsets: index.postingOffsets,
    postingPassages: index.postingPassages,
    postingFrequencies: index.postingFrequencies,
    ...StringColumn.sections('terms', index.terms),
  };
}

/** The index read back over its articles; throws when a section is missing or out of bounds. */
export function indexOfSections(sections: Sections, articles: IndexedArticles): PassageIndexData {
  const terms = StringColumn.read(sections, 'terms');
  return {
    articles,
    passageArticle: sections.int32('passageArticle'),
    passageStart: sections.int32('passageStart'),
    passageEnd: sections.int32('passageEnd'),
    passageLength: sections.uint16('passageLength'),
    terms: Array.from({ length: terms.length }, (_, t) => terms.at(t)),
    postingOffsets: sections.int32('postingOffsets'),
    postingPassages: sections.int32('postingPassages'),
    postingFrequencies: sections.uint16('postingFrequencies'),
  };
}

/** Whether the index's arrays agree with each other and with the article count (cheap: lengths and ends). */
export function indexHoldsTogether(index: PassageIndexData, articles: number): boolean {
  const passages = index.passageArticle.length;
  return (
    index.articles.length === articles &&
    [index.passageStart, index.passageEnd, index.passageLength].every((array) => array.length === passages) &&
    index.postingOffsets.length === index.terms.length + 1 &&
    index.postingOffsets[0] === 0 &&
    index.postingOffsets[index.terms.length] === index.postingPassages.length &&
    index.postingFrequencies.length === index.postingPassages.length
  );
}

/** The ids of the index's articles in its order (newest first), as the article table is kept. */
export function indexOrderOf(index: PassageIndexData): string[] {
  return Array.from({ length: index.articles.length }, (_, rank) => index.articles.at(rank).id);
}
