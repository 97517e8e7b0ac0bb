import { describeDate } from '../../server/src/core/facts/dateLabels.js';
import { formatRoleDate, formatRoleStart } from '../../server/src/kb/roleDates.js';
import type { DossierLinkMessage, EntityDossierMessage } from '../../server/src/protocol.js';
import { outletLabel } from '../../server/src/core/outlets.js';

/** How many articles the panel lists before "Show all". */
export const ARTICLES_SHOWN = 10;

/** The timeline's drawing width in SVG units (it scales to the panel). */
const WIDTH = 720;
const ROW = 36;
const BAR = 14;
/** About how wide a character of a bar's label draws, to keep the label inside the drawing. */
const CHARACTER_WIDTH = 6.6;

const SCRIPT_NAMES: Record<string, string> = {
  en: 'English',
  'zh-Hans': 'Chinese (simplified)',
  'zh-Hant': 'Chinese (traditional)',
  vi: 'Vietnamese',
  lo: 'Lao',
  alias: 'Also written',
};

/** The panel's page and the corpus places its links lead to, by the index each link carries. */
export interface DossierPage {
  html: string;
  links: DossierLinkMessage[];
}

/**
 * The dossier panel's page: a strict Content-Security-Policy (nothing but the page's own
 * nonce-carrying style and script; nothing remote), every text from the knowledge base or the
 * corpus escaped, colors from the editor's theme. A link carries only an index into `links`;
 * the script posts `{ open: index }` and the extension opens the passage.
 */
