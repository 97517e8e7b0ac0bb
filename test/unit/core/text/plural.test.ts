/** A count with its noun. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { counted } from '../../../../server/src/core/text/plural.js';

it('writes the noun in the singular for one only, and takes an irregular plural', () => {
  assert.equal(counted(1, 'source'), '1 source');
  assert.equal(counted(2, 'source'), '2 sources');
  assert.equal(counted(0, 'file'), '0 files');
  assert.equal(counted(3, 'memorandum', 'memoranda'), '3 memoranda');
});
