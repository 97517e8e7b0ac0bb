import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameInconsistent } from '../../../../server/src/core/checks/nameInconsistent.js';
import { nameMisspelled } from '../../../../server/src/core/checks/nameMisspelled.js';
import { fixOf, memoryKnowledgeBase } from '../../../support/memoryKnowledgeBase.js';

const CHECKS = [nameInconsistent];

/** A person with accepted romanizations and a wrong form, as the Lao prime minister's entry has them. */
const KB = memoryKnowledgeBase(`
countries:
  - { id: laos, name: Laos, adjective: Lao }
people:
  - id: sonexay-siphandone
    name: Sonexay Siphandone
    country: laos
    convention: given-name
    romanizations: [Sonxay Siphandone, Sonesay Siphandone, Sonexay Siphandon]
    wrongForms:
      - { form: Songsai Xipandun, reason: Machine translation of the Chinese rendering. }
`);

describe('name/inconsistent', () => {
  it('flags the other spelling of one person, keeping the canonical one, with the evidence', () => {
    const text = 'Prime Minister Sonxay Siphandone arrived. Sonexay Siphandone then met the press.';
    const findings = KB.findings(CHECKS, text);
    assert.deepEqual(
      findings.map((f) => text.slice(f.start, f.end)),
      ['Sonxay Siphandone'],
    );
    assert.equal(fixOf(findings[0]), 'Sonexay Siphandone');
    assert.equal(
      findings[0]!.message,
      '"Sonxay Siphandone" and "Sonexay Siphandone" are both used in this document; write "Sonexay Siphandone".',
    );
    assert.match(findings[0]!.evidence[0]!.message, /^Sonexay Siphandone: the standard form of the name/);
  });

  it('flags the variant wherever it comes, before or after the canonical form', () => {
    for (const text of [
      'Sonesay Siphandone arrived. Sonexay Siphandone then met the press.',
      'Sonexay Siphandone arrived. Sonesay Siphandone then met the press.',
    ]) {
      assert.deepEqual(KB.flagged(CHECKS, text), ['name/inconsistent "Sonesay Siphandone"'], text);
    }
  });

  it('without the canonical form, keeps the first form written as the knowledge base spells it', () => {
    const text = 'Sonexay Siphandon arrived. Sonxay Siphandone then met the press.';
    const findings = KB.findings(CHECKS, text);
    assert.deepEqual(
      findings.map((f) => text.slice(f.start, f.end)),
      ['Sonxay Siphandone'],
    );
    assert.equal(fixOf(findings[0]), 'Sonexay Siphandon');
  });

  it('is quiet on one spelling throughout, even a variant, and on forms differing only in case or spacing', () => {
    assert.deepEqual(KB.flagged(CHECKS, 'Prime Minister Sonxay Siphandone arrived. Sonxay Siphandone then spoke.'), []);
    assert.deepEqual(KB.flagged(CHECKS, 'SONXAY SIPHANDONE VISITS HANOI\n\nSonxay Siphandone arrived in Hanoi.'), []);
    assert.deepEqual(
      KB.flagged(CHECKS, 'SONEXAY SIPHANDONE VISITS HANOI\n\nSonexay  Siphandone arrived in Hanoi.'),
      [],
    );
  });

  it('leaves a wrong form to name/misspelled, so the standard form is never the one flagged', () => {
    const text = 'Songsai Xipandun arrived. Sonexay Siphandone then spoke.';
    assert.deepEqual(KB.flagged([nameInconsistent, nameMisspelled], text), ['name/misspelled "Songsai Xipandun"']);
  });
});
