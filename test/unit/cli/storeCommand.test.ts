/**
 * `attache store init` and `migrate` called directly: against a throwaway PostgreSQL cluster,
 * the schema created once and found up to date after; without a server, the usage errors and an
 * unreachable server named without its password.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runStore } from '../../../server/src/cli/storeCommand.js';
import { UsageError, type CliIO } from '../../../server/src/cli/cliSupport.js';
import { postgresCluster } from '../../support/postgresCluster.js';

async function run(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const io: CliIO = { stdout: { write: (chunk: string) => (stdout += chunk) }, stderr: { write: () => undefined } };
  return { code: await runStore(argv, io, env), stdout };
}

const usage = (pattern: RegExp) => (error: unknown) => error instanceof UsageError && pattern.test(error.message);

describe('runStore', () => {
  it('creates the schema and the reader role, then finds it there and up to date', async () => {
    const url = await (await postgresCluster()).createDatabase('store_command');
    const init = await run(['init', '--store', url, '--reader', 'archive_reader']);
    assert.equal(init.code, 0);
    assert.match(
      init.stdout,
      /: schema version \d+ created; role archive_reader can read the archive and nothing else\n$/,
    );
    assert.match(
      (await run(['init'], { ATTACHE_STORE: url, ATTACHE_READER_PASSWORD: 'secret' })).stdout,
      /: schema version \d+ already there; role attache_reader can read the archive and nothing else \(password set from ATTACHE_READER_PASSWORD\)\n$/,
    );
    assert.match((await run(['migrate', '--store', url])).stdout, /: schema version \d+, up to date\n$/);
  });

  it('refuses a missing or unknown action, an extra argument, --reader with migrate, and a store that is not a server', async () => {
    await assert.rejects(run([]), usage(/^store needs "init" or "migrate" \(try:/));
    await assert.rejects(run(['drop']), usage(/^store needs "init" or "migrate", got "drop"/));
    await assert.rejects(run(['init', 'extra']), usage(/^store init takes no other argument, got "extra"$/));
    await assert.rejects(
      run(['migrate', '--reader', 'r', '--store', 'postgresql://h/db']),
      usage(/^--reader goes with "store init"$/),
    );
    await assert.rejects(run(['init', '--store', 'some/folder']), usage(/work on a PostgreSQL server/));
    await assert.rejects(run(['init']), usage(/work on a PostgreSQL server/));
  });

  it('names an unreachable server without its password', async () => {
    await assert.rejects(
      run(['init', '--store', 'postgresql://owner:hunter2@127.0.0.1:1/archive']),
      (error: Error) =>
        /^the shared archive .*127\.0\.0\.1.* cannot be reached: /.test(error.message) &&
        !error.message.includes('hunter2'),
    );
  });
});
