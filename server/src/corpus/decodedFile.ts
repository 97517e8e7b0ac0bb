/**
 * The one way a corpus file becomes readable text: ingestion cuts articles from this text, and
 * showing a passage reads the same text back and maps its offsets to the file's own characters.
 * Because both go through `decodeCorpusFile`, an offset found at indexing time is the same
 * offset when a passage, a hover link, a reference or a corpus check reads it.
 */
import { parse } from 'yaml';
import { normaliseDate } from '../core/text/dates.js';
import { decodeHtml } from './html.js';
import { decodeJsonl } from './jsonl.js';
import { outletByName } from '../core/outlets.js';
import type { CorpusProblem, DecodedFile, Language, SourceFile, SourceHints } from './types.js';

/**
 * Decodes a file according to its extension: `.html`/`.htm` pages to their rendered text,
 * `.jsonl` to its records' bodies, anything else is its own text. Never throws: unusable
 * records become problems.
 */
export function decodeCorpusFile(file: SourceFile): DecodedFile {
  const extension = /\.([^./\\]+)$/.exec(file.path)?.[1]?.toLowerCase();
  if (extension === 'html' || extension === 'htm') return decodeHtml(file.path, file.text);
  if (extension === 'jsonl') return decodeJsonl(file.path, file.text);
  if (extension === 'md' || extension === 'markdown') {
    const decoded = decodeFrontMatter(file);
    if (decoded) return decoded;
  }
  return { path: file.path, text: file.text, pieces: [{ offset: 0, source: file }], problems: [] };
}

/** The range of the file's own text that a range of its readable text was decoded from. */
export function rawRange(file: DecodedFile, start: number, end: number): { start: number; end: number } {
  return file.map ? file.map.rawRange(start, end) : { start, end };
}

/** A Markdown file's YAML front matter: `---` on the first line, up to a line of `---` or `...`. */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)^(?:---|\.\.\.)[ \t]*\r?(?:\n|$)/m;

/**
 * A Markdown file that says what it is in YAML front matter (`date`, `source` or `url`,
 * `outlet`, `title`, `lang`): one article, the text after the front matter, with that metadata
 * outranking what segmentation would guess. The readable text is still the file's own, so
 * offsets need no map. Undefined when the file has no front matter.
 */
function decodeFrontMatter(file: SourceFile): DecodedFile | undefined {
  // Only a file that opens with `---` is looked at, so the search runs once, from the start.
  if (!/^\uFEFF?---/.test(file.text)) return undefined;
  const match = FRONT_MATTER.exec(file.text);
  if (!match || match.index !== 0) return undefined;
  const problems: CorpusProblem[] = [];
  let fields: unknown;
  try {
    fields = parse(match[1]!, { schema: 'core', maxAliasCount: 100 });
  } catch (error) {
    problems.push({
      path: file.path,
      line: 1,
      message: `front matter is not valid YAML (${String((error as Error).message).split('\n')[0]}); its fields are not read`,
    });
  }
  const offset = match[0].length;
  const hints =
    fields && typeof fields === 'object' && !Array.isArray(fields)
      ? frontMatterHints(fields as Record<string, unknown>)
      : {};
  return {
    path: file.path,
    text: file.text,
    pieces: [
      {
        offset,
        source: { path: file.path, text: file.text.slice(offset), hints: { ...file.hints, ...hints, single: true } },
      },
    ],
    problems,
  };
}

function frontMatterHints(fields: Record<string, unknown>): SourceHints {
  const text = (key: string) => {
    const value = fields[key];
    return typeof value === 'string' && value.trim() !== ''
      ? value.trim()
      : value instanceof Date
        ? value.toISOString()
        : undefined;
  };
  const hints: SourceHints = {};
  const title = text('title');
  if (title) hints.title = title.replace(/\s+/g, ' ');
  const date = text('date') ?? text('published');
  const day = date ? normaliseDate(date) : undefined;
  if (day) hints.date = day;
  // `source` is an address or an outlet's name; `url` an address.
  const source = text('source');
  const url = text('url') ?? (source && /^https?:\/\//i.test(source) ? source : undefined);
  if (url) hints.url = url;
  const outlet = text('outlet') ?? (source && source !== url ? source : undefined);
  if (outlet) hints.outlet = outletByName(outlet) ?? outlet;
  const language = languageOf(text('lang') ?? text('language'));
  if (language) hints.language = language;
  return hints;
}

function languageOf(value: string | undefined): Language | undefined {
  if (!value) return undefined;
  if (/^zh\b/i.test(value)) return 'zh';
  if (/^en\b/i.test(value)) return 'en';
  return undefined;
}
