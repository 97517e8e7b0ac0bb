import { roleHeldOn, type Entity, type KnowledgeBase } from '../kb/knowledgeBase.js';
import type { NativeNames } from '../kb/types.js';
import { compareRoleDates } from '../kb/roleDates.js';
import type { ArticleMention } from './entityCard.js';
import type { FactLookup } from './facts/factLookup.js';
import type { CorpusEvent, DateBasis, SourceRef } from './facts/types.js';
import { outletLabel } from './outlets.js';

/** A place in a corpus file a dossier entry links to: offsets of the file's readable text. */
export interface DossierSource {
  path: string;
  start: number;
  end: number;
  outlet?: string;
  date?: string;
}

/** One name of the entity, with the script or language it is written in. */
export interface DossierName {
  /** `en`, `zh-Hans`, `zh-Hant`, `vi`, `lo`, `fr`, or `alias` for another accepted English form. */
  script: 'en' | keyof NativeNames | 'alias';
  name: string;
}

/** A role held over a span of time, as the knowledge base records it. */
export interface DossierRole {
  officeId: string;
  office: string;
  from: string;
  /** Absent while the role is held. */
  to?: string;
  acting: boolean;
  /** Set when the start is unknown: `from` is then the date the role is known held by. */
  startUnknown?: boolean;
  /** Where the knowledge base has the role from. */
  source: string;
  /** Whether the role was held on the document's date. */
  heldOnDocumentDate: boolean;
}

/** An event the corpus reports the entity taking part in, with every report's passage. */
export interface DossierEvent<Source = DossierSource> {
  format: string;
  date?: string;
  endDate?: string;
  /** Month and day when no year could be found (`--MM-DD`). */
  partialDate?: string;
  /** How the date was found: stated in a report, relative to an article's date, its dateline, another report, or only the publication day (on or before). */
  dateBasis?: DateBasis;
  planned: boolean;
  place?: string;
  /** The other participants' names. */
  with: string[];
  reports: Source[];
}

/** A title the corpus prints beside the entity's name: how often, by how many outlets, the latest sighting. */
export interface DossierTitle<Source = DossierSource> {
  title: string;
  officeId?: string;
  sightings: number;
  outlets: string[];
  latest: Source;
}

/** A field on which the reports of one event differ, with each value and its sources. */
export interface DossierDisagreement<Source = DossierSource> {
  event: { format: string; date?: string };
  field: string;
  /** The agreement or the unit the field is about, by name. */
  subject?: string;
  values: { value: string; sources: Source[] }[];
}

/** A corpus article mentioning the entity, at the mention. */
export interface DossierArticle<Source = DossierSource> {
  title: string;
  outlet?: string;
  date?: string;
  source: Source;
}

/**
 * Everything known about an entity, as data for a panel to draw. `Source` is where a corpus
 * entry links to: offsets in the core, a URI and range once the language server has placed them.
 */
export interface EntityDossier<Source = DossierSource> {
  id: string;
  name: string;
  type: string;
  names: DossierName[];
  /** The date the document's titles are judged at. */
  documentDate: string;
  /** Oldest first. */
  roles: DossierRole[];
  /** Oldest first, undated last. */
  events: DossierEvent<Source>[];
  titles: DossierTitle<Source>[];
  disagreements: DossierDisagreement<Source>[];
  /** Newest first, one per outlet, day and title. */
  articles: DossierArticle<Source>[];
  /** Articles left out as copies of one already listed (same outlet, day and title). */
  duplicateArticles: number;
}

export interface DossierOptions {
  /** The document's date. */
  date: string;
  kb: KnowledgeBase;
  /** The articles mentioning the entity, newest first, one mention each. */
  articles?: readonly ArticleMention[];
  facts?: FactLookup;
}

/**
 * The dossier of an entity: names in every script, roles over time, the corpus events it took
 * part in, the titles the corpus prints beside its name, where sources disagree, and the
 * articles mentioning it. Plain data; whoever shows it escapes it.
 */
