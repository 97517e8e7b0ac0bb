import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** The code of the notice a document over the size limit gets instead of its diagnostics. */
export const TOO_LARGE_CODE = 'document/too-large';

/**
 * True when a document is larger than the `attache.maxDocumentSize` limit (in characters; 0 is
 * no limit). Such a document is not analysed in the editor: analysis runs on the server's one
 * thread, and a document of several megabytes would hold up every other request meanwhile.
 */
export function exceedsSizeLimit(document: TextDocument, limit: number): boolean {
  return limit > 0 && document.getText().length > limit;
}

/** The one diagnostic, at the top of the document, that says why it is not checked and what the limit is. */
export function sizeLimitNotice(document: TextDocument, limit: number): Diagnostic {
  const size = document.getText().length.toLocaleString('en-US');
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: 'attache',
    code: TOO_LARGE_CODE,
    message:
      `Not checked: this document has ${size} characters, more than the attache.maxDocumentSize limit of ${limit.toLocaleString('en-US')}. ` +
      'Check it with "attache check FILE" on the command line, or raise the setting.',
  };
}
