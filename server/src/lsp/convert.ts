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
import type { Evidence, Finding, Fix, Severity } from '../core/checks/finding.js';
import { LineIndex } from '../core/text/lineIndex.js';
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

/** Reads a file's text for converting offsets in it; returns undefined if unreadable. */
export type FileTextReader = (path: string) => string | undefined;

export function rangeOf(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

/** The documentation of a rule, shipped with the extension. */
export function ruleDocumentationUri(code: string): string {
  return `${pathToFileURL(`${packageRoot()}/docs/rules.md`).href}#${code.replace(/[^a-z0-9]+/g, '-')}`;
}

export function toDiagnostic(document: TextDocument, finding: Finding, readFile: FileTextReader): Diagnostic {
  return {
    range: rangeOf(document, finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: { href: ruleDocumentationUri(finding.code) },
    source: 'attache',
    message: finding.message,
    relatedInformation: finding.evidence.map((evidence) => toRelated(evidence, readFile)).filter((r): r is DiagnosticRelatedInformation => !!r),
  };
}

function toRelated(evidence: Evidence, readFile: FileTextReader): DiagnosticRelatedInformation | undefined {
  const location = evidenceLocation(evidence, readFile);
  return location && { location, message: evidence.message };
}

/** The location of a piece of evidence: a knowledge-base line or a corpus range. */
export function evidenceLocation(evidence: Pick<Evidence, 'path' | 'line' | 'start' | 'end'>, readFile: FileTextReader): Location | undefined {
  const uri = pathToFileURL(evidence.path).href;
  if (evidence.line !== undefined) {
    const position = { line: Math.max(0, evidence.line - 1), character: 0 };
    return { uri, range: { start: position, end: position } };
  }
  if (evidence.start === undefined) return undefined;
  const text = readFile(evidence.path);
  if (text === undefined) return undefined;
  return { uri, range: lineIndexOf(evidence.path, text).rangeOf(evidence.start, evidence.end ?? evidence.start) };
}

/** Line tables of the corpus files in use: a page of references into one file builds its table once. */
const lineIndexes = new Map<string, { text: string; index: LineIndex }>();

function lineIndexOf(path: string, text: string): LineIndex {
  const cached = lineIndexes.get(path);
  if (cached && cached.text === text) return cached.index;
  const index = new LineIndex(text);
  lineIndexes.delete(path);
  lineIndexes.set(path, { text, index });
  if (lineIndexes.size > 32) lineIndexes.delete(lineIndexes.keys().next().value!);
  return index;
}

export function toWorkspaceEdit(document: TextDocument, fixes: readonly Fix[]): WorkspaceEdit {
  const edits: TextEdit[] = fixes.flatMap((fix) => fix.edits.map((edit) => ({ range: rangeOf(document, edit.start, edit.end), newText: edit.newText })));
  return { changes: { [document.uri]: edits } };
}

export function quickFix(title: string, document: TextDocument, fixes: readonly Fix[], diagnostics: Diagnostic[], preferred = false): CodeAction {
  const action = CodeAction.create(title, toWorkspaceEdit(document, fixes), CodeActionKind.QuickFix);
  action.diagnostics = diagnostics;
  if (preferred) action.isPreferred = true;
  return action;
}
