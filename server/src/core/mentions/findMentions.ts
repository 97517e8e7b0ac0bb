import type { Entity, PersonEntity } from '../../kb/knowledgeBase.js';
import { LruCache } from '../text/lruCache.js';
import { RangeSet } from '../text/rangeSet.js';
import type { Alias } from './aliases.js';
import { refOf, type Mention, type MentionIndex } from './mentionIndex.js';
import {
  findChineseHomophones,
  findChineseNearMisses,
  findNearMisses,
  type NearMissSpan,
  type TitleBefore,
} from './nearMissMentions.js';
import { findTitledNewcomers } from './titledNewcomers.js';
import { findTransliterations } from './transliterations.js';
import { HAN, hasHanScript } from '../text/scripts.js';

interface Candidate {
  start: number;
  end: number;
  aliases: readonly Alias[];
}

export interface FindMentionsOptions {
  /**
   * The text is a draft analysed again after each edit: the typos and transliterations of each
   * line are kept, by the line and the names recognized on it, and an edit looks again only at
   * the lines it changed. Off for text read once (corpus articles, queries).
   */
  reuseLines?: boolean;
}

/**
 * Finds every mention of a known entity in a text, in document order, without overlaps
 * (the longest match wins: "Lao President" over "Lao"). Second-mention forms ("Xi",
 * "Thongloun", "Li") count only after the full name appeared, and resolve to the person
 * named most recently. Titles resolve to the office of the person they precede. People the
 * knowledge base does not know are recognized when a title introduces them ("Cambodian Prime
 * Minister Hun Manet") and found again wherever their full name recurs.
 */
export function findMentions(text: string, index: MentionIndex, options: FindMentionsOptions = {}): Mention[] {
  const raw = collectCandidates(text, index);
  const chosen = withNearMisses(text, chooseLongestNonOverlapping(raw), index, options.reuseLines === true);
  const mentions = resolve(text, chosen, index);
  const nested = nestedInTitles(text, mentions, raw, index);
  return mergeSorted(mentions, [...findTitledNewcomers(text, mentions, index), ...nested]);
}

function collectCandidates(text: string, index: MentionIndex): Candidate[] {
  const found: Candidate[] = [];
  index.automaton.scan(text, (pattern, start, end) => {
    const all = index.candidates[pattern]!;
    // Most patterns have no case-sensitive alias: their list is shared rather than copied per match.
    const aliases = all.some((alias) => alias.caseSensitive)
      ? all.filter((alias) => !alias.caseSensitive || sameCasePattern(text, start, alias.text))
      : all;
    if (aliases.length > 0) found.push({ start, end, aliases });
  });
  return found;
}

/** True when each letter of the text at `start` is upper case exactly where the alias's is. */
function sameCasePattern(text: string, start: number, alias: string): boolean {
  for (let i = 0; i < alias.length; i++) {
    const a = alias[i]!;
    const t = text[start + i]!;
    const aUpper = a !== a.toLowerCase();
    const tUpper = t !== t.toLowerCase();
    if (aUpper !== tUpper) return false;
  }
  return true;
}

function chooseLongestNonOverlapping(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Candidate[] = [];
  let covered = 0;
  // Among overlapping candidates, prefer the longer one even if it starts later
  // ("the Communist Party of China" over a shorter match ending inside it).
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.start < covered) continue;
    let best = c;
    let bestAt = i;
    for (let j = i + 1; j < candidates.length && candidates[j]!.start < best.end; j++) {
      const other = candidates[j]!;
      if (other.end - other.start > best.end - best.start) {
        best = other;
        bestAt = j;
      }
    }
    if (best !== c) {
      // Skip to the longer candidate; the shorter one overlapping it is dropped.
      i = bestAt - 1;
      continue;
    }
    chosen.push(c);
    covered = c.end;
  }
  return chosen;
}

