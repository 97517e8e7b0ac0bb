/** Families of event formats: which formats can describe one encounter, which need two sides, which say less. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { familyOf, isGenericFormat, needsCounterpart } from '../../../../server/src/core/facts/eventFamilies.js';

it('puts formats that can describe one encounter in one family', () => {
  assert.equal(familyOf('talks'), familyOf('meeting'));
  assert.equal(familyOf('phone call'), familyOf('virtual meeting'));
  for (const format of ['state visit', 'official visit', 'working visit', 'visit'] as const)
    assert.equal(familyOf(format), 'visit');
  assert.equal(familyOf('welcome ceremony'), 'ceremony');
  assert.equal(familyOf('signing'), 'signing');
  assert.notEqual(familyOf('talks'), familyOf('state visit'));
});

it('asks two sides of meetings, calls, banquets and ceremonies, not of visits, signings and letters', () => {
  for (const format of ['talks', 'meeting', 'phone call', 'virtual meeting', 'banquet', 'welcome ceremony'] as const)
    assert.equal(needsCounterpart(format), true, format);
  for (const format of ['state visit', 'visit', 'signing', 'letter'] as const)
    assert.equal(needsCounterpart(format), false, format);
});

it('takes only the plain visit for a format that says less', () => {
  assert.equal(isGenericFormat('visit'), true);
  assert.equal(isGenericFormat('state visit'), false);
  assert.equal(isGenericFormat('meeting'), false);
});
