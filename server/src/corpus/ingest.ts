/**
 * The pure half of corpus ingestion: from file contents to articles and stories. Keeping it free
 * of file-system access lets tests and the language server feed it in-memory files.
 */
import { decodeCorpusFile } from './decodedFile.js';
import { segmentFile } from './segment.js';
import { groupStories } from './stories.js';
import type { Article, Corpus, CorpusProblem, DecodedPiece, SourceFile } from './types.js';

/**
 * Segments every file according to its extension (`.html`/`.htm` are converted to text first,
 * `.jsonl` holds one article per line, anything else is read as plain text; see
 * `decodeCorpusFile`), groups the articles
 * into stories and records each article's story. Never throws: unusable files and lines become
 * problems.
 */
export function ingestFiles(files: readonly SourceFile[]): Corpus {
  const articles: Article[] = [];
  const problems: CorpusProblem[] = [];
  for (const file of files) {
    const result = ingestFile(file);
    articles.push(...result.articles);
    problems.push(...result.problems);
  }
  const stories = groupStories(articles);
  const storyOf = new Map<string, string>();
  for (const story of stories) for (const id of story.articleIds) storyOf.set(id, story.id);
  for (const article of articles) article.storyId = storyOf.get(article.id) ?? article.storyId;
  return { articles, stories, problems };
}

/**
 * One file's articles (each its own story until stories are grouped across the corpus),
 * problems and the pieces they were cut from. What a corpus store keeps per file. Offsets refer
 * to the file's readable text.
 */
export function ingestFile(file: SourceFile): {
  articles: Article[];
  problems: CorpusProblem[];
  pieces: DecodedPiece[];
} {
  const decoded = decodeCorpusFile(file);
  const articles: Article[] = [];
  const problems: CorpusProblem[] = [...decoded.problems];
  for (const piece of decoded.pieces) {
    const result = segmentFile(piece.source);
    articles.push(...result.articles.map((article) => shifted(article, piece.offset)));
    problems.push(...result.problems);
  }
  return { articles, problems, pieces: decoded.pieces };
}

/**
 * An article cut from a piece, with its offsets moved to where the piece sits in the file's
 * readable text. The article and its passages were just made for this piece and nothing else
 * holds them: they are moved in place rather than copied (every passage of a JSON Lines file).
 */
function shifted(article: Article, offset: number): Article {
  if (offset === 0) return article;
  article.start += offset;
  article.end += offset;
  for (const passage of article.passages) {
    passage.start += offset;
    passage.end += offset;
  }
  return article;
}