/** Adds transliterations and typos of known names as candidates, replacing the short forms they contain ("Xi" in "Xi Jinpin"). */
function withNearMisses(text: string, chosen: Candidate[], index: MentionIndex, reuseLines: boolean): Candidate[] {
  const found = reuseLines ? nearMissesByLine(text, chosen, index) : nearMissesIn(text, chosen, index);
  const spans = [...found.transliterated, ...found.typos, ...found.chinese];
  if (spans.length === 0) return chosen;
  const replaced = new RangeSet(spans);
  const kept = chosen.filter((c) => !replaced.overlaps(c.start, c.end));
  return [...kept, ...spans.map((s) => ({ start: s.start, end: s.end, aliases: [s.alias] }))].sort(
    (a, b) => a.start - b.start,
  );
}

/** The near misses of a text: transliterations, typos of Latin-script names, Chinese renderings with a wrong character. */
interface NearMisses {
  transliterated: NearMissSpan[];
  typos: NearMissSpan[];
  chinese: NearMissSpan[];
}

/**
 * The near misses in a text, given the candidates recognized in it. Candidates may reach
 * outside the text (a name broken across the line break before it): only the part inside
 * covers anything.
 */
function nearMissesIn(text: string, chosen: readonly Candidate[], index: MentionIndex): NearMisses {
  const covered = new Uint8Array(text.length);
  // A transliteration may contain a listed wrong form of part of the name ("Tonglun" in
  // "Tonglun Xi Su Li"): the whole is the person, and replaces it.
  const coveredRight = new Uint8Array(text.length);
  for (const c of chosen) {
    const start = Math.max(0, c.start);
    const end = Math.min(text.length, c.end);
    if (start >= end) continue;
    if (c.aliases.some((a) => a.form !== 'short' && a.form !== 'misusedShort')) covered.fill(1, start, end);
    if (c.aliases.some((a) => a.form !== 'short' && a.form !== 'misusedShort' && a.form !== 'wrong'))
      coveredRight.fill(1, start, end);
  }
  // A transliteration is the person under another system; only what is left can be a typo.
  // A form the knowledge base lists as wrong keeps its entry, and so the entry's reason ("Su Lin": 苏林 read back in pinyin).
  const listed = new Map<number, Candidate>();
  for (const c of chosen) if (c.aliases.some((a) => a.form === 'wrong')) listed.set(c.start, c);
  const transliterated = findTransliterations(text, coveredRight, index.kb).filter(
    (span) => !listedWrongForm(listed.get(span.start), span),
  );
  for (const span of transliterated) covered.fill(1, span.start, span.end);
  return {
    transliterated,
    typos: findNearMisses(text, covered, index.kb, titleBefore(text, chosen, index)),
    chinese: [
      ...findChineseNearMisses(text, index.kb),
      ...findChineseHomophones(text, titlesBeforeHan(text, chosen, index), index.kb),
    ],
  };
}

/** Lines' near misses kept per knowledge base, by the line and the candidates on it (an edit changes a few lines). */
const CACHED_LINE_CHARACTERS = 4_000_000;
const nearMissesByIndex = new WeakMap<MentionIndex, LruCache<string, NearMisses>>();

/**
 * `nearMissesIn` line by line, each line's found again when the line and the candidates on it
 * are unchanged. Exact, not an approximation: no near miss reaches across a line break (its
 * words are one space apart, a Chinese name is Han characters around a dot, a title before a
 * typo is spaces away), so a line's near misses depend only on its text and what the
 * candidates on it cover, list as wrong or title — the key holds both. Found in line order and
 * then put in the order the whole text would give (each kind in text order).
 */
