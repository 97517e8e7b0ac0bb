/**
 * The in-memory corpus store passes the store contract, and counts the records it writes.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { unreadableFileRecord } from '../../../server/src/corpus/fileRecord.js';
import { MemoryCorpusStore } from '../../../server/src/store/memoryStore.js';
import { storeContract } from './storeContract.js';

storeContract('MemoryCorpusStore', async () => new MemoryCorpusStore());

describe('MemoryCorpusStore', () => {
  it('is in memory, and counts the records written', async () => {
    const store = new MemoryCorpusStore();
    assert.equal(store.location, 'memory');
    assert.equal(store.recordsWritten, 0);
    await store.putRecord(unreadableFileRecord('mem/a.txt', 'fp-1', 'skipped: file is gone'));
    await store.putRecord(unreadableFileRecord('mem/a.txt', 'fp-2', 'skipped: file is gone'));
    assert.equal(store.recordsWritten, 2);
    assert.deepEqual(
      (await store.readRecords(['mem/a.txt'])).map((r) => [r.path, r.fingerprint, r.problems]),
      [['mem/a.txt', 'fp-2', [{ path: 'mem/a.txt', message: 'skipped: file is gone' }]]],
    );
  });
});
