/**
 * `npm run docs`: writes the parts of the documentation and the settings that are generated from
 * the rules' declarations (see `ruleDocs.ts`), and says which files changed. A test fails while
 * a generated file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES } from '../core/checks/allChecks.js';
import { packageRoot } from '../paths.js';
import { GENERATED_FILES, generateDocs, type GeneratedFile } from './ruleDocs.js';

const root = packageRoot();
const current = Object.fromEntries(
  GENERATED_FILES.map((path) => [path, readFileSync(join(root, path), 'utf8')]),
) as Record<GeneratedFile, string>;
const generated = generateDocs(ALL_RULES, current);
for (const path of GENERATED_FILES) {
  if (generated[path] === current[path]) continue;
  writeFileSync(join(root, path), generated[path]);
  console.log(`wrote ${path}`);
}
