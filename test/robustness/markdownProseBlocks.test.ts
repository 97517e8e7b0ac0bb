/**
 * A Markdown draft's prose is the same whether it is read from one tree of the whole text or
 * block by block: property tests over random drafts built from Markdown fragments (fences,
 * indented code, inline code, HTML blocks and comments, links, images, autolinks, reference
 * and footnote definitions, lists, quotations, tables, front matter, CR LF and lone CR, tabs,
 * emoji), the sample drafts and the project's own Markdown, each compared character for
 * character with the whole-tree reading (`proseOfWholeTree`), also after edits, when the
 * blocks read for the previous version are reused.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { LONGEST_GFM_PARAGRAPH, proseOf } from '../../server/src/core/text/markdownProse.js';
import { proseOfWholeTree } from '../support/wholeTreeProse.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** What a line may hold: prose, and every piece of Markdown syntax that is left out or changes what is. */
const INLINE = [
  'Premier Li Keqiang met the CCP.',
  'Tô Lâm 😀 welcomed the talks',
  'the CCP 👍🏽',
  'e\u0301',
  '习近平',
  'word',
  'and',
  '`the CCP`',
  '``a ` b``',
  '`unclosed',
  '<!-- CCP -->',
  '<!--',
  '-->',
  '<abbr title="CCP">x</abbr>',
  '<br/>',
  '<div>',
  '</div>',
  '<pre>',
  '</pre>',
  '<script>',
  '</script>',
  '<?php',
  '?>',
  '<!DOCTYPE html>',
  '<![CDATA[',
  ']]>',
  '[the report](https://example.com/CCP "CCP")',
  '[text](<dest CCP>)',
  '![a CCP flag](flag.png)',
  '![alt][r]',
  '[ref][r]',
  '[r]',
  '[R][]',
  '[ref][missing]',
  '[^n]',
  '[^m]',
  '[',
  ']',
  '](x)',
  '<https://example.com/CCP>',
  'www.example.com/CCP',
  'https://example.com/x',
  'news@example.com',
  '*emphasis*',
  '**strong**',
  '~~struck~~',
  '\\`',
  '\\[r]',
  '&amp;',
  '|',
  '\t',
  '    ',
  ' ',
];

/** What may open a line: nothing, containers, fences, definitions, headings, table rows, breaks. */
const LINE_OPENINGS = [
  '',
  '',
  '',
  '',
  '> ',
  '>',
  '> > ',
  '- ',
  '* ',
  '+ ',
  '-',
  '1. ',
  '1.',
  '2) ',
  '10. ',
  '1. > ',
  '  ',
  '   ',
  '    ',
  '      ',
  '\t',
  '\t\t',
  '  - ',
  '    - ',
  '> - ',
  '- > ',
  '# ',
  '## ',
  '```',
  '```text',
  '~~~',
  '````',
  '  ```',
  '> ```',
  '- ```',
  '    ```',
  '```a`b',
  '[r]: https://example.com/CCP',
  '[R]: <https://example.com> "CCP"',
  '[^n]: a note on the CCP',
  '[^m]:',
  '[r]:',
  '> [q]: /q',
  '[foo\nbar]: /u',
  '  [^N]: an indented note',
  '| a | b |',
  '| - | - |',
  '|---|',
  '---',
  '***',
  '===',
  '+++',
  '<!--',
  '<div>',
  '<pre>',
  '</pre>',
  '<a href="x">',
  '<!-- -->',
  '<textarea>',
  '</textarea>',
];

/** A line: an opening and a few inline fragments. */
const line = fc
  .tuple(
    fc.constantFrom(...LINE_OPENINGS),
    fc.array(fc.constantFrom(...INLINE), { maxLength: 4 }),
    fc.constantFrom(' ', ''),
  )
  .map(([opening, pieces, gap]) => opening + pieces.join(gap));

/** Front matter as drafts write it, or none. */
const FRONT_MATTERS = [
  '',
  '',
  '',
  '---\ntitle: "Talks with the CCP"\ndate: 2024-06-12\n---\n',
  '---\ntitle: x\ntags: [CCP, `a`]\n\nsummary: |\n  <!--\n---\n\n',
  '+++\ntitle = "CCP"\n+++\n',
  '---\n',
  '---\ntitle: [unclosed\n---\n\n```\n',
  '---\r\ntitle: CCP\r\n---\r\n',
];

