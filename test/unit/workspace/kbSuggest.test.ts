/**
 * A workspace's knowledge-base suggestions with their patches: the passages behind each placed
 * through the caller's way of showing a path, with the file's line and the quoted sentence;
 * none without a corpus.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suggestedPatches } from '../../../server/src/workspace/kbSuggest.js';
import { loadCorpus, openCliWorkspace } from '../../../server/src/cli/cliWorkspace.js';
import type { CliIO } from '../../../server/src/cli/cliSupport.js';
import { ruritaniaSnapshot } from '../../support/ruritaniaWorkspace.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';

const MINISTER =
  'Lao Foreign Minister Khamphanh Sengdara received the Chinese Ambassador to Laos in Vientiane, and the two sides discussed the preparations for the next session of the bilateral cooperation committee.';
const AGREEING =
  'Lao President Thongloun Sisoulith received the credentials of the new ambassadors in Vientiane and wished them success in their work of strengthening the friendship between the peoples.';

const io: CliIO = { stdout: { write: () => undefined }, stderr: { write: () => undefined }, today: '2026-11-25' };

describe('suggestedPatches', () => {
  it('places each passage behind a suggestion as the shown path and line, with its sentence', async () => {
    const root = temporaryFolder('attache-kb-suggest-');
    const corpus = join(root, 'corpus');
    mkdirSync(corpus);
    const feed = join(corpus, 'kpl.jsonl');
    const record = (date: string, text: string) => JSON.stringify({ title: 'News', date, outlet: 'KPL', text });
    writeFileSync(feed, `${record('2026-02-11', AGREEING)}\n${record('2026-02-10', MINISTER)}\n`);
    const host = await openCliWorkspace({ corpus: [corpus], store: join(root, 'store') }, io);
    await loadCorpus(host, io);
    const patches = suggestedPatches(host.snapshot(), (path) => (path === feed ? 'shown/kpl.jsonl' : path));
    assert.equal(patches.length, 1, JSON.stringify(patches.map((patch) => patch.patch.summary)));
    const [{ suggestion, patch }] = patches as [(typeof patches)[0]];
    assert.equal(suggestion.kind, 'person');
    assert.equal(suggestion.officeId, 'foreign-minister-laos');
    assert.equal(suggestion.from, '2026-02-10');
    assert.deepEqual(
      patch.sources.map((source) => [source.where, source.quote]),
      [['shown/kpl.jsonl:2', MINISTER]],
    );
  });

  it('suggests nothing without a corpus', () => {
    assert.deepEqual(
      suggestedPatches(ruritaniaSnapshot(), (path) => path),
      [],
    );
  });
});
