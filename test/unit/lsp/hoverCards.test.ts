/**
 * The hover cards of a draft's entities, made in idle time once its diagnostics are out: one
 * card per entity the draft names, the same card a hover then shows, and nothing more once the
 * document or the snapshot has changed.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { hover, primeHoverCards } from '../../../server/src/lsp/hover.js';
import { openWorkspace, type WorkspaceSnapshot } from '../../../server/src/workspace/host.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';

const DRAFT = [
  'BEIJING, May 20, 2025 — General Secretary To Lam held talks with Xi Jinping in Beijing.',
  '',
  'Xi Jinping said China and Viet Nam are good neighbours. To Lam thanked Premier Li Qiang for his hospitality.',
  '',
].join('\n');

describe('hover cards made before they are hovered', () => {
  let snapshot: WorkspaceSnapshot;
  before(async () => {
    const host = openWorkspace({
      workers: 0,
      today: () => '2025-06-01',
      store: { folder: temporaryFolder('attache-cards-store-') },
    });
    await host.updateCorpus();
    snapshot = host.snapshot();
    host.dispose();
  });

  it('makes one card for each entity the draft names, the one a hover shows', async () => {
    const document = TextDocument.create('file:///drafts/cards.md', 'markdown', 1, DRAFT);
    const named = new Set(snapshot.analyze(document).document.mentions.flatMap((m) => (m.known ? [m.known.id] : [])));
    assert.ok(named.has('xi-jinping') && named.has('to-lam') && named.has('li-qiang'), [...named].join(', '));
    const timings = await primeHoverCards(snapshot, document, () => false);
    assert.equal(timings.length, named.size, 'one card per entity, however often it is named');
    const shown = hover(snapshot, document, document.positionAt(DRAFT.indexOf('Xi Jinping') + 1));
    const value = shown && typeof shown.contents === 'object' && 'value' in shown.contents ? shown.contents.value : '';
    assert.match(value, /Xi Jinping/);
    assert.match(value, /General Secretary/);
  });

  it('stops as soon as the document or the snapshot has changed', async () => {
    const document = TextDocument.create('file:///drafts/stale.md', 'markdown', 1, DRAFT);
    assert.deepEqual(await primeHoverCards(snapshot, document, () => true), []);
    let asked = 0;
    const timings = await primeHoverCards(snapshot, document, () => ++asked > 2);
    assert.equal(timings.length, 1, 'the card in progress is finished, no other is started');
  });
});
