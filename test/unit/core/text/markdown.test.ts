/** The little of Markdown the checks need: front matter and ATX heading lines. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { frontMatter, headingLines, onHeadingLine } from '../../../../server/src/core/text/markdown.js';

describe('front matter', () => {
  it('reads the YAML block at the top, closed by --- or ..., with LF or CR LF', () => {
    const text = '---\ndate: 2024-06-12\nauthor: desk\n---\n# Readout\n';
    assert.deepEqual(frontMatter(text), { yaml: 'date: 2024-06-12\nauthor: desk', end: text.indexOf('# Readout') });
    assert.equal(frontMatter('---\r\ndate: 2024-06-12\r\n...\r\nBody')?.yaml, 'date: 2024-06-12');
    assert.deepEqual(frontMatter('---\ndate: 2024-06-12\n---'), { yaml: 'date: 2024-06-12', end: 24 });
  });

  it('finds none below the top, or left unclosed', () => {
    assert.equal(frontMatter('Intro\n---\ndate: 2024-06-12\n---\n'), undefined);
    assert.equal(frontMatter('---\ndate: 2024-06-12\nno end'), undefined);
  });
});

describe('heading lines', () => {
  const text = '# Readout\nBody text.\n   ## Indented three\n    #### Code, not a heading\nLast # line';
  const headings = headingLines(text);

  it('finds ATX headings indented at most three spaces, line breaks excluded', () => {
    assert.deepEqual(
      headings.starts.map((s, i) => text.slice(s, headings.ends[i])),
      ['# Readout', '   ## Indented three'],
    );
  });

  it('tells whether an offset lies on a heading line', () => {
    assert.equal(onHeadingLine(headings, text.indexOf('Readout')), true);
    assert.equal(onHeadingLine(headings, text.indexOf('Indented')), true);
    assert.equal(onHeadingLine(headings, text.indexOf('Body')), false);
    assert.equal(onHeadingLine(headings, text.indexOf('Code')), false);
    assert.equal(onHeadingLine(headings, text.indexOf('\nBody')), false, 'the line break is not on the line');
    assert.equal(onHeadingLine(headingLines('No headings here.'), 3), false);
  });
});
