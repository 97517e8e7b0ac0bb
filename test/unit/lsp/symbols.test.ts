/**
 * Document symbols (each entity once, at its first mention, with its count) and workspace
 * symbols (the knowledge base searched by name or id), over a small knowledge base.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { SymbolKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentSymbols, workspaceSymbols } from '../../../server/src/lsp/symbols.js';
import { ruritaniaSnapshot } from '../../support/ruritaniaWorkspace.js';

describe('documentSymbols', () => {
  it('gives each entity once, at its first mention, with how often it is mentioned, and no titles', () => {
    const text = 'Flavia Strel visited Ruritania.\nLater, Flavia Strel left.';
    const symbols = documentSymbols(ruritaniaSnapshot(), TextDocument.create('file:///d.txt', 'plaintext', 1, text));
    const person = symbols.find((symbol) => symbol.name === 'Flavia Strel');
    assert.deepEqual(person, {
      name: 'Flavia Strel',
      detail: 'person, 2 mentions',
      kind: SymbolKind.Object,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 12 } },
      selectionRange: { start: { line: 0, character: 0 }, end: { line: 0, character: 12 } },
    });
    const country = symbols.find((symbol) => symbol.name === 'Ruritania');
    assert.equal(country?.detail, 'country, 1 mention');
    assert.equal(country?.kind, SymbolKind.Package);
    assert.ok(symbols.every((symbol) => !symbol.detail?.startsWith('title')));
  });

  it('gives nothing for a document that names nobody', () => {
    assert.deepEqual(
      documentSymbols(
        ruritaniaSnapshot(),
        TextDocument.create('file:///d.txt', 'plaintext', 1, 'Nothing to see here.'),
      ),
      [],
    );
  });
});

describe('workspaceSymbols', () => {
  it('finds entries by any part of the name, folded, or of the id, pointing at their line', () => {
    const [found, ...rest] = workspaceSymbols(ruritaniaSnapshot(), ' strél ');
    assert.equal(rest.length, 0);
    assert.equal(found!.name, 'Flavia Strel');
    assert.equal(found!.containerName, 'person');
    assert.deepEqual(found!.location, {
      uri: pathToFileURL('ruritania.yaml').href,
      range: { start: { line: 11, character: 0 }, end: { line: 11, character: 0 } },
    });
    assert.deepEqual(
      workspaceSymbols(ruritaniaSnapshot(), 'president-ruri').map((symbol) => symbol.name),
      ['President of Ruritania'],
    );
  });

  it('lists every entry for an empty query, and none for a query nothing matches', () => {
    assert.equal(workspaceSymbols(ruritaniaSnapshot(), '').length, 3);
    assert.deepEqual(workspaceSymbols(ruritaniaSnapshot(), 'Elphberg'), []);
  });
});
