/**
 * Forms too short to match safely: which are refused and why, the whole-word exception for a
 * one-letter form listed under caseSensitive, and an entry's refused forms left out (or the
 * entry made unusable when its name is refused).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formRefusal, refuseIndistinctForms } from '../../../server/src/kb/forms.js';

const none = new Set<string>();

describe('formRefusal', () => {
  it('accepts a form of two letters or digits, in any script', () => {
    for (const form of ['Li', 'PM', 'G7', '习近', ' Lao ', 'Hun Manet'])
      assert.equal(formRefusal(form, none), undefined, form);
  });

  it('refuses a form without letters or digits', () => {
    assert.equal(
      formRefusal(' . ', none),
      '"." has no letters or digits; a form needs at least two letters or digits, or it would match almost anywhere',
    );
  });

  it('refuses a one-letter form unless it is listed as case-sensitive', () => {
    assert.match(formRefusal('U', none)!, /^"U" has fewer than two letters or digits.*list it under caseSensitive/);
    assert.equal(formRefusal('U', new Set(['U'])), undefined);
  });

  it('refuses a one-letter form of an unspaced script even when listed, since it cannot be matched as a word', () => {
    assert.match(formRefusal('习', new Set(['习']))!, /fewer than two letters or digits/);
  });
});

describe('refuseIndistinctForms', () => {
  it('leaves a distinctive entry as it is', () => {
    const entry = { id: 'to-lam', name: 'To Lam', aliases: ['Tô Lâm'], names: { vi: 'Tô Lâm' } };
    const copy = structuredClone(entry);
    assert.deepEqual(refuseIndistinctForms(entry, false), { refusals: [], usable: true });
    assert.deepEqual(entry, copy);
  });

  it('leaves out each refused form, saying where it was', () => {
    const entry: Record<string, unknown> = {
      name: 'Lao People’s Revolutionary Party',
      acronym: 'L',
      aliases: ['LPRP', '-', 'Phak'],
      titles: ['X'],
      names: { lo: 'ພັກ', 'zh-Hans': '老' },
      wrongForms: [
        { form: '?', use: 'LPRP', reason: 'none' },
        { form: 'Lao Party', use: 'LPRP', reason: 'informal' },
      ],
    };
    const { refusals, usable } = refuseIndistinctForms(entry, false);
    assert.equal(usable, true);
    assert.deepEqual(
      refusals.map((refusal) => refusal.path),
      [['acronym'], ['aliases', 1], ['titles', 0], ['names', 'zh-Hans'], ['wrongForms', 0, 'form']],
    );
    assert.match(refusals[0]!.message, /^acronym "L" .*; left out$/);
    assert.match(refusals[3]!.message, /^native name "老"/);
    assert.equal(entry['acronym'], undefined);
    assert.deepEqual(entry['aliases'], ['LPRP', 'Phak']);
    assert.deepEqual(entry['titles'], []);
    assert.deepEqual(entry['names'], { lo: 'ພັກ' });
    assert.deepEqual(
      (entry['wrongForms'] as { form: string }[]).map((wrong) => wrong.form),
      ['Lao Party'],
    );
  });

  it('makes an entry whose name or adjective is refused unusable', () => {
    const byName = refuseIndistinctForms({ name: 'X' }, false);
    assert.equal(byName.usable, false);
    assert.match(byName.refusals[0]!.message, /^name "X" .*; entry skipped$/);
    assert.equal(refuseIndistinctForms({ name: 'Laos', adjective: '!' }, false).usable, false);
  });

  it('does not judge an office’s name, which is never matched', () => {
    assert.deepEqual(refuseIndistinctForms({ name: '-' }, true), { refusals: [], usable: true });
  });

  it('keeps a one-letter alias listed under caseSensitive', () => {
    const entry = { name: 'U Thant', aliases: ['U'], caseSensitive: [' U '] };
    assert.deepEqual(refuseIndistinctForms(entry, false).refusals, []);
    assert.deepEqual(entry.aliases, ['U']);
  });
});