function nearMissesByLine(text: string, chosen: readonly Candidate[], index: MentionIndex): NearMisses {
  let cache = nearMissesByIndex.get(index);
  if (!cache) {
    cache = new LruCache(CACHED_LINE_CHARACTERS, (key) => key.length);
    nearMissesByIndex.set(index, cache);
  }
  const all: NearMisses = { transliterated: [], typos: [], chinese: [] };
  let first = 0;
  for (let lineStart = 0; lineStart <= text.length;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    // `chosen` does not overlap and is sorted by start, so its ends are sorted too.
    while (first < chosen.length && chosen[first]!.end < lineStart) first++;
    const onLine: Candidate[] = [];
    let key = text.slice(lineStart, lineEnd);
    for (let i = first; i < chosen.length && chosen[i]!.start < lineEnd; i++) {
      const c = chosen[i]!;
      const relative = { start: c.start - lineStart, end: c.end - lineStart, aliases: c.aliases };
      onLine.push(relative);
      key += `\u0000${relative.start},${relative.end}`;
      for (const alias of c.aliases) key += `,${alias.form}:${alias.entityId}`;
    }
    const line = text.slice(lineStart, lineEnd);
    const found = cache.get(key, () => nearMissesIn(line, onLine, index));
    const moved = (span: NearMissSpan): NearMissSpan => ({
      ...span,
      start: span.start + lineStart,
      end: span.end + lineStart,
    });
    for (const span of found.transliterated) all.transliterated.push(moved(span));
    for (const span of found.typos) all.typos.push(moved(span));
    for (const span of found.chinese) all.chinese.push(moved(span));
    lineStart = lineEnd + 1;
  }
  return all;
}

/** Titles followed directly by a Han character (越南总理范明政), with the offices they may name. */
function titlesBeforeHan(
  text: string,
  chosen: readonly Candidate[],
  index: MentionIndex,
): { end: number; offices: string[] }[] {
  const titles: { end: number; offices: string[] }[] = [];
  for (const c of chosen) {
    if (c.end < 0 || c.end >= text.length || !HAN_AT.test(text[c.end]!)) continue;
    const offices = c.aliases
      .filter((a) => a.form === 'title' && index.kb.entities.get(a.entityId)?.kind === 'office')
      .map((a) => a.entityId);
    if (offices.length > 0) titles.push({ end: c.end, offices });
  }
  return titles;
}

const HAN_AT = new RegExp(`^[${HAN}]$`);

/** The offices named by a title written right before an offset, spaces apart ("Premier Li Jiang"). */
function titleBefore(text: string, chosen: readonly Candidate[], index: MentionIndex): TitleBefore {
  let byEnd: Map<number, Candidate> | undefined;
  return (start) => {
    if (!byEnd) {
      byEnd = new Map();
      for (const c of chosen) if (c.aliases.some((a) => a.form === 'title' || a.form === 'wrong')) byEnd.set(c.end, c);
    }
    let end = start;
    while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
    const title = byEnd.get(end);
    return title?.aliases.filter((a) => index.kb.entities.get(a.entityId)?.kind === 'office').map((a) => a.entityId);
  };
}

/** Whether a candidate is a listed wrong form of the same entity over exactly the span. */
function listedWrongForm(candidate: Candidate | undefined, span: NearMissSpan): boolean {
  return (
    candidate !== undefined &&
    candidate.end === span.end &&
    candidate.aliases.some((a) => a.form === 'wrong' && a.entityId === span.alias.entityId)
  );
}

function resolve(text: string, chosen: Candidate[], index: MentionIndex): Mention[] {
  const mentions: Mention[] = [];
  /** Entity id → offset of its latest full mention. */
  const introduced = new Map<string, number>();
  const pendingTitles: { mentionIndex: number; aliases: readonly Alias[] }[] = [];
  // The latest title before the candidate: a short form between ("President Kim Yudhoyono", "Kim"
  // being a known person's) is one of the name's unlisted words, not the end of the title.
  let lastTitle: Candidate | undefined;
  for (const candidate of chosen) {
    const title = lastTitle;
    if (candidate.aliases.some((a) => a.form === 'title' || a.form === 'wrong')) lastTitle = candidate;
    const titled = namedUnderItsTitle(text, title, candidate, index);
    if (titled) {
      introduced.set(titled.entity.id, titled.start);
      mentions.push(titled);
      continue;
    }
    const alias = pickAlias(candidate, introduced);
    if (!alias) {
      const named = namedWithDerivedForms(text, candidate, mentions[mentions.length - 1]?.end ?? 0, index);
      if (named) {
        introduced.set(named.entity.id, named.start);
        mentions.push(named);
      }
      continue;
    }
    const entity = index.kb.entities.get(alias.entityId);
    if (!entity) continue;
    if (alias.form !== 'short' && alias.form !== 'misusedShort') introduced.set(entity.id, candidate.start);
    const mention: Mention = {
      start: candidate.start,
      end: candidate.end,
      text: text.slice(candidate.start, candidate.end),
      entity: refOf(entity),
      known: entity,
      alias,
    };
    if (needsResolution(alias, candidate.aliases, index))
      pendingTitles.push({ mentionIndex: mentions.length, aliases: candidate.aliases });
    mentions.push(mention);
  }
  for (const pending of pendingTitles) resolveTitle(text, mentions, pending.mentionIndex, pending.aliases, index);
  return mentions;
}

