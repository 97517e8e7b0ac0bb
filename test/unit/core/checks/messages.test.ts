/**
 * Messages lead with what is wrong and what is right, on one short line; the history and the
 * sources are the evidence, each labelled with what it shows. The same wrong title on the
 * same person again is one error.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { analyzeDocument } from '../../../../server/src/core/analyze.js';
import { ALL_CHECKS } from '../../../../server/src/core/checks/allChecks.js';
import { MESSAGE_LIMIT, type Finding } from '../../../../server/src/core/checks/finding.js';
import type { CorpusEvidence } from '../../../../server/src/core/checks/quoteMismatch.js';
import { applyEdits } from '../../../support/edits.js';
import { analyze, bundled, sampleCorpusEvidence } from '../../../support/bundled.js';

const ROOT = new URL('../../../../../', import.meta.url);
const folder = (path: string) => new URL(path, ROOT);
const textsIn = (path: string) =>
  readdirSync(folder(path))
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ name: `${path}${name}`, text: readFileSync(new URL(name, folder(path)), 'utf8') }));

/** The held-out texts carry their dates in expectations.json; the others in front matter. */
const holdoutDates = new Map<string, string>(
  (JSON.parse(readFileSync(new URL('test/fixtures/holdout/expectations.json', ROOT), 'utf8')) as { file: string; date: string }[]).map((e) => [e.file, e.date]),
);

describe('messages over the sample drafts, the held-out texts and texts with long names', () => {
  let corpus: CorpusEvidence;
  let findings: { name: string; finding: Finding }[];

  before(async () => {
    corpus = await sampleCorpusEvidence();
    const { kb, index } = bundled();
    const texts = [...textsIn('samples/drafts/'), ...textsIn('test/fixtures/holdout/'), ...textsIn('test/fixtures/messages/')];
    findings = texts.flatMap(({ name, text }) =>
      analyzeDocument(text, kb, index, { today: '2026-11-25', configuredDate: holdoutDates.get(name.split('/').pop()!), corpus }).findings.map((finding) => ({ name, finding })),
    );
  });

  it('covers every rule', () => {
    const seen = new Set(findings.map(({ finding }) => finding.code));
    for (const { id } of ALL_CHECKS) assert.ok(seen.has(id), `no text gives a ${id} finding`);
  });

  it(`gives each finding one sentence on one line, at most ${MESSAGE_LIMIT} characters`, () => {
    for (const { name, finding } of findings) {
      assert.ok(finding.message.length <= MESSAGE_LIMIT, `${name}: ${finding.code}: ${finding.message.length} characters: ${finding.message}`);
      assert.ok(!/[\n\r\u2028\u2029]/.test(finding.message), `${name}: ${finding.code}: a line break in ${JSON.stringify(finding.message)}`);
      assert.match(finding.message, /^\S.*[.…]$/, `${name}: ${finding.code}: ${finding.message}`);
    }
  });

  it('labels each piece of evidence with what it shows, never a bare entry name', () => {
    for (const { name, finding } of findings) {
      for (const evidence of finding.evidence) {
        assert.doesNotMatch(evidence.message, /^knowledge base:/, `${name}: ${finding.code}`);
        if (evidence.line !== undefined) assert.match(evidence.message, /^.+: .+\(knowledge base[;)]/, `${name}: ${finding.code}: ${evidence.message}`);
        else assert.match(evidence.message, /^.+: “.+”$/, `${name}: ${finding.code}: ${evidence.message}`);
      }
    }
  });
});

describe('title/not-held names who held the title', () => {
  const notHeld = (text: string, date: string) => analyze(text, date).filter((f) => f.code === 'title/not-held');

  it('says who was not and who was, with the day the holder took office', () => {
    const [finding, ...rest] = notHeld('Premier Li Keqiang met the visiting delegation.', '2024-06-12');
    assert.equal(rest.length, 0);
    assert.equal(finding!.message, 'Li Keqiang was not Premier on 2024-06-12; Li Qiang was (since 2023-03-11).');
    assert.equal(notHeld('Vietnamese President Vo Van Thuong received the envoy.', '2025-04-16')[0]!.message, 'Vo Van Thuong was not Vietnamese President on 2025-04-16; Luong Cuong was (since 2024-10-21).');
    assert.match(notHeld('General Secretary To Lam received the envoy.', '2023-06-01')[0]!.message, /^To Lam was not General Secretary on 2023-06-01; Nguyen Phu Trong was \(since \d{4}-\d{2}-\d{2}\)\.$/);
  });

  it('keeps the terms and their sources in the evidence, pointing at the entries', () => {
    const [finding] = notHeld('Premier Li Keqiang met the visiting delegation.', '2024-06-12');
    const messages = finding!.evidence.map((e) => e.message);
    assert.ok(messages.some((m) => m.startsWith('Li Keqiang: Premier 2013-03-15 – 2023-03-11 (knowledge base; 12th NPC vote, Xinhua 2013-03-15')), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('Li Qiang: Premier since 2023-03-11 (knowledge base; 14th NPC vote')), messages.join('\n'));
    assert.ok(finding!.evidence.every((e) => /server\/kb\/china\.yaml$/.test(e.path) && e.line! > 0));
  });

  it('says so when the date is only today’s', () => {
    const { kb, index } = bundled();
    const [finding] = analyzeDocument('Premier Li Keqiang met the visiting delegation.', kb, index, { today: '2024-06-12' }).findings;
    assert.equal(finding!.message, 'Li Keqiang was not Premier on 2024-06-12 (today); Li Qiang was (since 2023-03-11).');
  });

  it('falls back to a shorter title when the written one makes the message too long', () => {
    const text = 'Chairman of the National Committee of the Chinese People’s Political Consultative Conference Wang Yang spoke.';
    const [finding] = notHeld(text.replace('’', "'"), '2024-06-12');
    assert.equal(finding!.message, 'Wang Yang was not Chairman of the CPPCC National Committee on 2024-06-12; Wang Huning was (since 2023-03-10).');
  });
});

