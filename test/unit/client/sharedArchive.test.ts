/**
 * What the command "Attaché: Connect to a shared archive" keeps where, and what the status bar
 * says of an archive: the setting gets the address without its password, the secret storage a
 * key made of that address, the server's environment the password marked with the address; an
 * archive offline shows as such, with its reason in the tooltip. (The VS Code command itself is
 * glue over these: input boxes, `context.secrets`, `configuration.update`.)
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { corpusStatusView } from '../../../client/src/corpusStatus.js';
import {
  archiveAddressProblem,
  archiveSecretKey,
  serverEnvironment,
  splitArchiveAddress,
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

  it('keys the secret by the address, so each server has its own', () => {
    const one = archiveSecretKey('postgresql://attache_reader@db.example/archive');
    assert.notEqual(one, archiveSecretKey('postgresql://attache_reader@other.example/archive'));
    assert.ok(one.includes('postgresql://attache_reader@db.example/archive'));
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
  });

  it('keeps the embedded store as it was shown', () => {
    const view = corpusStatusView({ ...base, skipped: 2 });
    assert.equal(view.text, '$(book) Attaché: 1200 articles $(warning) 2 skipped');
    assert.match(view.tooltip, /Click to reindex\.$/);
  });
});
