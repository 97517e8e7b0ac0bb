import type { ArticleView, SentenceView } from './articleView.js';
import { articleDay } from './eventDates.js';
import type { SourceRef } from './types.js';

/** The evidence trail of a fact read from a sentence: article, outlet, date and the sentence's offsets in the file. */
export function sourceOf(view: ArticleView, sentence: SentenceView): SourceRef {
  const { article } = view;
  const date = articleDay(article);
  return {
    articleId: article.id,
    path: article.path,
    ...(article.outlet ? { outlet: article.outlet } : {}),
    ...(date ? { date } : {}),
    start: view.toFile(sentence.start),
    end: view.toFile(sentence.end),
  };
}
