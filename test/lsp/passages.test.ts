import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeLens } from 'vscode-languageserver-protocol';
import type { PassageMatchMessage } from '../../server/src/protocol.js';
import { REPO, startServer, type ServerUnderTest } from '../support/lspClient.js';
import { temporaryFolder } from '../support/temporaryFolders.js';

const STORE_FIXTURES = join(REPO, 'test', 'fixtures', 'store');
const XINHUA_ARTICLE = 'xinhua-2025-01-14-xi-to-lam-talks.txt';

/** A paraphrase of the Xinhua article's second paragraph, as a writer would draft it. */
const MATCHING_PARAGRAPH =
  'Xi said China and Vietnam are friendly socialist neighbors and that the two parties should steer the building of a China-Vietnam community with a shared future.';
/** A paragraph the corpus says nothing about. */
const UNRELATED_PARAGRAPH =
  'The bakery on the corner sells sourdough loaves and rye rolls every morning before the market opens.';

const draftText = `---\ndate: 2025-01-20\n---\n\n${MATCHING_PARAGRAPH}\n\n${UNRELATED_PARAGRAPH}\n`;

describe('the passages code lens counts what the passages request lists', { timeout: 60_000 }, () => {
  const workspace = temporaryFolder('attache-passages-');
  const draft = pathToFileURL(join(workspace, 'drafts', 'talks.md')).href;
  let server: ServerUnderTest;

  before(async () => {
    mkdirSync(join(workspace, 'drafts'));
    mkdirSync(join(workspace, 'corpus', 'copies'), { recursive: true });
    for (const file of [
      'xinhua-2025-01-14-xi-to-lam-talks.txt',
      'vna-2025-01-14-to-lam-xi-talks.txt',
      'kpl-2025-05-14-sonexay-chinh-meeting.txt',
    ]) {
      copyFileSync(join(STORE_FIXTURES, file), join(workspace, 'corpus', file));
    }
    // The same article twice more: a byte-for-byte copy in another folder, and a copy another
    // outlet republished under its own name.
    const original = readFileSync(join(STORE_FIXTURES, XINHUA_ARTICLE), 'utf8');
    copyFileSync(join(STORE_FIXTURES, XINHUA_ARTICLE), join(workspace, 'corpus', 'copies', XINHUA_ARTICLE));
    writeFileSync(join(workspace, 'corpus', 'copies', 'republished.txt'), original.replaceAll('Xinhua', 'China Daily'));
    writeFileSync(join(workspace, 'drafts', 'talks.md'), draftText);
    server = await startServer(workspace, { corpus: { folders: ['corpus'] } });
    await server.corpusReady;
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: draft, languageId: 'markdown', version: 1, text: draftText },
    });
  });
  after(() => server.stop());

  const lenses = () =>
    server.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: draft } });
  const passagesFor = (text: string) =>
    server.connection.sendRequest<PassageMatchMessage[]>('attache/passages', { text, uri: draft });

  it('lists an article and its copies once, naming the other outlet that carries it', async () => {
    const found = await passagesFor(MATCHING_PARAGRAPH);
    const fromTheArticle = found.filter(
      (match) =>
        match.title === 'Xi Jinping holds talks with To Lam in Beijing' &&
        /friendly socialist neighbors/.test(match.text),
    );
    assert.equal(
      fromTheArticle.length,
      1,
      JSON.stringify(found.map((match) => [match.outlet, match.title, match.text])),
    );
    const { outlet, alsoIn } = fromTheArticle[0]!;
    assert.deepEqual([outlet, ...alsoIn].sort(), ['China Daily', 'Xinhua']);
    const shown = found.map((match) => `${match.title}\u0000${match.text}`);
    assert.equal(new Set(shown).size, shown.length);
  });

  it("gives the lens the number of passages the request returns for the lens's own paragraph", async () => {
    const lens = (await lenses()).find((candidate) => candidate.command?.arguments?.[0]?.text === MATCHING_PARAGRAPH);
    assert.ok(lens?.command, 'a lens over the matching paragraph');
    const argument = lens.command.arguments![0] as { text: string; uri?: string };
    assert.equal(argument.uri, draft);
    const found = await passagesFor(argument.text);
    assert.ok(found.length > 0);
    assert.equal(lens.command.title, `${found.length} matching passage${found.length === 1 ? '' : 's'}`);
  });

  it('puts no lens over a paragraph the corpus has no close match for, and the request answers none', async () => {
    assert.ok(!(await lenses()).some((lens) => lens.command?.arguments?.[0]?.text === UNRELATED_PARAGRAPH));
    assert.deepEqual(await passagesFor(UNRELATED_PARAGRAPH), []);
  });

  it('shows each passage in its paragraph, the matched sentence marked, with language and relevance', async () => {
    const [best] = await passagesFor(MATCHING_PARAGRAPH);
    assert.ok(best);
    assert.equal(best.paragraph.slice(best.highlight.start, best.highlight.end), best.text);
    assert.equal(best.language, 'en');
    assert.ok(best.coverage > 0 && best.coverage <= 1);
  });
});
