import { roleHeldOn, type KnowledgeBase, type OfficeEntity, type PersonEntity } from '../kb/knowledgeBase.js';
import type { NamingConvention, RoleEntry } from '../kb/types.js';
import { compareRoleDates, earliestDay, latestDay } from '../kb/roleDates.js';
import { officesNamed } from './facts/titleOffice.js';
import type { TitleSighting } from './facts/types.js';
import { outletLabel } from './outlets.js';

/**
 * Keeping the knowledge base current. The knowledge base is verified through a date; articles
 * published after it may print titles it does not know yet: "Lao Foreign Minister X" where it
 * has someone else, "President Y" for a person it lists in another office. Each such claim,
 * grouped over the articles that print it, becomes a suggestion: a role to add (with the
 * earliest article's date and the passages as sources), the roles of the holders it would
 * end, or a new person's entry. Nothing here changes the knowledge base: the suggestions are
 * printed, or offered in the editor, for a person to apply.
 *
 * Conservative on purpose: a title counts only when it names one office without doubt (its
 * printed form names that office alone, or the country it or the person belongs to leaves one
 * office with that title); a title held before ("former President", "时任") counts never; an
 * article with no full date, or dated on or before `verifiedThrough`, counts never.
 */

/** A claim that the knowledge base does not record: `personId` held `officeId` from `from`. */
export interface KbSuggestion {
  /** `role`: a person the knowledge base knows, in an office it does not give them then; `person`: someone it does not know. */
  kind: 'role' | 'person';
  /** The knowledge-base id, or the newcomer's `new:` id. */
  personId: string;
  officeId: string;
  /** The earliest date of the articles that print the title. */
  from: string;
  /** The title sightings behind the claim, oldest first. */
  sightings: TitleSighting[];
  /** Distinct outlets among them: the count of independent sources. */
  outlets: string[];
  /**
   * Roles of other people in the same office that the knowledge base still has open at `from`;
   * the office has one holder at a time, so the new holder's arrival would end them.
   */
  ends: { personId: string; roleIndex: number; role: RoleEntry }[];
}

/** Reads suggestions from title sightings (any order, any date); the result is sorted by date, then person. */
export function kbSuggestions(sightings: Iterable<TitleSighting>, kb: KnowledgeBase): KbSuggestion[] {
  const through = kb.verifiedThrough;
  if (!through) return [];
  const claims = new Map<string, TitleSighting[]>();
  for (const sighting of sightings) {
    if (sighting.retrospective || !sighting.officeId || !sighting.date || sighting.date <= through) continue;
    const office = kb.entities.get(sighting.officeId);
    if (office?.kind !== 'office') continue;
    const person = personOf(kb, sighting.entityId);
    if (!person && !sighting.entityId.startsWith('new:')) continue;
    if (!namesOneOffice(kb, sighting.title, office, person)) continue;
    if (
      person &&
      (person.entry.roles ?? []).some((role) => role.office === office.id && roleHeldOn(role, sighting.date!))
    )
      continue;
    const key = `${sighting.entityId}\u0000${office.id}`;
    const list = claims.get(key);
    if (list) list.push(sighting);
    else claims.set(key, [sighting]);
  }
  const suggestions: KbSuggestion[] = [];
  for (const list of claims.values()) {
    list.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.start - b.start));
    const first = list[0]!;
    const from = first.date!;
    const officeId = first.officeId!;
    suggestions.push({
      kind: personOf(kb, first.entityId) ? 'role' : 'person',
      personId: first.entityId,
      officeId,
      from,
      sightings: list,
      outlets: [...new Set(list.map((s) => s.source.outlet).filter((o): o is string => o !== undefined))],
      ends: singleSeat(kb, officeId) ? openRolesOfOthers(kb, officeId, first.entityId, from) : [],
    });
  }
  return suggestions.sort(
    (a, b) => compareRoleDates(a.from, b.from) || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0),
  );
}

function personOf(kb: KnowledgeBase, id: string): PersonEntity | undefined {
  const entity = kb.entities.get(id);
  return entity?.kind === 'person' ? entity : undefined;
}

