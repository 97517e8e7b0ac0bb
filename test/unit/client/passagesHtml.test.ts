import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { passageHeading, passagesHtml } from '../../../client/src/passagesHtml.js';
import type { PassageMatchMessage } from '../../../server/src/protocol.js';

const HOSTILE = '<img src=x onerror=alert(1)>';
const NONCE = 'bm9uY2Utb2YtdGhlLXRlc3Q=';

function passage(overrides: Partial<PassageMatchMessage> = {}): PassageMatchMessage {
  const paragraph =
    'BEIJING, Jan. 14 -- Xi held talks with To Lam. Xi said China and Vietnam are friendly socialist neighbors.';
  const text = 'Xi said China and Vietnam are friendly socialist neighbors.';
  const start = paragraph.indexOf(text);
  return {
    uri: 'file:///corpus/003_bd403085390dd87b.txt',
    range: { start: { line: 4, character: 0 }, end: { line: 4, character: text.length } },
    outlet: 'Xinhua',
    date: '2025-01-14',
    title: 'Xi Jinping holds talks with To Lam in Beijing',
    language: 'en',
    file: '003_bd403085390dd87b.txt',
    text,
    paragraph,
    highlight: { start, end: start + text.length },
    score: 0.84,
    coverage: 0.72,
    alsoIn: [],
    ...overrides,
  };
}

/** The page's text without its tags, entities left as written. */
const markup = (html: string) => html.replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, '');

describe('the passages view', () => {
  it('escapes a hostile title, outlet and paragraph: no element comes from corpus text', () => {
    const html = passagesHtml({
      query: `${HOSTILE} query`,
      matches: [
        passage({
          title: HOSTILE,
          outlet: `"><script>alert(2)</script>`,
          paragraph: `${HOSTILE} tail`,
          highlight: { start: 0, end: HOSTILE.length },
        }),
      ],
      nonce: NONCE,
    });
    assert.doesNotMatch(markup(html), /<img/);
    assert.doesNotMatch(markup(html), /<script>alert/);
    assert.match(html, /&#60;img src=x onerror=alert\(1\)&#62;/);
    assert.match(html, /<mark>&#60;img src=x onerror=alert\(1\)&#62;<\/mark> tail/);
  });

  it('carries a strict Content-Security-Policy: nothing by default, only the nonce-marked style and script', () => {
    const html = passagesHtml({ query: 'q', matches: [passage()], nonce: NONCE });
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    assert.ok(policy, 'a Content-Security-Policy meta element');
    assert.match(policy, /default-src 'none'/);
    assert.match(policy, new RegExp(`script-src 'nonce-${NONCE}'`));
    assert.match(policy, new RegExp(`style-src 'nonce-${NONCE}'`));
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|https?:/);
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    assert.ok(scripts.length > 0 && scripts.every((tag) => tag.includes(`nonce="${NONCE}"`)));
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handler');
    assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//, 'no remote load');
  });

  it('follows the editor theme through its CSS variables', () => {
    const html = passagesHtml({ query: 'q', matches: [passage()], nonce: NONCE });
    assert.match(html, /var\(--vscode-editor-foreground\)/);
    assert.match(html, /var\(--vscode-editor-background\)/);
  });

  it('shows outlet, title, date, language and score, the matched sentence marked, and no hashed file name', () => {
    const html = passagesHtml({ query: 'q', matches: [passage({ alsoIn: ['China Daily'] })], nonce: NONCE });
    assert.match(html, /<h1>1 matching passage<\/h1>/);
    assert.match(html, /Xi Jinping holds talks with To Lam in Beijing/);
    assert.match(html, /Xinhua · 2025-01-14 · English · covers 72% of the text · score 0.84 · also in China Daily/);
    assert.match(html, /<mark>Xi said China and Vietnam are friendly socialist neighbors.<\/mark>/);
    assert.doesNotMatch(html, /bd403085390dd87b/);
  });

  it('heads an untitled passage with its outlet and date, and falls back to the file name only when nothing is known', () => {
    assert.equal(passageHeading(passage({ title: '' })), 'Article from Xinhua, 2025-01-14');
    assert.equal(
      passageHeading(passage({ title: '', outlet: undefined, date: undefined })),
      '003_bd403085390dd87b.txt',
    );
  });

  it('answers "No close match in the corpus" when nothing passes the relevance floor', () => {
    const html = passagesHtml({ query: 'The bakery sells rye rolls.', matches: [], nonce: NONCE });
    assert.match(html, /<h1>No close match in the corpus<\/h1>/);
    assert.doesNotMatch(html, /class="passage"/);
  });
});
