import { describeDate } from '../core/facts/dateLabels.js';
import { compareRoleDates, formatRoleDate, formatRoleStart } from '../kb/roleDates.js';
import type { FactLookup } from '../core/facts/factLookup.js';
import type { CorpusEvent, DateBasis, Disagreement, SourceRef } from '../core/facts/types.js';
import { aliasesOf } from '../core/mentions/aliases.js';
import { findMentions } from '../core/mentions/findMentions.js';
import type { MentionIndex } from '../core/mentions/mentionIndex.js';
import type { Entity, KnowledgeBase } from '../kb/knowledgeBase.js';
import { counted } from '../core/text/plural.js';
import { forTerminal, toJson } from './terminal.js';
import { parseCommandLine, parseFormat, UsageError, type CliIO } from './cliSupport.js';
import { loadCorpus, openCliWorkspace, prefetchNamedEntities } from './cliWorkspace.js';
import { UNKNOWN_OUTLET, outletLabel } from '../core/outlets.js';

/** A source as printed: who published it, when, and where in which file. */
export interface ReportedSource {
  outlet?: string;
  date?: string;
  articleId: string;
  path: string;
  start: number;
  end: number;
}

/** The JSON output of `attache facts` (version 1). */
export interface FactsReport {
  version: 1;
  entity: { id: string; name: string; type: string };
  /** Roles the knowledge base records, oldest first. */
  roles: {
    officeId: string;
    office: string;
    from: string;
    to?: string;
    acting?: boolean;
    /** The start is unknown: `from` is the date the role is known held by. */
    startUnknown?: boolean;
    source: string;
  }[];
  /** Titles the corpus prints beside the name, oldest first (undated last). */
  corpusTitles: {
    title: string;
    officeId?: string;
    office?: string;
    date?: string;
    partialDate?: string;
    position: 'before' | 'after';
    retrospective?: boolean;
    source: ReportedSource;
  }[];
  /** Events the entity took part in (or the agreement was signed at), oldest first. */
  events: ReportedEvent[];
  /** Where the reports of those events differ. */
  disagreements: {
    eventId: string;
    field: Disagreement['field'];
    subject?: string;
    values: { value: string; sources: ReportedSource[] }[];
  }[];
}

/** One event as printed. */
export interface ReportedEvent {
  id: string;
  format: string;
  date?: string;
  endDate?: string;
  partialDate?: string;
  /** How the date was found: explicit, relative, dateline, other-report, or published (on or before that day). */
  dateBasis?: DateBasis;
  planned: boolean;
  place?: string;
  venue?: string;
  placeFromVisit?: string;
  /** Set when the place comes from a later article looking back at the event. */
  placeFromMention?: boolean;
  /** Copies of a report (the same sentence from the same outlet) counted once. */
  copies?: number;
  counterparts: { id: string; name: string }[];
  documents: { id: string; name: string }[];
  outlets: string[];
  reports: (ReportedSource & { format: string; text: string; dateBasis?: DateBasis })[];
  /** Later articles looking back at the event. */
  mentions?: ReportedSource[];
}

/**
 * `attache facts NAME [--corpus DIR]... [--kb FILE]... [--format text|json]` — what the
 * knowledge base and the corpus say about one entity: its roles over time, the titles
 * published articles gave it, the events they report and where they disagree. NAME is any
 * alias of a knowledge-base entry ("Thongloun Sisoulith", "通伦", "Lao President"); exit 2 when
 * none matches.
 */
