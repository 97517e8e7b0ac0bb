/**
 * The dossier panel's page: what the corpus says is escaped (an outlet named like an HTML
 * tag stays text), the Content-Security-Policy admits only the page's own nonce-carrying style
 * and script and nothing remote, roles are drawn as bars with the document's date marked, and
 * articles beyond the first ten wait behind "Show all".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARTICLES_SHOWN, dossierHtml } from '../../../client/src/dossierHtml.js';
import type { DossierLinkMessage, EntityDossierMessage } from '../../../server/src/protocol.js';

const HOSTILE = '<img src=x onerror=alert(1)>';
const NONCE = 'bm9uY2Utb2YtdGhlLXRlc3Q=';
const CSP_SOURCE = 'https://webview.example';

function passage(line: number, outlet: string, date: string): DossierLinkMessage {
  return {
    uri: `file:///corpus/${line}.txt`,
    range: { start: { line, character: 0 }, end: { line, character: 10 } },
    outlet,
    date,
  };
}

const dossier: EntityDossierMessage = {
  id: 'sonexay-siphandone',
  name: 'Sonexay Siphandone',
  type: 'person',
  names: [
    { script: 'en', name: 'Sonexay Siphandone' },
    { script: 'zh-Hans', name: '宋赛·西潘敦' },
    { script: 'lo', name: 'ສອນໄຊ ສີພັນດອນ' },
  ],
  documentDate: '2025-06-01',
  roles: [
    {
      officeId: 'deputy-prime-minister-laos',
      office: 'Deputy Prime Minister of Laos',
      from: '2016-04-20',
      to: '2022-12-30',
      acting: false,
      source: 'Cabinet list',
      heldOnDocumentDate: false,
    },
    {
      officeId: 'prime-minister-laos',
      office: 'Prime Minister of Laos',
      from: '2022-12-30',
      acting: false,
      source: 'National Assembly',
      heldOnDocumentDate: true,
    },
  ],
  events: [
    {
      format: 'meeting',
      date: '2025-05-14',
      planned: false,
      place: 'Vientiane',
      with: ['Pham Minh Chinh'],
      reports: [passage(1, HOSTILE, '2025-05-14')],
    },
  ],
  titles: [
    {
      title: 'Lao Prime Minister',
      officeId: 'prime-minister-laos',
      sightings: 2,
      outlets: [HOSTILE],
      latest: passage(2, HOSTILE, '2025-05-14'),
    },
  ],
  disagreements: [
    {
      event: { format: 'meeting', date: '2025-05-14' },
      field: 'place',
      values: [
        { value: 'Vientiane', sources: [passage(3, 'KPL', '2025-05-14')] },
        { value: `Hanoi ${HOSTILE}`, sources: [passage(4, HOSTILE, '2025-05-14')] },
      ],
    },
  ],
  articles: Array.from({ length: ARTICLES_SHOWN + 2 }, (_, i) => ({
    title: `Story ${i} ${HOSTILE}`,
    outlet: HOSTILE,
    date: '2025-05-14',
    source: passage(10 + i, HOSTILE, '2025-05-14'),
  })),
  duplicateArticles: 1,
};

describe('dossier panel page', () => {
  const { html, links } = dossierHtml(dossier, { nonce: NONCE, cspSource: CSP_SOURCE });

  it('escapes an outlet named like an HTML tag wherever it appears', () => {
    assert.doesNotMatch(html, /<img/i);
    assert.doesNotMatch(html, /onerror=alert\(1\)>/);
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the name is shown as text');
  });

  it('carries a strict Content-Security-Policy with a nonce and no remote source', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp, 'a CSP meta element');
    const directives = new Map(
      csp
        .replace(/&#39;/g, "'")
        .split(/;\s*/)
        .map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]),
    );
    assert.deepEqual(directives.get('default-src'), ["'none'"]);
    assert.deepEqual(directives.get('script-src'), [`'nonce-${NONCE}'`]);
    assert.deepEqual(directives.get('style-src'), [CSP_SOURCE, `'nonce-${NONCE}'`]);
    for (const tag of html.match(/<(script|style)\b[^>]*>/g) ?? [])
      assert.match(tag, new RegExp(`nonce="${NONCE}"`), tag);
    assert.doesNotMatch(html.replace(CSP_SOURCE, ''), /\b(https?:)?\/\/[a-z]/i, 'nothing loaded from anywhere');
    assert.doesNotMatch(html, /\sstyle="/, 'no inline style attribute, which the policy would block');
    assert.doesNotMatch(html, /file:\/\//, 'passages are reached through the extension, not by URL');
  });

  it("draws the roles as bars on a timeline with the document's date marked", () => {
    const svg = /<svg class="timeline"[\s\S]*?<\/svg>/.exec(html)?.[0];
    assert.ok(svg, 'a timeline');
    assert.equal(svg.match(/<rect class="bar"/g)?.length, 2);
    assert.match(svg, /class="role current"[\s\S]*Prime Minister of Laos: 2022-12-30 – now/);
    assert.match(svg, /class="document-date"[\s\S]*2025-06-01/);
    const width = (label: string) =>
      Number(
        new RegExp(`<rect class="bar" x="[\\d.]+" y="\\d+" width="([\\d.]+)"[^>]*></rect><text[^>]*>${label}`).exec(
          svg,
        )?.[1],
      );
    assert.ok(
      width('Deputy Prime Minister of Laos') > width('Prime Minister of Laos'),
      'six years draw longer than two and a half',
    );
    assert.match(svg, /class="passage event-mark" data-link="\d+"/);
  });

  it('labels a role known only to the month or the year as such, never with a made-up day', () => {
    const { html: imprecise } = dossierHtml(
      {
        ...dossier,
        roles: [
          { ...dossier.roles[0]!, from: '2016-01', to: '2021-01' },
          { ...dossier.roles[1]!, from: '2021' },
        ],
      },
      { nonce: NONCE, cspSource: CSP_SOURCE },
    );
    const svg = /<svg class="timeline"[\s\S]*?<\/svg>/.exec(imprecise)?.[0] ?? '';
    assert.match(svg, /Deputy Prime Minister of Laos: January 2016 – January 2021/);
    assert.match(svg, /Prime Minister of Laos: 2021 – now/);
    assert.doesNotMatch(svg, /2016-01-01|2021-01-01/);
  });

  it('labels a role whose start is unknown with the date it was held by, not as its start', () => {
    const { html: heldBy } = dossierHtml(
      { ...dossier, roles: [{ ...dossier.roles[1]!, from: '2020-02-11', startUnknown: true }] },
      { nonce: NONCE, cspSource: CSP_SOURCE },
    );
    const svg = /<svg class="timeline"[\s\S]*?<\/svg>/.exec(heldBy)?.[0] ?? '';
    assert.match(svg, /Prime Minister of Laos: by 11 February 2020 – now/);
    assert.doesNotMatch(svg, /: 2020-02-11 – now/);
  });

  it('lists the first ten articles and keeps the rest behind "Show all"', () => {
    const items = html.match(/<li(?: class="more" hidden)?><a href="#" class="passage "/g) ?? [];
    assert.equal(items.length, ARTICLES_SHOWN + 2);
    assert.equal(items.filter((item) => item.includes('hidden')).length, 2);
    assert.match(html, /<button id="show-all" type="button">Show all 12 articles \(2 more\)<\/button>/);
  });

  it('links each passage by an index into the places it opens', () => {
    const indexes = [...html.matchAll(/data-link="(\d+)"/g)].map((m) => Number(m[1]));
    assert.deepEqual(
      [...indexes].sort((a, b) => a - b),
      links.map((_, i) => i),
    );
    assert.ok(
      links.some((l) => l.range.start.line === 4),
      'both sides of a disagreement are linked',
    );
    assert.ok(links.some((l) => l.range.start.line === 3));
  });
});
