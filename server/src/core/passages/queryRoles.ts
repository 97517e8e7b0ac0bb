import { roleHeldOn } from '../../kb/knowledgeBase.js';
import type { RoleEntry } from '../../kb/types.js';
import { documentDate, isIsoDate } from '../documentDate.js';
import type { Mention, MentionIndex } from '../mentions/mentionIndex.js';
import { foldText } from '../text/fold.js';
import { ROLE_DESCRIPTIONS, ROLE_KIND_TITLES, type RoleKind } from './roleDescriptions.js';
import { hasHan } from '../text/scripts.js';

/**
 * A place where a query refers to an office rather than to a person: a title with no name
 * after it ("the Lao President", "越南国家主席"), a bare title beside a country ("Laos's
 * president", "越南总理") or a description ("Viet Nam's party chief"). The span covers the
 * country word too, since together they stand for one person.
 */
export interface RoleSpan {
  start: number;
  end: number;
  /** Office ids (usually one). */
  offices: string[];
}

/** A role span resolved at a date to the people who held its office then. */
export interface QueryRole extends RoleSpan {
  /** Person ids; empty when nobody (or too many people to mean one) held the office. */
  holders: string[];
}

/**
 * Offices with more holders than this at once (Politburo members, vice premiers) do not
 * identify a person, so their holders are not added to a query. Three still admits the
 * offices held by two or three people at once: an acting holder beside the elected one, the
 * two Lao vice presidents.
 */
const MAX_HOLDERS = 3;

