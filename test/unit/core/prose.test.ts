/**
 * The prose as nlcst: sentence ends where this material has them (Chinese 。！？, Lao full
 * stops, "U.S.", "H.E.", "Oct."), paragraphs (blank lines, Markdown blocks), positions that are
 * the document's whatever its line endings and characters, and a tree parsed once per
 * paragraph text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Nodes, Root } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { LineIndex } from '../../../server/src/core/text/lineIndex.js';
import { proseOf } from '../../../server/src/core/text/markdownProse.js';
import { LONGEST_PARAGRAPH, paragraphSpans, proseParagraphs, proseTree } from '../../../server/src/core/text/prose.js';
import { LruCache } from '../../../server/src/core/text/lruCache.js';

/** The sentences of a plain text, paragraph by paragraph, as their text. */
function sentences(text: string, kind: 'plain' | 'markdown' = 'plain'): string[][] {
  return proseParagraphs(text, kind).map((paragraph) => {
    const [node] = paragraph.tree.children;
    assert.equal(node?.type, 'ParagraphNode');
    return node.children.filter((child) => child.type === 'SentenceNode').map((sentence) => toString(sentence));
  });
}

/** Every leaf of a tree (text, white space, punctuation, symbols), in order. */
function leaves(node: Nodes): Nodes[] {
  return 'children' in node ? node.children.flatMap((child) => leaves(child as Nodes)) : [node];
}

describe('sentence ends', () => {
  it('ends Chinese sentences at 。！？, closing quotes staying with their sentence', () => {
    assert.deepEqual(sentences('习近平会见了通伦。双方同意！是吗？好的。'), [
      ['习近平会见了通伦。', '双方同意！', '是吗？', '好的。'],
    ]);
    assert.deepEqual(sentences('他说：“好。”然后离开了。'), [['他说：“好。”', '然后离开了。']]);
    assert.deepEqual(sentences('Xi met Thongloun。He said so.'), [['Xi met Thongloun。', 'He said so.']]);
  });

  it('ends a Lao sentence at a full stop between words, but not inside a dotted abbreviation', () => {
    assert.deepEqual(sentences('ໄດ້ພົບປະ.ທັງສອງຝ່າຍ ໄດ້ຕົກລົງ. ສ.ປ.ປ. ລາວ ແລະ ຈີນ.'), [
      ['ໄດ້ພົບປະ.', 'ທັງສອງຝ່າຍ ໄດ້ຕົກລົງ.', 'ສ.ປ.ປ. ລາວ ແລະ ຈີນ.'],
    ]);
    assert.deepEqual(sentences('ໃນປີ ຄ.ສ. 2024 ທັງສອງຝ່າຍ ໄດ້ຕົກລົງ.'), [['ໃນປີ ຄ.ສ. 2024 ທັງສອງຝ່າຍ ໄດ້ຕົກລົງ.']]);
  });

  it('reads "U.S." before a capital as the end of a sentence only before a word that opens one', () => {
    assert.deepEqual(sentences('He visited the U.S. President Biden met him. Then he left.'), [
      ['He visited the U.S. President Biden met him.', 'Then he left.'],
    ]);
    assert.deepEqual(sentences('He visited the U.S. The next day he left.'), [
      ['He visited the U.S.', 'The next day he left.'],
    ]);
    assert.deepEqual(sentences('Talks began at 10 a.m. However, no one came.'), [
      ['Talks began at 10 a.m.', 'However, no one came.'],
    ]);
  });

  it('never ends a sentence at an honorific', () => {
    assert.deepEqual(sentences('H.E. Mr. Sonexay Siphandone arrived. He spoke.'), [
      ['H.E. Mr. Sonexay Siphandone arrived.', 'He spoke.'],
    ]);
    assert.deepEqual(sentences('Adm. Tran met him. Joseph R. Biden spoke.'), [
      ['Adm. Tran met him.', 'Joseph R. Biden spoke.'],
    ]);
    assert.deepEqual(sentences('H.E. The Ambassador spoke.'), [['H.E. The Ambassador spoke.']]);
  });

  it('ends a sentence after "Oct." before a capital, not before a day', () => {
    assert.deepEqual(sentences('On Oct. 20 the meeting began. It ended in Oct. The talks went on.'), [
      ['On Oct. 20 the meeting began.', 'It ended in Oct.', 'The talks went on.'],
    ]);
    assert.deepEqual(sentences('Talks ended on 12 Oct. Both sides agreed.'), [
      ['Talks ended on 12 Oct.', 'Both sides agreed.'],
    ]);
    assert.deepEqual(sentences('Trade, investment, etc. The two sides agreed.'), [
      ['Trade, investment, etc.', 'The two sides agreed.'],
    ]);
  });

  it('keeps the English sentence ends the parser finds', () => {
    assert.deepEqual(sentences('It was the best. Talks, e.g. on trade, went on! Did they? Yes…'), [
      ['It was the best.', 'Talks, e.g. on trade, went on!', 'Did they?', 'Yes…'],
    ]);
    assert.deepEqual(sentences('He said "yes."  Then he left.'), [['He said "yes."', 'Then he left.']]);
  });
});