/**
 * Whether a printed title names this office and no other: its form is one of this office's
 * titles alone ("Lao Foreign Minister"), or the country named in it — else the person's —
 * leaves this office as the only one with that title ("Foreign Minister" beside a Lao
 * official). A title the facts reader resolved from the knowledge base's own roles would echo
 * the knowledge base, not check it.
 */
function namesOneOffice(
  kb: KnowledgeBase,
  title: string,
  office: OfficeEntity,
  person: PersonEntity | undefined,
): boolean {
  const named = officesNamed(kb, title);
  if (named.length === 1) return named[0] === office;
  if (named.length > 1 && !named.includes(office)) return false;
  const inTitle = countriesNamedIn(kb, title);
  const countries = inTitle.size > 0 ? inTitle : person ? new Set([person.entry.country]) : new Set<string>();
  if (!countries.has(office.entry.country)) return false;
  if (named.length === 0) return inTitle.size > 0 || officeFormIn(kb, title, office);
  return named.filter((o) => countries.has(o.entry.country)).length === 1;
}

/** Whether one of the office's own title forms is printed in the phrase, as a whole word ("General Secretary of the ..." for a party's general secretary). */
function officeFormIn(kb: KnowledgeBase, title: string, office: OfficeEntity): boolean {
  const lower = ` ${title.toLowerCase()} `;
  return office.entry.titles.some((form) => {
    const key = form.toLowerCase();
    return officesNamed(kb, key).every((o) => o === office) && lower.includes(` ${key} `);
  });
}

const countryWords = new WeakMap<KnowledgeBase, Map<string, string>>();

/** The countries a title phrase names: by name, adjective or official name, or through a party or body of theirs ("LPRP", "中共"). */
function countriesNamedIn(kb: KnowledgeBase, title: string): Set<string> {
  let words = countryWords.get(kb);
  if (!words) {
    words = new Map();
    for (const entity of kb.entities.values()) {
      const forms: string[] = [];
      let country: string | undefined;
      if (entity.kind === 'country') {
        country = entity.id;
        const e = entity.entry;
        forms.push(
          e.name,
          e.adjective,
          ...(e.adjectiveAliases ?? []),
          ...(e.nameVariants ?? []),
          ...(e.officialName ? [e.officialName] : []),
          ...(Object.values(e.names ?? {}) as string[]),
        );
      } else if (entity.kind === 'organization' && entity.entry.country) {
        country = entity.entry.country;
        const e = entity.entry;
        forms.push(
          e.name,
          ...(e.acronym ? [e.acronym] : []),
          ...(e.aliases ?? []),
          ...(Object.values(e.names ?? {}) as string[]),
        );
      }
      if (!country) continue;
      for (const form of forms) if (form && form.length >= 2) words.set(form.toLowerCase(), country);
    }
    countryWords.set(kb, words);
  }
  const found = new Set<string>();
  const lower = title.toLowerCase();
  for (const [form, country] of words) {
    const at = lower.indexOf(form);
    if (at < 0) continue;
    // Latin forms stand as whole words ("Lao", not the "lao" of "Laos"); Chinese ones anywhere.
    const before = lower[at - 1];
    const after = lower[at + form.length];
    const latin = /[a-z]/.test(form);
    if (latin && ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after)))) continue;
    found.add(country);
  }
  return found;
}

/** Whether the office has had one holder at a time in everything the knowledge base records (a president, not the vice presidents). */
function singleSeat(kb: KnowledgeBase, officeId: string): boolean {
  const roles: RoleEntry[] = [];
  for (const entity of kb.entities.values()) {
    if (entity.kind !== 'person') continue;
    for (const role of entity.entry.roles ?? []) if (role.office === officeId && !role.acting) roles.push(role);
  }
  roles.sort((a, b) => compareRoleDates(a.from, b.from));
  for (let i = 1; i < roles.length; i++) {
    const previous = roles[i - 1]!;
    // The same day at both ends is a handover, not two holders; so is a month or year both bounds may mean.
    if (previous.to === undefined || earliestDay(previous.to) > latestDay(roles[i]!.from)) return false;
  }
  return true;
}

