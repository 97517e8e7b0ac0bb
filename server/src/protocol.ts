/**
 * The requests and notifications beyond LSP that the VS Code client and the server exchange,
 * with their types: one module, imported by both sides, so they cannot drift apart.
 */
import type { EntityDossier } from './core/entityDossier.js';
import type { PatchHunk } from './core/kbSuggestions.js';

/** The corpus as the status bar shows it. */
export interface CorpusStatusMessage {
  state: 'indexing' | 'ready' | 'failed';
  articles: number;
  files: number;
  /** Files, lines and folder entries that could not be used (listed in the output channel). */
  skipped: number;
  /** Copies of articles counted once. */
  duplicates: number;
  /** While indexing: files read of those that changed. */
  progress?: { done: number; total: number; phase: 'listing' | 'reading' | 'merging' };
  message?: string;
  /** When the corpus is a shared archive (`attache.corpus.store`): whether it is reached. */
  archive?: ArchiveStatusMessage;
}

/** The shared archive the editor reads, as the status bar shows it. */
export interface ArchiveStatusMessage {
  /** The archive, named without its password (`postgresql://user@host:port/db`). */
  location: string;
  /** `offline`: the corpus features answer from what was read before, and the server tries again on its own. */
  state: 'connecting' | 'online' | 'offline';
  /** Offline: why, in one line; online: what is missing, if anything. */
  reason?: string;
  /**
   * Offline because the server asks for a password the editor did not give, or refused the one
   * it gave: "Connect to a shared archive" is what the user needs.
   */
  needsPassword?: boolean;
}

/**
 * How the VS Code client hands the server the archive's password from its secret storage: in
 * the environment of the server's process, never in a file or a message. The server uses it
 * only for the address it was stored under (the setting's, without a password), so a password
 * never goes to another server the settings may name later.
 */
export const ARCHIVE_PASSWORD_ENV = {
  address: 'ATTACHE_ARCHIVE_ADDRESS',
  password: 'ATTACHE_ARCHIVE_PASSWORD',
} as const;

/** A corpus passage matching a text, as the client's passages view shows it. */
export interface PassageMatchMessage {
  uri: string;
  /** The matched sentence in the corpus file. */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  outlet?: string;
  date?: string;
  /** The headline; empty when the corpus kept none. */
  title: string;
  /** `en` or `zh`. */
  language: string;
  /** The corpus file's name, shown only when the article has no outlet, title or date. */
  file: string;
  /** The matched sentence. */
  text: string;
  /** The paragraph around it (shortened around the sentence when long), and where the sentence is in it. */
  paragraph: string;
  highlight: { start: number; end: number };
  /** Rank within the answer, 0 to 1 (relative to the best candidate). */
  score: number;
  /** Share of the query the paragraph covers, 0 to 1 (comparable across queries). */
  coverage: number;
  /** Outlets of identical copies of the article, listed once under this one. */
  alsoIn: string[];
}

/** The date a document's titles are judged at, and where it was found, for the status bar. */
export interface DocumentDateMessage {
  /** ISO `YYYY-MM-DD`. */
  date: string;
  /** `front-matter` (`date:`), `dateline` (the opening), `configured` (`attache.documentDate`), or `today`. */
  source: 'front-matter' | 'dateline' | 'configured' | 'today';
}

/** A corpus passage a dossier entry links to. */
export interface DossierLinkMessage {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  outlet?: string;
  date?: string;
}

/** The dossier of the entity at a position, with its corpus entries linked to their passages. */
export type EntityDossierMessage = EntityDossier<DossierLinkMessage>;

/** A knowledge-base suggestion of `attache kb suggest`, for the editor to offer and apply. */
export interface KbSuggestionMessage {
  /** What it says in one line. */
  summary: string;
  /** The passages behind it, oldest first. */
  sources: {
    uri: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    outlet?: string;
    date: string;
    title: string;
    quote?: string;
  }[];
  /** The parts of the patch, each with its file's URI, and whether the file is one the extension ships (read-only). */
  hunks: (PatchHunk & { uri: string; shipped: boolean })[];
  /** The whole patch as YAML with comment lines, as `attache kb suggest` prints it. */
  text: string;
}

export const CustomMethods = {
  /** Server → client: the corpus status for the status bar (`CorpusStatusMessage`). */
  status: 'attache/status',
  /** Client → server: read the corpus folders again (`{ rebuild?: boolean }` → `CorpusStatusMessage`). */
  reindex: 'attache/reindex',
  /** Client → server: the knowledge-base files in use (→ `string[]`). */
  knowledgeBaseFiles: 'attache/knowledgeBaseFiles',
  /**
   * Client → server: corpus passages matching a text (`{ text, uri? }` → `PassageMatchMessage[]`).
   * The code lens counts the same answer, so its number is what the passages view lists.
   */
  passages: 'attache/passages',
  /** Client → server: the date an open document is judged at (`{ uri }` → `DocumentDateMessage | null`; null for a document not checked). */
  documentDate: 'attache/documentDate',
  /** Client → server: the dossier of the entity at a position (`{ uri, position }` → `EntityDossierMessage | null`; null where no known entity is). */
  entityDossier: 'attache/entityDossier',
  /** Client → server: the knowledge-base suggestions of the corpus (→ `KbSuggestionMessage[]`). */
  kbSuggestions: 'attache/kbSuggestions',
} as const;