describe('the same wrong title on the same person again is one error', () => {
  const DRAFT = 'Chinese Premier Li Keqiang held talks with Lao Prime Minister Sonexay Siphandone.\n\nPremier Li said relations were at their best.\n';

  it('reports "Premier Li" after "Chinese Premier Li Keqiang" as information that points at the first', () => {
    const findings = analyze(DRAFT, '2024-06-12').filter((f) => f.code === 'title/not-held');
    assert.deepEqual(
      findings.map((f) => [f.severity, DRAFT.slice(f.start, f.end)]),
      [
        ['error', 'Chinese Premier Li Keqiang'],
        ['information', 'Premier Li'],
      ],
    );
    const [first, repeat] = findings;
    assert.equal(repeat!.message, 'Same as line 1: Li Keqiang was not Premier on 2024-06-12.');
    assert.deepEqual(repeat!.repeatOf, { start: first!.start, end: first!.end });
    assert.equal(first!.repeatOf, undefined);
    assert.deepEqual(repeat!.evidence, [], 'the evidence is on the first finding');
  });

  it('needs only the first fix when the later mention follows from it, and each occurrence keeps a fix', () => {
    const findings = analyze(DRAFT, '2024-06-12').filter((f) => f.code === 'title/not-held');
    assert.ok(findings.every((f) => f.fixes.length > 0));
    const fixed = applyEdits(DRAFT, findings[0]!.fixes[0]!.edits);
    assert.deepEqual(analyze(fixed, '2024-06-12').filter((f) => f.code === 'title/not-held'), []);
  });

  it('fixes every occurrence from the first when each needs an edit', () => {
    const text = 'Premier Li Keqiang arrived on Monday.\nLater, Premier Li Keqiang left.\n';
    const findings = analyze(text, '2024-06-12').filter((f) => f.code === 'title/not-held');
    assert.deepEqual(findings.map((f) => f.severity), ['error', 'information']);
    const everywhere = findings[0]!.fixes[0]!;
    assert.equal(everywhere.title, 'Replace with Li Qiang, Premier on 2024-06-12 here and on line 2');
    assert.equal(applyEdits(text, everywhere.edits), 'Premier Li Qiang arrived on Monday.\nLater, Premier Li Qiang left.\n');
    assert.equal(applyEdits(text, findings[0]!.fixes[1]!.edits), 'Premier Li Qiang arrived on Monday.\nLater, Premier Li Keqiang left.\n');
    assert.equal(applyEdits(text, findings[1]!.fixes[0]!.edits), 'Premier Li Keqiang arrived on Monday.\nLater, Premier Li Qiang left.\n');
  });

  it('applies to a title from another system on the same person', () => {
    const text = 'Lao Premier Sonexay Siphandone arrived.\n\nLao Premier Sonexay Siphandone left.\n';
    const findings = analyze(text, '2024-06-12').filter((f) => f.code === 'title/wrong-system');
    assert.deepEqual(findings.map((f) => f.severity), ['error', 'information']);
    assert.match(findings[1]!.message, /^Same as line 1: "Lao Premier" is not the title of this office\.$/);
  });

  it('keeps different people, or different titles, separate errors', () => {
    const text = 'Premier Li Keqiang and Vietnamese President Vo Van Thuong met.\n\nChinese President Li Keqiang spoke.\n';
    const findings = analyze(text, '2025-04-16').filter((f) => f.code === 'title/not-held');
    assert.equal(findings.length, 3);
    assert.ok(findings.every((f) => f.severity === 'error' && f.repeatOf === undefined));
  });

  it('never raises a repeat above the rule’s configured severity', () => {
    const { kb, index } = bundled();
    const severities = (setting: 'warning' | 'hint') =>
      analyzeDocument(DRAFT, kb, index, { today: '2024-06-12', configuredDate: '2024-06-12', severities: { 'title/not-held': setting } })
        .findings.filter((f) => f.code === 'title/not-held')
        .map((f) => f.severity);
    assert.deepEqual(severities('warning'), ['warning', 'information']);
    assert.deepEqual(severities('hint'), ['hint', 'hint']);
  });
});

describe('a correct draft', () => {
  it('stays quiet, repeated titles included', () => {
    const text = 'Chinese Premier Li Qiang held talks with Lao Prime Minister Sonexay Siphandone.\n\nPremier Li said relations were at their best. Premier Li Qiang then left.\n';
    assert.deepEqual(analyze(text, '2024-06-12'), []);
    const clean = readFileSync(folder('samples/drafts/2023-10-clean-readout.md'), 'utf8');
    assert.deepEqual(analyze(clean, '2023-10-20'), []);
  });
});
