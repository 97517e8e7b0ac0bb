/**
 * The recall classes of issue 13 after transliterations — other people who are not typos,
 * title forms, country words, a wider knowledge base, the knowledge base's own reasons — on
 * the held-out cases (test/fixtures/holdout/recall-classes.yaml, written before the code and
 * never tuned to). Recall
 * of the findings and mentions that must be made, and false flags on what must stay quiet,
 * are printed per class and held to the floors the README reports.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load, report, score } from '../support/recallClasses.js';

/**
 * The floors the issue sets: recall 0.90 and no false flag. Measured once, at the end of the
 * work on these classes: 40 of 41 (0.976), no false flag on 22 correct texts and names. Since
 * the knowledge base records Deputy Prime Minister Tran Hong Ha, the set's "陈红河" is a mention
 * of him rather than of someone new, as the set expected: 39 of 41 (0.951).
 */
const HELDOUT_RECALL_FLOOR = 0.9;
const HELDOUT_FALSE_FLAGS_CEILING = 0;

test('recall classes, held out: recall and false flags', () => {
  const s = score(load('test/fixtures/holdout/recall-classes.yaml'));
  console.log(report('held-out recall classes', s));
  assert.ok(
    s.found / s.total >= HELDOUT_RECALL_FLOOR,
    `recall ${(s.found / s.total).toFixed(3)} below ${HELDOUT_RECALL_FLOOR}:\n  ${s.missed.join('\n  ')}`,
  );
  assert.ok(s.falseFlags.length <= HELDOUT_FALSE_FLAGS_CEILING, `false flags:\n  ${s.falseFlags.join('\n  ')}`);
});
