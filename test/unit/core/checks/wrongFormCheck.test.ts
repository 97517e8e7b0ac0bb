import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { differingWords, wrongFormCheck } from '../../../../server/src/core/checks/wrongFormCheck.js';
import { fixOf, memoryKnowledgeBase } from '../../../support/memoryKnowledgeBase.js';

/** A place and a country, each with a wrong form; the rule below covers places only. */
const KB = memoryKnowledgeBase(`
countries:
  - id: laos
    name: Laos
    adjective: Lao
    wrongForms:
      - { form: Laos PDR, use: Lao PDR }
places:
  - id: vientiane
    name: Vientiane
    country: laos
    wrongForms:
      - { form: Viengchan City, reason: The English name is Vientiane. }
      - { form: Vientiane Capital City, use: Vientiane Capital }
`);

/** A substitution rule of the kind the real ones are, declared here for the test. */
function placeRule(options: Partial<Parameters<typeof wrongFormCheck>[0]> = {}) {
  return wrongFormCheck({
    id: 'test/place',
    defaultSeverity: 'warning',
    description: 'A place under a wrong form.',
    documentation: 'A place under a wrong form.',
    examples: { flags: [], passes: [] },
    kinds: ['place'],
    wrong: (mention) => `"${mention.text}" is not the place's name`,
    ...options,
  });
}

describe('wrong-form checks', () => {
  it('flag a wrong form of the kinds they cover, with its replacement (or the entry’s name) as the fix and the reason as evidence', () => {
    const text = 'They met in Viengchan City and Vientiane Capital City, in Laos PDR.';
    const findings = KB.findings([placeRule()], text);
    assert.deepEqual(
      findings.map((f) => [text.slice(f.start, f.end), fixOf(f)]),
      [
        ['Viengchan City', 'Vientiane'],
        ['Vientiane Capital City', 'Vientiane Capital'],
      ],
    );
    assert.equal(findings[0]!.message, '"Viengchan City" is not the place\'s name; write "Vientiane".');
    assert.equal(
      findings[0]!.evidence[0]!.message,
      '"Vientiane", not "Viengchan City": the English name is Vientiane (knowledge base)',
    );
    assert.equal(
      findings[1]!.evidence[0]!.message,
      'Vientiane: "Vientiane Capital", not "Vientiane Capital City" (knowledge base)',
    );
  });

  it('stay quiet on the right forms, and when the house style switches them off', () => {
    assert.deepEqual(KB.flagged([placeRule()], 'They met in Vientiane.'), []);
    assert.deepEqual(KB.flagged([placeRule({ enabled: () => false })], 'They met in Viengchan City.'), []);
  });

  it('count only the mentions a rule says count', () => {
    const firstOnly = placeRule({
      countedOf: (document) => (mention) => mention.start === document.mentions[0]?.start,
    });
    assert.deepEqual(KB.flagged([firstOnly], 'Viengchan City, then Viengchan City.'), ['test/place "Viengchan City"']);
  });

  it('make one error of the same fault again, and separate errors without a fault', () => {
    const text = 'Viengchan City.\nViengchan City.\n';
    assert.deepEqual(
      KB.findings([placeRule()], text).map((f) => f.severity),
      ['warning', 'warning'],
    );
    const sameFault = placeRule({
      faultsOf: (document) => new Map(document.mentions.map((mention) => [mention.start, 'the place'])),
    });
    const findings = KB.findings([sameFault], text);
    assert.deepEqual(
      findings.map((f) => f.severity),
      ['warning', 'information'],
    );
    assert.equal(findings[1]!.message, 'Same as line 1: "Viengchan City" is not the place\'s name.');
  });
});

describe('the words a wrong form differs by', () => {
  /** The written form's words that are replaced, and what replaces them. */
  function narrowed(written: string, replacement: string, leftOut?: (word: string) => boolean) {
    const at = 10;
    const edit = differingWords(written, at, replacement, leftOut);
    return [written.slice(edit.start - at, edit.end - at), edit.newText];
  }

  it('leave out the words both forms share at the start and at the end', () => {
    assert.deepEqual(narrowed('Vietnamese Premier', 'Vietnamese Prime Minister'), ['Premier', 'Prime Minister']);
    assert.deepEqual(narrowed('Chinese Prime Minister', 'Chinese Premier'), ['Prime Minister', 'Premier']);
    assert.deepEqual(narrowed('Chairman of the National Assembly', 'President of the National Assembly'), [
      'Chairman',
      'President',
    ]);
    assert.deepEqual(narrowed('Lao  Premier  Office', 'Lao Prime Minister Office'), ['Premier', 'Prime Minister']);
  });

  it('keep the whole form when every word differs, or a word is only added or dropped', () => {
    assert.deepEqual(narrowed('Party Chairman', 'General Secretary'), ['Party Chairman', 'General Secretary']);
    assert.deepEqual(narrowed('Premier', 'Chinese Premier'), ['Premier', 'Chinese Premier']);
    assert.deepEqual(narrowed('Party General Secretary', 'General Secretary'), [
      'Party General Secretary',
      'General Secretary',
    ]);
  });

  it('never split a word', () => {
    assert.deepEqual(narrowed('Vice-Chairman', 'Vice-President'), ['Vice-Chairman', 'Vice-President']);
    assert.deepEqual(narrowed('Lao Premiers', 'Lao Premier'), ['Premiers', 'Premier']);
  });

  it('leave out only the shared words the rule allows', () => {
    const countries = (word: string) => ['Lao', 'Vietnamese'].includes(word);
    assert.deepEqual(narrowed('Vice Chairman', 'Vice President', countries), ['Vice Chairman', 'Vice President']);
    assert.deepEqual(narrowed('Lao Vice Chairman', 'Lao Vice President', countries), [
      'Vice Chairman',
      'Vice President',
    ]);
  });

  it('replace the whole mention in a rule that leaves nothing out', () => {
    const text = 'They met in Vientiane Capital City.';
    assert.deepEqual(
      KB.findings([placeRule()], text).map((f) => [text.slice(f.start, f.end), fixOf(f)]),
      [['Vientiane Capital City', 'Vientiane Capital']],
    );
  });

  it('narrow a rule’s finding and fix to the differing words, the message still naming the whole form', () => {
    const text = 'They met in Vientiane Capital City.';
    const findings = KB.findings([placeRule({ sharedWordsLeftOut: () => () => true })], text);
    assert.deepEqual(
      findings.map((f) => [text.slice(f.start, f.end), fixOf(f)]),
      [['Vientiane Capital City', 'Vientiane Capital']],
      'a word only dropped: the whole form',
    );
    const viengchan = 'They met in Viengchan City.';
    assert.deepEqual(
      KB.findings([placeRule({ sharedWordsLeftOut: () => () => true })], viengchan).map((f) => [
        viengchan.slice(f.start, f.end),
        fixOf(f),
      ]),
      [['Viengchan City', 'Vientiane']],
    );
  });
});
