/**
 * Every example in the knowledge base runs through the analyzer at the date it is judged at:
 * a `flag` example must produce the rule it names, a `pass` example nothing at all. The
 * examples are the entries' own statement of what a check should say; here they are held to it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../server/src/core/analyze.js';
import { buildMentionIndex } from '../../../server/src/core/mentions/mentionIndex.js';
import { loadKnowledgeBase } from '../../../server/src/kb/loadKnowledgeBase.js';
import { readKnowledgeBase } from '../../../server/src/kb/readKnowledgeBase.js';
import type { Examples } from '../../../server/src/kb/types.js';

const kb = readKnowledgeBase();
const mentionIndex = buildMentionIndex(kb);
const examples = [...kb.entities.values()].flatMap((entity) => {
  const { flag = [], pass = [] } = (entity.entry as { examples?: Examples }).examples ?? {};
  return [
    ...flag.map((example) => ({ entity: entity.id, ...example })),
    ...pass.map((example) => ({ entity: entity.id, ...example, rule: undefined })),
  ];
});

function codesOf(text: string, date: string): string[] {
  return analyzeDocument(text, kb, mentionIndex, { today: date, configuredDate: date }).findings.map(
    (finding) => `${finding.code}`,
  );
}

describe('the knowledge base’s examples, run through the analyzer', () => {
  it('has examples of both kinds to run', () => {
    assert.ok(examples.filter((e) => e.rule).length >= 40, 'flag examples');
    assert.ok(examples.filter((e) => !e.rule).length >= 40, 'pass examples');
  });

  for (const example of examples) {
    const what = example.rule ? `flags ${example.rule}` : 'stays quiet';
    it(`${example.entity}: ${what} at ${example.date}: ${example.text}`, () => {
      const codes = codesOf(example.text, example.date);
      if (example.rule) assert.ok(codes.includes(example.rule), `expected ${example.rule}, got [${codes.join(', ')}]`);
      else assert.deepEqual(codes, []);
    });
  }

  it('refuses an example without its date or a flag example without its rule, naming the file and line', () => {
    const yaml = (example: string) => `people:
  - id: test-person
    name: Test Person
    country: china
    examples:
      flag:
        - ${example}
`;
    for (const example of [
      'text: Tset Person met the delegation.',
      'text: Tset Person met the delegation.\n          date: 2025-06-01',
      'Tset Person met the delegation.',
    ]) {
      const loaded = loadKnowledgeBase([{ path: 'extra.yaml', text: yaml(example) }]);
      assert.ok(
        loaded.problems.some((problem) => problem.path === 'extra.yaml' && problem.line > 0),
        `a problem for: ${example}: ${JSON.stringify(loaded.problems)}`,
      );
    }
  });
});
