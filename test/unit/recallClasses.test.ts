/**
 * The recall classes of issue 13 after transliterations on the tuning cases
 * (test/fixtures/recall-classes-tuning.yaml): every finding and mention found, no false flag.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load, report, score } from '../support/recallClasses.js';

test('recall classes, tuning cases: all found, no false flag', () => {
  const s = score(load('test/fixtures/recall-classes-tuning.yaml'));
  console.log(report('tuning recall classes', s));
  assert.deepEqual(s.falseFlags, []);
  assert.deepEqual(s.missed, []);
});
