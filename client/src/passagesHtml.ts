import type { PassageMatchMessage } from '../../server/src/protocol.js';

/** What the passages view shows: the text searched for and the passages the server found. */
export interface PassagesPage {
  query: string;
  matches: readonly PassageMatchMessage[];
  /** A fresh random value per page: the only script and style allowed to run carry it. */
  nonce: string;
}

/** The message the page posts when a passage is chosen: open it in its corpus file. */
export interface OpenPassageMessage {
  open: number;
}

const LANGUAGES: Record<string, string> = { en: 'English', zh: 'Chinese' };

/** Text made safe to place between tags and inside quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The heading of a passage: its headline, else its outlet and date; the file name only when none is known. */
export function passageHeading(match: PassageMatchMessage): string {
  if (match.title.trim()) return match.title.trim();
  const known = [match.outlet, match.date].filter(Boolean).join(', ');
  return known ? `Article from ${known}` : match.file;
}

/** The line under the heading: outlet, date, language, relevance and the outlets carrying copies. */
export function passageDetails(match: PassageMatchMessage): string[] {
  return [
    match.outlet ?? 'outlet unknown',
    match.date ?? 'date unknown',
    LANGUAGES[match.language] ?? match.language,
    `covers ${Math.round(match.coverage * 100)}% of the text`,
    `score ${match.score.toFixed(2)}`,
    ...(match.alsoIn.length > 0 ? [`also in ${match.alsoIn.join(', ')}`] : []),
  ];
}

function paragraphHtml(match: PassageMatchMessage): string {
  const { start, end } = match.highlight;
  if (end <= start) return escapeHtml(match.paragraph);
  const text = match.paragraph;
  return `${escapeHtml(text.slice(0, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>${escapeHtml(text.slice(end))}`;
}

/**
 * The passages view as one HTML page. Every corpus string is escaped; the Content Security
 * Policy allows nothing but the page's own nonce-marked style and script (no remote loads, no
 * inline handlers); colors and fonts come from the editor theme's CSS variables.
 */
export function passagesHtml(page: PassagesPage): string {
  const { nonce, matches } = page;
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  const heading =
    matches.length === 0
      ? 'No close match in the corpus'
      : `${matches.length} matching passage${matches.length === 1 ? '' : 's'}`;
  const items = matches
    .map(
      (match, index) => `<li class="passage">
  <h2><a href="#" class="open" data-index="${index}" title="Open the passage in its corpus file">${escapeHtml(passageHeading(match))}</a></h2>
  <p class="details">${passageDetails(match).map(escapeHtml).join(' · ')}</p>
  <blockquote class="open" data-index="${index}" title="Open the passage in its corpus file">${paragraphHtml(match)}</blockquote>
</li>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(heading)}</title>
<style nonce="${nonce}">
  body { color: var(--vscode-editor-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); line-height: 1.5; padding: 0 1.5em 2em; max-width: 60em; }
  h1 { font-size: 1.3em; font-weight: 600; }
  .query { color: var(--vscode-descriptionForeground); border-left: 3px solid var(--vscode-textBlockQuote-border); padding-left: 0.8em; white-space: pre-wrap; overflow-wrap: anywhere; }
  ol { list-style: none; padding: 0; }
  .passage { border-top: 1px solid var(--vscode-panel-border, var(--vscode-editorWidget-border)); padding: 0.8em 0; }
  h2 { font-size: 1.05em; margin: 0 0 0.2em; }
  a { color: var(--vscode-textLink-foreground); text-decoration: none; }
  a:hover, a:focus { color: var(--vscode-textLink-activeForeground); text-decoration: underline; }
  .details { color: var(--vscode-descriptionForeground); margin: 0 0 0.4em; font-size: 0.92em; }
  blockquote { margin: 0; padding: 0.4em 0.8em; background: var(--vscode-textBlockQuote-background); border-left: 3px solid var(--vscode-textBlockQuote-border); white-space: pre-wrap; overflow-wrap: anywhere; cursor: pointer; }
  mark { background: var(--vscode-editor-findMatchHighlightBackground); color: inherit; outline: 1px solid var(--vscode-editor-findMatchBorder, transparent); }
</style>
</head>
<body>
<h1>${escapeHtml(heading)}</h1>
<p class="query">${escapeHtml(page.query.trim())}</p>
${matches.length === 0 ? '<p class="none">No passage in the corpus covers enough of this text to be related.</p>' : `<ol>\n${items}\n</ol>`}
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  for (const element of document.querySelectorAll('.open')) {
    element.addEventListener('click', (event) => {
      event.preventDefault();
      vscode.postMessage({ open: Number(element.dataset.index) });
    });
  }
</script>
</body>
</html>`;
}
