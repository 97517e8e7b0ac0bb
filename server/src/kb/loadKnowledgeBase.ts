import AjvModule, { type ValidateFunction } from 'ajv';
import { earliestDay, latestDay } from './roleDates.js';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import schema from '../../kb/schema.json' with { type: 'json' };
import { addCantoneseReadings } from './cantoneseReadings.js';
import { refuseIndistinctForms } from './forms.js';
import type { Entity, EntrySource, KnowledgeBase, KnowledgeBaseProblem } from './knowledgeBase.js';
import type { KnowledgeBaseFile } from './types.js';
import { YamlValues } from './yamlValues.js';

/** A knowledge-base file's path and text; reading it from disk is the caller's business. */
export interface KnowledgeBaseSource {
  path: string;
  text: string;
  /** Part of the bundled knowledge base (a workspace entry with the same id overrides it). */
  bundled?: boolean;
}

/**
 * A file already parsed and validated (the bundled knowledge base, compiled at build time
 * into a snapshot): its data and the 1-based line of each entry, by section and index.
 */
export interface PreparsedSource {
  path: string;
  file: KnowledgeBaseFile;
  entryLines: Partial<Record<Section, number[]>>;
}

/** A knowledge-base file larger than this is refused unread: it is a mistake, and would stall start-up. */
export const MAX_KNOWLEDGE_BASE_FILE_BYTES = 5 * 1024 * 1024;
/** The most values one entry (or top-level key) may expand to through YAML aliases. */
export const MAX_ALIAS_EXPANSION = 10_000;
export const SECTIONS = ['people', 'organizations', 'agreements', 'countries', 'offices', 'places'] as const;
export type Section = (typeof SECTIONS)[number];

// The schema validator is compiled on first use: a knowledge base that comes entirely from
// the build-time snapshot never needs it, and starts faster.
let validator: ValidateFunction<KnowledgeBaseFile> | undefined;
function validate(data: unknown): data is KnowledgeBaseFile {
  validator ??= new AjvModule.default({ allErrors: true, strict: false }).compile<KnowledgeBaseFile>(schema);
  return validator(data);
}
/**
 * Parses and validates knowledge-base files and merges them in order: an entry whose id was
 * already defined in an earlier file replaces it, so workspace files override the bundled
 * ones (reported as information, and remembered in the entity's `overrides`).
 * Never throws: a file that is too large, a YAML syntax error (the file is read up to it), an
 * entry that breaks the schema or expands through YAML aliases beyond the limit, an unknown
 * field or a form that would match almost anywhere (left out, the entry kept) is reported
 * with its file and line, and everything else still loads.
 */
export function loadKnowledgeBase(sources: readonly (KnowledgeBaseSource | PreparsedSource)[]): KnowledgeBase {
  const entities = new Map<string, Entity>();
  const problems: KnowledgeBaseProblem[] = [];
  let verifiedThrough: string | undefined;
  for (const source of sources) {
    const bundled = 'text' in source ? source.bundled === true : true;
    let parsed: ParsedFile | undefined;
    try {
      parsed = 'text' in source ? parseKnowledgeBaseFile(source, problems) : fromPreparsed(source);
    } catch (error) {
      problems.push({
        path: source.path,
        line: 1,
        severity: 'error',
        message: `not loaded: ${(error as Error).message}`,
      });
      continue;
    }
    if (!parsed) continue;
    const file = parsed;
    if (file.file.verifiedThrough && (!verifiedThrough || file.file.verifiedThrough < verifiedThrough)) {
      verifiedThrough = file.file.verifiedThrough;
    }
    const seenInFile = new Set<string>();
    for (const entity of toEntities(file.file, (section, index) => ({
      path: source.path,
      line: file.lineOf([section, index]),
      ...(bundled ? { bundled } : {}),
    }))) {
      if (seenInFile.has(entity.id)) {
        problems.push({
          ...location(entity.source),
          severity: 'error',
          message: `duplicate id "${entity.id}" in this file; the first definition is kept`,
        });
        continue;
      }
      seenInFile.add(entity.id);
      const replaced = entities.get(entity.id);
      if (replaced) {
        entity.overrides = replaced.source;
        const where = `${replaced.source.bundled ? fileName(replaced.source.path) : replaced.source.path}:${replaced.source.line}`;
        problems.push({
          ...location(entity.source),
          severity: 'information',
          message: `"${entity.id}" overrides the ${replaced.source.bundled ? 'bundled entry' : 'entry'} (${where})`,
        });
      }
      entities.set(entity.id, entity);
    }
  }
  checkReferences(entities, problems);
  return { entities, verifiedThrough, problems };
}

