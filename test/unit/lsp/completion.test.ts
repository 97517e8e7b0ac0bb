/**
 * Completion as a writer meets it: the text before the cursor is typed, the first item (or a
 * chosen one) is accepted, and the resulting text is what is checked. Each item must replace
 * what was typed — a title and part of a name — so that no title is written twice, and the
 * editor's own filter must keep every item in the server's order.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver/node';
import { completion } from '../../../server/src/lsp/completion.js';
import { openWorkspace } from '../../../server/src/workspace/host.js';

const host = openWorkspace({ corpusFiles: new Map(), workers: 0, today: () => '2025-06-01' });

let documents = 0;

/** A document dated by its front matter whose last line is `line`, with the cursor where `|` is. */
function typed(line: string, date = '2024-06-12'): { document: TextDocument; cursor: number } {
  const marked = `---\ndate: ${date}\n---\n\nThe talks were held in Beijing.\n\n${line}`;
  const cursor = marked.indexOf('|');
  assert.ok(cursor >= 0, 'the line marks the cursor with |');
  const text = marked.slice(0, cursor) + marked.slice(cursor + 1);
  return { document: TextDocument.create(`file:///draft-${++documents}.md`, 'markdown', 1, text), cursor };
}

function complete(
  line: string,
  date?: string,
): { items: CompletionItem[]; list: CompletionList; document: TextDocument } {
  const { document, cursor } = typed(line, date);
  const list = completion(host.snapshot(), document, document.positionAt(cursor));
  return { items: list.items, list, document };
}

/** The document's last line after accepting `item`. */
function accept(document: TextDocument, item: CompletionItem): string {
  const edit = item.textEdit as TextEdit | undefined;
  assert.ok(edit && 'range' in edit, `${item.label} has a text edit with a range`);
  assert.equal(item.insertText, undefined, 'no insertText beside the edit');
  const result = TextDocument.applyEdits(document, [edit]);
  return result.slice(result.lastIndexOf('\n') + 1);
}

/** The last line after accepting the first item. */
function acceptFirst(line: string, date?: string): string {
  const { items, document } = complete(line, date);
  assert.ok(items.length > 0, `something is offered after "${line}"`);
  return accept(document, items[0]!);
}

/** The last lines after accepting each item, in the order offered. */
function results(line: string, date?: string): string[] {
  const { items, document } = complete(line, date);
  return items.map((item) => accept(document, item));
}

describe('completion replaces what was typed', () => {
  it('completes the name after a full title without writing the title again', () => {
    assert.equal(acceptFirst('Lao Prime Minister Sone|'), 'Lao Prime Minister Sonexay Siphandone');
  });

  it('no item doubles a title, whichever is accepted', () => {
    for (const line of [
      'Lao Prime Minister Sone|',
      'Chinese Pre|',
      'General Secretary Xi J|',
      'Prime Minister S|',
      'Vietnamese President L|',
    ]) {
      for (const result of results(line)) {
        assert.doesNotMatch(
          result,
          /(Prime Minister|Premier|President|General Secretary)\b.*\b\1\b/,
          `"${result}" after "${line}"`,
        );
      }
    }
  });

  it('offers the formal title second, replacing the title typed', () => {
    const [first, second] = results('Lao Prime Minister Sone|');
    assert.equal(first, 'Lao Prime Minister Sonexay Siphandone');
    assert.equal(second, "Prime Minister of the Lao People's Democratic Republic Sonexay Siphandone");
  });

  it('completes a name typed over two words', () => {
    assert.equal(acceptFirst('To L|'), 'To Lam');
  });

  it('completes a partial given name', () => {
    assert.equal(acceptFirst('Thonglo|'), 'Thongloun Sisoulith');
  });

  it('completes a title and a name together', () => {
    assert.equal(acceptFirst('General Secretary Xi J|'), 'General Secretary Xi Jinping');
  });

  it('completes a Chinese name', () => {
    assert.equal(acceptFirst('习近|'), '习近平');
  });

  it('completes a Chinese title and name written without a space', () => {
    assert.equal(acceptFirst('总书记习近|'), '总书记习近平');
  });

  it('replaces a wrong title form once it is typed in full', () => {
    assert.equal(acceptFirst('Lao Premier Sone|'), 'Lao Prime Minister Sonexay Siphandone');
  });

  it('keeps the words before the typed text', () => {
    assert.equal(acceptFirst('He met To L|'), 'He met To Lam');
  });
});

describe('completion ranks by the context and the document date', () => {
  it('a partial title after a nationality gives the holder on the date: Li Qiang in 2024', () => {
    const offered = results('Chinese Pre|', '2024-06-12');
    assert.equal(offered[0], 'Chinese Premier Li Qiang');
    assert.equal(offered[1], "Premier of the State Council of the People's Republic of China Li Qiang");
  });

  it('a partial title after a nationality gives the holder on the date: Li Keqiang in 2020', () => {
    const offered = results('Chinese Pre|', '2020-05-01');
    assert.equal(offered[0], 'Chinese Premier Li Keqiang');
    assert.ok(
      !offered.some((r) => r.includes('Li Qiang')),
      `Li Qiang was not Premier in 2020: ${offered.slice(0, 5).join(' / ')}`,
    );
  });

  it('a country named before the typed title puts its office holder first', () => {
    assert.equal(
      acceptFirst('During the visit to Laos, Prime Minister |'),
      'During the visit to Laos, Prime Minister Sonexay Siphandone',
    );
    assert.equal(
      acceptFirst('During the visit to Viet Nam, Prime Minister |'),
      'During the visit to Viet Nam, Prime Minister Pham Minh Chinh',
    );
  });

  it('offers the house short form when no title is typed yet', () => {
    const offered = results('|');
    assert.ok(offered.includes('Premier Li Qiang'), 'Li Qiang is Premier on 2024-06-12');
    assert.ok(!offered.includes('Premier Li Keqiang'), 'Li Keqiang is not');
  });
});

describe('completion and the editor filter', () => {
  it('filters each item by exactly the text its edit replaces, in the server order, and asks again on the next keystroke', () => {
    const { items, list, document } = complete('Chinese Pre|');
    assert.equal(list.isIncomplete, true);
    const text = document.getText();
    for (const item of items) {
      const edit = item.textEdit as TextEdit;
      assert.equal(item.filterText, text.slice(document.offsetAt(edit.range.start), document.offsetAt(edit.range.end)));
    }
    const sortTexts = items.map((item) => item.sortText!);
    assert.deepEqual([...sortTexts].sort(), sortTexts, 'sortText keeps the order offered');
    assert.equal(new Set(sortTexts).size, sortTexts.length);
  });
});

describe('completion where nothing fits', () => {
  it('offers nothing in the middle of a word', () => {
    const { document } = typed('The econo|my grew.');
    const text = document.getText();
    const list = completion(host.snapshot(), document, document.positionAt(text.indexOf('my grew')));
    assert.deepEqual(list.items, []);
  });

  it('offers nothing for a word that begins no name or title', () => {
    assert.deepEqual(complete('The economy|').items, []);
  });

  it('does not fail at the very start of a document or after punctuation', () => {
    const document = TextDocument.create('file:///empty.md', 'markdown', 1, '');
    assert.doesNotThrow(() => completion(host.snapshot(), document, { line: 0, character: 0 }));
    assert.doesNotThrow(() => complete('«» — (|'));
  });
});
