import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CheckFinding } from '../../../../server/src/core/checks/check.js';
import { replaceWith } from '../../../../server/src/core/checks/evidence.js';
import { foldRepeats, severityOf, type Occurrence } from '../../../../server/src/core/checks/repeats.js';

const TEXT = 'Premier X arrived.\nPremier X left.\nPremier Y stayed.\n';

/** A finding on the nth occurrence of `written`, replacing it with `right`. */
function occurrence(written: string, nth: number, right: string, fault: string, followsFromFirst = false): Occurrence {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(written, start + 1);
  const end = start + written.length;
  const finding: CheckFinding = {
    start,
    end,
    message: `${written} is wrong.`,
    fixes: [replaceWith(start, end, right)],
    evidence: [{ message: 'why', path: 'kb.yaml', line: 3 }],
  };
  return { finding, fault, statement: `${written} is wrong`, followsFromFirst };
}

describe('repeats', () => {
  it('leaves findings of different faults as they are', () => {
    const occurrences = [occurrence('Premier X', 0, 'Premier Z', 'x'), occurrence('Premier Y', 0, 'Premier Z', 'y')];
    assert.deepEqual(
      foldRepeats(TEXT, occurrences),
      occurrences.map((o) => o.finding),
    );
  });

  it('marks a later occurrence of the same fault as a repeat of the first, without evidence, saying the first line', () => {
    const [first, repeat] = foldRepeats(TEXT, [
      occurrence('Premier X', 0, 'Premier Z', 'x'),
      occurrence('Premier X', 1, 'Premier Z', 'x'),
    ]);
    assert.equal(repeat!.message, 'Same as line 1: Premier X is wrong.');
    assert.deepEqual(repeat!.repeatOf, { start: first!.start, end: first!.end });
    assert.deepEqual(repeat!.evidence, []);
    assert.equal(first!.repeatOf, undefined);
    assert.equal(first!.evidence.length, 1);
  });

  it('gives the first a fix for every occurrence that needs an edit, before its own', () => {
    const [first, repeat] = foldRepeats(TEXT, [
      occurrence('Premier X', 0, 'Premier Z', 'x'),
      occurrence('Premier X', 1, 'Premier Z', 'x'),
    ]);
    assert.deepEqual(
      first!.fixes.map((fix) => fix.title),
      ['Replace with "Premier Z" here and on line 2', 'Replace with "Premier Z"'],
    );
    assert.deepEqual(
      first!.fixes[0]!.edits.map((edit) => edit.start),
      [0, 19],
    );
    assert.equal(repeat!.fixes.length, 1, 'the repeat keeps its own fix');
  });

  it('needs no fix for everywhere when the repeat follows from the first', () => {
    const [first] = foldRepeats(TEXT, [
      occurrence('Premier X', 0, 'Premier Z', 'x'),
      occurrence('Premier X', 1, 'Premier Z', 'x', true),
    ]);
    assert.deepEqual(
      first!.fixes.map((fix) => fix.title),
      ['Replace with "Premier Z"'],
    );
  });

  it('lowers a repeat to information at most, never above the rule’s severity', () => {
    const repeat = { repeatOf: { start: 0, end: 1 } };
    assert.equal(severityOf(repeat, 'error'), 'information');
    assert.equal(severityOf(repeat, 'warning'), 'information');
    assert.equal(severityOf(repeat, 'hint'), 'hint');
    assert.equal(severityOf({}, 'error'), 'error');
  });
});
