// Serves the sample workspace in code-server with the packaged extension installed, on
// 127.0.0.1, until interrupted. Port: ATTACHE_DEMO_PORT (default 8080).
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { startCodeServer } from '../out/test/support/codeServer.js';

const root = new URL('..', import.meta.url).pathname;
const home = join(homedir(), '.cache', 'attache-demo');
rmSync(home, { recursive: true, force: true });
const workspace = join(home, 'workspace');
mkdirSync(join(workspace, '.vscode'), { recursive: true });
cpSync(join(root, 'samples', 'drafts'), join(workspace, 'drafts'), { recursive: true });
cpSync(join(root, 'samples', 'corpus'), join(workspace, 'corpus'), { recursive: true });
writeFileSync(
  join(workspace, '.vscode', 'settings.json'),
  JSON.stringify({ 'attache.corpus.folders': ['corpus'] }, null, 2),
);

const server = await startCodeServer({
  vsix: join(root, 'dist', 'attache.vsix'),
  workspace,
  home,
  port: Number(process.env.ATTACHE_DEMO_PORT ?? 8080),
});
console.log(`Attaché demo: open ${server.url}?folder=${encodeURIComponent(workspace)} in a browser (Ctrl-C to stop)`);
const stop = () => {
  server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
