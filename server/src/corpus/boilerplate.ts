import { HAN, isHanCode } from '../core/text/scripts.js';
/**
 * Patterns of page furniture that scrapes carry along with articles: menus, share buttons,
 * comment forms, copyright lines, photo captions, bylines, teaser lists. They describe web pages
 * in general, not the sample corpus: repetition specific to one file (a search phrase printed
 * between blocks, a caption shown twice) is found by counting, in `lineKinds.ts`.
 */

/** Bullets and numbering that open a list item: "  • Politics", "  3. Lao President". */
const LIST_MARKER = /^\s*(?:[•·▪►◦‣∙●○■□➤»]|[-*+](?=\s)|\d{1,3}[.)](?=\s))\s*/u;

/** Whether a line is a list item (navigation menus, related links, search results). */
export function isListItem(line: string): boolean {
  return LIST_MARKER.test(line);
}

/** The list item without its bullet or number. */
export function stripListMarker(line: string): string {
  return line.replace(LIST_MARKER, '');
}

/**
 * Photo credits and caption furniture. A caption repeats what the article says, often several
 * times for a gallery, and must not become a passage that evidence could cite.
 */
export const CAPTION_PATTERNS: readonly RegExp[] = [
  /\bPhotos?:\s*[\p{Lu}][\p{L}\p{N} .&/'-]{1,40}$/u,
  /\b(?:REUTERS|AFP|AP|EPA)\/[\p{Lu}]/u,
  /^FILE PHOTO\s*:/i,
  /\b(?:hide|toggle) caption$/i,
  /\bphotographed (?:for|by)\b/i,
  /^Item \d+ of \d+\b/i,
  /^\s*\(?(?:图|圖|照片|图片|圖片)[:：(（]/u,
];

/**
 * Photo credits in brackets closing the line, "(AP Photo/Andy Wong)", "(Photo via Reuters)",
 * "(Xinhua/Li Tao)": tried only on a line whose last character is a closing bracket.
 */
const BRACKETED_CREDITS: readonly RegExp[] = [
  /\((?:AP|AFP|EPA|Reuters|Xinhua|VNA|KPL|Getty Images|Pool)?\s*Photos?\s*[/:][^)]*\)\s*$/i,
  /\([^()]*\bvia (?:AP|Reuters|AFP|Getty Images)\)\s*$/i,
  /\((?:Xinhua|VNA|KPL|CFP|IC|Photo)\/[^)]*\)\s*$/,
];

/**
 * Chinese photo credits ("（记者 王毅 摄）", "新华社记者 李涛 摄"): tried only on a line with 摄,
 * which both need: every line is classified, few have one, and the patterns are tried at every offset.
 */
const CHINESE_PHOTO_CREDITS: readonly RegExp[] = [
  /[（(][^（()）]*(?:记者|記者)[^（()）]*摄[）)]\s*$/u,
  new RegExp(String.raw`(?:新华社|新華社)(?:记者|記者|发|發)\s*[${HAN}]{2,4}\s*摄`, 'u'),
];

/** Whether a line is a photo caption or credit. */
export function isCaption(line: string): boolean {
  return (
    line.length <= 600 &&
    ((line.trimEnd().endsWith(')') && BRACKETED_CREDITS.some((pattern) => pattern.test(line))) ||
      CAPTION_PATTERNS.some((pattern) => pattern.test(line)) ||
      (line.includes('摄') && CHINESE_PHOTO_CREDITS.some((pattern) => pattern.test(line))))
  );
}

/**
 * Web chrome that can sit on any line: legal notices, comment forms, share widgets. Beside each
 * pattern that ignores case, the lower-case words every match of it holds: most lines are prose
 * holding none, and a look for a word in the line lowered once costs far less than the pattern.
 */
const CHROME_ANYWHERE: readonly { pattern: RegExp; words?: readonly string[] }[] = [
  {
    pattern: /copyright|©|\(c\)\s*\d{4}|all rights reserved|版权所有|版權所有|ICP备|ICP證|ICP证|公网安备/i,
    words: ['copyright', '©', '(c)', 'all rights reserved', '版权所有', '版權所有', 'icp', '公网安备'],
  },
  {
    pattern:
      /your email address will not be published|required fields are marked|next time I comment|leave a (?:reply|comment)|cancel reply/i,
    words: ['your email', 'required fields', 'next time i comment', 'leave a ', 'cancel reply'],
  },
  {
    pattern:
      /comment\(s\)|add your comments?|opens new tab|keyboard shortcuts|skip to (?:main )?content|copy link|share (?:to|this|on|full article)\b/i,
    words: ['comment', 'opens new tab', 'keyboard shortcuts', 'skip to ', 'copy link', 'share '],
  },
  {
    pattern: /\b(?:sign|log) (?:in|up)\b.{0,60}\b(?:newsletters?|account|updates|mailbox)\b|\bby clicking submit\b/i,
    words: ['sign in', 'sign up', 'log in', 'log up', 'by clicking submit'],
  },
  {
    pattern: /\b(?:terms of (?:use|service)|privacy policy|cookie (?:policy|settings))\b/i,
    words: ['terms of ', 'privacy policy', 'cookie '],
  },
  { pattern: /\b(?:hotline|tel|fax)\s*[:：]\s*[\d-]{7,}/i, words: [':', '：'] },
  { pattern: /^【?(?:责任编辑|責任編輯|编辑|編輯|校对|校對)\s*[:：]\s*\S{0,12}$/u },
  { pattern: /^(?:分享到|打印|关闭窗口|關閉窗口|返回顶部|【?纠错】?)/u },
  { pattern: /^tags?\s*[:：]/i },
];

/** Short chrome lines: menu words and buttons that make a whole line. */
const CHROME_SHORT =
  /^(?:home|menu|search|search documents|login|log in|sign in|sign up|sign up here|register|subscribe|newsletters?|share|print|e-?mail|close|more|next|previous|back to top|advertisement|sponsored|supported by|related(?: articles| stories| news)?(?: more from author)?|most (?:read|popular)|trending|follow us|contact us|about us|editor'?s picks?|read more|see more|load more|detail|details|reset|password|mailbox|username|user name|images|video|videos|comments|photos|explore more|download our app|join the conversation|you may also like)\b[\s:.>»]*$/i;

/** Breadcrumb trails: "Home > Chinese Diplomatic News", "首页 > 外交部". */
const BREADCRUMB = /^[^>»›\n]{1,40}(?:\s*[>»›]\s*[^>»›\n]{1,60}){1,5}$/u;

/** Whether a line is web chrome (menus, buttons, breadcrumbs, legal notices, comment forms). */
export function isChrome(line: string): boolean {
  if (line.length <= 60 && CHROME_SHORT.test(line)) return true;
  if (line.length <= 160 && BREADCRUMB.test(line) && !/[.。!?]$/u.test(line)) return true;
  if (line.length <= 60 && /^<[^<>]{2,40}>$/.test(line)) return true;
  if (line.length > 600) return false;
  const lower = line.toLowerCase();
  // One pass of the words' alternation says whether the line holds any of them: most lines hold
  // none, and then only the patterns without words are tried.
  const holdsAWord = ANY_CHROME_WORD.test(lower);
  return CHROME_ANYWHERE.some(
    ({ pattern, words }) =>
      (!words || (holdsAWord && words.some((word) => lower.includes(word)))) && pattern.test(line),
  );
}

/**
 * Every word of {@link CHROME_ANYWHERE} in one alternation: it matches a lowered line exactly when
 * the line holds one of them (a look for each took twice as long on prose that holds none).
 */
const ANY_CHROME_WORD = new RegExp(
  CHROME_ANYWHERE.flatMap(({ words }) => words ?? [])
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
);

/** Reporting credits and staff bios: they name people, not events. */
const CREDIT_PATTERNS: readonly RegExp[] = [
  /^\(?(?:Reporting|Writing|Editing|Additional reporting|Compiled|Edited|Written|Translated) by\b/i,
  /\bcontributed (?:reporting|to this report)\.?$/i,
  /^(?:\p{Lu}[\p{L}'’.-]+\s){1,3}is (?:a|an|the)\b.{0,80}\b(?:[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Ww]riter|[Cc]olumnist|[Cc]ontributor)\b/u,
  /^[（(]?(?:记者|記者|编辑|編輯|责任编辑|責任編輯|撰文|作者)[:：\s]/u,
];

/** Whether a line is a byline ("By Yan Zhuang"): it names a person, not an event. */
export function isByline(line: string): boolean {
  return /^By\s+\p{Lu}/u.test(line) && line.split(/\s+/).length <= 8 && !/[.!?]$/.test(line);
}

/**
 * Whether a line is a reporting credit or an author bio. Unlike a byline, which sits under the
 * headline, these close an article, so whatever prose follows belongs to another one.
 */
export function isCredit(line: string): boolean {
  return line.length <= 400 && CREDIT_PATTERNS.some((pattern) => pattern.test(line));
}

/** Whether a line is a truncated teaser ("... Ukhnaa ...") from a related-links or results list. */
export function isTeaser(line: string): boolean {
  return line.length < 300 && /(?:\.\.\.|…)\s*\)?$/u.test(line);
}

/**
 * Whether a line is a tag cloud: many comma-separated fragments, none longer than a headline,
 * written in lower case throughout ("Editor picks, popular posts, laos golden triangle casino
 * ..."). A sentence listing areas of cooperation has capitals and at least one long clause.
 */
export function isTagCloud(line: string): boolean {
  let commas = 0;
  let capitals = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 44) commas++;
    else if (code >= 65 && code <= 90 && ++capitals > 1) return false;
    else if (isHanCode(code)) return false;
  }
  if (commas < 4 || /\p{Lu}/u.test(line.slice(1))) return false;
  return line.split(',').every((part) => part.trim().split(/\s+/).length <= 10);
}
