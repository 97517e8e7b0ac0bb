import { isAbsolute, resolve } from 'node:path';
import { isWithin, realPathOrSelf } from '../fileAccess.js';
import type { Severity } from '../core/checks/finding.js';
import { HOUSE_STYLE_SETTINGS } from '../core/checks/allChecks.js';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../core/checks/houseStyle.js';
import { readHouseStyle } from '../core/checks/ruleSettings.js';
import { isIsoDate } from '../core/documentDate.js';
import { readRetextPluginRequests, type RetextPluginRequest } from '../core/retext/retextPlugins.js';
import { ARCHIVE_PASSWORD_ENV } from '../protocol.js';
import { isArchiveAddress } from '../store/postgres/archiveConnection.js';

/** The `attache.*` settings, read through `workspace/configuration`. */
export interface AttacheSettings {
  /** Corpus folders, absolute or relative to the first workspace folder; empty: the bundled sample. */
  corpusFolders: string[];
  /**
   * A shared archive on PostgreSQL to read the corpus from (`postgresql://user@host/db`, no
   * password); empty: the embedded store of the corpus folders.
   */
  corpusStore: string;
  /** Extra knowledge-base files, after `.attache/kb/*.yaml`. */
  knowledgeBaseFiles: string[];
  houseStyle: HouseStyle;
  /** The date titles are judged at when a document has none of its own. */
  documentDate?: string;
  /** Per-rule severity, or `off`. */
  severity: Record<string, Severity | 'off'>;
  /** Language ids to check. */
  languages: string[];
  /** Whether paths from settings may lead outside the workspace folders (the user's own settings only). */
  allowPathsOutsideWorkspace: boolean;
  /**
   * Which path settings come from the user's own settings rather than a workspace's (the VS Code
   * client tells; other clients' settings are the user's own configuration but do not say so,
   * and are held to the workspace unless `allowPathsOutsideWorkspace` is set).
   */
  pathsFromUserSettings: { corpusFolders: boolean; knowledgeBaseFiles: boolean };
  /** The most corpus files indexed. */
  corpusMaxFiles: number;
  /** The most corpus bytes indexed, in MB. */
  corpusMaxSizeMB: number;
  /** Check the files in the corpus folders like drafts (otherwise they are reference material, never checked). */
  corpusCheckedAsDrafts: boolean;
  /**
   * The largest document, in characters, analysed in the editor; a larger one gets a notice
   * instead of diagnostics (`attache check` still checks it). 0: no limit.
   */
  maxDocumentSize: number;
  /** The retext plugins to run (`attache.retext.plugins`): bundled ones, or ones from the workspace's `node_modules`. */
  retextPlugins: RetextPluginRequest[];
  /** What of `attache.retext.plugins` could not be read. */
  retextProblems: string[];
  /**
   * Whether the workspace is trusted to run its own code: plugins from its `node_modules` load
   * only then. The VS Code client sends its workspace trust; another editor's settings are the
   * user's own, and may set it.
   */
  workspaceTrusted: boolean;
}

