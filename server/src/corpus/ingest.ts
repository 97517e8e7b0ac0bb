/**
 * The pure half of corpus ingestion: from file contents to articles and stories. Keeping it free
 * of file-system access lets tests and the language server feed it in-memory files.
 */
import { htmlToSource } from './html.js';
import { parseJsonl } from './jsonl.js';
import { segmentFile } from './segment.js';
import { groupStories } from './stories.js';
import type { Article, Corpus, CorpusProblem, SourceFile } from './types.js';

/**
 * Segments every file according to its extension (`.html`/`.htm` are converted to text first,
 * `.jsonl` holds one article per line, anything else is read as plain text), groups the articles
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
 * One file's articles (each its own story until stories are grouped across the corpus) and
 * problems. What a corpus store keeps per file.
 */
export function ingestFile(file: SourceFile): { articles: Article[]; problems: CorpusProblem[] } {
  const articles: Article[] = [];
  const problems: CorpusProblem[] = [];
  for (const source of expand(file, problems)) {
    const result = segmentFile(source);
    articles.push(...result.articles);
    problems.push(...result.problems);
  }
  return { articles, problems };
}

function expand(file: SourceFile, problems: CorpusProblem[]): SourceFile[] {
  const extension = /\.([^./\\]+)$/.exec(file.path)?.[1]?.toLowerCase();
  if (extension === 'html' || extension === 'htm') return [htmlToSource(file.path, file.text)];
  if (extension === 'jsonl') {
    const parsed = parseJsonl(file.path, file.text);
    problems.push(...parsed.problems);
    return parsed.files;
  }
  return [file];
}
