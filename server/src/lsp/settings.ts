import type { Severity } from '../core/checks/finding.js';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../core/checks/houseStyle.js';
import { isIsoDate } from '../core/documentDate.js';

/** The `attache.*` settings, read through `workspace/configuration`. */
export interface AttacheSettings {
  /** Corpus folders, absolute or relative to the first workspace folder; empty: the bundled sample. */
  corpusFolders: string[];
  /** Extra knowledge-base files, after `.attache/kb/*.yaml`. */
  knowledgeBaseFiles: string[];
  houseStyle: HouseStyle;
  /** The date titles are judged at when a document has none of its own. */
  documentDate?: string;
  /** Per-rule severity, or `off`. */
  severity: Record<string, Severity | 'off'>;
  /** Language ids to check. */
  languages: string[];
  /**
   * The largest document, in characters, analysed in the editor; a larger one gets a notice
   * instead of diagnostics (`attache check` still checks it). 0: no limit.
   */
  maxDocumentSize: number;
}

export const DEFAULT_SETTINGS: AttacheSettings = {
  corpusFolders: [],
  knowledgeBaseFiles: [],
  houseStyle: DEFAULT_HOUSE_STYLE,
  severity: {},
  languages: ['markdown', 'plaintext', 'text'],
  maxDocumentSize: 2_000_000,
};

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Reads whatever the client sent, keeping defaults for anything missing or malformed. */
export function readSettings(raw: unknown): AttacheSettings {
  const value = (raw ?? {}) as Record<string, unknown>;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.length > 0) : []);
  const style = (value['houseStyle'] ?? {}) as Record<string, unknown>;
  const houseStyle: HouseStyle = { ...DEFAULT_HOUSE_STYLE };
  if (style['vietNam'] === 'Viet Nam' || style['vietNam'] === 'Vietnam' || style['vietNam'] === 'consistent') houseStyle.vietNam = style['vietNam'];
  if (style['partyNames'] === 'official' || style['partyNames'] === 'any') houseStyle.partyNames = style['partyNames'];
  if (style['laoAdjective'] === 'Lao' || style['laoAdjective'] === 'Lao or Laotian') houseStyle.laoAdjective = style['laoAdjective'];
  if (Array.isArray(style['wellKnownAcronyms'])) houseStyle.wellKnownAcronyms = strings(style['wellKnownAcronyms']);
  const severity: Record<string, Severity | 'off'> = {};
  for (const [rule, level] of Object.entries((value['severity'] ?? {}) as Record<string, unknown>)) {
    if (typeof level === 'string' && SEVERITIES.has(level)) severity[rule] = level as Severity | 'off';
  }
  const date = typeof value['documentDate'] === 'string' && isIsoDate(value['documentDate']) ? value['documentDate'] : undefined;
  const languages = strings(value['languages']);
  const maxDocumentSize = value['maxDocumentSize'];
  return {
    corpusFolders: strings((value['corpus'] as Record<string, unknown> | undefined)?.['folders'] ?? value['corpusFolders']),
    knowledgeBaseFiles: strings((value['knowledgeBase'] as Record<string, unknown> | undefined)?.['files'] ?? value['knowledgeBaseFiles']),
    houseStyle,
    documentDate: date,
    severity,
    languages: languages.length > 0 ? languages : DEFAULT_SETTINGS.languages,
    maxDocumentSize: typeof maxDocumentSize === 'number' && Number.isInteger(maxDocumentSize) && maxDocumentSize >= 0 ? maxDocumentSize : DEFAULT_SETTINGS.maxDocumentSize,
  };
}
