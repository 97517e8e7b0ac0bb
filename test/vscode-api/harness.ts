import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { runScenarios } from './suite.js';

/**
 * A test-only extension that runs the `vscode` API scenarios inside whatever extension host
 * loads it (here: code-server's) and writes the results where ATTACHE_API_TEST_RESULTS says.
 */
export async function activate(): Promise<void> {
  const output = process.env['ATTACHE_API_TEST_RESULTS'];
  if (!output) return;
  try {
    const results = await runScenarios();
    writeFileSync(output, JSON.stringify({ results }));
  } catch (error) {
    writeFileSync(
      output,
      JSON.stringify({ results: [{ name: 'setup', error: error instanceof Error ? error.message : String(error) }] }),
    );
  }
  void vscode.window.showInformationMessage('Attaché API scenarios finished');
}
