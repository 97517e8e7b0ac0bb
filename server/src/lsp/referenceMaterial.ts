import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isWithin, realPathOrSelf } from '../fileAccess.js';
import { bundledKnowledgeBaseDir, packageRoot } from '../paths.js';

/**
 * Where the texts Attaché checks against live: the corpus folders, the bundled knowledge base,
 * the rules' documentation, and the knowledge-base files of the workspace. A document there is
 * read for reference, never checked as a draft: published articles would otherwise fill the
 * Problems panel with findings on text nobody is writing.
 */
export interface ReferencePlaces {
  /** The corpus folders in use (the bundled sample when none is set). */
  corpusFolders: readonly string[];
  /** The workspace folders, whose `.attache/kb` holds knowledge-base files. */
  workspaceFolders: readonly string[];
  /** Knowledge-base files named in settings. */
  knowledgeBaseFiles: readonly string[];
  /** Check files in the corpus folders like drafts (`attache.corpus.checkAsDrafts`). */
  corpusCheckedAsDrafts: boolean;
}

/** The extension's own documentation, shipped beside the knowledge base. */
export function documentationDir(): string {
  return join(packageRoot(), 'docs');
}

/** Whether the document at `uri` is reference material rather than a draft. */
export function isReferenceMaterial(uri: string, places: ReferencePlaces): boolean {
  if (!uri.startsWith('file:')) return false;
  let path: string;
  try {
    path = realPathOrSelf(fileURLToPath(uri));
  } catch {
    return false;
  }
  const folders = [
    bundledKnowledgeBaseDir(),
    documentationDir(),
    ...places.workspaceFolders.map((folder) => join(folder, '.attache', 'kb')),
    ...(places.corpusCheckedAsDrafts ? [] : places.corpusFolders),
  ];
  return (
    folders.some((folder) => isWithin(path, realPathOrSelf(folder))) ||
    places.knowledgeBaseFiles.some((file) => realPathOrSelf(file) === path)
  );
}
