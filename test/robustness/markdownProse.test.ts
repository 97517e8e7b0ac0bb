/**
 * Markdown drafts: only their prose is checked. Words that are flagged in a paragraph are not
 * flagged in code (fenced, indented, inline), HTML and comments, link and image destinations,
 * autolinks, reference definitions or front matter (save its `title:`); link text is checked;
 * findings after what is left out keep their exact positions, CR LF and characters outside
 * the Basic Multilingual Plane included; a plain-text file is checked as it stands. Through
 * the command line (a draft's kind comes from its file name) and through a workspace snapshot
 * (from the editor's language id).
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { main } from '../../server/src/cli/main.js';
import type { CheckReport } from '../../server/src/cli/checkCommand.js';
import { LineIndex, type Range } from '../../server/src/core/text/lineIndex.js';
import { openWorkspace } from '../../server/src/workspace/host.js';
import { temporaryFolder } from '../support/temporaryFolders.js';

const DATE = '2024-06-12';
/** A title Li Keqiang no longer held on the date, and a party acronym that is not the official one. */
const FLAGGED = 'Premier Li Keqiang met the CCP';
const FRONT_MATTER = `---\ndate: ${DATE}\n---\n\n`;

const folder = temporaryFolder('attache-markdown-prose-');
const corpus = join(folder, 'corpus');
const store = join(folder, 'store');
mkdirSync(corpus);
let drafts = 0;

/** What `attache check --format json` reports for a text saved under `name`, as `code "covered text"` strings with the report. */
async function check(
  text: string,
  name = 'draft.md',
): Promise<{ found: string[]; diagnostics: CheckReport['files'][number]['diagnostics'] }> {
  const path = join(folder, `${drafts++}-${name}`);
  writeFileSync(path, text);
  let stdout = '';
  await main(['check', '--format', 'json', '--corpus', corpus, '--store', store, path], {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: () => true },
    today: DATE,
  });
  const diagnostics = (JSON.parse(stdout) as CheckReport).files[0]!.diagnostics;
  return { found: diagnostics.map((d) => `${d.code} "${covered(text, d.range)}"`), diagnostics };
}

function covered(text: string, range: Range): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

/** The findings on FLAGGED written as a paragraph: what each case below must not report. */
const IN_A_PARAGRAPH = ['title/not-held "Premier Li Keqiang"', 'org/non-official-name "CCP"'];