describe('paragraphs', () => {
  it('ends a paragraph at a blank line, and keeps a hard-wrapped sentence whole', () => {
    assert.deepEqual(sentences('The two sides\nagreed to deepen\r\ncooperation. It rained.\n \t\nNew paragraph.'), [
      ['The two sides\nagreed to deepen\r\ncooperation.', 'It rained.'],
      ['New paragraph.'],
    ]);
  });

  it('reads each Markdown heading, list item and table row as a paragraph, its markers as white space', () => {
    const markdown =
      '# Readout #\nText under it.\n\n- first item\n- second item\n\n1. one\n2. two\nwraps\n\n> Quoted line\n> goes on.\n\n| a | b |\n|---|---|\n| c | d |\n\nTitle\n=====\nBody.';
    assert.deepEqual(sentences(markdown, 'markdown'), [
      ['Readout'],
      ['Text under it.'],
      ['first item'],
      ['second item'],
      ['one'],
      ['two\nwraps'],
      ['Quoted line\n  goes on.'],
      ['| a | b |'],
      ['| c | d |'],
      ['Title'],
      ['Body.'],
    ]);
  });

  it('lets only a bullet or the number 1 interrupt a paragraph', () => {
    assert.deepEqual(sentences('The accord was signed in\n2024. The talks went on.\n- a bullet', 'markdown'), [
      ['The accord was signed in\n2024.', 'The talks went on.'],
      ['a bullet'],
    ]);
  });

  it('reads plain text as written: a leading "#" or "-" is text', () => {
    assert.deepEqual(sentences('# not a heading\n- not a list', 'plain'), [['# not a heading\n- not a list']]);
  });

  it('finds nothing in blanked Markdown', () => {
    const prose = proseOf('```\nthe the\n```\n\n<div>the the</div>\n', 'markdown').text;
    assert.deepEqual(paragraphSpans(prose, 'markdown'), []);
  });

  it('cuts a paragraph longer than LONGEST_PARAGRAPH at sentence ends, else at white space, never inside a character', () => {
    const sentences = Array.from({ length: 2000 }, (_, i) => `Sentence number ${i} ends here.`).join(' ');
    const spans = paragraphSpans(sentences, 'plain');
    assert.ok(spans.length > 1);
    for (const span of spans) {
      assert.ok(span.text.length <= LONGEST_PARAGRAPH);
      assert.equal(sentences.slice(span.start, span.end), span.text);
      assert.match(span.text, /^Sentence number \d+ ends here\..*\.$/s);
    }
    assert.equal(spans.map((span) => span.text).join(' '), sentences);

    const runOn = Array.from({ length: 6000 }, (_, i) => `word${i}`).join(' ');
    const words = paragraphSpans(runOn, 'plain');
    assert.ok(words.length > 1);
    assert.equal(words.map((span) => span.text).join(' '), runOn);

    const astral = `a${'😀'.repeat(LONGEST_PARAGRAPH)}`;
    const pieces = paragraphSpans(astral, 'plain');
    assert.equal(pieces.map((span) => span.text).join(''), astral);
    for (const span of pieces)
      assert.ok(span.text.length <= LONGEST_PARAGRAPH && !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(span.text));
  });

  it('parses a paragraph once: an edit elsewhere leaves its tree as it was', () => {
    const before = proseParagraphs('First paragraph.\n\nSecond paragraph.\n\nThird paragraph.', 'plain');
    const after = proseParagraphs('First paragraph.\n\nSecond, edited paragraph.\n\nThird paragraph.', 'plain');
    assert.equal(after[0]!.tree, before[0]!.tree);
    assert.notEqual(after[1]!.tree, before[1]!.tree);
    assert.equal(after[2]!.tree, before[2]!.tree);
    assert.notEqual(after[2]!.start, before[2]!.start);
  });
});

