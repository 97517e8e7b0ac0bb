/** The dossier of the known entity under a position, and none where no known entity is. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { dossierAt } from '../../../server/src/lsp/dossier.js';
import { ruritaniaSnapshot } from '../../support/ruritaniaWorkspace.js';

const document = TextDocument.create(
  'file:///d.txt',
  'plaintext',
  1,
  'On 2020-01-05, Flavia Strel spoke.\nNothing here.',
);

describe('dossierAt', () => {
  it('gives the dossier of the entity under the cursor, at the document’s date', () => {
    const dossier = dossierAt(ruritaniaSnapshot(), document, { line: 0, character: 18 });
    assert.equal(dossier?.id, 'flavia-strel');
    assert.equal(dossier?.name, 'Flavia Strel');
    assert.equal(dossier?.documentDate, '2020-01-05');
    assert.equal(dossier?.roles.length, 1);
    assert.deepEqual(dossier?.articles, []);
  });

  it('gives null where no known entity is', () => {
    assert.equal(dossierAt(ruritaniaSnapshot(), document, { line: 1, character: 3 }), null);
  });
});
