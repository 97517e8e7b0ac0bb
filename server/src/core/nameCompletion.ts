import type { HouseStyle } from './checks/houseStyle.js';
import { CharKind, foldText, getCharKindTable } from './text/fold.js';
import { rolesAt, type KnowledgeBase, type OfficeEntity, type PersonEntity } from '../kb/knowledgeBase.js';
import { hasHanScript } from './text/scripts.js';

/**
 * Completion of people's names, alone or after a title, from what the writer has typed before
 * the cursor. The typed text may run over several words and include a title ("Lao Prime
 * Minister Sone", "Chinese Pre", "To L", "总书记习近"); a completion replaces all of it, so a
 * title the writer typed is completed, never written twice.
 */

/** One completion: replace `start`–`end` of the text with `text`. */
export interface NameCompletion {
  /** Offset where the replaced text begins: the first typed character the completion accounts for. */
  start: number;
  /** The cursor. */
  end: number;
  /** The text that replaces the typed text. */
  text: string;
  personId: string;
  /** The office whose title the completion writes, if any. */
  officeId?: string;
  /** `name`: the name alone; `title`: a title form before the name; `formal-title`: the office's full name before the name. */
  form: 'name' | 'title' | 'formal-title';
}

export interface NameCompletionOptions {
  /** The document's date: titles are offered for the offices held on it. */
  date: string;
  houseStyle: HouseStyle;
}

/** How far back from the cursor typed text is looked for: a long formal title and a name. */
const LONGEST_TYPED = 120;
/** How far before the typed text the context (country, title) is read. */
const CONTEXT_LENGTH = 80;

/** A text that a completion can write, folded for comparison with the typed text. */
interface Candidate {
  person: PersonEntity;
  office?: OfficeEntity;
  /** Position of the title among the office's title forms (the house short form first). */
  titleRank: number;
  text: string;
  folded: string;
  /** The name part, to pair with the office's formal name. */
  name: string;
  cjk: boolean;
  /**
   * How much must be typed before it is offered: a wrong title form ("Lao Premier") is
   * completed with the right one only once the writer has typed all of it.
   */
  typedAtLeast: number;
}

interface Match {
  candidate: Candidate;
  start: number;
  typedLength: number;
  exact: boolean;
}

/**
 * The completions at `offset`, best first: for each person the typed text can lead to, the
 * completion with the title form that continues the typed text (the house short form when
 * the writer has typed no title), then, when a title was written, the office's formal title.
 * Ranked by how much of the typed text a completion accounts for, then by the context before
 * it (a country or a title held by the person), then holders of an office on the date first.
 * Nothing is offered inside a word.
 */
