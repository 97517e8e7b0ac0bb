import AjvModule, { type ValidateFunction } from 'ajv';
import { LineCounter, parseDocument, type Document } from 'yaml';
import schema from '../../kb/schema.json' with { type: 'json' };
import type { Entity, EntrySource, KnowledgeBase, KnowledgeBaseProblem } from './knowledgeBase.js';
import type { KnowledgeBaseFile } from './types.js';

/** A knowledge-base file's path and text; reading it from disk is the caller's business. */
export interface KnowledgeBaseSource {
  path: string;
  text: string;
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
 * already defined replaces the earlier one, so workspace files override the bundled ones.
 * Never throws: a file that is not YAML, or an entry that breaks the schema, is left out and
 * reported with its file and line, and everything else still loads.
 */
export function loadKnowledgeBase(sources: readonly (KnowledgeBaseSource | PreparsedSource)[]): KnowledgeBase {
  const entities = new Map<string, Entity>();
  const problems: KnowledgeBaseProblem[] = [];
  let verifiedThrough: string | undefined;
  for (const source of sources) {
    const parsed = 'text' in source ? parseKnowledgeBaseFile(source, problems) : fromPreparsed(source);
    if (!parsed) continue;
    if (parsed.file.verifiedThrough && (!verifiedThrough || parsed.file.verifiedThrough < verifiedThrough)) {
      verifiedThrough = parsed.file.verifiedThrough;
    }
    const seenInFile = new Set<string>();
    for (const entity of toEntities(parsed.file, (section, index) => ({ path: source.path, line: parsed.lineOf([section, index]) }))) {
      if (seenInFile.has(entity.id)) {
        problems.push({ ...entity.source, message: `duplicate id "${entity.id}" in this file; the first definition is kept` });
        continue;
      }
      seenInFile.add(entity.id);
      entities.set(entity.id, entity);
    }
  }
  checkReferences(entities, problems);
  return { entities, verifiedThrough, problems };
}

/** Parses one file for the snapshot: its valid data and each entry's line, or its problems. */
export function preparse(source: KnowledgeBaseSource): { preparsed?: PreparsedSource; problems: KnowledgeBaseProblem[] } {
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
  const lineCounter = new LineCounter();
  const document = parseDocument(source.text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      problems.push({ path: source.path, line: lineAt(error.pos[0]), message: `not valid YAML: ${firstLine(error.message)}` });
    }
    return undefined;
  }
  const lineOf = (path: readonly (string | number)[]) => nodeLine(document, path, lineAt);
  const data: unknown = document.toJS() ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.push({ path: source.path, line: 1, message: 'a knowledge-base file must be a mapping of sections (people, organizations, ...)' });
    return undefined;
  }
  if (validate(data)) return { file: data, lineOf };

  // Drop only what is broken: an entry with an error, or a whole section or key at the top.
  const record = data as Record<string, unknown>;
  const brokenEntries = new Map<string, Set<number>>();
  for (const error of validator?.errors ?? []) {
    const path = error.instancePath.split('/').slice(1).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    const where = error.keyword === 'additionalProperties' ? `${error.instancePath}/${String(error.params['additionalProperty'])}` : error.instancePath;
    const problemPath = where.split('/').slice(1).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    problems.push({
      path: source.path,
      line: lineOf(problemPath.length > 0 ? problemPath : path),
      message: `${where || 'file'} ${error.message ?? 'is not valid'}${describeParams(error.params)}; ${path.length >= 2 ? 'entry skipped' : 'skipped'}`,
    });
    const [section, index] = path;
    if (typeof section === 'string' && typeof index === 'number') {
      if (!brokenEntries.has(section)) brokenEntries.set(section, new Set());
      brokenEntries.get(section)!.add(index);
    } else if (typeof section === 'string') {
      delete record[section];
    } else if (error.keyword === 'additionalProperties') {
      delete record[String(error.params['additionalProperty'])];
    }
  }
  for (const [section, indexes] of brokenEntries) {
    const entries = record[section];
    if (Array.isArray(entries)) record[section] = entries.map((entry, i) => (indexes.has(i) ? undefined : entry));
  }
  for (const section of SECTIONS) {
    if (Array.isArray(record[section])) record[section] = (record[section] as unknown[]).filter((entry) => entry !== undefined);
  }
  // Positions must refer to the original indexes, so line lookups use a remapping.
  const file = record as KnowledgeBaseFile;
  return {
    file,
    lineOf: (path) => {
      const [section, index] = path;
      if (typeof section !== 'string' || typeof index !== 'number') return lineOf(path);
      const broken = brokenEntries.get(section);
      let original = index;
      if (broken) {
        for (let i = 0, kept = -1; ; i++) {
          if (!broken.has(i)) kept++;
          if (kept === index) {
            original = i;
            break;
          }
        }
      }
      return lineOf([section, original, ...path.slice(2)]);
    },
  };
}

function nodeLine(document: Document, path: readonly (string | number)[], lineAt: (offset: number) => number): number {
  for (let length = path.length; length >= 0; length--) {
    const node = length === 0 ? document.contents : document.getIn(path.slice(0, length), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return lineAt(range[0]);
  }
  return 1;
}

function describeParams(params: Record<string, unknown>): string {
  if (Array.isArray(params['allowedValues'])) return ` (${params['allowedValues'].join(', ')})`;
  if (typeof params['additionalProperty'] === 'string') return '';
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
  file.people?.forEach((entry, i) => entities.push({ ...base(entry, 'people', i), kind: 'person', type: 'person', entry }));
  file.organizations?.forEach((entry, i) =>
    entities.push({ ...base(entry, 'organizations', i), kind: 'organization', type: entry.kind === 'party' ? 'party' : 'organization', entry }),
  );
  file.agreements?.forEach((entry, i) =>
    entities.push({ ...base(entry, 'agreements', i), kind: 'agreement', type: entry.kind === 'initiative' ? 'initiative' : 'agreement', entry }),
  );
  file.countries?.forEach((entry, i) => entities.push({ ...base(entry, 'countries', i), kind: 'country', type: 'country', entry }));
  file.offices?.forEach((entry, i) => entities.push({ ...base(entry, 'offices', i), kind: 'office', type: 'title', entry }));
  file.places?.forEach((entry, i) => entities.push({ ...base(entry, 'places', i), kind: 'place', type: 'place', entry }));
  return entities;
}

/** Roles must name known offices, people known countries; a dangling reference is reported. */
function checkReferences(entities: Map<string, Entity>, problems: KnowledgeBaseProblem[]): void {
  for (const entity of entities.values()) {
    if (entity.kind !== 'person') continue;
    for (const role of entity.entry.roles ?? []) {
      if (entities.get(role.office)?.kind !== 'office') {
        problems.push({ ...entity.source, message: `${entity.id}: role names unknown office "${role.office}"` });
      }
      if (role.to !== undefined && role.to < role.from) {
        problems.push({ ...entity.source, message: `${entity.id}: role ${role.office} ends (${role.to}) before it starts (${role.from})` });
      }
    }
    if (entities.get(entity.entry.country)?.kind !== 'country') {
      problems.push({ ...entity.source, message: `${entity.id}: unknown country "${entity.entry.country}"` });
    }
  }
}
