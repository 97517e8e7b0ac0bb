import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  compareRoleDates,
  earliestDay,
  endedBefore,
  formatRoleDate,
  latestDay,
  mayHoldOn,
  precisionOf,
} from '../../../server/src/kb/roleDates.js';
import { memoryKnowledgeBase } from '../../support/memoryKnowledgeBase.js';

describe('role dates', () => {
  it('knows a day, a month and a year by their shape', () => {
    assert.equal(precisionOf('2021-03-22'), 'day');
    assert.equal(precisionOf('2021-01'), 'month');
    assert.equal(precisionOf('2016'), 'year');
  });

  it('spans a month or a year from its first to its last day, leap years included', () => {
    assert.equal(earliestDay('2021-01'), '2021-01-01');
    assert.equal(latestDay('2021-01'), '2021-01-31');
    assert.equal(latestDay('2024-02'), '2024-02-29');
    assert.equal(latestDay('2023-02'), '2023-02-28');
    assert.equal(earliestDay('2016'), '2016-01-01');
    assert.equal(latestDay('2016'), '2016-12-31');
    assert.equal(earliestDay('2021-03-22'), '2021-03-22');
    assert.equal(latestDay('2021-03-22'), '2021-03-22');
  });

  it('counts a role as held on every day its month-precise bounds may mean, and not a day beyond', () => {
    const role = { from: '2016-01', to: '2021-01' };
    assert.equal(mayHoldOn(role, '2015-12-31'), false);
    assert.equal(mayHoldOn(role, '2016-01-01'), true);
    assert.equal(mayHoldOn(role, '2021-01-31'), true);
    assert.equal(mayHoldOn(role, '2021-02-01'), false);
  });

  it('counts a role as held on every day its year-precise bounds may mean, and not a day beyond', () => {
    const role = { from: '2016', to: '2020' };
    assert.equal(mayHoldOn(role, '2015-12-31'), false);
    assert.equal(mayHoldOn(role, '2016-01-01'), true);
    assert.equal(mayHoldOn(role, '2020-12-31'), true);
    assert.equal(mayHoldOn(role, '2021-01-01'), false);
  });

  it('keeps day-precise bounds exact, boundary days included', () => {
    const role = { from: '2013-03-15', to: '2023-03-11' };
    assert.equal(mayHoldOn(role, '2013-03-14'), false);
    assert.equal(mayHoldOn(role, '2013-03-15'), true);
    assert.equal(mayHoldOn(role, '2023-03-11'), true);
    assert.equal(mayHoldOn(role, '2023-03-12'), false);
    assert.equal(mayHoldOn({ from: '2023-03-11' }, '2030-01-01'), true);
  });

  it('says a role ended before a date only when even the last day its end may mean is earlier', () => {
    assert.equal(endedBefore({ to: '2021-01' }, '2021-01-31'), false);
    assert.equal(endedBefore({ to: '2021-01' }, '2021-02-01'), true);
    assert.equal(endedBefore({ to: '2020' }, '2020-12-31'), false);
    assert.equal(endedBefore({ to: '2020' }, '2021-01-01'), true);
    assert.equal(endedBefore({}, '2099-01-01'), false);
  });

  it('orders by the first day each may mean, the less precise first on a tie', () => {
    assert.deepEqual(['2016-01-22', '2021-01', '2016', '2016-01', '2015-12-31'].sort(compareRoleDates), [
      '2015-12-31',
      '2016',
      '2016-01',
      '2016-01-22',
      '2021-01',
    ]);
  });

  it('writes a month in words and leaves a year or a day as written', () => {
    assert.equal(formatRoleDate('2021-01'), 'January 2021');
    assert.equal(formatRoleDate('2016-12'), 'December 2016');
    assert.equal(formatRoleDate('2016'), '2016');
    assert.equal(formatRoleDate('2021-03-22'), '2021-03-22');
  });
});

describe('loading role dates', () => {
  const kbWith = (roles: string) =>
    memoryKnowledgeBase(`
countries:
  - { id: laos, name: Laos, adjective: Lao }
offices:
  - { id: politburo-member-lprp, name: Member of the LPRP Politburo, country: laos, titles: [Politburo member] }
people:
  - id: someone
    name: Khamphan Sengdara
    country: laos
    convention: given-name
    roles:
${roles}
`);

  it('accepts a month, a quoted year and an unquoted year', () => {
    const kb = kbWith(`      - { office: politburo-member-lprp, from: 2016-01, to: '2021', source: a }
      - { office: politburo-member-lprp, from: 2011, to: 2015-12-31, source: b }`);
    const person = kb.kb.entities.get('someone');
    assert.equal(person?.kind, 'person');
    const roles = person?.kind === 'person' ? person.entry.roles : undefined;
    assert.deepEqual(
      roles?.map((role) => [role.from, role.to]),
      [
        ['2016-01', '2021'],
        ['2011', '2015-12-31'],
      ],
    );
  });

  it('refuses a month that does not exist and an end before the start', () => {
    assert.throws(() => kbWith(`      - { office: politburo-member-lprp, from: 2016-13, source: a }`), /from|pattern/);
    assert.throws(
      () => kbWith(`      - { office: politburo-member-lprp, from: 2016-02, to: 2016-01, source: a }`),
      /ends \(2016-01\) before it starts \(2016-02\)/,
    );
  });

  it('takes a role ending in the month it starts as one that may be a day long, not an error', () => {
    const kb = kbWith(`      - { office: politburo-member-lprp, from: 2016-01-22, to: 2016-01, source: a }`);
    assert.equal(kb.kb.problems.filter((p) => p.severity === 'error').length, 0);
  });
});
