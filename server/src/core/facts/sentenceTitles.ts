import { holdersAt, type KnowledgeBase, type PersonEntity } from '../../kb/knowledgeBase.js';
import type { Mention } from '../mentions/mentionIndex.js';
import type { SentenceView } from './articleView.js';
import { personIdOf } from './personIds.js';
import { glueEnd, isInsideTitle } from './titleGlue.js';
import { officeOfTitle, officesNamed } from './titleOffice.js';

/** One title phrase attached to a person, with offsets into the article view text. */
export interface TitlePiece {
  person: Mention;
  /** The person's id for facts: a known person, or a newcomer resolved by a short form ("President Thongloun"). */
  personId: string;
  /** The title as printed, spaces collapsed. */
  title: string;
  officeId?: string;
  position: 'before' | 'after';
  start: number;
  end: number;
}

/** What the title reader learns from one sentence. */
export interface SentenceTitles {
  pieces: TitlePiece[];
  /**
   * Each person mention with the span its titles add ("General Secretary ... and Lao
   * President Thongloun Sisoulith, ..."), so that the words before and after the whole phrase
   * can be read ("on behalf of", "'s").
   */
  personExtent: Map<Mention, { start: number; end: number }>;
  /** Spans of all title phrases: parties named inside them are not participants. */
  titleSpans: { start: number; end: number }[];
}

/**
 * "Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith": Vietnamese stacks one person's titles
 * with a comma. Only between two titles printed in Vietnamese: in English a comma before a
 * title ends the phrase ("To Lam, President Luong Cuong" names two people).
 */
const STACKING_COMMA = /^\s*,\s*$/u;
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

function stackedInVietnamese(text: string, title: Mention, next: Mention, cursor: number): boolean {
  return (
    STACKING_COMMA.test(text.slice(title.end, cursor)) &&
    VIETNAMESE_LETTERS.test(title.text) &&
    VIETNAMESE_LETTERS.test(next.text)
  );
}

