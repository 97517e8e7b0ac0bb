import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const folders: string[] = [];

/**
 * A fresh folder under the system's temporary folder, removed when the test file's process
 * exits (each test file runs in its own process). Safe to call anywhere: at file level, in a
 * hook or inside a test; a folder is never removed while a later test may still use it.
 */
export function temporaryFolder(prefix: string): string {
  if (folders.length === 0)
    process.once('exit', () => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
  const folder = mkdtempSync(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}
