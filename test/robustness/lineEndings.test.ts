/**
 * Line endings and characters outside the Basic Multilingual Plane, as property tests over
 * random drafts built from diplomatic fragments: the same draft saved with LF, CR LF or lone
 * CR line endings (or a mix) gets the same findings, with the same messages and fixes, at the
 * same LSP positions; no range cuts a character in half; messages are one line; and offsets
 * and LSP positions convert back and forth as an editor does it.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { main } from '../../server/src/cli/main.js';
import { analyzeDocument } from '../../server/src/core/analyze.js';
import type { Finding } from '../../server/src/core/checks/finding.js';
import { BUNDLED_RETEXT_PLUGINS } from '../../server/src/core/retext/bundledPlugins.js';
import { LineIndex } from '../../server/src/core/text/lineIndex.js';
import { toDiagnostic, toWorkspaceEdit } from '../../server/src/lsp/convert.js';
import { bundled } from '../support/bundled.js';
import { temporaryFolder } from '../support/temporaryFolders.js';

const DATE = '2024-06-12';
const LINE_ENDINGS = ['\n', '\r\n', '\r'] as const;

/** Names as the knowledge base writes them, in Latin and Chinese script. */
function knowledgeBaseNames(): string[] {
  const names: string[] = [];
  for (const entity of bundled().kb.entities.values()) {
    if (entity.kind !== 'person' && entity.kind !== 'organization' && entity.kind !== 'country') continue;
    names.push(entity.name);
    const chinese = entity.entry.names?.['zh-Hans'];
    if (chinese) names.push(chinese);
  }
  return names;
}

/** Titles, party names and their acronyms, house-style pairs, known misspellings, Chinese text, astral characters. */
const FRAGMENTS = [
  'President',
  'Premier',
  'Prime Minister',
  'General Secretary',
  'Chinese Premier',
  'Vietnamese President',
  'Lao Prime Minister',
  'Mr.',
  'CCP',
  'CPC',
  'CPV',
  'VPC',
  'Chinese Communist Party',
  'Communist Party of China',
  'Communist Party of Viet Nam',
  'Chinese',
  'Communist',
  'Party',
  'Viet Nam',
  'Vietnam',
  'Viet',
  'Nam',
  'Laos',
  'Lao',
  'Laotian',
  'ASEAN',
  'NATO',
  'Xi Jinpin',
  'Su Lin',
  'Fan Mingzheng',
  'Tran Thanh Mann',
  'Siphandone',
  'Sonexay',
  'Qiang',
  'Li',
  'Xi',
  'said',
  'met',
  'the',
  'and',
  'in Beijing',
  'on June 12, 2024',
  '"',
  '“',
  '”',
  '.',
  ',',
  '(',
  ')',
  '--',
  '习近平',
  '会见',
  '苏林',
  '通伦·西苏',
  '通伦',
  '西苏里',
  '·',
  '主席',
  '。',
  '😀',
  '🇻🇳',
  '𠮷',
  '👍🏽',
  'é',
];

/** What comes between two fragments: nothing, a space, or a line break (with spaces or a blank line). */
type Gap = '' | ' ' | 'break' | ' break' | 'break break';
const GAPS: readonly Gap[] = ['', ' ', ' ', 'break', ' break', 'break break'];

/** A draft: fragments and the gaps after them, with a line ending for each break of the mixed form. */
const drafts = (names: readonly string[], maxLength: number) =>
  fc.array(
    fc.tuple(
      fc.oneof(
        { arbitrary: fc.constantFrom(...names), weight: 2 },
        { arbitrary: fc.constantFrom(...FRAGMENTS), weight: 3 },
      ),
      fc.constantFrom(...GAPS),
      fc.constantFrom(...LINE_ENDINGS),
    ),
    { minLength: 1, maxLength },
  );

function written(
  draft: readonly (readonly [string, Gap, string])[],
  ending: (typeof LINE_ENDINGS)[number] | 'mixed',
): string {
  return draft
    .map(([fragment, gap, own]) => fragment + gap.replace(/break/g, ending === 'mixed' ? own : ending))
    .join('');
}

function splitsPair(text: string, offset: number): boolean {
  return /[\uD800-\uDBFF]/.test(text.charAt(offset - 1)) && /[\uDC00-\uDFFF]/.test(text.charAt(offset));
}

const RAW_BREAK = /[\r\n\u0085\u2028\u2029]/;

