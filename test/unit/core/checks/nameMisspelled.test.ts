import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameInconsistent } from '../../../../server/src/core/checks/nameInconsistent.js';
import { nameMisspelled } from '../../../../server/src/core/checks/nameMisspelled.js';
import { nameSecondMention } from '../../../../server/src/core/checks/nameSecondMention.js';
import { fixOf, memoryKnowledgeBase } from '../../../support/memoryKnowledgeBase.js';

const CHECKS = [nameMisspelled];

/** Leaders whose names are misspelled in practice, each with the names the rule reads: romanizations, Chinese renderings, recorded wrong forms. */
const KB = memoryKnowledgeBase(`
countries:
  - { id: china, name: China, adjective: Chinese }
  - { id: laos, name: Laos, adjective: Lao }
  - { id: vietnam, name: Viet Nam, adjective: Vietnamese }
people:
  - { id: xi-jinping, name: Xi Jinping, country: china, convention: surname-first, names: { zh-Hans: 习近平 } }
  - id: to-lam
    name: To Lam
    country: vietnam
    convention: full-or-given-name
    names: { zh-Hans: 苏林 }
    wrongForms:
      - { form: Su Lin, reason: Machine translation of 苏林 back into pinyin. }
  - { id: tran-thanh-man, name: Tran Thanh Man, country: vietnam, convention: full-or-given-name }
  - { id: nguyen-phu-trong, name: Nguyen Phu Trong, country: vietnam, convention: full-or-given-name }
  - { id: pham-minh-chinh, name: Pham Minh Chinh, country: vietnam, convention: full-or-given-name, names: { zh-Hans: 范明政 } }
  - { id: sonexay-siphandone, name: Sonexay Siphandone, country: laos, convention: given-name, romanizations: [Sonxay Siphandone] }
  - { id: phankham-viphavanh, name: Phankham Viphavanh, country: laos, convention: given-name, romanizations: [Phankham Viphavan] }
  - { id: thongloun-sisoulith, name: Thongloun Sisoulith, country: laos, convention: given-name, names: { zh-Hans: 通伦·西苏里 } }
`);

describe('name/misspelled', () => {
  it('flags near misses of known names with the right spelling as the fix', () => {
    for (const [text, wrong, right] of [
      ['President Xi Jinpin met the delegation.', 'Xi Jinpin', 'Xi Jinping'],
      ['Chairman of the National Assembly Tran Thanh Mann attended.', 'Tran Thanh Mann', 'Tran Thanh Man'],
      ['The late General Secretary Nguyen Phu Trung was remembered.', 'Nguyen Phu Trung', 'Nguyen Phu Trong'],
    ] as const) {
      const findings = KB.findings(CHECKS, text);
      assert.deepEqual(
        findings.map((f) => [text.slice(f.start, f.end), fixOf(f)]),
        [[wrong, right]],
        text,
      );
    }
  });

  it('flags a recorded wrong form, and the pinyin of a Chinese rendering, as machine translations', () => {
    const [suLin] = KB.findings(CHECKS, 'Su Lin held talks with Xi Jinping in Hanoi.');
    assert.equal(fixOf(suLin), 'To Lam');
    assert.equal(suLin!.message, '"Su Lin" is not a standard form of To Lam\'s name; write "To Lam".');
    assert.equal(
      suLin!.evidence[0]!.message,
      '"To Lam", not "Su Lin": machine translation of 苏林 back into pinyin (knowledge base)',
    );
    assert.deepEqual(KB.flagged(CHECKS, 'Prime Minister Fan Mingzheng attended the forum.'), [
      'name/misspelled "Fan Mingzheng"',
    ]);
  });

  it('flags a Chinese rendering with one wrong character, and not the right one', () => {
    assert.deepEqual(KB.flagged(CHECKS, '国家主席习近平会见老挝国家主席通伦·西苏利。'), [
      'name/misspelled "通伦·西苏利"',
    ]);
    assert.deepEqual(KB.flagged(CHECKS, '国家主席习近平会见老挝国家主席通伦·西苏里。'), []);
  });

  it('is quiet on accepted romanizations and correct names', () => {
    for (const text of [
      'Prime Minister Sonxay Siphandone met the delegation.',
      'Former Prime Minister Phankham Viphavan visited Beijing.',
      'Xi Jinping and To Lam held talks.',
      'Tran Thanh Man and Pham Minh Chinh attended.',
    ]) {
      assert.deepEqual(KB.flagged(CHECKS, text), [], text);
    }
  });

  it('leaves alone people the knowledge base does not know', () => {
    assert.deepEqual(KB.flagged(CHECKS, 'Ambassador Nguyen Minh Vu and Director Tran Van Binh attended.'), []);
  });

  it('flags a Wade–Giles form, before or after the standard name, and never the standard name', () => {
    for (const text of [
      'Hsi Chin-ping arrived. Xi Jinping then spoke.',
      'Xi Jinping arrived. Hsi Chin-ping then spoke.',
    ]) {
      const findings = KB.findings([nameMisspelled, nameInconsistent], text);
      assert.deepEqual(
        findings.map((f) => [f.code, text.slice(f.start, f.end), fixOf(f)]),
        [['name/misspelled', 'Hsi Chin-ping', 'Xi Jinping']],
        text,
      );
    }
  });

  it('lets a misspelled first mention still introduce the person for later short forms', () => {
    const findings = KB.findings(
      [nameMisspelled, nameInconsistent, nameSecondMention],
      'Prime Minister Pham Minh Chin arrived. Chinh said so.',
    );
    assert.deepEqual(
      findings.map((f) => f.code),
      ['name/misspelled'],
    );
  });
});