function location(source: EntrySource): { path: string; line: number } {
  return { path: source.path, line: source.line };
}

/** The last part of a path, either separator. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** Parses one file for the snapshot: its valid data and each entry's line, or its problems. */
export function preparse(source: KnowledgeBaseSource): {
  preparsed?: PreparsedSource;
  problems: KnowledgeBaseProblem[];
} {
  const problems: KnowledgeBaseProblem[] = [];
  const parsed = parseKnowledgeBaseFile(source, problems);
  if (!parsed) return { problems };
  const entryLines: Partial<Record<Section, number[]>> = {};
  for (const section of SECTIONS) {
    const entries = parsed.file[section];
    if (entries) entryLines[section] = entries.map((_, index) => parsed.lineOf([section, index]));
  }
  return { preparsed: { path: source.path, file: parsed.file, entryLines }, problems };
}

function fromPreparsed(source: PreparsedSource): ParsedFile {
  return {
    file: source.file,
    lineOf: ([section, index]) => source.entryLines[section as Section]?.[index as number] ?? 1,
  };
}

interface ParsedFile {
  file: KnowledgeBaseFile;
  lineOf(path: readonly (string | number)[]): number;
}

function parseKnowledgeBaseFile(source: KnowledgeBaseSource, problems: KnowledgeBaseProblem[]): ParsedFile | undefined {
  const report = (line: number, message: string, severity: KnowledgeBaseProblem['severity'] = 'error') =>
    problems.push({ path: source.path, line, message, severity });
  const bytes = Buffer.byteLength(source.text, 'utf8');
  if (bytes > MAX_KNOWLEDGE_BASE_FILE_BYTES) {
    report(1, tooLargeMessage(bytes));
    return undefined;
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(source.text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;

  // A syntax error: what comes after it cannot be trusted, what comes before it can. An entry
  // that reaches the error's position is part of it (an unclosed bracket ends where the error is
  // noticed), except at a second document's `---`, where the entry before it ended cleanly.
  let cutoff = Infinity;
  const firstError = document.errors.reduce<(typeof document.errors)[number] | undefined>(
    (first, error) => (!first || error.pos[0] < first.pos[0] ? error : first),
    undefined,
  );
  if (firstError) {
    cutoff = firstError.code === 'MULTIPLE_DOCS' ? firstError.pos[0] + 1 : firstError.pos[0];
    const reason =
      firstError.code === 'MULTIPLE_DOCS'
        ? 'a second document (---); a knowledge-base file holds one'
        : firstLine(firstError.message);
    report(lineAt(firstError.pos[0]), `not valid YAML: ${reason}; the file is read up to this line`);
  }

  const root = document.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === '')))
    return { file: {}, lineOf: () => 1 };
  if (!isMap(root)) {
    if (!firstError) report(1, 'a knowledge-base file must be a mapping of sections (people, organizations, ...)');
    return undefined;
  }

  // Take the file apart section by section and entry by entry, so that each costs only itself.
  const values = new YamlValues(document);
  const record: Record<string, unknown> = {};
  const entryNodes = new Map<string, Node[]>();
  const keyNodes = new Map<string, Node>();
  const startOf = (node: unknown) => (isNode(node) && node.range ? node.range[0] : 0);
  const endOf = (node: unknown) => (isNode(node) && node.range ? node.range[1] : 0);
  const aliasLimitMessage = (what: string) =>
    `${what} skipped: YAML aliases expand it to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} values, over the alias limit (the YAML guard against "alias bombs", like the yaml package's maxAliasCount)`;
  for (const pair of root.items) {
    if (startOf(pair.key) >= cutoff) break;
    const key = String(values.value(pair.key));
    if (isNode(pair.key)) keyNodes.set(key, pair.key);
    const section = pair.value;
    if ((SECTIONS as readonly string[]).includes(key) && isSeq(section)) {
      const entries: unknown[] = [];
      const nodes: Node[] = [];
      for (const item of section.items) {
        if (!isNode(item)) {
          report(lineAt(startOf(pair.key)), `an entry of ${key} is not a mapping; entry skipped`);
          continue;
        }
        if (endOf(item) >= cutoff) break;
        if (values.expandedSize(item) > MAX_ALIAS_EXPANSION && values.usesAliases(item)) {
          report(lineAt(startOf(item)), aliasLimitMessage('entry'));
          continue;
        }
        entries.push(values.value(item));
        nodes.push(item);
      }
      record[key] = entries;
      entryNodes.set(key, nodes);
    } else {
      if (endOf(section) >= cutoff) continue;
      if (values.expandedSize(section) > MAX_ALIAS_EXPANSION && values.usesAliases(section)) {
        report(lineAt(startOf(pair.key)), aliasLimitMessage(`"${key}"`));
        continue;
      }
      record[key] = values.value(section);
    }
  }

  const lineOf = (path: readonly (string | number)[]): number => {
    const [section, index, ...rest] = path;
    const entry =
      typeof section === 'string' && typeof index === 'number' ? entryNodes.get(section)?.[index] : undefined;
    if (entry) return lineAt(startOf(values.nodeAt(entry, rest)));
    const key = typeof section === 'string' ? keyNodes.get(section) : undefined;
    return key ? lineAt(startOf(key)) : 1;
  };

  yearsAsText(record);
  // Unknown fields are left out with a warning; the entry is judged on the rest.
  if (!validate(record)) {
    let removed = false;
    for (const error of validator?.errors ?? []) {
      if (error.keyword !== 'additionalProperties') continue;
      const name = String(error.params['additionalProperty']);
      const parentPath = pathOf(error.instancePath);
      const parent = valueAt(record, parentPath);
      if (!parent || typeof parent !== 'object' || !Object.hasOwn(parent, name)) continue;
      report(
        lineOf([...parentPath, name]),
        parentPath.length === 0 ? `unknown section "${name}" ignored` : `unknown field "${name}" ignored`,
        'warning',
      );
      delete (parent as Record<string, unknown>)[name];
      removed = true;
    }
    if (removed) validate(record);
  }

  // Drop only what is broken: an entry with an error, or a whole section or key at the top.
  const brokenEntries = new Map<string, Set<number>>();
  for (const error of validator?.errors ?? []) {
    const path = pathOf(error.instancePath);
    const where =
      error.keyword === 'additionalProperties'
        ? `${error.instancePath}/${String(error.params['additionalProperty'])}`
        : error.instancePath;
    report(
      lineOf(pathOf(where).length > 0 ? pathOf(where) : path),
      `${where || 'file'} ${error.message ?? 'is not valid'}${describeParams(error.params)}; ${path.length >= 2 ? 'entry skipped' : 'skipped'}`,
    );
    const [section, index] = path;
    if (typeof section === 'string' && typeof index === 'number') {
      if (!brokenEntries.has(section)) brokenEntries.set(section, new Set());
      brokenEntries.get(section)!.add(index);
    } else if (typeof section === 'string') {
      delete record[section];
    }
  }
  // A valid entry gives up the forms that would match almost anywhere; without a usable name it goes too.
  for (const [section, nodes] of entryNodes) {
    const entries = record[section];
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry: Record<string, unknown>, index) => {
      if (brokenEntries.get(section)?.has(index)) return;
      const { refusals, usable } = refuseIndistinctForms(entry, section === 'offices');
      for (const refusal of refusals)
        report(lineOf([section, index, ...refusal.path]), refusal.message, usable ? 'warning' : 'error');
      if (!usable) {
        if (!brokenEntries.has(section)) brokenEntries.set(section, new Set());
        brokenEntries.get(section)!.add(index);
      }
    });
    const broken = brokenEntries.get(section);
    if (broken) {
      record[section] = entries.filter((_, index) => !broken.has(index));
      entryNodes.set(
        section,
        nodes.filter((_, index) => !broken.has(index)),
      );
    }
  }
  addCantoneseReadings(record);
  return { file: record, lineOf };
}