export const DEFAULT_SETTINGS: AttacheSettings = {
  corpusFolders: [],
  corpusStore: '',
  knowledgeBaseFiles: [],
  houseStyle: DEFAULT_HOUSE_STYLE,
  severity: {},
  languages: ['markdown', 'plaintext', 'text'],
  allowPathsOutsideWorkspace: false,
  pathsFromUserSettings: { corpusFolders: false, knowledgeBaseFiles: false },
  corpusMaxFiles: 200_000,
  corpusMaxSizeMB: 2048,
  corpusCheckedAsDrafts: false,
  maxDocumentSize: 2_000_000,
  retextPlugins: [],
  retextProblems: [],
  workspaceTrusted: false,
};

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Reads whatever the client sent, keeping defaults for anything missing or malformed. */
export function readSettings(raw: unknown): AttacheSettings {
  const value = (raw ?? {}) as Record<string, unknown>;
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.length > 0) : [];
  const houseStyle = readHouseStyle(HOUSE_STYLE_SETTINGS, value['houseStyle']);
  const severity: Record<string, Severity | 'off'> = {};
  for (const [rule, level] of Object.entries((value['severity'] ?? {}) as Record<string, unknown>)) {
    if (typeof level === 'string' && SEVERITIES.has(level)) severity[rule] = level as Severity | 'off';
  }
  const date =
    typeof value['documentDate'] === 'string' && isIsoDate(value['documentDate']) ? value['documentDate'] : undefined;
  const languages = strings(value['languages']);
  const fromUser = (value['pathsFromUserSettings'] ?? {}) as Record<string, unknown>;
  const maxDocumentSize = value['maxDocumentSize'];
  const retext = readRetextPluginRequests((value['retext'] as Record<string, unknown> | undefined)?.['plugins']);
  return {
    corpusFolders: strings(
      (value['corpus'] as Record<string, unknown> | undefined)?.['folders'] ?? value['corpusFolders'],
    ),
    corpusStore: archiveAddressOf((value['corpus'] as Record<string, unknown> | undefined)?.['store']),
    knowledgeBaseFiles: strings(
      (value['knowledgeBase'] as Record<string, unknown> | undefined)?.['files'] ?? value['knowledgeBaseFiles'],
    ),
    houseStyle,
    documentDate: date,
    severity,
    languages: languages.length > 0 ? languages : DEFAULT_SETTINGS.languages,
    allowPathsOutsideWorkspace: value['allowPathsOutsideWorkspace'] === true,
    pathsFromUserSettings: {
      corpusFolders: fromUser['corpusFolders'] === true,
      knowledgeBaseFiles: fromUser['knowledgeBaseFiles'] === true,
    },
    corpusMaxFiles:
      positive((value['corpus'] as Record<string, unknown> | undefined)?.['maxFiles']) ??
      DEFAULT_SETTINGS.corpusMaxFiles,
    corpusMaxSizeMB:
      positive((value['corpus'] as Record<string, unknown> | undefined)?.['maxSizeMB']) ??
      DEFAULT_SETTINGS.corpusMaxSizeMB,
    corpusCheckedAsDrafts: (value['corpus'] as Record<string, unknown> | undefined)?.['checkAsDrafts'] === true,
    maxDocumentSize:
      typeof maxDocumentSize === 'number' && Number.isInteger(maxDocumentSize) && maxDocumentSize >= 0
        ? maxDocumentSize
        : DEFAULT_SETTINGS.maxDocumentSize,
    retextPlugins: retext.requests,
    retextProblems: retext.problems,
    workspaceTrusted: value['workspaceTrusted'] === true,
  };
}

/** A `postgresql://` address, trimmed; anything else (a folder, a typo) is no archive. */
function archiveAddressOf(value: unknown): string {
  return typeof value === 'string' && isArchiveAddress(value.trim()) ? value.trim() : '';
}

/**
 * The connection string the server uses for the archive of the settings: the address with the
 * password the client handed over for that very address (see `ARCHIVE_PASSWORD_ENV`), else the
 * address as it is (the `pg` client then reads `PGPASSWORD` and `~/.pgpass` itself).
 */
export function archiveConnectionString(address: string, env: NodeJS.ProcessEnv = process.env): string {
  const password = env[ARCHIVE_PASSWORD_ENV.password];
  if (!password || env[ARCHIVE_PASSWORD_ENV.address] !== address) return address;
  try {
    const url = new URL(address);
    if (!url.hostname || url.password) return address;
    url.password = password;
    return url.href;
  } catch {
    return address;
  }
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** A path from a setting that was not used, and why, in words for the user. */
export interface RefusedPath {
  path: string;
  message: string;
}

/**
 * Resolves the paths of a setting (`attache.corpus.folders`, `attache.knowledgeBase.files`, or
 * the files found in `.attache/kb`): relative ones against the first workspace folder. A
 * repository's settings must not point the server at the rest of the machine (`/usr`,
 * `../../../etc/passwd`), so a path that leads outside every workspace folder — also through
 * a symbolic link — is refused, unless the user's own settings allow it
 * (`attache.allowPathsOutsideWorkspace`, which a workspace cannot set) or there is no
 * workspace folder to stay in.
 */
export function resolveSettingPaths(
  setting: string,
  paths: readonly string[],
  scope: { workspaceFolders: readonly string[]; allowOutside: boolean },
): { allowed: string[]; refused: RefusedPath[] } {
  const base = scope.workspaceFolders[0] ?? process.cwd();
  const allowed: string[] = [];
  const refused: RefusedPath[] = [];
  const folders = scope.workspaceFolders.map((folder) => realPathOrSelf(folder));
  for (const path of paths) {
    const resolved = isAbsolute(path) ? resolve(path) : resolve(base, path);
    const real = realPathOrSelf(resolved);
    if (scope.allowOutside || folders.length === 0 || folders.some((folder) => isWithin(real, folder))) {
      allowed.push(resolved);
    } else {
      const linked = scope.workspaceFolders.some((folder) => isWithin(resolved, folder));
      refused.push({
        path,
        message: `${setting}: "${path}" ${linked ? `links to ${real}, ` : 'is '}outside the workspace folder, and was not used; a workspace's settings may only name paths inside it (to allow others, set "attache.allowPathsOutsideWorkspace": true in your user settings)`,
      });
    }
  }
  return { allowed, refused };
}
