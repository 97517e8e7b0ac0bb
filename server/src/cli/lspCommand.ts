import { UsageError } from './cliSupport.js';

/**
 * `attache lsp --stdio`: serves the language server on standard input and output. The
 * server module is loaded only here, so the other commands do not pay for it.
 */
export async function runLanguageServer(argv: readonly string[]): Promise<number> {
  if (!argv.includes('--stdio')) throw new UsageError('lsp needs --stdio (the only transport for other editors)');
  const [{ createConnection, ProposedFeatures }, { startLanguageServer }] = await Promise.all([
    import('vscode-languageserver/node'),
    import('../lsp/server.js'),
  ]);
  startLanguageServer(createConnection(ProposedFeatures.all, process.stdin, process.stdout));
  return 0;
}
