/**
 * The documentation and settings generated from the rules' declarations (`npm run docs`) are
 * up to date, and a rule declared with a setting gets its documentation, its row, its
 * `package.json` setting and its command-line values from that one declaration.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { analyzeDocument } from '../../../server/src/core/analyze.js';
import { ALL_RULES, type ListedRule } from '../../../server/src/core/checks/allChecks.js';
import type { Check } from '../../../server/src/core/checks/check.js';
import { replaceWith } from '../../../server/src/core/checks/evidence.js';
import { choiceSetting, parseSettingText, settingUsage } from '../../../server/src/core/checks/ruleSettings.js';
import { bundled } from '../../support/bundled.js';
import { GENERATED_FILES, generateDocs, type GeneratedFile } from '../../../server/src/docs/ruleDocs.js';

const ROOT = new URL('../../../../', import.meta.url);
const onDisk = () =>
  Object.fromEntries(GENERATED_FILES.map((path) => [path, readFileSync(new URL(path, ROOT), 'utf8')])) as Record<
    GeneratedFile,
    string
  >;

describe('generated documentation', () => {
  it('is up to date with the declarations (else run npm run docs)', () => {
    const current = onDisk();
    const generated = generateDocs(ALL_RULES, current);
    for (const path of GENERATED_FILES)
      assert.equal(current[path], generated[path], `${path} is out of date: run npm run docs`);
  });

  it('comes from a rule declared in one place: a sample rule with a setting', () => {
    // What a new rule's file holds; the only other edit is its entry in ALL_CHECKS.
    const capitalSpelling = choiceSetting({
      key: 'capitalSpelling',
      values: ['Vientiane', 'Viangchan'],
      default: 'Vientiane',
      description: 'How to write the Lao capital.',
      valueDescriptions: ['The usual English form.', 'The romanization of the Lao name.'],
    });
    const styleCapital: Check = {
      id: 'style/capital',
      defaultSeverity: 'warning',
      description: 'The Lao capital is not written the house’s way.',
      documentation: 'The Lao capital written otherwise than the house style says. Fix: the house form.',
      examples: {
        flags: [{ text: 'They met in Viangchan.', flagged: 'Viangchan', fix: 'Vientiane' }],
        passes: [{ text: 'They met in Vientiane.' }],
      },
      settings: [capitalSpelling],
      run(document, context) {
        const wanted = capitalSpelling.of(context.houseStyle);
        const other = wanted === 'Vientiane' ? 'Viangchan' : 'Vientiane';
        return [...document.text.matchAll(new RegExp(other, 'g'))].map((match) => ({
          start: match.index,
          end: match.index + other.length,
          message: `The house writes "${wanted}".`,
          fixes: [replaceWith(match.index, match.index + other.length, wanted)],
          evidence: [],
        }));
      },
    };
    const rules: ListedRule[] = [
      ...ALL_RULES.filter((rule) => rule.kind === 'check'),
      { ...styleCapital, kind: 'check' },
      ...ALL_RULES.filter((rule) => rule.kind === 'retext'),
    ];
    const generated = generateDocs(rules, onDisk());

    const docs = generated['docs/rules.md'];
    // The documentation is filled to a width: compared with its line breaks read as spaces.
    const flat = docs.replace(/\s+/g, ' ');
    assert.match(flat, /## style-capital `style\/capital` \(warning\)\. The Lao capital written otherwise/);
    assert.match(
      flat,
      /Setting `attache\.houseStyle\.capitalSpelling` \(on the command line `--house-style capitalSpelling=\.\.\.`\): How to write the Lao capital\. - `Vientiane` \(default\): The usual English form\. - `Viangchan`: The romanization/,
    );
    assert.match(
      flat,
      /Flagged: - “They met in Viangchan\.” — `Viangchan` → `Vientiane` Not flagged: - “They met in Vientiane\.”/,
    );
    assert.ok(
      docs.indexOf('## style-capital') < docs.indexOf('## Retext plugins'),
      'among the checks, before the retext plugins',
    );

    assert.match(
      generated['README.md'],
      /\| \[`style\/capital`\]\(docs\/rules\.md#style-capital\) \| warning \| The Lao capital is not written the house’s way\. \| `Viangchan` → `Vientiane` \| `capitalSpelling` \|/,
    );
    assert.match(
      generated['README.md'],
      /\| `attache\.houseStyle\.capitalSpelling` \| `Vientiane` \| `Vientiane`, `Viangchan` \| How to write the Lao capital\. \| \[`style\/capital`\]\(docs\/rules\.md#style-capital\) \|/,
    );

    const manifest = JSON.parse(generated['package.json']) as {
      contributes: { configuration: { properties: Record<string, unknown> } };
    };
    assert.deepEqual(manifest.contributes.configuration.properties['attache.houseStyle.capitalSpelling'], {
      type: 'string',
      enum: ['Vientiane', 'Viangchan'],
      default: 'Vientiane',
      enumDescriptions: ['The usual English form.', 'The romanization of the Lao name.'],
      description: 'How to write the Lao capital.',
    });

    // It runs like any check, its setting read from the house style.
    const { kb, index } = bundled();
    const found = (text: string, houseStyle = {}) =>
      analyzeDocument(text, kb, index, { today: '2026-11-25', checks: [styleCapital], houseStyle }).findings.map(
        (f) => f.code,
      );
    assert.deepEqual(found('They met in Viangchan.'), ['style/capital']);
    assert.deepEqual(found('They met in Viangchan.', { capitalSpelling: 'Viangchan' }), []);
    assert.deepEqual(found('They met in Vientiane.', { capitalSpelling: 'Viangchan' }), ['style/capital']);

    assert.equal(settingUsage(capitalSpelling), 'capitalSpelling=Vientiane|Viangchan');
    assert.deepEqual(parseSettingText(capitalSpelling, 'Viangchan'), { value: 'Viangchan' });
    assert.deepEqual(parseSettingText(capitalSpelling, 'Vientian'), {
      problem: 'house-style capitalSpelling must be one of: Vientiane, Viangchan',
    });
  });
});