describe('positions', () => {
  /** Asserts that every leaf of the document's tree is the document's text at its offsets, lines and columns. */
  function assertExact(text: string, kind: 'plain' | 'markdown' = 'plain'): Root {
    const prose = proseOf(text, kind).text;
    const tree = proseTree(prose, kind);
    const lines = new LineIndex(text);
    const all = leaves(tree);
    let at = 0;
    for (const leaf of all) {
      const { start, end } = leaf.position!;
      assert.equal(start.offset, at, `${JSON.stringify(text)}: a gap before ${JSON.stringify(leaf)}`);
      const value = 'value' in leaf ? leaf.value : '';
      const slice = prose.slice(start.offset, end.offset);
      // Markdown's block markers are white space to the parser; everything else is the text itself.
      if (leaf.type === 'WhiteSpaceNode') assert.equal(value.length, slice.length);
      else assert.equal(value, slice, `${JSON.stringify(text)}: ${leaf.type} at ${start.offset}`);
      for (const point of [start, end]) {
        const position = lines.positionAt(point.offset!);
        assert.deepEqual(
          { line: point.line, column: point.column },
          { line: position.line + 1, column: position.character + 1 },
          `${JSON.stringify(text)} at ${point.offset}`,
        );
      }
      at = end.offset!;
    }
    assert.equal(at, prose.length);
    return tree;
  }

  it('are the document’s offsets, lines and columns with CR LF, tabs, emoji and combining marks', () => {
    assertExact(
      'Premier Li Qiang\r\nmet To\u0302 La\u0302m.\tThey 👍🏽 agreed 🇻🇳.\r\n\r\nThe 𠮷 talks went on. 会谈结束。',
    );
    assertExact('\tLine one.\rLine two.\r\rAfter a lone CR.\n');
    assertExact(
      '---\ntitle: The Readout\ndate: 2024-06-12\n---\n# Heading\r\n\r\n- item `code` 😀 [link](https://example.com)\r\n> quote\r\n',
      'markdown',
    );
  });

  it('hold for any text of words, CJK, Lao, emoji, combining marks, tabs and line endings', () => {
    const pieces = [
      'the',
      'U.S.',
      'H.E.',
      'Oct.',
      'Li',
      '.',
      '。',
      '！',
      '？',
      ' ',
      '  ',
      '\t',
      '\n',
      '\r\n',
      '\r',
      '\n\n',
      '😀',
      '👍🏽',
      'e\u0301',
      'ສ.ປ.ປ',
      'ໄດ້ພົບປະ.ທັງສອງ',
      '“',
      '”',
      '"',
      "'",
      '-',
      '#',
      '> ',
      '1. ',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 40 }),
        fc.constantFrom('plain' as const, 'markdown' as const),
        (parts, kind) => {
          assertExact(parts.join(''), kind);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the cache', () => {
  it('keeps the most recent entries within its bound, by count or by weight, and never one heavier than the bound', () => {
    const computed: string[] = [];
    const cache = new LruCache<string, string>(10, (key) => key.length);
    const get = (key: string) => cache.get(key, () => (computed.push(key), key.toUpperCase()));
    assert.equal(get('abcd'), 'ABCD');
    get('efgh');
    get('abcd');
    get('ijkl'); // 12 characters: "efgh", the least recent, goes
    assert.equal(cache.size, 2);
    get('abcd');
    get('efgh');
    assert.deepEqual(computed, ['abcd', 'efgh', 'ijkl', 'efgh']);
    assert.equal(get('an entry too heavy to keep'), 'AN ENTRY TOO HEAVY TO KEEP');
    get('an entry too heavy to keep');
    assert.equal(computed.filter((key) => key.startsWith('an entry')).length, 2);
  });
});
