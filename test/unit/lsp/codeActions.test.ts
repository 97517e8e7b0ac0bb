/**
 * Code actions: the fixes of the findings under the cursor, tied to their diagnostics, and one
 * "fix all" per rule with more than one fixable finding.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeActionParams, Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from '../../../server/src/lsp/codeActions.js';
import { ruritaniaSnapshot } from '../../support/ruritaniaWorkspace.js';

const TEXT = 'Flavia Strell arrived.\nThen Flavia Strell left.';
const document = TextDocument.create('file:///d.txt', 'plaintext', 1, TEXT);
const snapshot = ruritaniaSnapshot();
const rule = snapshot.analyze(document).findings[0]!.code;

function diagnosticAt(start: number, end: number, source = 'attache'): Diagnostic {
  return {
    range: { start: document.positionAt(start), end: document.positionAt(end) },
    message: 'wrong form',
    code: rule,
    source,
  };
}

function params(offset: number, diagnostics: Diagnostic[]): CodeActionParams {
  const position = document.positionAt(offset);
  return { textDocument: { uri: document.uri }, range: { start: position, end: position }, context: { diagnostics } };
}

describe('codeActions', () => {
  it('offers the fix under the cursor, preferred and tied to its diagnostic, and fix all for the rule', () => {
    const first = diagnosticAt(0, 13);
    const second = diagnosticAt(28, 41);
    const actions = codeActions(snapshot, document, params(3, [first, second, diagnosticAt(0, 13, 'other-linter')]));
    assert.equal(actions.length, 2);
    const [fix, fixAll] = actions;
    assert.equal(fix!.isPreferred, true);
    assert.deepEqual(fix!.diagnostics, [first]);
    assert.deepEqual(fix!.edit?.changes?.[document.uri], [{ range: first.range, newText: 'Flavia Strel' }]);
    assert.equal(fixAll!.title, `Fix all ${rule} problems in this document (2)`);
    assert.deepEqual(fixAll!.diagnostics, [first, second]);
    assert.deepEqual(
      fixAll!.edit?.changes?.[document.uri]?.map((edit) => edit.newText),
      ['Flavia Strel', 'Flavia Strel'],
    );
  });

  it('offers nothing away from any finding', () => {
    assert.deepEqual(codeActions(snapshot, document, params(TEXT.indexOf('arrived') + 3, [])), []);
  });

  it('offers no fix all when the rule has one fixable finding', () => {
    const single = TextDocument.create('file:///s.txt', 'plaintext', 1, 'Flavia Strell arrived.');
    const actions = codeActions(snapshot, single, {
      textDocument: { uri: single.uri },
      range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } },
      context: { diagnostics: [] },
    });
    assert.equal(actions.length, 1);
    assert.deepEqual(actions[0]!.diagnostics, []);
  });
});
