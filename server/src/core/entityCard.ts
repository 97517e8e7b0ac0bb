import { roleHeldOn, type Entity, type KnowledgeBase } from '../kb/knowledgeBase.js';
import type { NativeNames, RoleEntry } from '../kb/types.js';
import { compareRoleDates, formatRoleDate, formatRoleStart } from '../kb/roleDates.js';
import { describeDate } from './facts/dateLabels.js';
import type { FactLookup } from './facts/factLookup.js';
import type { CorpusEvent, SourceRef } from './facts/types.js';
import { escapeMarkdown } from './text/escape.js';
import { counted } from './text/plural.js';
import { outletLabel } from './outlets.js';

export interface CardOptions {
  /** The document's date: which roles count as current. */
  date: string;
  kb: KnowledgeBase;
  /** The corpus articles that mention the entity: how many, and the newest few with where. */
  corpusArticles?: CorpusArticles;
  /** A link target for a corpus file range or a knowledge-base line (the LSP layer makes URIs). */
  linkTo(path: string, at: { start: number; end: number } | { line: number }): string;
  /** Titles and events read from the corpus, when it is indexed. */
  facts?: FactLookup;
}

/** Where one corpus article mentions an entity. */
export interface ArticleMention {
  article: { id: string; title: string; outlet?: string; date?: string };
  path: string;
  /** Offsets of the mention (or of its paragraph) in the corpus file. */
  start: number;
  end: number;
}

/** The corpus articles mentioning an entity: the count, and the newest ones to list. */
export interface CorpusArticles {
  total: number;
  latest: readonly ArticleMention[];
}

/**
 * The hover card for an entity, as Markdown: canonical name and native scripts, the roles
 * held on the document's date and over time (with sources), and the corpus articles that
 * mention it (outlet, date, title), each linking to the passage. Every text that comes from
 * the corpus or the knowledge base is escaped; only links this function builds are live.
 */
