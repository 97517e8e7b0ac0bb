/**
 * Coloring: every mention gets a token of its entity's type, and a name broken across a line
 * ending (LF, CR LF or lone CR) is colored on both lines, without the line break or the
 * indentation around it; a party named inside a title takes no token of its own.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from '../../../server/src/lsp/semanticTokens.js';
import { openWorkspace } from '../../../server/src/workspace/host.js';

const host = openWorkspace({ workers: 0, today: () => '2024-06-12' });

/** The tokens of a text as (line, character, text, type), decoded from the relative encoding. */
let drafts = 0;
function tokensOf(text: string): [number, number, string, string][] {
  // A new URI each time: the snapshot caches analyses per URI and version.
  const document = TextDocument.create(`untitled:draft-${++drafts}.md`, 'markdown', 1, text);
  const { data } = semanticTokens(host.snapshot(), document);
  const lines = text.split(/\r\n?|\n/);
  const decoded: [number, number, string, string][] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i]!;
    character = data[i]! === 0 ? character + data[i + 1]! : data[i + 1]!;
    decoded.push([
      line,
      character,
      lines[line]!.slice(character, character + data[i + 2]!),
      SEMANTIC_TOKENS_LEGEND.tokenTypes[data[i + 3]!]!,
    ]);
  }
  return decoded;
}

describe('semantic tokens', () => {
  after(() => host.dispose());

  for (const [ending, name] of [
    ['\n', 'LF'],
    ['\r\n', 'CR LF'],
    ['\r', 'lone CR'],
  ] as const) {
    it(`colors a name broken across a ${name} line ending on both lines`, () => {
      const text = `The Lao Prime Minister, Sonexay${ending}  Siphandone, met Premier Li Qiang.`;
      const tokens = tokensOf(text);
      assert.deepEqual(
        tokens.filter(([, , , type]) => type === 'leader'),
        [
          [0, 24, 'Sonexay', 'leader'],
          [1, 2, 'Siphandone', 'leader'],
          [1, 26, 'Li Qiang', 'leader'],
        ],
      );
    });
  }

  it('gives a name on one line one token, and a correct one-line text the same tokens whatever the line endings', () => {
    const text = 'Xi Jinping met Thongloun Sisoulith in Beijing.';
    const leaders = tokensOf(text).filter(([, , , type]) => type === 'leader');
    assert.deepEqual(leaders, [
      [0, 0, 'Xi Jinping', 'leader'],
      [0, 15, 'Thongloun Sisoulith', 'leader'],
    ]);
  });
});
