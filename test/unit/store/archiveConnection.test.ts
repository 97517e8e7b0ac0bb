/**
 * How the shared archive is named in messages — server, port, user and database, from the
 * connection string or else the PG* variables, never the password — and how a failure becomes
 * one line that names it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  archiveClientConfig,
  archiveError,
  describeArchive,
  isArchiveAddress,
} from '../../../server/src/store/postgres/archiveConnection.js';

describe('naming the shared archive', () => {
  it('tells a server from a folder', () => {
    assert.equal(isArchiveAddress('postgresql://db.example/archive'), true);
    assert.equal(isArchiveAddress('postgres://db.example/archive'), true);
    assert.equal(isArchiveAddress('POSTGRESQL://'), true);
    assert.equal(isArchiveAddress('/var/cache/attache/store'), false);
    assert.equal(isArchiveAddress('postgresql-store'), false);
  });

  it('names server, port, user and database, and leaves out the password and the options', () => {
    assert.equal(
      describeArchive('postgresql://reader:s3cret@db.example:6432/archive?sslmode=verify-full', {}),
      'postgresql://reader@db.example:6432/archive',
    );
    assert.equal(describeArchive('postgresql://db.example/archive', {}), 'postgresql://db.example:5432/archive');
  });

  it('fills in what the connection string leaves out from the PG variables', () => {
    const env = { PGHOST: 'replica.example', PGPORT: '5433', PGUSER: 'ci', PGDATABASE: 'wire', PGPASSWORD: 'hidden' };
    assert.equal(describeArchive('postgresql://', env), 'postgresql://ci@replica.example:5433/wire');
    assert.equal(describeArchive('postgresql://other.example/', env), 'postgresql://ci@other.example:5433/wire');
    // A socket folder, as libpq writes it.
    assert.equal(describeArchive('postgresql:///wire?host=/run/postgresql', {}), 'postgresql:///run/postgresql/wire');
  });

  it('hands a bare postgresql:// to the client as no connection string at all (the PG variables then apply)', () => {
    assert.equal(archiveClientConfig('postgresql://').connectionString, undefined);
    assert.equal(
      archiveClientConfig('postgresql://u@h/d?sslmode=require').connectionString,
      'postgresql://u@h/d?sslmode=require',
    );
  });

  it('turns a failure into one line naming the archive, with any password taken out', () => {
    const url = 'postgresql://reader:pa%24%24word@db.example/archive';
    const error = archiveError(
      url,
      Object.assign(new Error('password authentication failed for "pa$$word"\nDETAIL: more'), { code: '28P01' }),
      'cannot be reached',
    );
    assert.equal(
      error.message,
      'the shared archive postgresql://reader@db.example:5432/archive cannot be reached: password authentication failed for "***"',
    );
    assert.equal((error as NodeJS.ErrnoException).code, '28P01');
    // Said once: a failure already naming the archive is passed on as it is.
    assert.equal(archiveError(url, error, 'could not be read'), error);
  });
});
