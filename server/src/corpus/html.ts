/**
 * Turning a saved HTML page into text for segmentation. Passage offsets of an HTML file refer to
 * this extracted text, the text the reviewer reads; an offset map leads each of its characters
 * back to the markup it came from (a text node's character, or the entity that wrote it), so a
 * passage opens at its place in the page's source.
 */
import { DecodingMode, HtmlEntityDecoder } from 'entities/decode';
import type { Element, ElementContent, Root, Text } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { normaliseDate } from '../core/text/dates.js';
import { OffsetMap } from './offsetMap.js';
import { outletByName, outletByPrefix } from '../core/outlets.js';
import type { DecodedFile, Language, SourceHints } from './types.js';

/** Elements that only ever hold page furniture; dropping them spares the line heuristics. */
const FURNITURE = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'iframe',
  'svg',
  'head',
]);

const DATE_META = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish_date',
  'date',
  'dc.date',
  'dc.date.issued',
];

/**
 * Extracts the readable text of an HTML page (block elements become lines, paragraphs are
 * separated by blank lines), where each of its characters is in the markup, and the page
 * metadata that outranks guessing: site name, publication date, canonical URL and declared
 * language.
 */
export function decodeHtml(path: string, html: string): DecodedFile {
  const tree = unified().use(rehypeParse).parse(html);
  const meta = new Map<string, string>();
  let title: string | undefined;
  let heading: string | undefined;
  let canonical: string | undefined;
  let lang: string | undefined;
  visit(tree, (element) => {
    const props = element.properties;
    if (element.tagName === 'html' && typeof props.lang === 'string') lang = props.lang;
    if (element.tagName === 'title') title ??= toText(element).trim() || undefined;
    if (element.tagName === 'h1') heading ??= toText(element).replace(/\s+/g, ' ').trim() || undefined;
    if (element.tagName === 'meta') {
      const key = String(props.property ?? props.name ?? props.itemProp ?? '').toLowerCase();
      if (key && typeof props.content === 'string') meta.set(key, props.content.trim());
    }
    if (
      element.tagName === 'link' &&
      Array.isArray(props.rel) &&
      props.rel.includes('canonical') &&
      typeof props.href === 'string'
    ) {
      canonical = props.href;
    }
  });
  prune(tree);
  const text = toText(tree)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const siteName = meta.get('og:site_name');
  const dateValue = DATE_META.map((key) => meta.get(key)).find((value) => value !== undefined);
  const hints: SourceHints = {};
  // The page's <h1> is the headline itself; og:title and <title> often carry a site suffix.
  const headline = heading ?? meta.get('og:title') ?? title;
  if (headline) hints.title = headline;
  const date = dateValue ? normaliseDate(dateValue) : undefined;
  if (date) hints.date = date;
  if (siteName) hints.outlet = outletByName(siteName) ?? outletByPrefix(siteName) ?? siteName;
  const url = meta.get('og:url') ?? canonical;
  if (url) hints.url = url;
  const language = declaredLanguage(lang);
  if (language) hints.language = language;
  return {
    path,
    text,
    pieces: [{ offset: 0, source: { path, text, hints } }],
    problems: [],
    map: mapToMarkup(text, tree, html),
  };
}

function declaredLanguage(lang: string | undefined): Language | undefined {
  if (!lang) return undefined;
  if (/^zh\b/i.test(lang)) return 'zh';
  if (/^en\b/i.test(lang)) return 'en';
  return undefined;
}

/** Elements whose text `toText` leaves out beyond the pruned furniture (the HTML spec's hidden elements). */
const NOT_RENDERED = new Set([
  'datalist',
  'head',
  'noembed',
  'noframes',
  'noscript',
  'rp',
  'script',
  'style',
  'template',
  'title',
]);

/** Whitespace `toText` collapses, drops or inserts: it has no character of its own in the markup. */
const LAYOUT_SPACE = /[\t\n\f\r ]/;

