/**
 * Messages lead with what is wrong and what is right, on one short line; the history and the
 * sources are the evidence, each labelled with what it shows. Run over real texts with the
 * bundled knowledge base and sample corpus, so every rule speaks; each rule's own messages are
 * tested in its file.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { analyzeDocument } from '../../../../server/src/core/analyze.js';
import { ALL_CHECKS } from '../../../../server/src/core/checks/allChecks.js';
import { MESSAGE_LIMIT, type Finding } from '../../../../server/src/core/checks/finding.js';
import type { CorpusEvidence } from '../../../../server/src/core/checks/quoteMismatch.js';
import { analyze, bundled, sampleCorpusEvidence } from '../../../support/bundled.js';

const ROOT = new URL('../../../../../', import.meta.url);
const folder = (path: string) => new URL(path, ROOT);
const textsIn = (path: string) =>
  readdirSync(folder(path))
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ name: `${path}${name}`, text: readFileSync(new URL(name, folder(path)), 'utf8') }));

/** The held-out texts carry their dates in expectations.json; the others in front matter. */
const holdoutDates = new Map<string, string>(
  (
    JSON.parse(readFileSync(new URL('test/fixtures/holdout/expectations.json', ROOT), 'utf8')) as {
      file: string;
      date: string;
    }[]
  ).map((e) => [e.file, e.date]),
);

describe('messages over the sample drafts, the held-out texts and texts with long names', () => {
  let corpus: CorpusEvidence;
  let findings: { name: string; finding: Finding }[];

  before(async () => {
    corpus = await sampleCorpusEvidence();
    const { kb, index } = bundled();
    const texts = [
      ...textsIn('samples/drafts/'),
      ...textsIn('test/fixtures/holdout/'),
      ...textsIn('test/fixtures/messages/'),
    ];
    findings = texts.flatMap(({ name, text }) =>
      analyzeDocument(text, kb, index, {
        today: '2026-11-25',
        configuredDate: holdoutDates.get(name.split('/').pop()!),
        corpus,
      }).findings.map((finding) => ({ name, finding })),
    );
  });

  it('covers every rule', () => {
    const seen = new Set(findings.map(({ finding }) => finding.code));
    for (const { id } of ALL_CHECKS) assert.ok(seen.has(id), `no text gives a ${id} finding`);
  });

  it(`gives each finding one sentence on one line, at most ${MESSAGE_LIMIT} characters`, () => {
    for (const { name, finding } of findings) {
      assert.ok(
        finding.message.length <= MESSAGE_LIMIT,
        `${name}: ${finding.code}: ${finding.message.length} characters: ${finding.message}`,
      );
      assert.ok(
        !/[\n\r\u2028\u2029]/.test(finding.message),
        `${name}: ${finding.code}: a line break in ${JSON.stringify(finding.message)}`,
      );
      assert.match(finding.message, /^\S.*[.…]$/, `${name}: ${finding.code}: ${finding.message}`);
    }
  });

  it('labels each piece of evidence with what it shows, never a bare entry name', () => {
    for (const { name, finding } of findings) {
      for (const evidence of finding.evidence) {
        assert.doesNotMatch(evidence.message, /^knowledge base:/, `${name}: ${finding.code}`);
        if (evidence.line !== undefined)
          assert.match(
            evidence.message,
            /^.+: .+\(knowledge base[;)]/,
            `${name}: ${finding.code}: ${evidence.message}`,
          );
        else assert.match(evidence.message, /^.+: “.+”$/, `${name}: ${finding.code}: ${evidence.message}`);
      }
    }
  });
});

describe('a correct draft', () => {
  it('stays quiet, repeated titles included', () => {
    const text =
      'Chinese Premier Li Qiang held talks with Lao Prime Minister Sonexay Siphandone.\n\nPremier Li said relations were at their best. Premier Li Qiang then left.\n';
    assert.deepEqual(analyze(text, '2024-06-12'), []);
    const clean = readFileSync(folder('samples/drafts/2023-10-clean-readout.md'), 'utf8');
    assert.deepEqual(analyze(clean, '2023-10-20'), []);
  });
});
