/**
 * Sealed store files: a payload read back only when its magic and checksum hold, atomic writes
 * that leave no temporary file behind, and write errors that name the file.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  MAGIC,
  PAYLOAD_START,
  sealed,
  sha256,
  storeError,
  unsealed,
  writeAtomically,
} from '../../../server/src/store/sealedFiles.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';

const parts = [Buffer.from('first part, '), Buffer.from('second part')];

describe('sealed and unsealed', () => {
  it('gives back the payload of a sealed file', () => {
    const bytes = Buffer.concat(sealed(parts));
    assert.equal(bytes.toString('latin1', 0, MAGIC.length), MAGIC);
    assert.equal(PAYLOAD_START % 8, 0);
    assert.equal(unsealed(bytes)?.toString(), 'first part, second part');
  });

  it('reads a flipped bit, a truncated file or another format as missing', () => {
    const bytes = Buffer.concat(sealed(parts));
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 1]! ^= 1;
    assert.equal(unsealed(flipped), undefined);
    assert.equal(unsealed(bytes.subarray(0, bytes.length - 1)), undefined);
    assert.equal(unsealed(bytes.subarray(0, PAYLOAD_START - 1)), undefined);
    const otherFormat = Buffer.from(bytes);
    otherFormat.write('ATTACHE-STORE-1\n', 0, 'latin1');
    assert.equal(unsealed(otherFormat), undefined);
  });

  it('accepts an empty payload', () => {
    assert.equal(unsealed(Buffer.concat(sealed([])))?.length, 0);
  });

  it('hashes parts as one stream', () => {
    assert.deepEqual(sha256(Buffer.from('ab'), Buffer.from('c')), sha256(Buffer.from('abc')));
    assert.notDeepEqual(sha256(Buffer.from('abc')), sha256(Buffer.from('abd')));
  });
});

describe('writeAtomically', () => {
  it('writes all the parts, more than one system call takes, and leaves no temporary file', async () => {
    const folder = temporaryFolder('attache-sealed-');
    const path = join(folder, 'records.bin');
    writeFileSync(path, 'old contents');
    const many = Array.from({ length: 600 }, (_, n) => Buffer.from(`${n},`));
    many.splice(10, 0, Buffer.alloc(0));
    await writeAtomically(path, many);
    assert.equal(readFileSync(path, 'utf8'), Array.from({ length: 600 }, (_, n) => `${n},`).join(''));
    assert.deepEqual(readdirSync(folder), ['records.bin']);
  });

  it('names the file when it cannot write, and leaves nothing behind', async () => {
    const folder = temporaryFolder('attache-sealed-');
    const path = join(folder, 'missing-folder', 'records.bin');
    await assert.rejects(writeAtomically(path, parts), (error: Error) =>
      error.message.startsWith(`cannot write the corpus store file ${path}: `),
    );
    assert.deepEqual(readdirSync(folder), []);
  });
});

describe('storeError', () => {
  it('says what went wrong in words for a full disk and a permission', () => {
    const code = (value: string) => Object.assign(new Error('raw'), { code: value });
    assert.equal(
      storeError('/s/f', code('ENOSPC')).message,
      'cannot write the corpus store file /s/f: the disk is full',
    );
    assert.equal(
      storeError('/s/f', code('EACCES')).message,
      'cannot write the corpus store file /s/f: permission denied',
    );
    assert.equal(storeError('/s/f', code('EIO')).message, 'cannot write the corpus store file /s/f: raw');
  });
});
