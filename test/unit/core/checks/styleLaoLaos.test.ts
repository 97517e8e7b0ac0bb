import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { styleLaoLaos } from '../../../../server/src/core/checks/styleLaoLaos.js';
import { fixOf, memoryKnowledgeBase } from '../../../support/memoryKnowledgeBase.js';

const CHECKS = [styleLaoLaos];

/** Laos and a neighbour, a person to speak, and a name the knowledge base lists with Laos first. */
const KB = memoryKnowledgeBase(`
countries:
  - { id: laos, name: Laos, adjective: Lao, adjectiveAliases: [Laotian] }
  - { id: china, name: China, adjective: Chinese }
agreements:
  - { id: china-laos-railway, name: China-Laos Railway, kind: project, aliases: [Laos-China Railway] }
people:
  - { id: thongloun-sisoulith, name: Thongloun Sisoulith, country: laos, convention: given-name }
`);

describe('style/lao-laos', () => {
  it('flags Laos used as an adjective, and Lao as a noun, each with the other word as the fix', () => {
    const text = 'The Laos government and a Laos official welcomed the visit to Lao.';
    const findings = KB.findings(CHECKS, text);
    assert.deepEqual(
      findings.map((f) => [text.slice(f.start, f.end), fixOf(f)]),
      [
        ['Laos', 'Lao'],
        ['Laos', 'Lao'],
        ['Lao', 'Laos'],
      ],
    );
    assert.equal(findings[0]!.message, '"Laos" is the country; the adjective is "Lao" ("the Lao government").');
    assert.equal(findings[2]!.message, '"Lao" is the adjective; the country is "Laos".');
  });

  it('flags the forms every country’s words follow: a possessive, a coordination, a compound', () => {
    assert.deepEqual(
      KB.flagged(CHECKS, "Lao's economy grew. China and Lao signed. Foreign investment in Lao has grown."),
      ['style/lao-laos "Lao\'s"', 'style/lao-laos "Lao"', 'style/lao-laos "Lao"'],
    );
  });

  it('is quiet on correct usage, a listed name with Laos first, the language and quoted speech', () => {
    for (const text of [
      'The Lao government and the people of Laos welcomed the Lao delegation.',
      'Thongloun Sisoulith said the Laos-China Railway has become a golden route.',
      'The agreement was signed in Lao, Chinese and English.',
      'He said: "The Laos government is ready."',
    ]) {
      assert.deepEqual(KB.flagged(CHECKS, text), [], text);
    }
  });

  it('follows the laoAdjective setting: Laotian is fine by default and flagged under "Lao"', () => {
    const text = 'Laotian President Thongloun Sisoulith spoke.';
    assert.deepEqual(KB.flagged(CHECKS, text), []);
    assert.deepEqual(KB.flagged(CHECKS, text, { houseStyle: { laoAdjective: 'Lao or Laotian' } }), []);
    const [finding] = KB.findings(CHECKS, text, { houseStyle: { laoAdjective: 'Lao' } });
    assert.equal(text.slice(finding!.start, finding!.end), 'Laotian');
    assert.equal(fixOf(finding), 'Lao');
  });
});