/** Between a country word and the description it qualifies: "Lao ", "China's ", "Laos' ", "越南". */
const COUNTRY_BEFORE_GAP = /^(?:'s?)?\s*$/;
/** Between a description and the country after it: " of ", " of the ". */
const COUNTRY_AFTER_GAP = /^\s+of\s+(?:the\s+)?$/;
/** Between a title and the name it introduces (as in findMentions). */
const TITLE_GAP = /^[\s,]*$/;

/**
 * A year-less date ("March 3") takes its year from the reference; with no reference given,
 * this one puts it in a year no real query is about, so it can be recognized and ignored.
 */
const NO_REFERENCE = '1000-07-01';
const EARLIEST_YEAR = 1900;

/** Everything role resolution needs from a knowledge base, built once per mention index. */
interface RoleTables {
  /** Office id → every role ever held in it (a few per office), so a date lookup reads only those. */
  rolesByOffice: Map<string, { personId: string; role: RoleEntry }[]>;
  /** `kind \0 country` → office ids of that kind in that country. */
  officesByKind: Map<string, string[]>;
  /** `folded title \0 country` → office ids with that title in that country. */
  officesByTitle: Map<string, string[]>;
  /** Folded, space-normalized description → the kinds it may mean. */
  kindsByPhrase: Map<string, readonly RoleKind[]>;
  /** All descriptions in one pattern over folded text, longest first. */
  phrasePattern: RegExp;
}

const tablesByIndex = new WeakMap<MentionIndex, RoleTables>();

function tablesFor(index: MentionIndex): RoleTables {
  let tables = tablesByIndex.get(index);
  if (!tables) {
    tables = buildTables(index);
    tablesByIndex.set(index, tables);
  }
  return tables;
}

function normalize(text: string): string {
  return foldText(text)
    .trim()
    .replace(/[\s-]+/g, ' ');
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function buildTables(index: MentionIndex): RoleTables {
  const rolesByOffice = new Map<string, { personId: string; role: RoleEntry }[]>();
  const officesByKind = new Map<string, string[]>();
  const officesByTitle = new Map<string, string[]>();
  const kindTitles = (Object.entries(ROLE_KIND_TITLES) as [RoleKind, readonly string[]][]).map(
    ([kind, titles]) => [kind, new Set(titles.map(normalize))] as const,
  );
  for (const entity of index.kb.entities.values()) {
    if (entity.kind === 'person') {
      for (const role of entity.entry.roles ?? []) addTo(rolesByOffice, role.office, { personId: entity.id, role });
    } else if (entity.kind === 'office') {
      const country = entity.entry.country;
      const titles = entity.entry.titles.map(normalize);
      for (const title of titles) addTo(officesByTitle, `${title}\u0000${country}`, entity.id);
      for (const [kind, forms] of kindTitles) {
        if (titles.some((title) => forms.has(title))) addTo(officesByKind, `${kind}\u0000${country}`, entity.id);
      }
    }
  }
  const kindsByPhrase = new Map<string, readonly RoleKind[]>();
  for (const { phrase, kinds } of ROLE_DESCRIPTIONS) kindsByPhrase.set(normalize(phrase), kinds);
  const alternatives = [...kindsByPhrase.keys()]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+'));
  const han = alternatives.filter((a) => hasHan(a));
  const spaced = alternatives.filter((a) => !hasHan(a));
  // Whole words in spaced scripts; Chinese has no spaces, so no boundary is asked there.
  const phrasePattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${spaced.join('|')})(?![\\p{L}\\p{N}])|${han.join('|') || '(?!)'}`,
    'gu',
  );
  return { rolesByOffice, officesByKind, officesByTitle, kindsByPhrase, phrasePattern };
}

/**
 * Where a query names an office instead of a person. `mentions` are the query's mentions
 * from `findMentions`. Needs no date: the date is only read (which costs a date parse) when
 * this finds something.
 */
export function findRoleSpans(text: string, mentions: readonly Mention[], index: MentionIndex): RoleSpan[] {
  const tables = tablesFor(index);
  const folded = foldText(text);
  const spans: RoleSpan[] = [];
  const countries = mentions.filter((m) => m.known?.kind === 'country');
  const introducesPerson = (end: number) => {
    const next = mentions.find((m) => m.start >= end);
    return next?.known?.kind === 'person' && TITLE_GAP.test(text.slice(end, next.start));
  };

  for (const mention of mentions) {
    if (mention.entity.type !== 'title' || introducesPerson(mention.end)) continue;
    if (mention.known?.kind === 'office') {
      spans.push({ start: mention.start, end: mention.end, offices: [mention.known.id] });
    } else if (!mention.known) {
      // A title several offices share ("President", "总理"): the adjacent country says which.
      const country = countryBeside(text, folded, mention.start, mention.end, countries, index);
      const offices = country && tables.officesByTitle.get(`${normalize(mention.text)}\u0000${country.id}`);
      if (country && offices?.length === 1)
        spans.push({ start: Math.min(country.start, mention.start), end: Math.max(country.end, mention.end), offices });
    }
  }

  tables.phrasePattern.lastIndex = 0;
  for (const match of folded.matchAll(tables.phrasePattern)) {
    const start = match.index;
    const end = start + match[0].length;
    // Words inside a title or name belong to it: a knowledge base may one day list
    // "Party Chief" as a title, and then the title's own office decides.
    if (mentions.some((m) => m.known?.kind !== 'country' && m.start < end && start < m.end)) continue;
    if (introducesPerson(end)) continue;
    const kinds = tables.kindsByPhrase.get(match[0].replace(/[\s-]+/g, ' '));
    const country = countryBeside(text, folded, start, end, countries, index);
    if (!kinds || !country) continue;
    for (const kind of kinds) {
      const offices = tables.officesByKind.get(`${kind}\u0000${country.id}`);
      if (!offices) continue;
      spans.push({ start: Math.min(country.start, start), end: Math.max(country.end, end), offices: [...offices] });
      break;
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * The country a description or bare title belongs to: the country word just before it
 * ("Lao", "China's", "越南"), else the one just after it ("of Laos"). Nothing farther: in
 * "the Chinese delegation met the head of state" the head of state is not China's.
 */
function countryBeside(
  text: string,
  folded: string,
  start: number,
  end: number,
  countries: readonly Mention[],
  index: MentionIndex,
): { id: string; start: number; end: number } | undefined {
  let before: Mention | undefined;
  for (const country of countries) if (country.end <= start && (!before || country.end > before.end)) before = country;
  if (before && COUNTRY_BEFORE_GAP.test(folded.slice(before.end, start)))
    return { id: before.known!.id, start: before.start, end: before.end };
  const after = countries.find(
    (country) => country.start >= end && COUNTRY_AFTER_GAP.test(folded.slice(end, country.start)),
  );
  if (after) return { id: after.known!.id, start: after.start, end: after.end };
  return countryWordBefore(text, folded, start, index);
}

/**
 * A country word the mention finder did not report (it lost an overlap, say), read from
 * `countryByWord`: the one or two words just before the description. Only a capitalized word
 * counts, so that the pronoun "us" is not the United States.
 */
function countryWordBefore(
  text: string,
  folded: string,
  start: number,
  index: MentionIndex,
): { id: string; start: number; end: number } | undefined {
  const from = Math.max(0, start - 40);
  const match = /(?<![\p{L}.])((?:[\p{L}.]+ )?([\p{L}.]+))(?:'s?)? *$/du.exec(folded.slice(from, start));
  if (!match?.indices) return undefined;
  for (const group of [1, 2]) {
    const [wordStart, wordEnd] = match.indices[group]!;
    const id = index.countryByWord.get(match[group]!);
    const first = text[from + wordStart]!;
    if (id && first !== first.toLowerCase()) return { id, start: from + wordStart, end: from + wordEnd };
  }
  return undefined;
}

/** The kinds of office whose holder a text may call its country's "leader". */
const LEADER_KINDS: readonly RoleKind[] = ['head-of-state', 'head-of-government', 'party-leader'];

/**
 * The offices of a country whose holder is one of its leaders: its head of state, its head of
 * government and its party's leader, by the titles {@link ROLE_KIND_TITLES} gives those kinds.
 * A foreign minister's office is not among them.
 */
export function leaderOffices(country: string, index: MentionIndex): ReadonlySet<string> {
  const tables = tablesFor(index);
  return new Set(LEADER_KINDS.flatMap((kind) => tables.officesByKind.get(`${kind}\u0000${country}`) ?? []));
}

/** The offices of a kind in every country the knowledge base knows: every head of state's. */
export function officesOfKind(kind: RoleKind, index: MentionIndex): ReadonlySet<string> {
  const tables = tablesFor(index);
  const offices = new Set<string>();
  for (const [key, ids] of tables.officesByKind)
    if (key.startsWith(`${kind}\u0000`)) for (const id of ids) offices.add(id);
  return offices;
}

/** The people who held any of a span's offices on a date (at most {@link MAX_HOLDERS}). */
export function resolveRoles(spans: readonly RoleSpan[], date: string, index: MentionIndex): QueryRole[] {
  const tables = tablesFor(index);
  return spans.map((span) => {
    const holders: string[] = [];
    for (const office of span.offices) {
      for (const { personId, role } of tables.rolesByOffice.get(office) ?? []) {
        if (roleHeldOn(role, date) && !holders.includes(personId)) holders.push(personId);
      }
    }
    return { ...span, holders: holders.length <= MAX_HOLDERS ? holders : [] };
  });
}

/**
 * The date a query is about: a date written in it (read as a document's dateline is, see
 * {@link documentDate}), else `fallback`, else none. A year-less date ("March 3") counts only
 * with a fallback to take the year from.
 */
export function queryDate(text: string, fallback?: string): string | undefined {
  const reference = fallback && isIsoDate(fallback) ? fallback : undefined;
  const found = documentDate(text, { today: reference ?? NO_REFERENCE });
  if (found.source === 'front-matter' || found.source === 'dateline') {
    if (isIsoDate(found.date) && Number.parseInt(found.date, 10) >= EARLIEST_YEAR) return found.date;
  }
  return reference;
}
