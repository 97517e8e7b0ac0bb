/**
 * Turning a saved HTML page into text for segmentation. Passage offsets of an HTML file refer to
 * this extracted text, not to the markup: the markup has no stable notion of a sentence position,
 * and the extracted text is what the reviewer reads.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { normaliseDate } from './dates.js';
import { outletByName, outletByPrefix } from './outlets.js';
import type { Language, SourceFile, SourceHints } from './types.js';

/** Elements that only ever hold page furniture; dropping them spares the line heuristics. */
const FURNITURE = new Set(['script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'button', 'select', 'iframe', 'svg', 'head']);

const DATE_META = ['article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish_date', 'date', 'dc.date', 'dc.date.issued'];

/**
 * Extracts the readable text of an HTML page (block elements become lines, paragraphs are
 * separated by blank lines) and the page metadata that outranks guessing: site name, publication
 * date, canonical URL and declared language.
 */
export function htmlToSource(path: string, html: string): SourceFile {
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
    if (element.tagName === 'link' && Array.isArray(props.rel) && props.rel.includes('canonical') && typeof props.href === 'string') {
      canonical = props.href;
    }
  });
  prune(tree);
  const text = toText(tree).replace(/\n{3,}/g, '\n\n').trim();
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
  return { path, text, hints };
}

function declaredLanguage(lang: string | undefined): Language | undefined {
  if (!lang) return undefined;
  if (/^zh\b/i.test(lang)) return 'zh';
  if (/^en\b/i.test(lang)) return 'en';
  return undefined;
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