/** The capitalized words right before an offset, each one space from the next: "Ukhnaagiin " before "Khurelsukh". */
const WORDS_BEFORE = /(?:\p{Lu}[\p{Ll}\p{M}]+ )+$/u;
/** How far before a second-mention form the other words of the name are looked for. */
const DERIVED_FORMS_REACH = 60;
/** How much longer than the name it comes from a patronymic or clan form may be ("-giin", "-ovich"). */
const DERIVED_ENDING = /^\p{Ll}{1,5}$/u;

/**
 * A person's second-mention form introduced by the other words of the name in a form of their
 * own: a Mongolian patronymic in the genitive before the given name ("Ukhnaagiin Khurelsukh" for
 * Ukhnaa Khurelsukh), a Russian one between the names ("Vladimir Vladimirovich Putin"). Each word
 * before the short form is one of the person's other name words, or one of them with a
 * lower-case ending (at most five letters), at least one such a form; the whole is a full
 * mention of the person. A word that is no form of the name ("Kim Modi", "Jill Biden") makes it
 * none: a given name the knowledge base does not list is not read as the person's.
 */
function namedWithDerivedForms(
  text: string,
  candidate: Candidate,
  earliest: number,
  index: MentionIndex,
): Mention | undefined {
  const before = WORDS_BEFORE.exec(
    text.slice(Math.max(earliest, candidate.start - DERIVED_FORMS_REACH), candidate.start),
  );
  if (!before) return undefined;
  const words = before[0].trim().split(' ');
  for (const alias of candidate.aliases) {
    if (alias.form !== 'short' || /\s/u.test(alias.text)) continue;
    const entity = index.kb.entities.get(alias.entityId);
    if (entity?.kind !== 'person') continue;
    const others = entity.entry.name.split(/\s+/u).filter((word) => word !== alias.text);
    // The longest run of words before the short form that are all forms of the other name words.
    let first = words.length;
    let derived = false;
    while (first > 0) {
      const word = words[first - 1]!;
      const from = others.find((other) => other.length >= 3 && word.startsWith(other));
      if (!from || (from !== word && !DERIVED_ENDING.test(word.slice(from.length)))) break;
      if (from !== word) derived = true;
      first--;
    }
    if (!derived) continue;
    return fullMentionFrom(text, candidate.start - words.slice(first).join(' ').length - 1, candidate, entity);
  }
  return undefined;
}

/**
 * A full mention of a known person whose span starts before the form the knowledge base lists
 * (`candidate`) with words it does not: the span as printed is the mention's own alias.
 */
function fullMentionFrom(text: string, start: number, candidate: Candidate, entity: PersonEntity): Mention {
  const spanText = text.slice(start, candidate.end);
  return {
    start,
    end: candidate.end,
    text: spanText,
    entity: refOf(entity),
    known: entity,
    alias: { text: spanText, entityId: entity.id, form: 'alias', caseSensitive: true },
  };
}

/**
 * Words between a title and a known name that the knowledge base does not list: a given name
 * ("Susilo Bambang" before "Yudhoyono"), an honorific ("U", "Daw", "Haji"); one to three
 * capitalized words, one space apart.
 */