/** How far ahead a character is looked for among the text nodes' characters, so that odd markup never costs quadratic time. */
const SEARCH_AHEAD = 4096;

/**
 * Where each character of the extracted text is in the markup. The extracted text is the
 * rendered text nodes' characters in order, with whitespace collapsed and line breaks inserted
 * (and bidi controls dropped), so each other character is found in turn among the text nodes'
 * characters; layout whitespace sits where the character before it ended.
 */
function mapToMarkup(text: string, tree: Root, html: string): OffsetMap {
  const rendered = renderedCharacters(tree, html);
  const map = OffsetMap.builder();
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text[i]!;
    if (LAYOUT_SPACE.test(unit)) {
      map.pushInserted();
      continue;
    }
    const limit = Math.min(rendered.units.length, next + SEARCH_AHEAD);
    let found = next;
    while (found < limit && rendered.units[found] !== unit) found++;
    if (found === limit) {
      map.pushInserted();
      continue;
    }
    map.push(rendered.starts[found]!, rendered.ends[found]!);
    next = found + 1;
  }
  return map.build();
}

/** The rendered text nodes' characters in document order, each with the markup it was written as. */
function renderedCharacters(tree: Root, html: string): { units: string; starts: number[]; ends: number[] } {
  const out = { units: '', starts: [] as number[], ends: [] as number[] };
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type === 'text') textCharacters(child, html, out);
      else if (child.type === 'element' && rendered(child)) walk(child);
    }
  };
  walk(tree);
  return out;
}

function rendered(element: Element): boolean {
  if (NOT_RENDERED.has(element.tagName) || element.properties.hidden) return false;
  return element.tagName !== 'dialog' || Boolean(element.properties.open);
}

/**
 * A text node's characters with their markup: a character reference (`&amp;`, `&#233;`,
 * `&eacute` without its semicolon) is decoded as the parser does, a CR LF pair is the one line
 * feed the parser made of it, any other character is itself.
 */
function textCharacters(node: Text, html: string, out: { units: string; starts: number[]; ends: number[] }): void {
  const value = node.value;
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  const add = (units: string, start: number, end: number) => {
    out.units += units;
    for (let k = 0; k < units.length; k++) {
      out.starts.push(start);
      out.ends.push(end);
    }
  };
  if (from === undefined || to === undefined) {
    add(value, 0, 0);
    return;
  }
  let decoded = '';
  const decoder = new HtmlEntityDecoder((codePoint) => (decoded += String.fromCodePoint(codePoint)));
  let k = 0;
  for (let i = from; i < to && k < value.length;) {
    if (html[i] === '&') {
      decoded = '';
      decoder.startEntity(DecodingMode.Legacy);
      let consumed = decoder.write(html.slice(i, Math.min(to, i + 64)), 1);
      if (consumed < 0) consumed = decoder.end();
      if (consumed > 0 && value.startsWith(decoded, k)) {
        add(decoded, i, i + consumed);
        k += decoded.length;
        i += consumed;
        continue;
      }
    }
    const size = html[i] === '\r' && html[i + 1] === '\n' ? 2 : 1;
    add(value[k]!, i, i + size);
    k++;
    i += size;
  }
  if (k < value.length) add(value.slice(k), to, to);
}

function visit(node: Root | Element, onElement: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    onElement(child);
    visit(child, onElement);
  }
}

/** Removes furniture elements and elements marked as navigation, in place. */
function prune(node: Root | Element): void {
  const keep = (child: ElementContent | Root['children'][number]) => {
    if (child.type !== 'element') return true;
    const role = child.properties.role;
    return !FURNITURE.has(child.tagName) && role !== 'navigation' && role !== 'contentinfo';
  };
  if (node.type === 'root') node.children = node.children.filter(keep);
  else node.children = node.children.filter(keep);
  for (const child of node.children) if (child.type === 'element') prune(child);
}
