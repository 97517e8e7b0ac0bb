import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startLanguageServer } from './server.js';

/**
 * The server process entry: the VS Code client starts it over IPC, other editors with
 * `attache lsp --stdio`; `createConnection` reads the transport from the command line.
 */
startLanguageServer(createConnection(ProposedFeatures.all));