describe('a Markdown draft is checked in its prose only', () => {
  it('flags the words in a paragraph', async () => {
    assert.deepEqual((await check(`${FRONT_MATTER}${FLAGGED}.\n`)).found, IN_A_PARAGRAPH);
  });

  const cases: [string, string][] = [
    ['a fenced code block', `Before.\n\n\`\`\`text\n${FLAGGED}\n\`\`\`\n\nAfter.\n`],
    ['a fenced code block with tildes, in a quotation', `Before.\n\n> ~~~\n> ${FLAGGED}\n> ~~~\n\nAfter.\n`],
    ['an indented code block', `Before.\n\n    ${FLAGGED}\n\tand the CCP again\n\nAfter.\n`],
    ['inline code', `The note \`${FLAGGED}\` was removed, and \`\`the CCP\`\` too.\n`],
    ['an HTML comment', `Before.\n\n<!-- TODO: check ${FLAGGED} -->\n\nA note <!-- check CCP --> in a paragraph.\n`],
    ['an HTML block', `Before.\n\n<div class="note">\n${FLAGGED}\n</div>\n\nAfter.\n`],
    ['inline HTML attributes', `See <abbr title="${FLAGGED}">this</abbr>.\n`],
    ['a link destination and title', `See [the report](<https://example.com/${FLAGGED}> "${FLAGGED}").\n`],
    ['an image destination', `![A photograph](<images/${FLAGGED}.png>)\n`],
    ['an autolink', `Sources: <https://example.com/CCP> and https://example.com/news/CCP and www.example.com/CCP.\n`],
    [
      'a reference definition',
      `See [the report][report].\n\n[report]: <https://example.com/${FLAGGED}> "${FLAGGED}"\n`,
    ],
    ['a reference label', `See [the report][CCP].\n\n[CCP]: https://example.com/\n`],
    [
      'front matter fields other than the title',
      `---\ndate: ${DATE}\nsummary: ${FLAGGED}\ntags: [CCP]\nauthor: |\n  ${FLAGGED}\n---\n\nAfter.\n`,
    ],
  ];
  for (const [what, draft] of cases) {
    it(`flags nothing in ${what}`, async () => {
      const text = draft.startsWith('---') ? draft : FRONT_MATTER + draft;
      assert.deepEqual((await check(text)).found, []);
    });
  }

  it('checks the front matter title as prose, and only it', async () => {
    const text = `---\ntitle: "Talks with the CCP"\ndate: ${DATE}\nsummary: ${FLAGGED}\n---\n\nAfter.\n`;
    const { found } = await check(text);
    assert.deepEqual(found, ['org/non-official-name "CCP"']);
    const { diagnostics } = await check(text);
    assert.equal(diagnostics[0]!.range.start.line, 1);
  });

  it('checks link text, image descriptions and footnotes, not their destinations or labels', async () => {
    const text = `${FRONT_MATTER}Read [what ${FLAGGED}](<https://example.com/CCP>), ![the CCP flag](<CCP.png>) and the note[^CCP].\n\n[^CCP]: The CCP, again.\n`;
    const { found, diagnostics } = await check(text);
    assert.deepEqual(found, [...IN_A_PARAGRAPH, 'org/non-official-name "CCP"', 'org/non-official-name "CCP"']);
    const lines = new LineIndex(text);
    assert.deepEqual(
      diagnostics.map((d) => lines.offsetAt(d.range.start)),
      [
        text.indexOf('Premier'),
        text.indexOf('the CCP](') + 4,
        text.indexOf('the CCP flag') + 4,
        text.indexOf('The CCP, again') + 4,
      ],
    );
  });

  it('keeps exact positions after what it leaves out, with CR LF, tabs, emoji and combining marks', async () => {
    const prose = ['Tô Lâm 😀 welcomed the talks.', `On Monday,\t${FLAGGED} 👍🏽.`];
    const skipped = ['```text', `${FLAGGED} 😀 e\u0301`, '```', '', '<!-- CCP 🇻🇳 -->', ''];
    const without = [...FRONT_MATTER.split('\n').slice(0, -1), prose[0]!, '', prose[1]!, ''].join('\r\n');
    const withSkipped = [...FRONT_MATTER.split('\n').slice(0, -1), prose[0]!, '', ...skipped, prose[1]!, ''].join(
      '\r\n',
    );
    const before = await check(without);
    const after = await check(withSkipped);
    assert.deepEqual(after.found, IN_A_PARAGRAPH);
    assert.deepEqual(after.found, before.found);
    const shifted = (range: Range): Range => ({
      start: { ...range.start, line: range.start.line - skipped.length },
      end: { ...range.end, line: range.end.line - skipped.length },
    });
    assert.deepEqual(
      after.diagnostics.map((d) => ({
        ...d,
        range: shifted(d.range),
        fixes: d.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, range: shifted(e.range) })) })),
      })),
      before.diagnostics,
    );

    // On one line: inline code and a comment before the finding.
    const oneLine = `${FRONT_MATTER}\`😀 CCP\`\t<!-- CCP -->e\u0301 the CCP.\n`.replaceAll('\n', '\r\n');
    const inline = await check(oneLine);
    assert.deepEqual(inline.found, ['org/non-official-name "CCP"']);
    assert.deepEqual(
      inline.diagnostics[0]!.range,
      new LineIndex(oneLine).rangeOf(oneLine.lastIndexOf('CCP'), oneLine.lastIndexOf('CCP') + 3),
    );
  });

  it('keeps its byte order mark out of the way', async () => {
    assert.deepEqual((await check(`\uFEFF${FRONT_MATTER}Notes: \`${FLAGGED}\`; the CCP.\n`)).found, [
      'org/non-official-name "CCP"',
    ]);
  });

  it('checks a plain-text file as it stands, backticks and all', async () => {
    const text = `${FRONT_MATTER}\`\`\`\n${FLAGGED}\n\`\`\`\n<!-- CCP -->\n`;
    assert.deepEqual((await check(text, 'notes.txt')).found, [...IN_A_PARAGRAPH, 'org/non-official-name "CCP"']);
    assert.deepEqual((await check(text, 'notes.md')).found, []);
    assert.deepEqual((await check(text, 'notes.markdown')).found, []);
  });
});

describe('the editor language decides how a document is read', () => {
  it('reads a markdown document as Markdown and a plaintext one as it stands', () => {
    const host = openWorkspace({ corpusFiles: new Map(), workers: 0, today: () => DATE });
    const text = `${FRONT_MATTER}\`${FLAGGED}\`\n`;
    const codes = (languageId: string) =>
      host
        .snapshot()
        .analyze(TextDocument.create(`file:///draft-${languageId}`, languageId, 1, text))
        .findings.map((f) => f.code);
    assert.deepEqual(codes('markdown'), []);
    assert.deepEqual(codes('plaintext'), ['title/not-held', 'org/non-official-name']);
  });
});