export function entityDossier(entity: Entity, options: DossierOptions): EntityDossier {
  const nameOf = (id: string) => options.kb.entities.get(id)?.name ?? id;
  const roles: DossierRole[] =
    entity.kind === 'person'
      ? [...(entity.entry.roles ?? [])]
          .sort((a, b) => compareRoleDates(a.from, b.from))
          .map((role) => ({
            officeId: role.office,
            office: nameOf(role.office),
            from: role.from,
            ...(role.to ? { to: role.to } : {}),
            acting: role.acting === true,
            ...(role.startUnknown ? { startUnknown: true } : {}),
            source: role.source,
            heldOnDocumentDate: roleHeldOn(role, options.date),
          }))
      : [];
  const corpusEvents = options.facts?.eventsByEntity.get(entity.id) ?? [];
  const { articles, duplicates } = distinctArticles(options.articles ?? []);
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    names: namesOf(entity),
    documentDate: options.date,
    roles,
    events: corpusEvents.map((event) => dossierEvent(event, entity.id, nameOf)),
    titles: titlesOf(entity.id, options.facts, nameOf),
    disagreements: corpusEvents.flatMap((event) =>
      event.disagreements.map((d) => ({
        event: { format: event.format, ...(event.date ? { date: event.date } : {}) },
        field: d.field,
        ...(d.subject ? { subject: nameOf(d.subject) } : {}),
        values: d.values.map((v) => ({ value: v.value, sources: v.sources.map(sourceOf) })),
      })),
    ),
    articles,
    duplicateArticles: duplicates,
  };
}

function namesOf(entity: Entity): DossierName[] {
  const names: DossierName[] = [{ script: 'en', name: entity.name }];
  const entry = entity.entry as { names?: NativeNames; aliases?: string[] };
  const seen = new Set([entity.name]);
  const add = (script: DossierName['script'], name: string | undefined) => {
    if (!name || seen.has(name)) return;
    seen.add(name);
    names.push({ script, name });
  };
  for (const script of ['zh-Hans', 'zh-Hant', 'vi', 'lo', 'fr'] as const) add(script, entry.names?.[script]);
  for (const alias of entry.aliases ?? []) add('alias', alias);
  return names;
}

function sourceOf(source: SourceRef): DossierSource {
  return {
    path: source.path,
    start: source.start,
    end: source.end,
    ...(source.outlet ? { outlet: source.outlet } : {}),
    ...(source.date ? { date: source.date } : {}),
  };
}

function dossierEvent(event: CorpusEvent, self: string, nameOf: (id: string) => string): DossierEvent {
  return {
    format: event.format,
    ...(event.date ? { date: event.date } : {}),
    ...(event.endDate ? { endDate: event.endDate } : {}),
    ...(event.partialDate ? { partialDate: event.partialDate } : {}),
    ...(event.dateBasis ? { dateBasis: event.dateBasis } : {}),
    planned: event.planned,
    ...(event.place ? { place: event.place } : {}),
    with: event.participants.filter((id) => id !== self).map(nameOf),
    reports: event.reports.map((report) => sourceOf(report.source)),
  };
}

/** One entry per office (or per written title when no office was told), most sighted first. */
function titlesOf(entityId: string, facts: FactLookup | undefined, nameOf: (id: string) => string): DossierTitle[] {
  const byTitle = new Map<string, DossierTitle>();
  for (const sighting of facts?.titlesByEntity.get(entityId) ?? []) {
    const key = sighting.officeId ?? sighting.title.toLowerCase();
    const outlet = outletLabel(sighting.source.outlet);
    const latest = { ...sourceOf(sighting.source), start: sighting.start, end: sighting.end };
    const group = byTitle.get(key);
    if (!group) {
      byTitle.set(key, {
        title: sighting.officeId ? nameOf(sighting.officeId) : sighting.title,
        ...(sighting.officeId ? { officeId: sighting.officeId } : {}),
        sightings: 1,
        outlets: [outlet],
        latest,
      });
      continue;
    }
    group.sightings++;
    if (!group.outlets.includes(outlet)) group.outlets.push(outlet);
    if ((sighting.date ?? '') > (group.latest.date ?? '')) group.latest = latest;
  }
  return [...byTitle.values()].sort((a, b) => b.sightings - a.sightings);
}

/** The articles, keeping the first of those an outlet printed on the same day under the same title. */
function distinctArticles(mentions: readonly ArticleMention[]): { articles: DossierArticle[]; duplicates: number } {
  const seen = new Set<string>();
  const articles: DossierArticle[] = [];
  for (const mention of mentions) {
    const { article } = mention;
    const key = [
      article.outlet ?? '',
      article.date ?? '',
      article.title.trim().toLowerCase().replace(/\s+/g, ' '),
    ].join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    articles.push({
      title: article.title,
      ...(article.outlet ? { outlet: article.outlet } : {}),
      ...(article.date ? { date: article.date } : {}),
      source: {
        path: mention.path,
        start: mention.start,
        end: mention.end,
        ...(article.outlet ? { outlet: article.outlet } : {}),
        ...(article.date ? { date: article.date } : {}),
      },
    });
  }
  return { articles, duplicates: mentions.length - articles.length };
}