export function completeNames(
  text: string,
  offset: number,
  kb: KnowledgeBase,
  options: NameCompletionOptions,
): NameCompletion[] {
  const kinds = getCharKindTable();
  const kindAt = (i: number) => (i >= 0 && i < text.length ? kinds[text.charCodeAt(i)]! : CharKind.Other);
  if (kindAt(offset - 1) === CharKind.Word && kindAt(offset) === CharKind.Word) return [];

  let lineStart = offset;
  while (
    lineStart > 0 &&
    offset - lineStart < LONGEST_TYPED &&
    text[lineStart - 1] !== '\n' &&
    text[lineStart - 1] !== '\r'
  )
    lineStart--;
  const starts: number[] = [];
  for (let p = lineStart; p < offset; p++) {
    const kind = kindAt(p);
    if (kind === CharKind.Other) continue;
    // A word starts here; in Chinese, any character may begin a name.
    if (kind === CharKind.Unspaced || kindAt(p - 1) !== CharKind.Word) starts.push(p);
  }
  // Nothing typed yet: after a space or punctuation, not inside a word or a run of Chinese.
  if (kindAt(offset - 1) === CharKind.Other) starts.push(offset);
  const writingChinese = hasHanScript(lastLetter(text, offset, lineStart));

  const candidates = candidatesOf(kb, options);
  const best = new Map<string, Match[]>();
  // Earliest start first: a person's best match is the one that accounts for the most typed text.
  for (const start of starts) {
    const typed = text.slice(start, offset);
    const folded = normalize(typed);
    const lower = typed.toLowerCase();
    // After a title, only a name: never a second title.
    const afterTitle = endsWithTitle(text.slice(lineStart, start), kb);
    for (const candidate of candidates) {
      if (!candidate.folded.startsWith(folded) || folded.length < candidate.typedAtLeast) continue;
      if (afterTitle && candidate.office) continue;
      const previous = best.get(candidate.person.id);
      if (previous && previous[0]!.start < start) continue;
      const match = {
        candidate,
        start,
        typedLength: offset - start,
        exact: candidate.text.toLowerCase().startsWith(lower),
      };
      if (previous) previous.push(match);
      else best.set(candidate.person.id, [match]);
    }
  }

  const contexts = new Map<number, Context>();
  const ranked: { match: Match; key: number[] }[] = [];
  for (const matches of best.values()) {
    for (const match of onePerOffice(matches)) {
      const { person } = match.candidate;
      const start = match.start;
      let before = contexts.get(start);
      if (!before) contexts.set(start, (before = contextBefore(text, start, lineStart, kb)));
      const heldOffices = rolesAt(person.entry, options.date).map((role) => role.office);
      const countryInContext = before.countries.has(person.entry.country) ? 1 : 0;
      const titleInContext = heldOffices.some((id) => before.offices.has(id)) ? 2 : 0;
      const holds = heldOffices.length > 0 ? 1 : 0;
      const otherScript = match.candidate.cjk !== writingChinese ? 1 : 0;
      ranked.push({
        match,
        key: [
          -match.typedLength,
          -(countryInContext + titleInContext),
          -holds,
          otherScript,
          match.exact ? 0 : 1,
          match.candidate.text.length - match.typedLength,
          match.candidate.titleRank,
        ],
      });
    }
  }
  ranked.sort((a, b) => compareKeys(a.key, b.key) || a.match.candidate.text.localeCompare(b.match.candidate.text));

  const completions: NameCompletion[] = [];
  const seen = new Set<string>();
  const add = (completion: NameCompletion) => {
    const key = `${completion.start}|${completion.text}`;
    if (seen.has(key)) return;
    seen.add(key);
    completions.push(completion);
  };
  for (const { match } of ranked) {
    const { candidate, start } = match;
    const form = candidate.office ? 'title' : 'name';
    add({
      start,
      end: offset,
      text: candidate.text,
      personId: candidate.person.id,
      officeId: candidate.office?.id,
      form,
    });
    const formal = candidate.office && formalTitle(candidate.office, candidate.cjk);
    if (formal && candidate.office) {
      const text = candidate.cjk ? `${formal}${candidate.name}` : `${formal} ${candidate.name}`;
      add({
        start,
        end: offset,
        text,
        personId: candidate.person.id,
        officeId: candidate.office.id,
        form: 'formal-title',
      });
    }
  }
  return completions;
}

/** The last letter before the cursor on its line, or nothing. */
function lastLetter(text: string, offset: number, lineStart: number): string {
  for (let i = offset - 1; i >= lineStart; i--) if (/\p{L}/u.test(text[i]!)) return text[i]!;
  return '';
}

/** For each office (and for the name alone), the match with the best title form: one the typed text continues exactly, then the house order. */
function onePerOffice(matches: Match[]): Match[] {
  const byOffice = new Map<string, Match>();
  for (const match of matches) {
    const key = `${match.candidate.office?.id ?? ''}|${match.candidate.cjk}`;
    const current = byOffice.get(key);
    if (!current || better(match, current)) byOffice.set(key, match);
  }
  return [...byOffice.values()];
}