/** A draft: front matter, then lines, a blank line after many of them, with one kind of line ending or a mix. */
const drafts = fc
  .tuple(
    fc.constantFrom(...FRONT_MATTERS),
    fc.array(fc.tuple(line, fc.constantFrom('', '', '\n', '\n', '\n\n', '\n \n', '\n\t\n')), { maxLength: 30 }),
    fc.constantFrom('\n', '\n', '\r\n', '\r', 'mixed'),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([frontMatter, lines, ending, byteOrderMark, finalLineBreak]) => {
    let endings = 0;
    const body = lines.map(([text, after]) => text + '\n' + after).join('') + (finalLineBreak ? '' : 'end');
    const text = (frontMatter + body).replace(/\n/g, () =>
      ending === 'mixed' ? ['\n', '\r\n', '\r'][endings++ % 3]! : ending,
    );
    return (byteOrderMark ? '\uFEFF' : '') + text;
  });

function assertSameProse(text: string): void {
  const expected = proseOfWholeTree(text);
  const actual = proseOf(text, 'markdown');
  assert.deepEqual(actual.nonProse, expected.nonProse, JSON.stringify(text));
  assert.equal(actual.text, expected.text);
}

/** Markdown files of the project: samples, documentation. */
function projectMarkdown(): { name: string; text: string }[] {
  const drafts = readdirSync(`${REPO}samples/drafts`).map((name) => `samples/drafts/${name}`);
  return [
    ...drafts,
    'README.md',
    'ARCHITECTURE.md',
    'docs/rules.md',
    'docs/facts-gold-sets.md',
    'docs/archive-measurements.md',
    'docs/recall-holdouts.md',
  ].map((name) => ({
    name,
    text: readFileSync(`${REPO}${name}`, 'utf8'),
  }));
}

describe('block-by-block reading of a Markdown draft', () => {
  it('leaves out exactly what the whole-tree reading leaves out, on random drafts', () => {
    fc.assert(fc.property(drafts, assertSameProse), { numRuns: 1000 });
  });

  it('does so after an edit, reusing the blocks read for the previous version', () => {
    const edit = fc.tuple(
      drafts,
      fc.nat(),
      fc.nat(),
      fc.constantFrom('', 'x', '\n', '\n\n', '`', '```\n', '<!--', '-->', '[r]: /u\n\n', ' [r] ', '- '),
    );
    fc.assert(
      fc.property(edit, ([text, at, length, inserted]) => {
        assertSameProse(text);
        const start = at % (text.length + 1);
        assertSameProse(text.slice(0, start) + inserted + text.slice(Math.min(text.length, start + (length % 8))));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves out the same on the sample drafts and the project documentation', () => {
    const files = projectMarkdown();
    const all = files.map((file) => file.text).join('\n\n');
    for (const { name, text } of files) {
      const expected = proseOfWholeTree(text);
      assert.ok(name.startsWith('samples/') || expected.nonProse.length > 0, `${name} has Markdown to leave out`);
      assertSameProse(text);
      // All of them as one long draft, and each edited in the middle.
      assertSameProse(`${text}\n\n${all}`);
      const middle = text.indexOf('\n\n', text.length >> 1);
      assertSameProse(`${text.slice(0, middle)}\n\nAn added paragraph with \`code\`.${text.slice(middle)}`);
    }
  });

  it('reads every block as CommonMark when one paragraph is too long for GitHub extensions', () => {
    const paragraph = 'The talks went on. '.repeat(Math.ceil(LONGEST_GFM_PARAGRAPH / 19) + 1);
    const text = `Visit www.example.com/CCP and [r].\n\n${paragraph}\n\n| a |\n| - |\n| b |\n\n[r]: /u\n\nSee news@example.com and ~~this~~.\n`;
    assertSameProse(text);
    assertSameProse(text.replace('[r]: /u', '[^r]: a note'));
  });
});
