import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDays } from '../../../../server/src/core/facts/eventDates.js';

describe('addDays', () => {
  it('counts across the ends of months and years, and through leap days', () => {
    assert.equal(addDays('2024-01-31', 1), '2024-02-01');
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2023-02-28', 1), '2023-03-01');
    assert.equal(addDays('2100-02-28', 1), '2100-03-01');
    assert.equal(addDays('2000-02-28', 1), '2000-02-29');
    assert.equal(addDays('2024-12-31', 1), '2025-01-01');
    assert.equal(addDays('2025-01-01', -1), '2024-12-31');
    assert.equal(addDays('2024-03-01', -1), '2024-02-29');
    assert.equal(addDays('2024-06-15', 0), '2024-06-15');
    assert.equal(addDays('2024-06-15', -400), '2023-05-12');
    assert.equal(addDays('2024-06-15', 365), '2025-06-15');
  });

  it('reads a month alone as its first day, and rolls a day past its month over, as a date string is read', () => {
    assert.equal(addDays('2024-07', 1), '2024-07-02');
    assert.equal(addDays('2024-07', -1), '2024-06-30');
    assert.equal(addDays('2024-02-30', 0), '2024-03-01');
  });
});