export function dossierHtml(dossier: EntityDossierMessage, page: { nonce: string; cspSource: string }): DossierPage {
  const links: DossierLinkMessage[] = [];
  const link = (target: DossierLinkMessage, text: string, className = '') => {
    links.push(target);
    return `<a href="#" class="passage ${className}" data-link="${links.length - 1}">${escapeHtml(text)}</a>`;
  };
  const outletDate = (source: DossierLinkMessage) => [outletLabel(source.outlet), source.date ?? 'undated'].join(', ');

  const names = dossier.names
    .map(
      (n) =>
        `<div class="name"><span class="script">${escapeHtml(SCRIPT_NAMES[n.script] ?? n.script)}</span><span lang="${escapeHtml(n.script === 'alias' || n.script === 'en' ? 'en' : n.script)}">${escapeHtml(n.name)}</span></div>`,
    )
    .join('');

  const timeline = timelineSvg(dossier, (target, text) => {
    links.push(target);
    return { index: links.length - 1, text };
  });

  const events = dossier.events.length
    ? `<ol class="events">${dossier.events
        .map((e) => {
          const when = describeDate(e);
          const what = `${e.planned ? 'planned ' : ''}${e.format}${e.with.length ? ` with ${e.with.join(', ')}` : ''}${e.place ? ` in ${e.place}` : ''}`;
          return `<li><span class="when">${escapeHtml(when)}</span> ${escapeHtml(what)} — ${e.reports.map((r) => link(r, outletLabel(r.outlet))).join(', ')}</li>`;
        })
        .join('')}</ol>`
    : '<p class="none">No events in the corpus.</p>';

  const titles = dossier.titles.length
    ? `<ul class="titles">${dossier.titles
        .map(
          (t) =>
            `<li>${escapeHtml(t.title)} — ${t.sightings} ${t.sightings === 1 ? 'sighting' : 'sightings'} in ${escapeHtml(t.outlets.join(', '))}; latest ${link(t.latest, outletDate(t.latest))}</li>`,
        )
        .join('')}</ul>`
    : '<p class="none">The corpus prints no title beside the name.</p>';

  const disagreements = dossier.disagreements.length
    ? `<ul class="disagreements">${dossier.disagreements
        .map((d) => {
          const sides = d.values
            .map(
              (v) =>
                `<span class="side"><strong>${escapeHtml(v.value)}</strong> (${v.sources.map((s) => link(s, outletDate(s))).join(', ')})</span>`,
            )
            .join(' <span class="versus">vs</span> ');
          return `<li>${escapeHtml(`${d.event.format} of ${d.event.date ?? 'undated'}, ${d.field}${d.subject ? ` of ${d.subject}` : ''}`)}: ${sides}</li>`;
        })
        .join('')}</ul>`
    : '<p class="none">No disagreement between sources.</p>';

  const articleItems = dossier.articles.map(
    (a, i) =>
      `<li${i >= ARTICLES_SHOWN ? ' class="more" hidden' : ''}>${link(a.source, outletDate(a.source))} — ${escapeHtml(a.title || '(untitled article)')}</li>`,
  );
  const more = dossier.articles.length - ARTICLES_SHOWN;
  const articles = dossier.articles.length
    ? `<ol class="articles">${articleItems.join('')}</ol>${more > 0 ? `<button id="show-all" type="button">Show all ${dossier.articles.length} articles (${more} more)</button>` : ''}${
        dossier.duplicateArticles > 0
          ? `<p class="note">${dossier.duplicateArticles} ${dossier.duplicateArticles === 1 ? 'copy' : 'copies'} of the same story by the same outlet on the same day counted once.</p>`
          : ''
      }`
    : '<p class="none">No article in the corpus mentions this entity.</p>';

  const csp = [
    `default-src 'none'`,
    `style-src ${page.cspSource} 'nonce-${page.nonce}'`,
    `script-src 'nonce-${page.nonce}'`,
  ].join('; ');
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(dossier.name)}</title>
<style nonce="${escapeHtml(page.nonce)}">${STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(dossier.name)}</h1><span class="type">${escapeHtml(dossier.type)}</span></header>
<section class="names">${names}</section>
<section><h2>Over time</h2><p class="legend">Document date ${escapeHtml(dossier.documentDate)}</p>${timeline}</section>
<section><h2>Events in the corpus (${dossier.events.length})</h2>${events}</section>
<section><h2>Titles the corpus prints beside the name</h2>${titles}</section>
<section><h2>Where sources disagree</h2>${disagreements}</section>
<section><h2>Articles (${dossier.articles.length})</h2>${articles}</section>
<script nonce="${escapeHtml(page.nonce)}">${SCRIPT}</script>
</body>
</html>`;
  return { html, links };
}

/**
 * Roles as bars on a time axis, one row each, the corpus events as marks on a row below, and a
 * line at the document's date. Positions are SVG attributes (the CSP allows no inline styles).
 */
function timelineSvg(
  dossier: EntityDossierMessage,
  link: (target: DossierLinkMessage, text: string) => { index: number; text: string },
): string {
  const dated = dossier.events.filter((e) => e.date);
  const dates = [
    dossier.documentDate,
    ...dossier.roles.flatMap((r) => (r.to ? [r.from, r.to] : [r.from])),
    ...dated.flatMap((e) => [e.date!, ...(e.endDate ? [e.endDate] : [])]),
  ];
  const times = dates.map(timeOf).filter((t): t is number => t !== undefined);
  const year = 365.25 * 24 * 3600 * 1000;
  const first = Math.min(...times) - year / 4;
  const last = Math.max(...times) + year / 4;
  const x = (date: string | undefined, fallback: number) => {
    const t = date === undefined ? undefined : timeOf(date);
    return (((t ?? fallback) - first) / (last - first)) * WIDTH;
  };
  const rows: string[] = [];
  dossier.roles.forEach((role, i) => {
    const y = 24 + i * ROW;
    const from = x(role.from, first);
    const to = x(role.to, last);
    const label = `${role.office}${role.acting ? ' (acting)' : ''}: ${formatRoleStart(role)} – ${role.to ? formatRoleDate(role.to) : 'now'}`;
    // The label sits above its bar, moved left when it would run past the right edge.
    const labelX = Math.max(0, Math.min(from, WIDTH - label.length * CHARACTER_WIDTH));
    rows.push(
      `<g class="role${role.heldOnDocumentDate ? ' current' : ''}"><title>${escapeHtml(`${label}. Source: ${role.source}`)}</title>` +
        `<rect class="bar" x="${num(from)}" y="${y + 14}" width="${num(Math.max(2, to - from))}" height="${BAR}" rx="3"></rect>` +
        `<text class="bar-label" x="${num(labelX)}" y="${y + 11}">${escapeHtml(label)}</text></g>`,
    );
  });
  const eventsY = 24 + dossier.roles.length * ROW + 10;
  const marks = dated.map((event) => {
    const target = link(event.reports[0]!, event.format);
    const cx = x(event.date, first);
    const what = `${event.date}: ${event.planned ? 'planned ' : ''}${event.format}${event.with.length ? ` with ${event.with.join(', ')}` : ''}`;
    return `<a href="#" class="passage event-mark" data-link="${target.index}"><title>${escapeHtml(what)}</title><circle cx="${num(cx)}" cy="${eventsY + 8}" r="6"></circle></a>`;
  });
  const docX = x(dossier.documentDate, last);
  const height = eventsY + 40;
  const axis: string[] = [];
  const firstYear = new Date(first).getUTCFullYear() + 1;
  const lastYear = new Date(last).getUTCFullYear();
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 12));
  for (let y = firstYear; y <= lastYear; y += step) {
    const at = x(`${y}-01-01`, first);
    axis.push(
      `<line class="tick" x1="${num(at)}" x2="${num(at)}" y1="14" y2="${height - 14}"></line><text class="year" x="${num(at + 2)}" y="10">${y}</text>`,
    );
  }
  return `<div class="timeline-scroll"><svg class="timeline" role="img" aria-label="${escapeHtml(`Roles and events of ${dossier.name} over time`)}" viewBox="0 0 ${WIDTH} ${height}" preserveAspectRatio="xMinYMin meet">