const TRAILING_SEPARATORS = /(?:[\s,、，(（]|\band\b|\bthe\b|\bof\b|\b[Cc]omrade\b|同志|和|及)+$/u;

function isPerson(m: Mention): boolean {
  return !m.nested && m.entity.type === 'person';
}

function isTitle(m: Mention): boolean {
  return !m.nested && (m.known?.kind === 'office' || m.entity.type === 'title');
}

/**
 * "the Crown Prince and Prime Minister Imran Khan held talks": a title joined by "and" to the one
 * before a name, naming offices the person never held and someone else held on the date, is that
 * other person's, named by the title alone, not a second title of the person named.
 */
function anotherHoldersTitle(
  text: string,
  title: Mention,
  next: Mention,
  person: PersonEntity | undefined,
  kb: KnowledgeBase,
  date: string | undefined,
): boolean {
  if (!person || !date || !/(?:^|\s)and\s/.test(text.slice(title.end, next.start))) return false;
  const offices = title.known?.kind === 'office' ? [title.known] : officesNamed(kb, title.alias?.text ?? title.text);
  if (offices.length === 0) return false;
  const roles = person.entry.roles ?? [];
  if (offices.some((office) => roles.some((role) => role.office === office.id))) return false;
  return offices.some((office) => holdersAt(kb, office.id, date).some((holder) => holder.id !== person.id));
}

/**
 * Reads the titles printed beside each person in a sentence: before the name ("General
 * Secretary of the ... Central Committee and Lao President Thongloun Sisoulith",
 * "老挝人民革命党中央总书记、国家主席通伦") and after it, set off by a comma in English
 * ("Xi Jinping, general secretary of the CPC Central Committee and Chinese president,") or
 * directly in Chinese ("习近平总书记、国家主席"). Titles before a name are read first and
 * claimed, so that "To Lam, President Luong Cuong" gives "President" to Luong Cuong.
 */
export function readSentenceTitles(
  text: string,
  sentence: SentenceView,
  kb: KnowledgeBase,
  date: string | undefined,
): SentenceTitles {
  const people = (m: Mention) => {
    const id = personIdOf(m, kb);
    const entity = kb.entities.get(id);
    return entity?.kind === 'person' ? entity : undefined;
  };
  const ms = sentence.mentions;
  const claimed = new Set<Mention>();
  const pieces: TitlePiece[] = [];
  const personExtent = new Map<Mention, { start: number; end: number }>();

  for (let i = 0; i < ms.length; i++) {
    const person = ms[i]!;
    if (!isPerson(person)) continue;
    const chain: Mention[] = [];
    let cursor = person.start;
    for (let j = i - 1; j >= 0; j--) {
      const m = ms[j]!;
      if (isTitle(m) && !claimed.has(m)) {
        const next = chain[0];
        if (
          glueEnd(text, m.end, cursor, ms, { commas: false }) !== cursor &&
          !(next && stackedInVietnamese(text, m, next, cursor))
        )
          break;
        if (next && anotherHoldersTitle(text, m, next, people(person), kb, date)) break;
        chain.unshift(m);
        cursor = m.start;
      } else if (!isInsideTitle(m)) {
        break;
      }
    }
    for (const m of chain) claimed.add(m);
    const before = split(text, chain, person.start, { person, entity: people(person) }, 'before', ms, kb, date);
    pieces.push(...withStackedCountry(before, ms, kb));
    personExtent.set(person, { start: cursor, end: person.end });
  }

  for (let i = 0; i < ms.length; i++) {
    const person = ms[i]!;
    if (!isPerson(person)) continue;
    const chain: Mention[] = [];
    let k = i + 1;
    while (k < ms.length && ms[k]!.nested) k++;
    const first = ms[k];
    if (!first || !isTitle(first) || claimed.has(first)) continue;
    const lead = text.slice(person.end, first.start);
    if (!(sentence.chinese ? /^[\s,，]*$/u.test(lead) : /^\s*,\s*$/.test(lead))) continue;
    chain.push(first);
    for (k++; k < ms.length; k++) {
      const m = ms[k]!;
      if (isInsideTitle(m) && !isTitle(m)) continue;
      if (!isTitle(m) || claimed.has(m)) break;
      const previous = chain[chain.length - 1]!;
      if (glueEnd(text, previous.end, m.start, ms, { commas: false }) !== m.start) break;
      chain.push(m);
    }
    const last = chain[chain.length - 1]!;
    let end = glueEnd(text, last.end, sentence.end, ms, { commas: false });
    end = last.end + text.slice(last.end, end).replace(TRAILING_SEPARATORS, '').length;
    for (const m of chain) claimed.add(m);
    pieces.push(...split(text, chain, end, { person, entity: people(person) }, 'after', ms, kb, date));
    const extent = personExtent.get(person)!;
    extent.end = end;
  }

  return { pieces, personExtent, titleSpans: pieces.map((p) => ({ start: p.start, end: p.end })) };
}

/**
 * "Tổng Bí thư, Chủ tịch nước Lào": the country printed after the last of a person's titles is
 * every title's. A title the knowledge base gives another country's office ("Tổng Bí thư" and
 * "Chủ tịch nước" are Vietnam's in Vietnamese) is not read as that office for this person.
 */
function withStackedCountry(pieces: TitlePiece[], mentions: readonly Mention[], kb: KnowledgeBase): TitlePiece[] {
  const last = pieces[pieces.length - 1];
  if (!last) return pieces;
  const country = mentions.find((m) => m.start >= last.start && m.end <= last.end && m.known?.kind === 'country');
  if (!country) return pieces;
  return pieces.map((piece) => {
    if (!piece.officeId) return piece;
    const office = kb.entities.get(piece.officeId);
    if (office?.kind !== 'office' || office.entry.country === country.known!.id) return piece;
    const { officeId: _elsewhere, ...rest } = piece;
    return rest;
  });
}

/** Cuts a chain of titles into one piece per title ("... Central Committee" | "Lao President"). */
function split(
  text: string,
  chain: readonly Mention[],
  chainEnd: number,
  { person, entity }: { person: Mention; entity: PersonEntity | undefined },
  position: 'before' | 'after',
  mentions: readonly Mention[],
  kb: KnowledgeBase,
  date: string | undefined,
): TitlePiece[] {
  const out: TitlePiece[] = [];
  for (let c = 0; c < chain.length; c++) {
    const start = chain[c]!.start;
    const limit = c + 1 < chain.length ? chain[c + 1]!.start : chainEnd;
    const raw = text.slice(start, limit).replace(TRAILING_SEPARATORS, '');
    if (!raw) continue;
    const end = start + raw.length;
    const inside = mentions.filter((m) => m.start >= start && m.end <= end);
    out.push({
      person,
      personId: entity?.id ?? person.entity.id,
      title: raw.replace(/\s+/g, ' ').trim(),
      officeId: officeOfTitle(kb, inside, entity, date),
      position,
      start,
      end,
    });
  }
  return out;
}
