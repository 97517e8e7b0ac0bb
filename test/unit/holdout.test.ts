/**
 * Held-out evaluation set: realistic diplomatic texts written blind (without reading the
 * implementation), half correct and half with planted errors. See test/fixtures/holdout/.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyze, mentionsOf } from '../support/bundled.js';

interface Expectation {
  file: string;
  date: string;
  mustFind: { code: string; text: string }[];
  mustNotFlag: boolean;
  entities: string[];
}

const dir = new URL('../../../test/fixtures/holdout/', import.meta.url);
const expectations: Expectation[] = JSON.parse(readFileSync(new URL('expectations.json', dir), 'utf8'));

for (const exp of expectations) {
  test(`holdout: ${exp.file}`, () => {
    const text = readFileSync(new URL(exp.file, dir), 'utf8');
    const findings = analyze(text, exp.date);
    const shown = findings.map((f) => `  ${f.code} "${text.slice(f.start, f.end)}" — ${f.message}`);
    const reported = shown.length ? shown.join('\n') : '  (none)';
    const problems: string[] = [];

    for (const want of exp.mustFind) {
      const hit = findings.some((f) => f.code === want.code && text.slice(f.start, f.end).includes(want.text));
      if (!hit) problems.push(`missing ${want.code} on text containing "${want.text}"`);
    }

    if (exp.mustNotFlag && findings.length > 0) {
      problems.push(`expected no findings on a correct text, got ${findings.length}`);
    }

    const mentions = mentionsOf(text);
    const recognised = new Set(mentions.map((m) => m.slice(m.lastIndexOf(' → ') + 3)));
    for (const entity of exp.entities) {
      if (!recognised.has(entity)) problems.push(`entity not recognised: ${entity}`);
    }

    assert.equal(
      problems.length,
      0,
      `${exp.file} (${exp.date}):\n` +
        problems.map((p) => `- ${p}`).join('\n') +
        `\nfindings reported:\n${reported}\nmentions:\n  ${mentions.join('\n  ') || '(none)'}`,
    );
  });
}