function openRolesOfOthers(kb: KnowledgeBase, officeId: string, personId: string, from: string): KbSuggestion['ends'] {
  const ends: KbSuggestion['ends'] = [];
  for (const entity of kb.entities.values()) {
    if (entity.kind !== 'person' || entity.id === personId) continue;
    (entity.entry.roles ?? []).forEach((role, roleIndex) => {
      if (
        role.office === officeId &&
        !role.acting &&
        earliestDay(role.from) <= from &&
        (role.to === undefined || latestDay(role.to) > from)
      )
        ends.push({ personId: entity.id, roleIndex, role });
    });
  }
  return ends;
}

/** What the reader of a suggestion sees of one sighting: where it is and the sentence it is in. */
export interface SightingText {
  /** Where the passage is, as the user opens it (`path:line`). */
  where?: string;
  /** The sentence that prints the title. */
  quote?: string;
}

/** One change to a knowledge-base file: the entry it goes to, and the YAML to insert there. */
export interface PatchHunk {
  /** `add-role`: an item for the person's `roles:`; `end-role`: a `to:` for one of their roles; `add-person`: an item for a file's `people:`. */
  action: 'add-role' | 'end-role' | 'add-person';
  /** The file patched, and the line of the entry (its first key) when the entry exists. */
  path: string;
  line?: number;
  /** The person whose entry is patched (for `add-person`, the new entry's id). */
  entryId: string;
  /** For `end-role`: which of the person's roles (0-based, in the file's order), and that role. */
  roleIndex?: number;
  role?: RoleEntry;
  /** The YAML to insert, as an item (or key) at column 0; the editor indents it where it goes. */
  yaml: string;
}

/** A suggestion as a patch: what it says in one line, the passages behind it, and its hunks. */
export interface KbPatch {
  summary: string;
  sources: { where?: string; outlet?: string; date: string; title: string; quote?: string }[];
  hunks: PatchHunk[];
}

/** The longest quotation kept in a role's `source:`. */
const QUOTE_LIMIT = 200;

/**
 * The YAML patch of a suggestion. `textOf` gives each sighting's place and sentence (the core
 * reads no files); the new role's `source` is "<outlet> <date>: <the sentence>" of the
 * earliest sighting.
 */
export function suggestionPatch(
  suggestion: KbSuggestion,
  kb: KnowledgeBase,
  textOf: (sighting: TitleSighting) => SightingText,
): KbPatch {
  const office = kb.entities.get(suggestion.officeId) as OfficeEntity;
  const texts = suggestion.sightings.map(textOf);
  const first = suggestion.sightings[0]!;
  const quote = texts.find((t) => t.quote)?.quote;
  const source = `${outletLabel(first.source.outlet)} ${suggestion.from}${quote ? `: ${clip(quote)}` : ''}`;
  const role = [`- office: ${office.id}`, `  from: ${suggestion.from}`, `  source: ${JSON.stringify(source)}`];
  const person = personOf(kb, suggestion.personId);
  const name = person?.name ?? newcomerName(suggestion.personId, texts[0]?.quote);
  const hunks: PatchHunk[] = [];
  if (person) {
    hunks.push({
      action: 'add-role',
      path: person.source.path,
      line: person.source.line,
      entryId: person.id,
      yaml: role.join('\n'),
    });
  } else {
    const id = suggestion.personId.replace(/^new:/, '');
    const home = peopleFileOf(kb, office.entry.country) ?? { path: office.source.path };
    const yaml = [
      `- id: ${id}`,
      `  name: ${JSON.stringify(name)}`,
      `  country: ${office.entry.country}`,
      `  convention: ${conventionOf(kb, office.entry.country)}`,
      '  roles:',
      ...role.map((line) => `    ${line}`),
    ];
    hunks.push({
      action: 'add-person',
      path: home.path,
      ...(home.line !== undefined ? { line: home.line } : {}),
      entryId: id,
      yaml: yaml.join('\n'),
    });
  }
  for (const end of suggestion.ends) {
    const holder = personOf(kb, end.personId)!;
    hunks.push({
      action: 'end-role',
      path: holder.source.path,
      line: holder.source.line,
      entryId: holder.id,
      roleIndex: end.roleIndex,
      role: end.role,
      yaml: `to: ${suggestion.from}`,
    });
  }
  const after = kb.verifiedThrough ? ` after ${kb.verifiedThrough}` : '';
  const articles = suggestion.sightings.length === 1 ? '1 article' : `${suggestion.sightings.length} articles`;
  const outlets = suggestion.outlets.length === 1 ? '1 outlet' : `${suggestion.outlets.length} outlets`;
  const holders = suggestion.ends.map((end) => personOf(kb, end.personId)!.name);
  const summary =
    `${person ? name : `${name} (not in the knowledge base)`}: ${office.name} since ${suggestion.from} at the latest, ` +
    `as ${articles} (${outlets})${after} print "${first.title}"` +
    (holders.length > 0 ? `; the knowledge base has ${holders.join(' and ')} in office` : '');
  return {
    summary,
    sources: suggestion.sightings.map((s, i) => ({
      ...(texts[i]!.where ? { where: texts[i]!.where } : {}),
      ...(s.source.outlet ? { outlet: s.source.outlet } : {}),
      date: s.date!,
      title: s.title,
      ...(texts[i]!.quote ? { quote: texts[i]!.quote } : {}),
    })),
    hunks,
  };
}