export function entityCard(entity: Entity, options: CardOptions): string {
  const lines: string[] = [];
  const kbLink = options.linkTo(entity.source.path, { line: entity.source.line });
  lines.push(`**${escapeMarkdown(entity.name)}** · ${entity.type} · [knowledge base](${kbLink})`);
  if (entity.overrides) {
    const replaced = entity.overrides;
    const what = replaced.bundled ? 'the bundled entry' : 'the entry';
    const fileOf = (path: string) => escapeMarkdown(path.split(/[\\/]/).pop() ?? path);
    lines.push(
      '',
      `_Defined in ${entity.source.bundled ? '' : 'workspace '}file ${fileOf(entity.source.path)}, line ${entity.source.line}; overrides ${what} ([${fileOf(replaced.path)}:${replaced.line}](${options.linkTo(replaced.path, { line: replaced.line })}))._`,
    );
  }
  const native = 'names' in entity.entry ? nativeLine(entity.entry.names) : '';
  if (native) lines.push('', native);

  if (entity.kind === 'person') {
    const roles = [...(entity.entry.roles ?? [])].sort((a, b) => compareRoleDates(b.from, a.from));
    const current = roles.filter((role) => roleHeldOn(role, options.date));
    lines.push(
      '',
      `**On ${options.date}:** ${current.length > 0 ? current.map((r) => officeName(r, options.kb)).join('; ') : 'no office recorded'}`,
    );
    if (roles.length > 0) {
      lines.push('', '**Roles over time**', '');
      for (const role of roles) {
        lines.push(
          `- ${formatRoleStart(role)} – ${role.to ? formatRoleDate(role.to) : 'now'}: ${officeName(role, options.kb)}${role.acting ? ' (acting)' : ''} — _${escapeMarkdown(role.source)}_`,
        );
      }
    }
  } else if (entity.kind === 'organization' && entity.entry.acronym) {
    lines.push('', `Acronym: ${escapeMarkdown(entity.entry.acronym)}`);
  } else if (entity.kind === 'agreement') {
    const details = [
      entity.entry.years ? `${entity.entry.years[0]}–${entity.entry.years[1]}` : '',
      entity.entry.date ? `signed or launched ${entity.entry.date}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    if (details) lines.push('', escapeMarkdown(details));
  } else if (entity.kind === 'office') {
    lines.push('', `Titles: ${entity.entry.titles.map(escapeMarkdown).join(', ')}`);
  }

  if (options.facts) lines.push(...corpusFacts(entity, options));

  const articles = options.corpusArticles;
  if (articles && articles.total > 0) {
    lines.push('', `**In the corpus:** ${counted(articles.total, 'article')}`, '');
    for (const ref of articles.latest) {
      const where = [outletLabel(ref.article.outlet), ref.article.date ?? 'undated'].map(escapeMarkdown).join(', ');
      lines.push(
        `- [${where}](${options.linkTo(ref.path, { start: ref.start, end: ref.end })}) — ${escapeMarkdown(truncate(ref.article.title, 90))}`,
      );
    }
  }
  return lines.join('\n');
}

function nativeLine(names: NativeNames | undefined): string {
  if (!names) return '';
  const parts = [
    names['zh-Hans'],
    names['zh-Hant'] !== names['zh-Hans'] ? names['zh-Hant'] : undefined,
    names.vi,
    names.lo,
  ].filter((n): n is string => !!n);
  return parts.map(escapeMarkdown).join(' · ');
}

function officeName(role: RoleEntry, kb: KnowledgeBase): string {
  return escapeMarkdown(kb.entities.get(role.office)?.name ?? role.office);
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

/** Titles seen beside the entity in the corpus, its latest events and where sources disagree. */
function corpusFacts(entity: Entity, options: CardOptions): string[] {
  const facts = options.facts!;
  const lines: string[] = [];
  const link = (source: SourceRef, text: string) =>
    `[${escapeMarkdown(text)}](${options.linkTo(source.path, { start: source.start, end: source.end })})`;
  const sightings = facts.titlesByEntity.get(entity.id) ?? [];
  if (sightings.length > 0) {
    // One line per office (or written title), with the latest date and the count of outlets.
    const byTitle = new Map<string, { latest: (typeof sightings)[number]; outlets: Set<string> }>();
    for (const sighting of sightings) {
      const key = sighting.officeId ?? sighting.title.toLowerCase();
      const group = byTitle.get(key);
      const outlet = outletLabel(sighting.source.outlet);
      if (!group) byTitle.set(key, { latest: sighting, outlets: new Set([outlet]) });
      else {
        group.outlets.add(outlet);
        if ((sighting.date ?? '') > (group.latest.date ?? '')) group.latest = sighting;
      }
    }
    lines.push('', '**Titles in the corpus**', '');
    for (const [key, { latest, outlets }] of [...byTitle].slice(0, 4)) {
      const name = options.kb.entities.get(key)?.name ?? latest.title;
      lines.push(
        `- ${escapeMarkdown(name)} — ${link(latest.source, [outletLabel(latest.source.outlet), latest.date ?? 'undated'].join(', '))}${outlets.size > 1 ? `, ${outlets.size} outlets` : ''}`,
      );
    }
  }
  // Events are kept in date order, undated last: the latest dated ones are read from the end.
  const inOrder = facts.eventsByEntity.get(entity.id) ?? [];
  const events = [...inOrder.filter((e) => e.date).reverse(), ...inOrder.filter((e) => !e.date)];
  if (events.length > 0) {
    lines.push('', `**Latest events** (${events.length} in the corpus)`, '');
    for (const event of events.slice(0, 4)) lines.push(`- ${eventLine(event, entity.id, options, link)}`);
  }
  const disputed: { event: CorpusEvent; d: CorpusEvent['disagreements'][number] }[] = [];
  for (const event of events) {
    for (const d of event.disagreements) disputed.push({ event, d });
    if (disputed.length >= 3) break;
  }
  if (disputed.length > 0) {
    lines.push('', '**Sources disagree**', '');
    for (const { event, d } of disputed.slice(0, 3)) {
      const sides = d.values
        .map((v) => `${escapeMarkdown(v.value)} (${v.sources.map((s) => link(s, outletLabel(s.outlet))).join(', ')})`)
        .join(' vs ');
      lines.push(
        `- ${escapeMarkdown(event.format)} of ${escapeMarkdown(event.date ?? 'undated')}, ${d.field}${d.subject ? ` of ${escapeMarkdown(options.kb.entities.get(d.subject)?.name ?? d.subject)}` : ''}: ${sides}`,
      );
    }
  }
  return lines;
}

function eventLine(
  event: CorpusEvent,
  self: string,
  options: CardOptions,
  link: (source: SourceRef, text: string) => string,
): string {
  const others = event.participants.filter((id) => id !== self).map((id) => options.kb.entities.get(id)?.name ?? id);
  const when = describeDate(event);
  const what = `${event.planned ? 'planned ' : ''}${event.format}${others.length > 0 ? ` with ${others.join(', ')}` : ''}${event.place ? ` in ${event.place}` : ''}`;
  const first = event.reports[0]!.source;
  return `${escapeMarkdown(when)}: ${escapeMarkdown(what)} — ${link(first, counted(event.outlets.length || 1, 'source'))}`;
}
