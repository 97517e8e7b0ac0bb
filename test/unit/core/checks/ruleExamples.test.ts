/**
 * Every rule's documented examples, run through the real analyzer with the bundled knowledge
 * base (and the sample corpus where an example says so): what the documentation says a rule
 * flags, it flags, with the fix shown; what it says the rule leaves alone, it leaves alone.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { analyzeDocument } from '../../../../server/src/core/analyze.js';
import {
  ALL_CHECKS,
  ALL_RULES,
  HOUSE_STYLE_SETTINGS,
  type ListedRule,
} from '../../../../server/src/core/checks/allChecks.js';
import type { RuleExample } from '../../../../server/src/core/checks/check.js';
import type { Finding } from '../../../../server/src/core/checks/finding.js';
import type { CorpusEvidence } from '../../../../server/src/core/checks/quoteMismatch.js';
import { bundled, sampleCorpusEvidence } from '../../../support/bundled.js';
import { applyEdits } from '../../../support/edits.js';

/** The day an example without a date is judged at. */
const TODAY = '2026-11-25';

function findingsOf(rule: ListedRule, example: RuleExample, corpus: CorpusEvidence): Finding[] {
  const { kb, index } = bundled();
  return analyzeDocument(example.text, kb, index, {
    today: TODAY,
    ...(example.date ? { configuredDate: example.date } : {}),
    ...(example.houseStyle ? { houseStyle: example.houseStyle } : {}),
    ...(example.corpus ? { corpus } : {}),
    ...(rule.kind === 'retext' ? { retext: { plugins: [{ name: rule.id }] } } : {}),
  }).findings.filter((finding) => finding.code === rule.id);
}

describe("the rules' documented examples", () => {
  let corpus: CorpusEvidence;
  before(async () => {
    corpus = await sampleCorpusEvidence();
  });

  for (const rule of ALL_RULES) {
    it(`${rule.id}: flags what its documentation says it flags, and nothing it says it leaves alone`, () => {
      assert.ok(rule.examples.flags.length > 0, 'at least one example it flags');
      assert.ok(rule.examples.passes.length > 0, 'at least one example it leaves alone');
      for (const example of rule.examples.flags) {
        const findings = findingsOf(rule, example, corpus);
        const finding = findings.find((f) => example.text.slice(f.start, f.end) === example.flagged);
        assert.ok(
          finding,
          `${JSON.stringify(example.text)}: no finding on ${JSON.stringify(example.flagged)} (found ${JSON.stringify(findings.map((f) => example.text.slice(f.start, f.end)))})`,
        );
        if (example.fix === undefined) continue;
        // The fix's edits inside the flagged text (a fix may also correct later repeats elsewhere).
        const inside = (finding.fixes[0]?.edits ?? []).filter(
          (edit) => edit.start >= finding.start && edit.end <= finding.end,
        );
        const fixed = applyEdits(
          example.flagged,
          inside.map((edit) => ({ ...edit, start: edit.start - finding.start, end: edit.end - finding.start })),
        );
        assert.equal(fixed, example.fix, example.text);
      }
      for (const example of rule.examples.passes) {
        assert.deepEqual(
          findingsOf(rule, example, corpus).map((f) => f.message),
          [],
          JSON.stringify(example.text),
        );
      }
    });
  }
});

describe("the rules' declarations", () => {
  it('give each rule one id and each setting one key', () => {
    const ids = ALL_RULES.map((rule) => rule.id);
    assert.deepEqual(ids, [...new Set(ids)]);
    const keys = HOUSE_STYLE_SETTINGS.map((setting) => setting.key);
    assert.deepEqual(keys, [...new Set(keys)]);
  });

  it('name each check after its id: name/misspelled is nameMisspelled.ts', () => {
    for (const check of ALL_CHECKS) {
      const file = check.id.replace(/[/-](.)/g, (_, letter: string) => letter.toUpperCase());
      assert.ok(
        existsSync(new URL(`../../../../server/src/core/checks/${file}.js`, import.meta.url)),
        `${check.id}: no checks/${file}.ts`,
      );
    }
  });

  it('only declare precedence over rules that exist', () => {
    const ids = new Set(ALL_RULES.map((rule) => rule.id));
    for (const rule of ALL_RULES)
      for (const other of rule.supersedes ?? []) assert.ok(ids.has(other), `${rule.id} supersedes an unknown ${other}`);
  });

  it('hold each choice setting default to its values', () => {
    for (const setting of HOUSE_STYLE_SETTINGS)
      if (setting.kind === 'choice') assert.ok(setting.values.includes(setting.default), setting.key);
  });
});
