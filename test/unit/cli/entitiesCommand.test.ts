/**
 * `attache entities` called directly: the mentions of each input with their ranges and
 * entities (a knowledge-base file from --kb included), as JSON and text, and exit 2 when an
 * input could not be read.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runEntities, type EntitiesReport } from '../../../server/src/cli/entitiesCommand.js';
import type { CliIO } from '../../../server/src/cli/cliSupport.js';
import { RURITANIA_KB } from '../../support/ruritaniaWorkspace.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';

let root: string;
let kb: string;
let draft: string;

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    today: '2024-06-01',
  };
  const code = await runEntities(argv, io);
  return { code, stdout, stderr };
}

before(() => {
  root = temporaryFolder('attache-entities-command-');
  // The command opens a workspace; its store must not be the user's cache.
  process.env['ATTACHE_STORE'] = join(root, 'store');
  kb = join(root, 'ruritania.yaml');
  writeFileSync(kb, RURITANIA_KB);
  draft = join(root, 'draft.md');
  writeFileSync(draft, '# Visit\n\nPresident  Flavia Strell visited Ruritania.\n');
});

describe('runEntities', () => {
  it('lists each mention with its range and entity as JSON', async () => {
    const { code, stdout } = await run('--kb', kb, '--format', 'json', draft);
    assert.equal(code, 0);
    const report = JSON.parse(stdout) as EntitiesReport;
    assert.equal(report.files.length, 1);
    const [file] = report.files;
    assert.equal(file!.path, draft);
    const person = file!.mentions.find((mention) => mention.entity.id === 'flavia-strel');
    assert.deepEqual(person?.range, { start: { line: 2, character: 11 }, end: { line: 2, character: 24 } });
    assert.equal(person?.text, 'Flavia Strell');
    assert.ok(file!.mentions.some((mention) => mention.entity.id === 'ruritania'));
  });

  it('prints a line per mention, with the canonical name where the text differs', async () => {
    const { stdout } = await run('--kb', kb, draft);
    assert.match(stdout, new RegExp(`^${draft.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\d+ mentions$`, 'm'));
    assert.match(stdout, /^ {2}3:12 {4}person {6}Flavia Strell → Flavia Strel {2}\[flavia-strel\]$/m);
    assert.match(stdout, /^ {2}3:34 {4}country {5}Ruritania {2}\[ruritania\]$/m);
  });

  it('lists no mentions of entries the knowledge base does not have', async () => {
    const report = JSON.parse((await run('--format', 'json', draft)).stdout) as EntitiesReport;
    assert.ok(!report.files[0]!.mentions.some((mention) => mention.entity.id === 'flavia-strel'));
  });

  it('exits 2 naming an input it could not read, and still lists the others', async () => {
    const missing = join(root, 'missing.txt');
    const { code, stdout, stderr } = await run('--kb', kb, '--format', 'json', missing, draft);
    assert.equal(code, 2);
    assert.match(stderr, new RegExp(`^attache: ${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: skipped: `));
    assert.equal((JSON.parse(stdout) as EntitiesReport).files.length, 1);
  });
});