/** The patch as YAML text: comment lines naming the file and entry of each hunk and the sources, then the hunk. */
export function patchText(patch: KbPatch, shownPath: (path: string) => string = (p) => p): string {
  const out: string[] = [`# ${oneLine(patch.summary)}`];
  for (const source of patch.sources) {
    out.push(
      `#   ${source.where ?? 'corpus'}: ${outletLabel(source.outlet)} ${source.date}, "${oneLine(source.title)}"${source.quote ? `: ${oneLine(clip(source.quote))}` : ''}`,
    );
  }
  for (const hunk of patch.hunks) {
    const where = `${shownPath(hunk.path)}${hunk.line !== undefined ? `:${hunk.line}` : ''}`;
    const what =
      hunk.action === 'add-role'
        ? `add to ${hunk.entryId}'s roles:`
        : hunk.action === 'add-person'
          ? `add to people: (a new entry; check the name, convention and country)`
          : `end ${hunk.entryId}'s role ${hunk.roleIndex! + 1} (${hunk.role!.office} from ${hunk.role!.from}), adding:`;
    out.push(`# ${where}: ${what}`, hunk.yaml);
  }
  return `${out.join('\n')}\n`;
}

function clip(text: string): string {
  const flat = oneLine(text);
  return flat.length <= QUOTE_LIMIT ? flat : `${flat.slice(0, QUOTE_LIMIT - 1).trimEnd()}…`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A newcomer's name as printed in the sentence, else its id in title case ("new:khamphanh-sengdara" → "Khamphanh Sengdara"). */
function newcomerName(id: string, quote: string | undefined): string {
  const words = id.replace(/^new:/, '').split('-').filter(Boolean);
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\-]+'), 'iu');
  const printed = quote ? pattern.exec(quote)?.[0] : undefined;
  return printed ?? words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

/** The file that holds a country's people (the first entry's), for a new person's entry. */
function peopleFileOf(kb: KnowledgeBase, country: string): { path: string; line?: number } | undefined {
  for (const entity of kb.entities.values())
    if (entity.kind === 'person' && entity.entry.country === country) return { path: entity.source.path };
  return undefined;
}

/** The naming convention most of a country's people have in the knowledge base. */
function conventionOf(kb: KnowledgeBase, country: string): NamingConvention {
  const counts = new Map<NamingConvention, number>();
  for (const entity of kb.entities.values()) {
    if (entity.kind === 'person' && entity.entry.country === country)
      counts.set(entity.entry.convention, (counts.get(entity.entry.convention) ?? 0) + 1);
  }
  let best: NamingConvention = 'surname-last';
  let most = 0;
  for (const [convention, count] of counts) if (count > most) [best, most] = [convention, count];
  return best;
}