const UNLISTED_WORDS = /^\s+((?:\p{Lu}[\p{Ll}\p{M}'’-]*\s){1,3})$/u;
/** Capitalized words that follow a title without being a name's ("President Said Yudhoyono ..."). */
const NOT_NAME_WORDS = new Set(['The', 'And', 'Of', 'On', 'In', 'At', 'For', 'To', 'With', 'Said', 'Says', 'Will']);

/**
 * A known person after a title of an office they held and words the knowledge base does not
 * list ("President Susilo Bambang Yudhoyono" where only "Yudhoyono" were known, "President U
 * Thein Sein", "Sultan Haji Hassanal Bolkiah"): the words are the person's unlisted given names
 * or honorifics, and the whole is a full mention of the person, which the title then names.
 * Without such a title ("Kim Modi", "First Lady Jill Biden"), or in a headline, where any word is
 * capitalized ("President Welcomes Yudhoyono"), they make no one.
 */
function namedUnderItsTitle(
  text: string,
  title: Candidate | undefined,
  candidate: Candidate,
  index: MentionIndex,
): Mention | undefined {
  if (!title || title.end >= candidate.start || candidate.start - title.end > 40) return undefined;
  const between = UNLISTED_WORDS.exec(text.slice(title.end, candidate.start));
  if (!between) return undefined;
  const words = between[1]!.trim().split(/\s+/u);
  if (words.some((word) => NOT_NAME_WORDS.has(word)) || standsAlone(text, words.join(' '))) return undefined;
  const titleOffices = new Set(title.aliases.filter((a) => a.form === 'title').map((a) => a.entityId));
  if (titleOffices.size === 0) return undefined;
  for (const alias of candidate.aliases) {
    const entity = index.kb.entities.get(alias.entityId);
    if (entity?.kind !== 'person' || alias.form === 'wrong') continue;
    if (!(entity.entry.roles ?? []).some((role) => titleOffices.has(role.office))) continue;
    if (headline(text, candidate.start)) return undefined;
    return fullMentionFrom(text, candidate.start - between[1]!.length, candidate, entity);
  }
  return undefined;
}

/**
 * Whether the text uses the words elsewhere with no name after them ("The Senior General is on a
 * visit"): a rank or a title of their own, not a given name or an honorific, which a name always
 * follows ("U Win Myint", "U Thein Sein").
 */
const STANDING_ALONE = /^(?:\s+\p{Ll}|[,;:!?)]|\.(?:\s|$)|$)/u;

function standsAlone(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (at > 0 && /\p{L}/u.test(text.charAt(at - 1))) continue;
    if (STANDING_ALONE.test(text.slice(at + words.length, at + words.length + 3))) return true;
  }
  return false;
}

/** The short words a title-case headline leaves in lower case. */
const HEADLINE_LOWER = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'vs']);

/** Whether the line holding `at` reads as a headline: every word capitalized but a headline's short ones. */
function headline(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const lineEnd = text.indexOf('\n', at);
  const words = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).match(/\p{L}+/gu) ?? [];
  return words.length >= 3 && words.every((word) => /^\p{Lu}/u.test(word) || HEADLINE_LOWER.has(word));
}

/** Picks the alias a candidate stands for; short forms need an earlier full mention. */
function pickAlias(candidate: Candidate, introduced: Map<string, number>): Alias | undefined {
  const full = candidate.aliases.filter((alias) => alias.form !== 'short' && alias.form !== 'misusedShort');
  // A form that is right for one entity and wrong for another ("Premier": China's, not
  // Laos's) is taken as right until the context says otherwise.
  if (full.length > 0) return full.find((alias) => alias.form !== 'wrong') ?? full[0];
  let best: Alias | undefined;
  let bestAt = -1;
  for (const alias of candidate.aliases) {
    const at = introduced.get(alias.entityId);
    if (at !== undefined && at > bestAt) {
      best = alias;
      bestAt = at;
    }
  }
  return best;
}

/**
 * Whether the office a title names depends on whom it introduces: a title several offices share
 * (right for some, maybe wrong for others: "State Chairman", "Premier"), or a generated form
 * (titleForms.ts), which names its office only for the office's holder.
 */
function needsResolution(alias: Alias, aliases: readonly Alias[], index: MentionIndex): boolean {
  if (alias.titleVariant) return true;
  if (aliases.length < 2) return false;
  return alias.form === 'title' || (alias.form === 'wrong' && index.kb.entities.get(alias.entityId)?.kind === 'office');
}

function generatedWrong(alias: Alias | undefined): boolean {
  return alias?.form === 'wrong' && alias.titleVariant === 'system';
}