export async function runFacts(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, { store: { type: 'string' } } as const);
  const format = parseFormat(values.format, ['text', 'json'] as const);
  const name = positionals.join(' ').trim();
  if (!name) throw new UsageError('no name given (try: attache facts "Thongloun Sisoulith")');
  const host = await openCliWorkspace(values, io);
  const entity = resolveName(name, host.snapshot().mentionIndex);
  if (!entity) throw new UsageError(`no knowledge-base entry matches "${name}"`);
  await loadCorpus(host, io);
  const snapshot = host.snapshot();
  await prefetchNamedEntities(snapshot, [], [entity.id]);
  const facts = snapshot.corpus?.facts ?? { titlesByEntity: new Map(), eventsByEntity: new Map() };
  const report = buildReport(entity, facts, snapshot.kb);
  io.stdout.write(format === 'json' ? toJson(report) : forTerminal(formatText(report)));
  return 0;
}

/**
 * The entry a name stands for: the longest knowledge-base mention in it, or else an exact
 * match of any of an entry's forms, short forms included ("Thongloun" alone is not a mention,
 * since a short form needs the full name first, but it is a fine thing to ask about).
 */
function resolveName(name: string, index: MentionIndex): Entity | undefined {
  const mentions = findMentions(name, index).filter((m) => m.known && !m.nested);
  const longest = mentions.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  if (longest?.known) return longest.known;
  const wanted = name.toLowerCase();
  const matches = [...index.kb.entities.values()].filter((entity) =>
    aliasesOf(entity).some((alias) => alias.form !== 'wrong' && alias.text.toLowerCase() === wanted),
  );
  return matches.length === 1 ? matches[0] : undefined;
}

function buildReport(entity: Entity, facts: FactLookup, kb: KnowledgeBase): FactsReport {
  const nameOf = (id: string) => kb.entities.get(id)?.name ?? id.replace(/^new:/, '').replace(/-/g, ' ');
  const roles =
    entity.kind === 'person'
      ? [...(entity.entry.roles ?? [])]
          .sort((a, b) => compareRoleDates(a.from, b.from))
          .map((role) => ({
            officeId: role.office,
            office: nameOf(role.office),
            from: role.from,
            ...(role.to ? { to: role.to } : {}),
            ...(role.acting ? { acting: true } : {}),
            ...(role.startUnknown ? { startUnknown: true } : {}),
            source: role.source,
          }))
      : [];
  const corpusTitles = (facts.titlesByEntity.get(entity.id) ?? []).map((sighting) => ({
    title: sighting.title,
    ...(sighting.officeId ? { officeId: sighting.officeId, office: nameOf(sighting.officeId) } : {}),
    ...(sighting.date ? { date: sighting.date } : {}),
    ...(sighting.partialDate ? { partialDate: sighting.partialDate } : {}),
    position: sighting.position,
    ...(sighting.retrospective ? { retrospective: true } : {}),
    source: { ...sourceOf(sighting.source), start: sighting.start, end: sighting.end },
  }));
  const events = facts.eventsByEntity.get(entity.id) ?? [];
  return {
    version: 1,
    entity: { id: entity.id, name: entity.name, type: entity.type },
    roles,
    corpusTitles,
    events: events.map((event) => reportedEvent(event, entity.id, nameOf)),
    disagreements: events.flatMap((event) =>
      event.disagreements.map((d) => ({
        eventId: event.id,
        field: d.field,
        ...(d.subject ? { subject: d.subject } : {}),
        values: d.values.map((v) => ({ value: v.value, sources: v.sources.map(sourceOf) })),
      })),
    ),
  };
}

function reportedEvent(event: CorpusEvent, entityId: string, nameOf: (id: string) => string): ReportedEvent {
  return {
    id: event.id,
    format: event.format,
    ...(event.date ? { date: event.date } : {}),
    ...(event.endDate ? { endDate: event.endDate } : {}),
    ...(event.partialDate ? { partialDate: event.partialDate } : {}),
    ...(event.dateBasis ? { dateBasis: event.dateBasis } : {}),
    planned: event.planned,
    ...(event.place ? { place: event.place } : {}),
    ...(event.venue ? { venue: event.venue } : {}),
    ...(event.placeFromVisit ? { placeFromVisit: event.placeFromVisit } : {}),
    ...(event.placeFromMention ? { placeFromMention: true } : {}),
    ...(event.copies ? { copies: event.copies } : {}),
    counterparts: event.participants.filter((id) => id !== entityId).map((id) => ({ id, name: nameOf(id) })),
    documents: event.documents.map((id) => ({ id, name: nameOf(id) })),
    outlets: event.outlets,
    reports: event.reports.map((r) => ({
      ...sourceOf(r.source),
      format: r.format,
      text: r.text,
      ...(r.dateBasis ? { dateBasis: r.dateBasis } : {}),
    })),
    ...(event.mentions ? { mentions: event.mentions.map(sourceOf) } : {}),
  };
}

