/**
 * What the command "Attaché: Connect to a shared archive" keeps where, and what the status bar
 * says of an archive: the setting gets the address without its password, the secret storage a
 * key made of the connection the address makes, the server's environment the password marked
 * with the address; the command's steps, driven with scripted input boxes; an archive offline
 * shows as such, with its reason in the tooltip. (What is left to VS Code itself — showing the
 * input boxes, `context.secrets`, `configuration.update` — is a line each in extension.ts.)
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CONNECT_COMMAND, corpusStatusView, REINDEX_COMMAND } from '../../../client/src/corpusStatus.js';
import {
  archiveAddressProblem,
  archiveConnectionIdentity,
  archiveSecretKey,
  connectToSharedArchive,
  serverEnvironment,
  splitArchiveAddress,
  storedArchivePassword,
  type ArchiveConnectionEditor,
} from '../../../client/src/sharedArchive.js';
import { ARCHIVE_PASSWORD_ENV, type CorpusStatusMessage } from '../../../server/src/protocol.js';

const PASSWORD = 'Reader-s3cret/with:odd@chars';

describe('connecting to a shared archive', () => {
  it('keeps a password typed into the address out of what goes to the setting', () => {
    const typed = `postgresql://attache_reader:${encodeURIComponent(PASSWORD)}@db.example:5432/archive?sslmode=verify-full`;
    const split = splitArchiveAddress(typed);
    assert.ok(split);
    assert.equal(split.password, PASSWORD);
    assert.equal(split.address, 'postgresql://attache_reader@db.example:5432/archive?sslmode=verify-full');
    assert.ok(!split.address.includes(encodeURIComponent(PASSWORD)) && !split.address.includes(PASSWORD));
  });

  it('leaves an address without a password as it was typed', () => {
    assert.deepEqual(splitArchiveAddress('  postgresql://attache_reader@db.example/archive '), {
      address: 'postgresql://attache_reader@db.example/archive',
    });
    assert.deepEqual(splitArchiveAddress('postgresql://'), { address: 'postgresql://' });
  });

  it('refuses what is not a PostgreSQL address', () => {
    assert.equal(splitArchiveAddress('/home/me/store'), undefined);
    assert.equal(splitArchiveAddress('mysql://db.example/archive'), undefined);
    assert.match(archiveAddressProblem('db.example') ?? '', /postgresql:\/\//);
    assert.equal(archiveAddressProblem('postgresql://attache_reader@db.example/archive'), undefined);
  });

  it('keys the secret by the connection: user, host, port, database and options, however spelled', () => {
    const env = {};
    const key = (address: string) => archiveSecretKey(address, env);
    const stored = key('postgresql://attache_reader@db.example/archive?sslmode=verify-full&connect_timeout=5');
    assert.ok(stored);
    assert.ok(!stored.includes(PASSWORD));
    for (const same of [
      'postgres://attache_reader@DB.example:5432/archive?connect_timeout=5&sslmode=verify-full',
      ' postgresql://attache_reader@db.example:5432/archive?sslmode=verify-full&connect_timeout=5 ',
      `postgresql://attache_reader:${encodeURIComponent(PASSWORD)}@db.example/archive?sslmode=verify-full&connect_timeout=5`,
    ])
      assert.equal(key(same), stored, same);
    for (const other of [
      'postgresql://attache_reader@other.example/archive?sslmode=verify-full&connect_timeout=5',
      'postgresql://attache_reader@db.example:6543/archive?sslmode=verify-full&connect_timeout=5',
      'postgresql://postgres@db.example/archive?sslmode=verify-full&connect_timeout=5',
      'postgresql://attache_reader@db.example/other?sslmode=verify-full&connect_timeout=5',
      'postgresql://attache_reader@db.example/archive?sslmode=disable&connect_timeout=5',
      'postgresql://attache_reader@db.example/archive?connect_timeout=5',
      // The client lets a connection option override the address's own host, user or port.
      'postgresql://attache_reader@db.example/archive?sslmode=verify-full&connect_timeout=5&host=evil.example',
      'postgresql://attache_reader@db.example/archive?sslmode=verify-full&connect_timeout=5&user=postgres',
      'postgresql://attache_reader@db.example/archive?sslmode=verify-full&connect_timeout=5&port=6543',
      'postgresql://attache_reader@%2Fsock/archive?sslmode=verify-full&connect_timeout=5&host=db.example',
      'postgresql://attache_reader@db.example/archive?sslmode=verify-full&connect_timeout=5&host=%2Fvar%2Frun',
    ])
      assert.notEqual(key(other), stored, other);
    assert.equal(key('/home/me/store'), undefined, 'no key, so no password, for what is no archive');
    assert.notEqual(
      key('postgresql://attache_reader@localhost/archive?host=/run/PG'),
      key('postgresql://attache_reader@localhost/archive?host=/run/pg'),
      "a socket's folder is named with its case",
    );
  });

  it('fills what an address leaves out as the client does, from the PG variables', () => {
    const bare = 'postgresql://';
    const here = { PGHOST: 'db.example', PGPORT: '5432', PGUSER: 'attache_reader', PGDATABASE: 'archive' };
    assert.equal(archiveSecretKey(bare, here), archiveSecretKey('postgresql://attache_reader@db.example/archive', {}));
    assert.notEqual(archiveSecretKey(bare, here), archiveSecretKey(bare, { ...here, PGHOST: 'evil.example' }));
    assert.equal(
      archiveConnectionIdentity('postgresql://attache_reader@db.example/archive', {}),
      JSON.stringify({ user: 'attache_reader', host: 'db.example', port: '5432', database: 'archive', options: [] }),
    );
  });

  it('finds the password stored for the connection, and a password an earlier version kept for that very address alone', async () => {
    const address = 'postgresql://attache_reader@db.example/archive';
    const secrets = new Map([[archiveSecretKey(address, {})!, PASSWORD]]);
    const read = (key: string) => Promise.resolve(secrets.get(key));
    assert.equal(await storedArchivePassword(read, 'postgres://attache_reader@db.example:5432/archive', {}), PASSWORD);
    assert.equal(await storedArchivePassword(read, 'postgresql://attache_reader@evil.example/archive', {}), undefined);
    const earlier = new Map([[`attache.archivePassword:${address}`, PASSWORD]]);
    const readEarlier = (key: string) => Promise.resolve(earlier.get(key));
    assert.equal(await storedArchivePassword(readEarlier, address, {}), PASSWORD);
    assert.equal(await storedArchivePassword(readEarlier, `${address}?host=evil.example`, {}), undefined);
  });

  it("hands the password to the server's environment with its address, and takes a stale one out", () => {
    const address = 'postgresql://attache_reader@db.example/archive';
    const env = serverEnvironment({ PATH: '/usr/bin' }, address, PASSWORD);
    assert.equal(env[ARCHIVE_PASSWORD_ENV.password], PASSWORD);
    assert.equal(env[ARCHIVE_PASSWORD_ENV.address], address);
    assert.equal(env['PATH'], '/usr/bin');
    const without = serverEnvironment(env, address, undefined);
    assert.equal(without[ARCHIVE_PASSWORD_ENV.password], undefined);
    assert.equal(without[ARCHIVE_PASSWORD_ENV.address], undefined);
  });
});

/** An editor whose input boxes answer from a script, with its secret storage and setting in memory. */
function scriptedEditor(answers: { address?: string; password?: string }, currentAddress = '') {
  const secrets = new Map<string, string>();
  const calls: string[] = [];
  const editor: ArchiveConnectionEditor & { setting: string } = {
    setting: currentAddress,
    currentAddress,
    askAddress: (current) => {
      calls.push(`address box, starting from ${current}`);
      return Promise.resolve(answers.address);
    },
    askPassword: (address, typed) => {
      calls.push(`password box for ${address}${typed ? ', with the typed password' : ''}`);
      return Promise.resolve(answers.password);
    },
    secrets: {
      store: (key, value) => Promise.resolve(void secrets.set(key, value)),
      delete: (key) => Promise.resolve(void secrets.delete(key)),
    },
    passPassword: (address) => Promise.resolve(void calls.push(`server given the password for ${address}`)),
    writeSetting: (address) => Promise.resolve(void (editor.setting = address)),
  };
  return { editor, secrets, calls };
}