function better(a: Match, b: Match): boolean {
  if (a.exact !== b.exact) return a.exact;
  if (a.candidate.titleRank !== b.candidate.titleRank) return a.candidate.titleRank < b.candidate.titleRank;
  return a.candidate.text.length < b.candidate.text.length;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** Folded, with runs of spaces made one, so "Prime  minister" continues "Prime Minister". */
function normalize(text: string): string {
  return foldText(text).replace(/ {2,}/g, ' ');
}

/** The office's full formal name in the script of the title written. */
function formalTitle(office: OfficeEntity, cjk: boolean): string | undefined {
  return cjk ? office.entry.names?.['zh-Hans'] : office.name;
}

const cache = new WeakMap<KnowledgeBase, Map<string, Candidate[]>>();

/** Every name, and every title form of an office held on the date followed by the name, of every person. */
function candidatesOf(kb: KnowledgeBase, options: NameCompletionOptions): Candidate[] {
  let byOptions = cache.get(kb);
  if (!byOptions) cache.set(kb, (byOptions = new Map<string, Candidate[]>()));
  const key = `${options.date}|${String(options.houseStyle.laoAdjective)}`;
  const cached = byOptions.get(key);
  if (cached) return cached;
  const candidates: Candidate[] = [];
  const push = (
    person: PersonEntity,
    office: OfficeEntity | undefined,
    titleRank: number,
    text: string,
    name: string,
    cjk: boolean,
    typed = text,
    typedAtLeast = 0,
  ) => candidates.push({ person, office, titleRank, text, folded: normalize(typed), name, cjk, typedAtLeast });
  for (const entity of kb.entities.values()) {
    if (entity.kind !== 'person') continue;
    const names = [entity.name, entity.entry.names?.vi].filter((n): n is string => !!n);
    const cjkNames = [entity.entry.names?.['zh-Hans'], entity.entry.names?.['zh-Hant']].filter((n): n is string => !!n);
    for (const name of new Set(names)) push(entity, undefined, 0, name, name, false);
    for (const name of new Set(cjkNames)) push(entity, undefined, 0, name, name, true);
    for (const role of rolesAt(entity.entry, options.date)) {
      const office = kb.entities.get(role.office);
      if (office?.kind !== 'office') continue;
      office.entry.titles.forEach((title, rank) => {
        if (options.houseStyle.laoAdjective === 'Lao' && /^Laotian\b/.test(title)) return;
        if (hasHanScript(title))
          for (const name of new Set(cjkNames)) push(entity, office, rank, `${title}${name}`, name, true);
        else for (const name of new Set(names)) push(entity, office, rank, `${title} ${name}`, name, false);
      });
      const titles = office.entry.titles.length;
      (office.entry.wrongForms ?? []).forEach((wrong, rank) => {
        const use = wrong.use ?? office.entry.titles[0];
        if (!use || hasHanScript(wrong.form)) return;
        for (const name of new Set(names))
          push(
            entity,
            office,
            titles + rank,
            `${use} ${name}`,
            name,
            false,
            `${wrong.form} ${name}`,
            wrong.form.length + 1,
          );
      });
    }
  }
  byOptions.set(key, candidates);
  if (byOptions.size > 16) byOptions.delete(byOptions.keys().next().value!);
  return candidates;
}

interface Context {
  countries: Set<string>;
  offices: Set<string>;
}

interface ContextForms {
  countries: [id: string, folded: string][];
  offices: [id: string, folded: string][];
  chineseTitles: string[];
  wrongTitles: string[];
}

const contextFormsCache = new WeakMap<KnowledgeBase, ContextForms>();

/** The folded forms that name a country (name, adjective, official name) or an office (its Latin titles). */
function contextFormsOf(kb: KnowledgeBase): ContextForms {
  let forms = contextFormsCache.get(kb);
  if (forms) return forms;
  forms = { countries: [], offices: [], chineseTitles: [], wrongTitles: [] };
  for (const entity of kb.entities.values()) {
    if (entity.kind === 'country') {
      const { adjective, adjectiveAliases, officialName, nameVariants } = entity.entry;
      for (const form of new Set([
        entity.name,
        adjective,
        ...(adjectiveAliases ?? []),
        officialName,
        ...(nameVariants ?? []),
      ])) {
        if (form) forms.countries.push([entity.id, normalize(form)]);
      }
    } else if (entity.kind === 'office') {
      for (const title of entity.entry.titles) {
        if (hasHanScript(title)) forms.chineseTitles.push(normalize(title));
        else forms.offices.push([entity.id, normalize(title)]);
      }
      for (const wrong of entity.entry.wrongForms ?? [])
        if (!hasHanScript(wrong.form)) forms.wrongTitles.push(normalize(wrong.form));
    }
  }
  contextFormsCache.set(kb, forms);
  return forms;
}

/** What the text just before `start` on its line says: the countries it names and the offices whose titles it contains. */
function contextBefore(text: string, start: number, lineStart: number, kb: KnowledgeBase): Context {
  const folded = normalize(text.slice(Math.max(lineStart, start - CONTEXT_LENGTH), start));
  const forms = contextFormsOf(kb);
  const found: Context = { countries: new Set(), offices: new Set() };
  for (const [id, form] of forms.countries) if (containsWord(folded, form)) found.countries.add(id);
  for (const [id, form] of forms.offices) if (containsWord(folded, form)) found.offices.add(id);
  return found;
}

/** Whether a text ends with a title form, right or wrong ("Prime Minister ", "Lao Premier", "总书记"). */
function endsWithTitle(before: string, kb: KnowledgeBase): boolean {
  const folded = normalize(before).trimEnd();
  if (folded.length === 0) return false;
  const forms = contextFormsOf(kb);
  const endsWithWord = (form: string) =>
    folded.endsWith(form) && !LETTER_OR_DIGIT.test(folded[folded.length - form.length - 1] ?? ' ');
  return (
    forms.offices.some(([, form]) => endsWithWord(form)) ||
    forms.wrongTitles.some(endsWithWord) ||
    forms.chineseTitles.some((form) => folded.endsWith(form))
  );
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function containsWord(haystack: string, needle: string): boolean {
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + needle.length] ?? ' ';
    if (!LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after)) return true;
  }
  return false;
}
