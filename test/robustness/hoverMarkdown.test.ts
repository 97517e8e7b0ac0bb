/**
 * What a hover shows is what the corpus says, rendered by a real Markdown renderer
 * (markdown-it, a CommonMark renderer): corpus text shows as itself, once
 * escaped, never as markup; and a link to a corpus file opens that file, whatever characters
 * its name has.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { escapeMarkdown } from '../../server/src/core/text/escape.js';
import { hover } from '../../server/src/lsp/hover.js';
import { openWorkspace } from '../../server/src/workspace/host.js';
import { temporaryFolder } from '../support/temporaryFolders.js';
import { wireCopy } from '../unit/store/storeContract.js';

const markdown = new MarkdownIt();
// Editors open `file:` links from hovers; markdown-it refuses them unless told otherwise.
markdown.validateLink = () => true;

/** The text a reader sees: the rendered HTML without its tags, entities decoded. */
function seen(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
}

describe('hover Markdown', () => {
  it('shows corpus text as itself: no markup, no visible escapes', () => {
    const texts = [
      'Xi Jinping > To Lam',
      'Lao News Agency & KPL',
      '<script>alert(1)</script>',
      '[click](command:workbench.action.terminal.new)',
      '**bold** _italic_ `code` ~~struck~~',
      '1. not a list',
      '# not a heading',
      '- not an item',
      '> not a quote',
      'a \\ backslash, a | pipe, 50% of 3*4!',
      'AT&amp;T &lt;literal entities&gt;',
      '![image](http://example.com/x.png)',
    ];
    for (const text of texts) {
      const html = markdown.renderInline(escapeMarkdown(text));
      assert.equal(seen(html), text, `${JSON.stringify(text)} rendered as ${html}`);
      assert.doesNotMatch(html, /<(a|img|script|strong|em|code|s)\b/, `${JSON.stringify(text)} became markup: ${html}`);
    }
  });

  it('links to a corpus file whose name has unbalanced parentheses, brackets, angle brackets, spaces and a hash', async () => {
    const folder = temporaryFolder('attache-odd-names-');
    const name = 'Xinhua 2025) [talks] (copy <1> #1 50%.txt';
    const path = join(folder, name);
    writeFileSync(path, wireCopy('xinhua-2025-01-14-xi-to-lam-talks'));
    const host = openWorkspace({
      corpusFolders: [folder],
      workers: 0,
      store: { folder: temporaryFolder('attache-store-') },
      today: () => '2025-06-01',
    });
    assert.equal((await host.updateCorpus()).state, 'ready');
    const draft = 'General Secretary To Lam held talks in Beijing.';
    const document = TextDocument.create('untitled:draft.md', 'markdown', 1, draft);
    const card = hover(host.snapshot(), document, document.positionAt(draft.indexOf('To Lam') + 2));
    assert.ok(card, 'a hover on To Lam');
    const html = markdown.render((card.contents as { value: string }).value);
    const targets = [...html.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));
    const corpusTargets = targets.filter((href) => href.startsWith('file:') && !href.includes('/kb/'));
    assert.ok(corpusTargets.length > 0, `a link to the corpus article in ${html}`);
    for (const href of corpusTargets) assert.equal(fileURLToPath(href.replace(/#.*$/, '')), path, href);
    host.dispose();
  });
});
