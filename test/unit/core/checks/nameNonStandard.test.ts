import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameNonStandard } from '../../../../server/src/core/checks/nameNonStandard.js';
import { fixOf, memoryKnowledgeBase } from '../../../support/memoryKnowledgeBase.js';

const CHECKS = [nameNonStandard];

/** A wrong form on each kind the rule covers, and one on a person, which it does not. */
const KB = memoryKnowledgeBase(`
countries:
  - id: laos
    name: Laos
    adjective: Lao
    aliases: [Lao PDR]
    wrongForms:
      - { form: Laos PDR, use: Lao PDR, reason: The official short form uses the adjective. }
agreements:
  - id: bri
    name: Belt and Road Initiative
    kind: initiative
    wrongForms:
      - { form: One Belt One Road, reason: The name was changed in 2015. }
places:
  - id: vientiane
    name: Vientiane
    country: laos
    wrongForms:
      - { form: Viengchan City }
people:
  - id: sonexay-siphandone
    name: Sonexay Siphandone
    country: laos
    convention: given-name
    wrongForms:
      - { form: Songsai Xipandun }
`);

describe('name/non-standard', () => {
  it('flags a wrong form of an agreement, a country and a place, with the standard form as the fix', () => {
    const text = 'In Viengchan City, Laos PDR praised the One Belt One Road.';
    const findings = KB.findings(CHECKS, text);
    assert.deepEqual(
      findings.map((f) => [text.slice(f.start, f.end), fixOf(f)]),
      [
        ['Viengchan City', 'Vientiane'],
        ['Laos PDR', 'Lao PDR'],
        ['One Belt One Road', 'Belt and Road Initiative'],
      ],
    );
    assert.equal(
      findings[2]!.message,
      '"One Belt One Road" is not the standard name; write "Belt and Road Initiative".',
    );
  });

  it('is quiet on the standard forms, and leaves a person’s wrong form to its own rule', () => {
    assert.deepEqual(KB.flagged(CHECKS, 'In Vientiane, the Lao PDR praised the Belt and Road Initiative.'), []);
    assert.deepEqual(KB.flagged(CHECKS, 'Songsai Xipandun arrived.'), []);
  });
});
