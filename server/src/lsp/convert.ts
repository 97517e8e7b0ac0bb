import { pathToFileURL } from 'node:url';
import {
  CodeAction,
  CodeActionKind,
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Location,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleAnchor } from '../core/checks/check.js';
import type { Evidence, Finding, Fix, Severity } from '../core/checks/finding.js';
import { packageRoot } from '../paths.js';

/**
 * The one place where core findings become protocol types. Offsets are UTF-16 code units in
 * the core and in LSP alike, so `TextDocument.positionAt` converts them directly.
 */

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Where a range of a corpus file's readable text is in the file; undefined if the file is unreadable. */
export type CorpusLocator = (path: string, start: number, end: number) => Range | undefined;

export function rangeOf(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

/** The documentation of a rule, shipped with the extension. */
export function ruleDocumentationUri(code: string): string {
  return `${pathToFileURL(`${packageRoot()}/docs/rules.md`).href}#${ruleAnchor(code)}`;
}

export function toDiagnostic(document: TextDocument, finding: Finding, locate: CorpusLocator): Diagnostic {
  return {
    range: rangeOf(document, finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: { href: finding.documentation ?? ruleDocumentationUri(finding.code) },
    source: 'attache',
    message: finding.message,
    relatedInformation: [
      ...(finding.repeatOf ? [firstOccurrence(document, finding.repeatOf)] : []),
      ...finding.evidence
        .map((evidence) => toRelated(evidence, locate))
        .filter((r): r is DiagnosticRelatedInformation => !!r),
    ],
  };
}

/** For a repeated fault: where the document first has it, and what that says. */
function firstOccurrence(document: TextDocument, first: { start: number; end: number }): DiagnosticRelatedInformation {
  const range = rangeOf(document, first.start, first.end);
  return {
    location: { uri: document.uri, range },
    message: `First occurrence, line ${range.start.line + 1}: “${document.getText(range).replace(/\s+/g, ' ')}”`,
  };
}

function toRelated(evidence: Evidence, locate: CorpusLocator): DiagnosticRelatedInformation | undefined {
  const location = evidenceLocation(evidence, locate);
  return location && { location, message: evidence.message };
}

/** The location of a piece of evidence: a knowledge-base line or a corpus range. */
export function evidenceLocation(
  evidence: Pick<Evidence, 'path' | 'line' | 'start' | 'end'>,
  locate: CorpusLocator,
): Location | undefined {
  const uri = pathToFileURL(evidence.path).href;
  if (evidence.line !== undefined) {
    const position = { line: Math.max(0, evidence.line - 1), character: 0 };
    return { uri, range: { start: position, end: position } };
  }
  if (evidence.start === undefined) return undefined;
  const range = locate(evidence.path, evidence.start, evidence.end ?? evidence.start);
  return range && { uri, range };
}

export function toWorkspaceEdit(document: TextDocument, fixes: readonly Fix[]): WorkspaceEdit {
  const edits: TextEdit[] = fixes.flatMap((fix) =>
    fix.edits.map((edit) => ({ range: rangeOf(document, edit.start, edit.end), newText: edit.newText })),
  );
  return { changes: { [document.uri]: edits } };
}

export function quickFix(
  title: string,
  document: TextDocument,
  fixes: readonly Fix[],
  diagnostics: Diagnostic[],
  preferred = false,
): CodeAction {
  const action = CodeAction.create(title, toWorkspaceEdit(document, fixes), CodeActionKind.QuickFix);
  action.diagnostics = diagnostics;
  if (preferred) action.isPreferred = true;
  return action;
}