function sourceOf(source: SourceRef): ReportedSource {
  return {
    ...(source.outlet ? { outlet: source.outlet } : {}),
    ...(source.date ? { date: source.date } : {}),
    articleId: source.articleId,
    path: source.path,
    start: source.start,
    end: source.end,
  };
}

function formatText(report: FactsReport): string {
  const out: string[] = [`${report.entity.name} (${report.entity.type}, ${report.entity.id})`];
  if (report.roles.length > 0) {
    out.push('', 'Roles in the knowledge base:');
    for (const role of report.roles) {
      out.push(
        `  ${formatRoleStart(role)} – ${(role.to ? formatRoleDate(role.to) : 'now').padEnd(10)}  ${role.office}${role.acting ? ' (acting)' : ''}  [${role.source}]`,
      );
    }
  }
  out.push('', `Titles in the corpus (${report.corpusTitles.length}):`);
  if (report.corpusTitles.length === 0) out.push('  none');
  for (const t of report.corpusTitles) {
    const office = t.office && t.office.toLowerCase() !== t.title.toLowerCase() ? ` → ${t.office}` : '';
    out.push(
      `  ${(t.retrospective ? 'earlier' : when(t)).padEnd(10)}  "${t.title}"${office}  (${outletLabel(t.source.outlet)})`,
    );
  }
  out.push('', `Events in the corpus (${report.events.length}):`);
  if (report.events.length === 0) out.push('  none');
  for (const e of report.events) {
    const dates = describeDate({ ...e, ...(e.endDate ? { endDate: e.endDate.slice(5) } : {}) }, '..');
    const counterparts = e.counterparts.length > 0 ? ` with ${e.counterparts.map((c) => c.name).join(', ')}` : '';
    const preposition = e.format.endsWith('visit') ? 'to' : 'in';
    const source = e.placeFromVisit ? ' (from the visit)' : e.placeFromMention ? ' (from a later mention)' : '';
    const place = e.place ? ` ${preposition} ${e.place}${e.venue ? ` (${e.venue})` : ''}${source}` : '';
    const documents = e.documents.length > 0 ? `; documents: ${e.documents.map((d) => d.name).join('; ')}` : '';
    const outlets = e.outlets.length > 0 ? e.outlets.join(', ') : UNKNOWN_OUTLET;
    const copies = e.copies ? ` (+${counted(e.copies, 'copy', 'copies')})` : '';
    out.push(
      `  ${dates.padEnd(28)}  ${e.format}${e.planned ? ' (planned)' : ''}${counterparts}${place}${documents} — ${outlets}, ${counted(e.reports.length, 'report')}${copies}`,
    );
  }
  if (report.disagreements.length > 0) {
    out.push('', `Disagreements (${report.disagreements.length}):`);
    for (const d of report.disagreements) {
      out.push(`  ${d.eventId}: ${d.field}${d.subject ? ` (${d.subject})` : ''}`);
      for (const v of d.values)
        out.push(`    ${v.value}: ${v.sources.map((s) => `${outletLabel(s.outlet)} (${s.articleId})`).join('; ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function when(dated: { date?: string; partialDate?: string }): string {
  return dated.date ?? dated.partialDate ?? 'undated';
}
