/**
 * The editor's document size limit: when a document exceeds it (0 meaning none), and the one
 * notice that says why it is not checked.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TOO_LARGE_CODE, exceedsSizeLimit, sizeLimitNotice } from '../../../server/src/lsp/sizeLimit.js';

const document = (length: number) => TextDocument.create('file:///d.txt', 'plaintext', 1, 'x'.repeat(length));

describe('exceedsSizeLimit', () => {
  it('is true only above the limit, and never with no limit', () => {
    assert.equal(exceedsSizeLimit(document(11), 10), true);
    assert.equal(exceedsSizeLimit(document(10), 10), false);
    assert.equal(exceedsSizeLimit(document(1_000_000), 0), false);
  });
});

describe('sizeLimitNotice', () => {
  it('says the size and the limit at the top of the document', () => {
    const notice = sizeLimitNotice(document(12_345), 10_000);
    assert.equal(notice.code, TOO_LARGE_CODE);
    assert.equal(notice.severity, DiagnosticSeverity.Information);
    assert.deepEqual(notice.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    const message = notice.message;
    assert.ok(typeof message === 'string');
    assert.match(
      message,
      /^Not checked: this document has 12,345 characters, more than the attache\.maxDocumentSize limit of 10,000\. /,
    );
    assert.ok(!message.includes('\n'));
  });
});