describe('the command "Connect to a shared archive"', () => {
  const address = 'postgresql://attache_reader@db.example:5432/archive?sslmode=verify-full';

  it('keeps the password under the connection, hands it to the server, and writes the address alone to the setting', async () => {
    const typed = address.replace('attache_reader@', `attache_reader:${encodeURIComponent(PASSWORD)}@`);
    const { editor, secrets, calls } = scriptedEditor({ address: typed, password: PASSWORD });
    assert.equal(await connectToSharedArchive(editor, {}), address);
    assert.deepEqual(calls, [
      'address box, starting from postgresql://attache_reader@host:5432/archive',
      `password box for ${address}, with the typed password`,
      `server given the password for ${address}`,
    ]);
    assert.equal(editor.setting, address);
    assert.deepEqual([...secrets], [[archiveSecretKey(address, {}), PASSWORD]]);
    const read = (key: string) => Promise.resolve(secrets.get(key));
    assert.equal(await storedArchivePassword(read, editor.setting, {}), PASSWORD);
  });

  it('starts from the setting, and forgets the stored password when none is given', async () => {
    const { editor, secrets, calls } = scriptedEditor({ address, password: '' }, address);
    secrets.set(archiveSecretKey(address, {})!, PASSWORD);
    assert.equal(await connectToSharedArchive(editor, {}), address);
    assert.equal(calls[0], `address box, starting from ${address}`);
    assert.equal(secrets.size, 0, 'PGPASSWORD or ~/.pgpass serve from now on');
  });

  it('changes nothing when a box is dismissed or the address is no archive', async () => {
    for (const answers of [{}, { address }, { address: '/home/me/store', password: PASSWORD }]) {
      const { editor, secrets, calls } = scriptedEditor(answers, 'postgresql://attache_reader@old.example/archive');
      assert.equal(await connectToSharedArchive(editor, {}), undefined);
      assert.equal(editor.setting, 'postgresql://attache_reader@old.example/archive');
      assert.equal(secrets.size, 0);
      assert.ok(!calls.some((call) => call.startsWith('server given')), calls.join('; '));
    }
  });
});

