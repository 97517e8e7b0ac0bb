/** A date written in the shape the writer used, so that a fix changes the date and nothing else. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { shapeOf, writeDateLike } from '../../../../server/src/core/text/writeDate.js';

describe('dates written like the text', () => {
  it('reads the shape of a written date', () => {
    assert.deepEqual(shapeOf('December 4, 2021', true, true), { day: true, year: true, dayFirst: false });
    assert.deepEqual(shapeOf('4 December', true, false), { day: true, year: false, dayFirst: true });
  });

  it('writes month first or day first, with or without the year or the day', () => {
    assert.equal(writeDateLike('2021-12-03', shapeOf('December 4, 2021', true, true)), 'December 3, 2021');
    assert.equal(writeDateLike('2021-12-03', shapeOf('4 December 2021', true, true)), '3 December 2021');
    assert.equal(writeDateLike('2021-12-03', shapeOf('4 December', true, false)), '3 December');
    assert.equal(writeDateLike('2021-12-03', shapeOf('December 4', true, false)), 'December 3');
    assert.equal(writeDateLike('2022-01-15', shapeOf('December 2021', false, true)), 'January 2022');
    assert.equal(writeDateLike('2022-01-15', shapeOf('December', false, false)), 'January');
  });
});
