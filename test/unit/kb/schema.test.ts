import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';

const schema = JSON.parse(
  readFileSync(new URL('../../../../server/kb/schema.json', import.meta.url), 'utf8'),
) as object;

test('the published JSON Schema compiles and rejects unknown keys', () => {
  const validate = new AjvModule.default({ allErrors: true }).compile(schema);
  assert.equal(validate({ people: [{ id: 'a-b', name: 'A B', country: 'x', convention: 'surname-first' }] }), true);
  assert.equal(
    validate({ people: [{ id: 'a-b', name: 'A B', country: 'x', convention: 'surname-first', nickname: 'AB' }] }),
    false,
  );
  assert.equal(validate({ offices: [{ id: 'o', name: 'O', country: 'x' }] }), false);
});
