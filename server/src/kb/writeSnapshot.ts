import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { bundledKnowledgeBaseDir, bundledKnowledgeBaseSnapshot } from '../paths.js';
import { loadKnowledgeBase, preparse } from './loadKnowledgeBase.js';
import { sha1, yamlFilesIn, type KnowledgeBaseSnapshot } from './readKnowledgeBase.js';

/**
 * Build step: validates the bundled knowledge base and writes its parsed form beside the
 * compiled code, so that start-up skips YAML parsing and schema compilation. Exits 1, naming
 * file and line, if the bundled knowledge base has any problem — a curated file must be clean.
 */
function writeSnapshot(): number {
  const snapshot: KnowledgeBaseSnapshot = { version: 1, files: [] };
  const sources = yamlFilesIn(bundledKnowledgeBaseDir()).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  let failed = false;
  for (const source of sources) {
    const { preparsed, problems } = preparse(source);
    for (const problem of problems) {
      process.stderr.write(`${problem.path}:${problem.line}: ${problem.message}\n`);
      failed = true;
    }
    if (preparsed)
      snapshot.files.push({
        name: basename(source.path),
        sha1: sha1(source.text),
        preparsed: { ...preparsed, path: basename(source.path) },
      });
  }
  for (const problem of loadKnowledgeBase(sources).problems) {
    process.stderr.write(`${problem.path}:${problem.line}: ${problem.message}\n`);
    failed = true;
  }
  if (failed) return 1;
  const target = bundledKnowledgeBaseSnapshot();
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify(snapshot));
  return 0;
}

process.exitCode = writeSnapshot();
