import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { headingLines, isShippedPath, shippedPathOf } from './shippedFiles.js';

/** The scheme of the extension's own files shown read-only: `attache-reference:/server/kb/china.yaml`. */
export const REFERENCE_SCHEME = 'attache-reference';

/**
 * The files the extension ships — the bundled knowledge base, the rules' documentation and the
 * sample corpus — open read-only: links to them (rule codes, evidence, go to definition,
 * references, passages) lead to a virtual document with their text instead of the installed file,
 * which an edit would change for every workspace and the next update would overwrite.
 */
export class ReferenceDocuments implements vscode.TextDocumentContentProvider {
  private ruleLines: Map<string, number> | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  /** The read-only form of a link into the extension's shipped files; any other link as it is. */
  readOnly(uri: vscode.Uri): vscode.Uri {
    const path = this.shippedPath(uri);
    if (path === undefined) return uri;
    return vscode.Uri.from({
      scheme: REFERENCE_SCHEME,
      path: `/${path}`,
      fragment: path === 'docs/rules.md' ? this.ruleFragment(uri.fragment) : uri.fragment,
    });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const path = uri.path.replace(/^\/+/, '');
    if (!isShippedPath(path)) throw new Error(`${uri.toString()} is not a file Attaché ships`);
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, path)));
  }

  /** The middleware that turns the server's links into the extension's files into read-only ones. */
  middleware(): Middleware {
    return {
      handleDiagnostics: (uri, diagnostics, next) =>
        next(
          uri,
          diagnostics.map((diagnostic) => this.readOnlyLinks(diagnostic)),
        ),
      provideDefinition: async (document, position, token, next) =>
        this.readOnlyLocations(await next(document, position, token)),
      provideReferences: async (document, position, context, token, next) =>
        this.readOnlyLocations(await next(document, position, context, token)),
    };
  }

  private readOnlyLinks(diagnostic: vscode.Diagnostic): vscode.Diagnostic {
    if (typeof diagnostic.code === 'object')
      diagnostic.code = { value: diagnostic.code.value, target: this.readOnly(diagnostic.code.target) };
    for (const related of diagnostic.relatedInformation ?? [])
      related.location = new vscode.Location(this.readOnly(related.location.uri), related.location.range);
    return diagnostic;
  }

  private readOnlyLocations<T extends vscode.Location | vscode.Location[] | vscode.LocationLink[] | null | undefined>(
    result: T,
  ): T {
    const one = (location: vscode.Location | vscode.LocationLink) =>
      location instanceof vscode.Location
        ? new vscode.Location(this.readOnly(location.uri), location.range)
        : { ...location, targetUri: this.readOnly(location.targetUri) };
    if (!result) return result;
    return (Array.isArray(result) ? result.map(one) : one(result)) as T;
  }

  /** The path of a shipped file relative to the extension, if `uri` is one. */
  private shippedPath(uri: vscode.Uri): string | undefined {
    return shippedPathOf(this.extensionUri.path, uri.scheme, uri.path);
  }

  /** A rule's anchor (`title-not-held`) as the line of its heading (`L30`), which the editor opens at. */
  private ruleFragment(anchor: string): string {
    if (!this.ruleLines) {
      try {
        this.ruleLines = headingLines(
          readFileSync(vscode.Uri.joinPath(this.extensionUri, 'docs', 'rules.md').fsPath, 'utf8'),
        );
      } catch {
        // No documentation to point into: the link opens at the top.
        this.ruleLines = new Map();
      }
    }
    const line = this.ruleLines.get(anchor);
    return line === undefined ? '' : `L${line}`;
  }
}
