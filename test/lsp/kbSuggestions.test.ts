import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { patchInsertion } from '../../server/src/core/kbPatchEdit.js';
import type { KbSuggestionMessage } from '../../server/src/protocol.js';
import { startServer, type ServerUnderTest } from '../support/lspClient.js';
import { temporaryFolder } from '../support/temporaryFolders.js';

/** A KPL item after the knowledge base's verifiedThrough date, naming the Lao Prime Minister President. */
const ARTICLE =
  'Lao leader chairs defence council\n\n2026-03-24 10:15\n\nVIENTIANE, March 24 (KPL) -- Lao President Sonexay Siphandone chaired the first meeting of the new National Defence and Security Council on Tuesday, and called on its members to strengthen the unity of the armed forces and the people.\n';
/** The workspace's own entry for him, overriding the bundled one: the file a suggestion may edit. */
const OVERRIDE = `people:
  - id: sonexay-siphandone
    name: Sonexay Siphandone
    country: laos
    convention: given-name
    roles:
      - office: prime-minister-laos
        from: 2022-12-30
        source: 4th ordinary session of the 9th National Assembly
`;

describe(
  'the editor is offered the knowledge-base suggestions with what it needs to apply them',
  { timeout: 60_000 },
  () => {
    const workspace = temporaryFolder('attache-kb-suggest-');
    const kbFile = join(workspace, '.attache', 'kb', 'laos-people.yaml');
    let server: ServerUnderTest;

    before(async () => {
      mkdirSync(join(workspace, 'corpus'));
      mkdirSync(join(workspace, '.attache', 'kb'), { recursive: true });
      writeFileSync(join(workspace, 'corpus', 'kpl-2026-03-24.txt'), ARTICLE);
      writeFileSync(kbFile, OVERRIDE);
      server = await startServer(workspace, { corpus: { folders: ['corpus'] } });
      await server.corpusReady;
    });
    after(() => server.stop());

    it('gives each part of a patch its file, says which files are shipped, and places the passages', async () => {
      const suggestions = await server.connection.sendRequest<KbSuggestionMessage[]>('attache/kbSuggestions');
      assert.equal(suggestions.length, 1, JSON.stringify(suggestions.map((s) => s.summary)));
      const [suggestion] = suggestions;
      assert.match(
        suggestion!.summary,
        /^Sonexay Siphandone: President of the Lao People's Democratic Republic since 2026-03-24/,
      );
      assert.deepEqual(
        suggestion!.hunks.map((h) => [h.action, h.entryId, h.shipped]),
        [
          ['add-role', 'sonexay-siphandone', false],
          ['end-role', 'thongloun-sisoulith', true],
        ],
      );
      assert.equal(suggestion!.hunks[0]!.uri, pathToFileURL(kbFile).href);
      const [source] = suggestion!.sources;
      assert.equal(source!.uri, pathToFileURL(join(workspace, 'corpus', 'kpl-2026-03-24.txt')).href);
      assert.equal(source!.range.start.line, 4);
      assert.match(suggestion!.text, /^# Sonexay Siphandone: President/);
      // What the client does with the workspace's part: insert it into the file's current text.
      const text = readFileSync(fileURLToPath(suggestion!.hunks[0]!.uri), 'utf8');
      const insertion = patchInsertion(text, suggestion!.hunks[0]!);
      assert.ok(insertion);
      assert.match(
        text.slice(0, insertion.offset) + insertion.text,
        /source: 4th ordinary session of the 9th National Assembly\n {6}- office: president-laos\n {8}from: 2026-03-24\n/,
      );
    });
  },
);