describe('the status bar over a shared archive', () => {
  const base: CorpusStatusMessage = { state: 'ready', articles: 1200, files: 40, skipped: 0, duplicates: 0 };
  const location = 'postgresql://attache_reader@db.example:5432/archive';

  it('says offline, with the reason in the tooltip and the articles it still answers from', () => {
    const view = corpusStatusView({
      ...base,
      archive: {
        location,
        state: 'offline',
        reason: `the shared archive ${location} cannot be reached: connect ECONNREFUSED`,
      },
    });
    assert.match(view.text, /archive offline \(1200 articles\)/);
    assert.match(view.tooltip, /cannot be reached: connect ECONNREFUSED/);
    assert.match(view.tooltip, /answer from the 1200 articles in 40 files read before/);
    assert.match(view.tooltip, /Reconnecting by itself/);
    assert.equal(view.command, REINDEX_COMMAND, 'a click tries again at once');
  });

  it('says the archive needs connecting when it wants a password, and a click connects', () => {
    const reason = `the shared archive ${location} asks for a password, and none was given`;
    const view = corpusStatusView({
      ...base,
      articles: 0,
      files: 0,
      archive: { location, state: 'offline', reason, needsPassword: true },
    });
    assert.equal(view.text, '$(key) Attaché: archive needs connecting');
    assert.equal(view.command, CONNECT_COMMAND);
    assert.match(
      view.tooltip,
      /^The shared archive postgresql:\/\/attache_reader@db\.example:5432\/archive asks for a password/,
    );
    assert.match(view.tooltip, /Click to connect/);
    assert.match(view.tooltip, /Corpus features are off until then; the knowledge-base checks go on\.$/);
    assert.doesNotMatch(view.tooltip, /Reconnecting by itself/);
  });

  it('a refused password keeps the articles read before in the tooltip', () => {
    const view = corpusStatusView({
      ...base,
      archive: { location, state: 'offline', reason: 'password authentication failed', needsPassword: true },
    });
    assert.match(view.text, /archive needs connecting$/);
    assert.match(view.tooltip, /^Password authentication failed\. /);
    assert.match(view.tooltip, /answer from the 1200 articles in 40 files read before/);
  });

  it('says when nothing was read before the archive went away', () => {
    const view = corpusStatusView({
      ...base,
      articles: 0,
      files: 0,
      archive: { location, state: 'offline', reason: 'no answer' },
    });
    assert.match(view.text, /archive offline$/);
    assert.match(view.tooltip, /Corpus features are off until it is back/);
  });

  it('shows an archive that is reached with its figures, and not as offline', () => {
    const view = corpusStatusView({ ...base, archive: { location, state: 'online' } });
    assert.match(view.text, /Attaché: 1200 articles$/);
    assert.doesNotMatch(`${view.text} ${view.tooltip}`, /offline/);
    assert.match(view.tooltip, /from the shared archive postgresql:\/\/attache_reader@db\.example:5432\/archive/);
    assert.equal(view.command, REINDEX_COMMAND);
  });

  it('keeps the embedded store as it was shown', () => {
    const view = corpusStatusView({ ...base, skipped: 2 });
    assert.equal(view.text, '$(book) Attaché: 1200 articles $(warning) 2 skipped');
    assert.match(view.tooltip, /Click to reindex\.$/);
  });
});