/** An Ajv instance path ("/people/3/roles/0") as keys and indexes. */
function pathOf(instancePath: string): (string | number)[] {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let current = data;
  for (const part of path) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

/** Why a file of this many bytes is not loaded. */
export function tooLargeMessage(bytes: number): string {
  return `not loaded: the file is ${(bytes / 1024 / 1024).toFixed(1)} MB, larger than the ${MAX_KNOWLEDGE_BASE_FILE_BYTES / 1024 / 1024} MB limit for a knowledge-base file; split it into several files`;
}

function describeParams(params: Record<string, unknown>): string {
  if (Array.isArray(params['allowedValues'])) return ` (${params['allowedValues'].join(', ')})`;
  return '';
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/** The file's entries as entities, in section order. */
function toEntities(file: KnowledgeBaseFile, sourceOf: (section: Section, index: number) => EntrySource): Entity[] {
  const entities: Entity[] = [];
  const base = (entry: { id: string; name: string }, section: Section, index: number) => ({
    id: entry.id,
    name: entry.name,
    source: sourceOf(section, index),
  });
  file.people?.forEach((entry, i) =>
    entities.push({ ...base(entry, 'people', i), kind: 'person', type: 'person', entry }),
  );
  file.organizations?.forEach((entry, i) =>
    entities.push({
      ...base(entry, 'organizations', i),
      kind: 'organization',
      type: entry.kind === 'party' ? 'party' : 'organization',
      entry,
    }),
  );
  file.agreements?.forEach((entry, i) =>
    entities.push({
      ...base(entry, 'agreements', i),
      kind: 'agreement',
      type: entry.kind === 'initiative' ? 'initiative' : 'agreement',
      entry,
    }),
  );
  file.countries?.forEach((entry, i) =>
    entities.push({ ...base(entry, 'countries', i), kind: 'country', type: 'country', entry }),
  );
  file.offices?.forEach((entry, i) =>
    entities.push({ ...base(entry, 'offices', i), kind: 'office', type: 'title', entry }),
  );
  file.places?.forEach((entry, i) =>
    entities.push({ ...base(entry, 'places', i), kind: 'place', type: 'place', entry }),
  );
  return entities;
}

/** Roles must name known offices, people known countries; a dangling reference is reported. */
function checkReferences(entities: Map<string, Entity>, problems: KnowledgeBaseProblem[]): void {
  for (const entity of entities.values()) {
    if (entity.kind !== 'person') continue;
    for (const role of entity.entry.roles ?? []) {
      if (entities.get(role.office)?.kind !== 'office') {
        problems.push({
          ...location(entity.source),
          severity: 'error',
          message: `${entity.id}: role names unknown office "${role.office}"`,
        });
      }
      if (role.to !== undefined && latestDay(role.to) < earliestDay(role.from)) {
        problems.push({
          ...location(entity.source),
          severity: 'error',
          message: `${entity.id}: role ${role.office} ends (${role.to}) before it starts (${role.from})`,
        });
      }
    }
    if (entities.get(entity.entry.country)?.kind !== 'country') {
      problems.push({
        ...location(entity.source),
        severity: 'error',
        message: `${entity.id}: unknown country "${entity.entry.country}"`,
      });
    }
  }
}

/**
 * A role date known only to the year, written unquoted (`from: 2016`), reads as a YAML number;
 * it is taken as the year it plainly means, so a writer need not know to quote it.
 */
function yearsAsText(record: Record<string, unknown>): void {
  const people = record['people'];
  if (!Array.isArray(people)) return;
  for (const person of people as unknown[]) {
    const roles = person && typeof person === 'object' ? (person as Record<string, unknown>)['roles'] : undefined;
    if (!Array.isArray(roles)) continue;
    for (const role of roles as unknown[]) {
      if (!role || typeof role !== 'object') continue;
      const fields = role as Record<string, unknown>;
      for (const bound of ['from', 'to'])
        if (Number.isInteger(fields[bound]) && String(fields[bound]).length === 4)
          fields[bound] = String(fields[bound]);
    }
  }
}
