/**
 * Scoring of the recall-class cases (test/fixtures/recall-classes-tuning.yaml and the held-out
 * test/fixtures/holdout/recall-classes.yaml): findings and mentions that must be made, and
 * what must stay quiet, per class.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Finding } from '../../server/src/core/checks/finding.js';
import { findMentions } from '../../server/src/core/mentions/findMentions.js';
import { analyze, bundled } from './bundled.js';

interface Expected {
  text: string;
  rule: string;
  fix?: string;
  evidence?: string;
}

export interface Case {
  class: string;
  date: string;
  text: string;
  flag?: Expected[];
  quiet?: string[];
  mustNotFlag?: boolean;
  recognize?: { text: string; entity: string }[];
}

export interface Score {
  found: number;
  total: number;
  missed: string[];
  falseFlags: string[];
  quietTotal: number;
  byClass: Map<string, { found: number; total: number; falseFlags: number }>;
}

export function load(path: string): Case[] {
  return (parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')) as { cases: Case[] }).cases;
}

function describe(findings: Finding[], text: string): string {
  return findings.map((f) => `${f.code} "${text.slice(f.start, f.end)}" — ${f.message}`).join('; ') || '(none)';
}

/**
 * Whether a finding's rule is the one a case expects. An inconsistency between a form and the
 * canonical one may be reported as either rule: the recall issue asks that "`name/inconsistent`
 * (or `name/misspelled`)" flag the wrong form, so a case expecting the first takes the second.
 */
function ruleMatches(found: string, expected: string): boolean {
  return found === expected || (expected === 'name/inconsistent' && found === 'name/misspelled');
}

/**
 * Where the expected text stands in the case as a whole word or name: "Pham Minh Chin" is not
 * the start of an earlier "Pham Minh Chinh". Every such place is tried.
 */
function placesOf(text: string, expected: string): number[] {
  const places: number[] = [];
  const letter = /[\p{L}\p{M}\p{N}]/u;
  for (let at = text.indexOf(expected); at >= 0; at = text.indexOf(expected, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + expected.length] ?? ' ';
    // Chinese has no spaces between words: a Han-script expectation is taken wherever it stands.
    const bounded =
      !letter.test(expected) || /[\u3400-\u9fff]/u.test(expected) || (!letter.test(before) && !letter.test(after));
    if (bounded) places.push(at);
  }
  return places.length > 0 ? places : [text.indexOf(expected)];
}

function made(findings: Finding[], c: Case, expected: Expected): boolean {
  return placesOf(c.text, expected.text).some((start) =>
    findings.some(
      (f) =>
        ruleMatches(f.code, expected.rule) &&
        f.start <= start &&
        f.end >= start + expected.text.length &&
        (expected.fix === undefined || f.fixes[0]?.edits[0]?.newText === expected.fix) &&
        (expected.evidence === undefined || f.evidence.some((e) => e.message.includes(expected.evidence!))),
    ),
  );
}

export function score(cases: Case[]): Score {
  const result: Score = { found: 0, total: 0, missed: [], falseFlags: [], quietTotal: 0, byClass: new Map() };
  for (const c of cases) {
    const tally = result.byClass.get(c.class) ?? { found: 0, total: 0, falseFlags: 0 };
    result.byClass.set(c.class, tally);
    const findings = analyze(c.text, c.date);
    const hit = (ok: boolean, what: string) => {
      tally.total++;
      result.total++;
      if (ok) {
        tally.found++;
        result.found++;
      } else result.missed.push(`${c.class}: ${what} in: ${c.text}\n    got: ${describe(findings, c.text)}`);
    };
    for (const expected of c.flag ?? [])
      hit(
        made(findings, c, expected),
        `${expected.rule} "${expected.text}"${expected.fix ? ` → ${expected.fix}` : ''}`,
      );
    if (c.recognize) {
      const mentions = findMentions(c.text, bundled().index);
      for (const { text, entity } of c.recognize) {
        const ok = placesOf(c.text, text).some((start) =>
          mentions.some(
            (m) =>
              m.start === start &&
              m.end === start + text.length &&
              (entity === 'new' ? m.entity.id.startsWith('new:') : m.entity.id === entity),
          ),
        );
        hit(ok, `"${text}" as ${entity} (mentions: ${mentions.map((m) => `${m.text}→${m.entity.id}`).join(', ')})`);
      }
    }
    const falseFlag = (what: string) => {
      tally.falseFlags++;
      result.falseFlags.push(`${c.class}: ${what}`);
    };
    for (const quiet of c.quiet ?? []) {
      result.quietTotal++;
      const touching = findings.filter((f) =>
        placesOf(c.text, quiet).some((start) => f.start < start + quiet.length && f.end > start),
      );
      if (touching.length > 0) falseFlag(`"${quiet}" in: ${c.text}\n    got: ${describe(touching, c.text)}`);
    }
    if (c.mustNotFlag) {
      result.quietTotal++;
      if (findings.length > 0) falseFlag(`${c.text}\n    got: ${describe(findings, c.text)}`);
    }
  }
  return result;
}

export function report(name: string, s: Score): string {
  const lines = [...s.byClass.entries()].map(
    ([k, t]) => `  ${k}: ${t.found}/${t.total} found, ${t.falseFlags} false flags`,
  );
  return (
    `${name}: recall ${s.found}/${s.total} = ${(s.found / s.total).toFixed(3)}; false flags ${s.falseFlags.length}/${s.quietTotal} correct texts and names\n${lines.join('\n')}` +
    (s.missed.length ? `\nmissed:\n  ${s.missed.join('\n  ')}` : '') +
    (s.falseFlags.length ? `\nfalse flags:\n  ${s.falseFlags.join('\n  ')}` : '')
  );
}