/** The findings as an editor gets them: diagnostics and the edits of their fixes, in LSP positions. */
function asEditorSees(text: string, findings: Finding[]) {
  const document = TextDocument.create('file:///draft.md', 'markdown', 1, text);
  return findings.map((finding) => ({
    diagnostic: toDiagnostic(document, finding, () => undefined),
    fixes: finding.fixes.map((fix) => ({ title: fix.title, edit: toWorkspaceEdit(document, [fix]) })),
  }));
}

function offsetsOf(finding: Finding): number[] {
  return [
    finding.start,
    finding.end,
    ...finding.fixes.flatMap((fix) => fix.edits.flatMap((edit) => [edit.start, edit.end])),
  ];
}

describe('line endings and astral characters in drafts', () => {
  const names = knowledgeBaseNames();
  const { kb, index } = bundled();
  const analyze = (text: string) => analyzeDocument(text, kb, index, { today: DATE, configuredDate: DATE }).findings;

  it('gives the same findings, messages and fixes at the same positions with LF, CR LF, lone CR or mixed line endings', () => {
    fc.assert(
      fc.property(drafts(names, 24), (draft) => {
        const lf = written(draft, '\n');
        const expected = asEditorSees(lf, analyze(lf));
        for (const ending of ['\r\n', '\r', 'mixed'] as const) {
          const text = written(draft, ending);
          assert.deepEqual(
            asEditorSees(text, analyze(text)),
            expected,
            `with ${JSON.stringify(ending)}: ${JSON.stringify(text)}`,
          );
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('never cuts a character in half, writes messages on one line, and converts positions as an editor does', () => {
    fc.assert(
      fc.property(drafts(names, 24), fc.constantFrom('\n', '\r\n', '\r', 'mixed'), (draft, ending) => {
        const text = written(draft, ending);
        const document = TextDocument.create('file:///draft.md', 'markdown', 1, text);
        const lines = new LineIndex(text);
        for (const finding of analyze(text)) {
          for (const offset of offsetsOf(finding)) {
            assert.ok(
              !splitsPair(text, offset),
              `${finding.code} cuts a character at ${offset}: ${JSON.stringify(text)}`,
            );
            const position = document.positionAt(offset);
            assert.deepEqual(lines.positionAt(offset), position);
            assert.equal(
              document.offsetAt(position),
              offset,
              `${finding.code} at ${offset} is inside a line ending: ${JSON.stringify(text)}`,
            );
            assert.equal(lines.offsetAt(position), offset);
          }
          const words = [
            finding.message,
            ...finding.fixes.map((fix) => fix.title),
            ...finding.evidence.map((evidence) => evidence.message),
          ];
          for (const message of words)
            assert.ok(!RAW_BREAK.test(message), `${finding.code} has a line break in ${JSON.stringify(message)}`);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('gives the same retext findings at the same positions whatever the line endings, never cutting a character, messages on one line', () => {
    const retext = { plugins: BUNDLED_RETEXT_PLUGINS.map((plugin) => ({ name: plugin.name })) };
    const withPlugins = (text: string) =>
      analyzeDocument(text, kb, index, { today: DATE, configuredDate: DATE, retext }).findings;
    let reported = 0;
    fc.assert(
      fc.property(drafts(names, 24), (draft) => {
        const lf = written(draft, '\n');
        const expected = asEditorSees(lf, withPlugins(lf));
        reported += expected.filter((seen) => String(seen.diagnostic.code).startsWith('retext-')).length;
        for (const ending of ['\r\n', '\r', 'mixed'] as const) {
          const text = written(draft, ending);
          const findings = withPlugins(text);
          assert.deepEqual(
            asEditorSees(text, findings),
            expected,
            `with ${JSON.stringify(ending)}: ${JSON.stringify(text)}`,
          );
          for (const finding of findings) {
            for (const offset of offsetsOf(finding))
              assert.ok(
                !splitsPair(text, offset),
                `${finding.code} cuts a character at ${offset}: ${JSON.stringify(text)}`,
              );
            for (const message of [finding.message, ...finding.fixes.map((fix) => fix.title)])
              assert.ok(!RAW_BREAK.test(message), `${finding.code}: ${JSON.stringify(message)}`);
          }
        }
      }),
      { numRuns: 1000 },
    );
    // A floor that says the drafts exercise the plugins; random drafts give about a hundred, so the floor is well below.
    assert.ok(reported > 30, `only ${reported} retext findings in 1000 drafts`);
  });

  it('keeps a character outside the BMP whole beside a miswritten Chinese name, and its fix leaves no lone surrogate', () => {
    for (const text of ['会见通伦·西苏😀。', '会见😀伦·西苏里。', '会见通伦·西苏𠮷。']) {
      for (const finding of analyze(text)) {
        for (const offset of offsetsOf(finding))
          assert.ok(!splitsPair(text, offset), `${finding.code} cuts a character at ${offset} of ${text}`);
        for (const fix of finding.fixes) {
          const edits = [...fix.edits].sort((a, b) => b.start - a.start);
          const fixed = edits.reduce(
            (result, edit) => result.slice(0, edit.start) + edit.newText + result.slice(edit.end),
            text,
          );
          assert.ok(
            !/\p{Cs}/u.test(fixed),
            `the fix of ${finding.code} leaves a lone surrogate: ${JSON.stringify(fixed)}`,
          );
        }
      }
    }
  });

  it('converts every offset and every position as an editor does, whatever the line endings', () => {
    const piece = fc.constantFrom('a', 'é', 'Xi', ' ', '习', '😀', '\n', '\r\n', '\r', '\r\r\n', '\n\r');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join('')),
        fc.array(fc.record({ line: fc.integer({ min: 0, max: 45 }), character: fc.integer({ min: 0, max: 12 }) }), {
          maxLength: 8,
        }),
        (text, positions) => {
          const document = TextDocument.create('file:///draft.md', 'markdown', 1, text);
          const lines = new LineIndex(text);
          assert.equal(lines.lineCount, document.lineCount);
          for (let offset = 0; offset <= text.length; offset++)
            assert.deepEqual(
              lines.positionAt(offset),
              document.positionAt(offset),
              `offset ${offset} of ${JSON.stringify(text)}`,
            );
          for (const position of positions)
            assert.equal(
              lines.offsetAt(position),
              document.offsetAt(position),
              `${JSON.stringify(position)} in ${JSON.stringify(text)}`,
            );
        },
      ),
      { numRuns: 15000 },
    );
  });
});

describe('line endings in the command line', () => {
  const lines = [
    '---',
    `date: ${DATE}`,
    '---',
    'Xi Jinping met Li Qiang and Sonexay Siphandone.',
    'The Chinese',
    'Communist Party and the CCP said.',
    'Later Sonexay',
    'Siphandone met Li',
    'Qiang; 会见通伦·西苏😀。',
    '',
  ];

  async function run(command: 'check' | 'entities', path: string): Promise<string> {
    let stdout = '';
    const ignore = { write: () => true };
    await main([command, path], { stdout: { write: (text: string) => (stdout += text) }, stderr: ignore, today: DATE });
    return stdout;
  }
  const check = (path: string) => run('check', path);

  it('prints the same one-line problems for a draft saved with LF, CR LF or lone CR', async () => {
    const folder = temporaryFolder('attache-line-endings-');
    const outputs: string[] = [];
    for (const [name, ending] of [
      ['lf.md', '\n'],
      ['crlf.md', '\r\n'],
      ['cr.md', '\r'],
    ] as const) {
      const path = join(folder, name);
      writeFileSync(path, lines.join(ending));
      const output = await check(path);
      assert.ok(!output.includes('\r'), output);
      const printed = output.trimEnd().split('\n');
      // Each problem on one line; the lines indented under it are its evidence.
      for (const line of printed.slice(0, -1))
        assert.ok(
          line.startsWith(`${path}:`) || /^ {4}\S/.test(line),
          `a problem on one line: ${JSON.stringify(line)}`,
        );
      outputs.push(output.replaceAll(path, 'draft.md'));
    }
    assert.match(
      outputs[0]!,
      /org\/non-official-name: "Chinese Communist Party" is not the official name; write "Communist Party of China"\./,
    );
    assert.deepEqual(outputs.slice(1), [outputs[0], outputs[0]]);
  });

  it('lists the same mentions at the same places for a draft saved with LF, CR LF or lone CR', async () => {
    const folder = temporaryFolder('attache-line-endings-');
    const outputs: string[] = [];
    for (const [name, ending] of [
      ['lf.md', '\n'],
      ['crlf.md', '\r\n'],
      ['cr.md', '\r'],
    ] as const) {
      const path = join(folder, name);
      writeFileSync(path, lines.join(ending));
      outputs.push((await run('entities', path)).replaceAll(path, 'draft.md'));
    }
    assert.match(outputs[0]!, /party +Chinese Communist Party → Communist Party of China/);
    assert.match(outputs[0]!, /person +Sonexay Siphandone/);
    assert.deepEqual(outputs.slice(1), [outputs[0], outputs[0]]);
  });
});