const TITLE_GAP = /^[\s,]*$/;

/**
 * A title shared by several offices ("President", "Prime Minister") takes the office of the
 * person it introduces; if that person held none of them, the office of that person's
 * country; otherwise it stays a generic title tied to no office.
 */
function resolveTitle(
  text: string,
  mentions: Mention[],
  at: number,
  aliases: readonly Alias[],
  index: MentionIndex,
): void {
  const title = mentions[at]!;
  const next = mentions[at + 1];
  const previous = mentions[at - 1];
  // The person after the title; in Chinese, where the title may follow the name ("习近平总书记"),
  // the person right before it when none follows.
  const after =
    next?.known?.kind === 'person' && TITLE_GAP.test(text.slice(title.end, next.start)) ? next.known.entry : undefined;
  const before =
    !after && hasHanScript(title.text) && previous?.known?.kind === 'person' && previous.end === title.start
      ? previous.known.entry
      : undefined;
  const person = after ?? before;
  const offices = aliases
    .map((alias) => index.kb.entities.get(alias.entityId))
    .filter((e): e is Entity => e?.kind === 'office');
  const isHeld = (office: Entity) => (person?.roles ?? []).some((role) => role.office === office.id);
  // An office the title is right for before one it is wrong for ("Chairman Xi": the Military Commission's).
  const aliasOf = (office: Entity) => aliases.find((alias) => alias.entityId === office.id);
  const held =
    person && (offices.find((office) => isHeld(office) && aliasOf(office)?.form !== 'wrong') ?? offices.find(isHeld));
  // A generated form names an office for its holder only: "Party Secretary" of a province is no General Secretary.
  const sameCountry =
    person &&
    offices.find(
      (office) =>
        office.kind === 'office' && office.entry.country === person.country && !generatedWrong(aliasOf(office)),
    );
  const office = held ?? sameCountry;
  if (!office && title.alias?.form === 'wrong' && title.alias.titleVariant !== 'system') return;
  if (!office) {
    // Not enough context to say whose title it is: a generic title, tied to no office.
    const generic = title.alias?.text ?? title.text;
    mentions[at] = {
      start: title.start,
      end: title.end,
      text: title.text,
      entity: { id: `title:${generic.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, name: generic, type: 'title' },
    };
    return;
  }
  title.known = office;
  title.entity = refOf(office);
  title.alias = aliases.find((alias) => alias.entityId === office.id) ?? title.alias;
}

/**
 * Parties, organizations and countries named inside a title ("General Secretary of the Lao
 * People's Revolutionary Party Central Committee" names the LPRP), as nested mentions.
 */
function nestedInTitles(text: string, mentions: Mention[], raw: Candidate[], index: MentionIndex): Mention[] {
  const nested: Mention[] = [];
  for (const title of mentions) {
    if (title.entity.type !== 'title') continue;
    let reached = title.start;
    // `raw` is sorted by start: begin at the first candidate inside the title.
    let low = 0;
    for (let high = raw.length; low < high;) {
      const mid = (low + high) >> 1;
      if (raw[mid]!.start < title.start) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < raw.length && raw[i]!.start < title.end; i++) {
      const candidate = raw[i]!;
      if (
        candidate.start < reached ||
        candidate.end > title.end ||
        (candidate.start === title.start && candidate.end === title.end)
      )
        continue;
      const alias = candidate.aliases.find(
        (a) => a.form === 'name' || a.form === 'alias' || a.form === 'acronym' || a.form === 'native',
      );
      const entity = alias && index.kb.entities.get(alias.entityId);
      if (!entity || (entity.kind !== 'organization' && entity.kind !== 'country')) continue;
      nested.push({
        start: candidate.start,
        end: candidate.end,
        text: text.slice(candidate.start, candidate.end),
        entity: refOf(entity),
        known: entity,
        alias,
        nested: true,
      });
      reached = candidate.end;
    }
  }
  return nested;
}

function mergeSorted(a: Mention[], b: Mention[]): Mention[] {
  if (b.length === 0) return a;
  return [...a, ...b].sort((x, y) => x.start - y.start);
}
