import type { Article } from '../../server/src/core/articles.js';

/**
 * An article written in a test: each string a paragraph, laid out in an imagined file with a
 * blank line between paragraphs, so that offsets in the file are easy to predict.
 */
export function memoryArticle(paragraphs: readonly string[], fields: Partial<Article> = {}): Article {
  let at = 0;
  const passages = paragraphs.map((text) => {
    const passage = { kind: 'paragraph' as const, start: at, end: at + text.length, text };
    at += text.length + 2;
    return passage;
  });
  return {
    id: 'mem/article.txt#0',
    path: 'mem/article.txt',
    start: 0,
    end: Math.max(0, at - 2),
    title: '',
    language: 'en',
    passages,
    storyId: 'story-0',
    ...fields,
  };
}
