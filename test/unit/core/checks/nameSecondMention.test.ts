import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameSecondMention } from '../../../../server/src/core/checks/nameSecondMention.js';
import { fixOf, memoryKnowledgeBase } from '../../../support/memoryKnowledgeBase.js';

const CHECKS = [nameSecondMention];

/** One person for each naming convention. */
const KB = memoryKnowledgeBase(`
countries:
  - { id: laos, name: Laos, adjective: Lao }
  - { id: china, name: China, adjective: Chinese }
  - { id: vietnam, name: Viet Nam, adjective: Vietnamese }
  - { id: ruritania, name: Ruritania, adjective: Ruritanian }
  - { id: south-korea, name: South Korea, adjective: South Korean }
  - { id: malaysia, name: Malaysia, adjective: Malaysian }
people:
  - { id: sonexay-siphandone, name: Sonexay Siphandone, country: laos, convention: given-name }
  - { id: li-qiang, name: Li Qiang, country: china, convention: surname-first }
  - { id: to-lam, name: To Lam, country: vietnam, convention: full-or-given-name, caseSensitive: [Lam] }
  - { id: rudolf-elphberg, name: Rudolf Elphberg, country: ruritania, convention: surname-last }
  - { id: yoon-suk-yeol, name: Yoon Suk Yeol, country: south-korea, convention: surname-first, shortForms: [Yoon] }
  - { id: anwar-ibrahim, name: Anwar Ibrahim, country: malaysia, convention: given-name, shortForms: [Anwar] }
`);

describe('name/second-mention', () => {
  it('flags a second mention against the convention, with the right short form and the convention', () => {
    const text =
      'Prime Minister Sonexay Siphandone arrived. Mr. Siphandone said. Premier Li Qiang spoke. Premier Qiang added.';
    const findings = KB.findings(CHECKS, text);
    assert.deepEqual(
      findings.map((f) => [text.slice(f.start, f.end), fixOf(f)]),
      [
        ['Siphandone', 'Sonexay'],
        ['Qiang', 'Li'],
      ],
    );
    assert.equal(
      findings[1]!.message,
      '"Qiang" is the wrong second mention of Li Qiang; write "Li" (Chinese names: surname first).',
    );
    assert.match(
      findings[0]!.evidence[0]!.message,
      /^Sonexay Siphandone: Lao usage refers to people by their given name/,
    );
  });

  it("names the convention by the person's own country, not by another that shares it", () => {
    const text =
      'President Yoon Suk Yeol arrived. Mr. Suk Yeol said. Prime Minister Anwar Ibrahim spoke. Mr. Ibrahim added.';
    const findings = KB.findings(CHECKS, text);
    assert.deepEqual(
      findings.map((f) => [text.slice(f.start, f.end), fixOf(f), f.message.replace(/^.*\((.*)\)\.$/, '$1')]),
      [
        ['Suk Yeol', 'Yoon', 'South Korean names: surname first'],
        ['Ibrahim', 'Anwar', 'Malaysian names: the given name'],
      ],
    );
    assert.match(findings[0]!.evidence[0]!.message, /^Yoon Suk Yeol: South Korean names put the surname first/);
    assert.match(
      findings[1]!.evidence[0]!.message,
      /^Anwar Ibrahim: Malaysian usage refers to people by their given name/,
    );
  });

  it('is quiet on the right second mentions of every convention', () => {
    assert.deepEqual(
      KB.flagged(
        CHECKS,
        'Prime Minister Sonexay Siphandone arrived. Sonexay said. Premier Li Qiang spoke. Li added. General Secretary To Lam agreed. To Lam left. Lam smiled. Rudolf Elphberg came. Elphberg spoke.',
      ),
      [],
    );
  });
});