${axis.join('')}
${rows.join('')}
${marks.length ? `<text class="row-label" x="2" y="${eventsY - 2}">Events in the corpus</text>${marks.join('')}` : ''}
<g class="document-date"><title>${escapeHtml(`Document date ${dossier.documentDate}`)}</title><line x1="${num(docX)}" x2="${num(docX)}" y1="14" y2="${height - 8}"></line><text x="${num(Math.min(docX + 3, WIDTH - 75))}" y="${height - 2}">${escapeHtml(dossier.documentDate)}</text></g>
</svg></div>`;
}

/** Milliseconds of an ISO day, month or year; undefined for anything else. */
function timeOf(date: string): number | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return undefined;
  return Date.UTC(Number(match[1]), match[2] ? Number(match[2]) - 1 : 0, match[3] ? Number(match[3]) : 1);
}

function num(value: number): string {
  return Number.isFinite(value) ? value.toFixed(1) : '0';
}

/** Text safe inside HTML elements and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 16px 24px; }
header { display: flex; align-items: baseline; gap: 12px; }
h1 { font-size: 1.6em; margin: 16px 0 4px; }
h2 { font-size: 1.1em; margin: 20px 0 6px; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-contrastBorder, transparent)); }
.type, .script, .legend, .note, .none { color: var(--vscode-descriptionForeground); }
.names { display: flex; flex-wrap: wrap; gap: 4px 20px; }
.name { display: flex; flex-direction: column; }
.script { font-size: 0.85em; }
a.passage { color: var(--vscode-textLink-foreground); cursor: pointer; }
a.passage:hover { color: var(--vscode-textLink-activeForeground); }
a.passage:focus { outline: 1px solid var(--vscode-focusBorder); }
.timeline-scroll { overflow-x: auto; }
.timeline { width: 100%; min-width: 560px; max-width: 1100px; height: auto; font-family: var(--vscode-font-family); }
.timeline text { fill: var(--vscode-foreground); font-size: 12px; }
.timeline .year, .timeline .row-label { fill: var(--vscode-descriptionForeground); font-size: 12px; }
.timeline .tick { stroke: var(--vscode-editorIndentGuide-background, var(--vscode-descriptionForeground)); stroke-width: 1; opacity: 0.5; }
.role .bar { fill: var(--vscode-charts-blue); stroke: var(--vscode-contrastBorder, transparent); opacity: 0.55; }
.role.current .bar { fill: var(--vscode-charts-green); opacity: 0.8; }
.event-mark circle { fill: var(--vscode-charts-orange); stroke: var(--vscode-contrastBorder, var(--vscode-editor-background)); stroke-width: 1.5; }
.event-mark:hover circle, .event-mark:focus circle { fill: var(--vscode-charts-yellow); }
.document-date line { stroke: var(--vscode-charts-red); stroke-width: 2; stroke-dasharray: 4 3; }
.document-date text { fill: var(--vscode-charts-red); font-size: 12px; }
.when { font-variant-numeric: tabular-nums; color: var(--vscode-descriptionForeground); }
.versus { color: var(--vscode-charts-red); font-weight: bold; }
ol, ul { padding-left: 22px; margin: 4px 0; }
li { margin: 2px 0; }
button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 1px solid var(--vscode-button-border, transparent); padding: 4px 12px; cursor: pointer; margin-top: 6px; }
button:hover { background: var(--vscode-button-hoverBackground); }
`;

const SCRIPT = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('[data-link]') : null;
  if (!target) return;
  event.preventDefault();
  vscode.postMessage({ open: Number(target.getAttribute('data-link')) });
});
const showAll = document.getElementById('show-all');
if (showAll) showAll.addEventListener('click', () => {
  for (const item of document.querySelectorAll('li.more')) item.hidden = false;
  showAll.remove();
});
`;
