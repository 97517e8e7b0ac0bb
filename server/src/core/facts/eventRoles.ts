import { findVenues } from './venues.js';
import { roleHeldOn, type KnowledgeBase } from '../../kb/knowledgeBase.js';
import { refOf, type Mention, type MentionIndex } from '../mentions/mentionIndex.js';
import { findRoleSpans, leaderOffices, officesOfKind, resolveRoles } from '../passages/queryRoles.js';
import type { ArticleView, SentenceView } from './articleView.js';
import { FRENCH_COUNTRY_ADJECTIVE, FRENCH_NAME_NEXT, frenchRoleOffice, frenchRolesIn } from './frenchForms.js';
import { PAST_TITLE } from './pastTitles.js';
import { vietnameseAmbassadorOffice, vietnameseAmbassadorsIn } from './vietnameseForms.js';
import { personIdOf } from './personIds.js';
import type { SentenceTitles } from './sentenceTitles.js';
import { officesNamed } from './titleOffice.js';

/** Words of the role descriptions `findRoleSpans` reads ("top leader", "party chief", "国家元首"). */
const ROLE_WORDS =
  /\b(?:leader|guest|visitor|head|chief|chef|boss|legislator|speaker|advis[eo]r|diplomat|counterparts?|ambassador|envoy|ministre)\b|领导人|元首|首脑|外长|防长/i;

/**
 * "hosted a reception for the ambassador": an ambassador left unnamed is the one person the
 * article named before who was an ambassador on its day. "The ambassador to France" names a
 * post, not that person.
 */
// Case-sensitive: under the `i` flag \p{Lu} would match any letter.
const THE_AMBASSADOR = /\b[Tt]he\s+(?:[Aa]mbassador|[Ee]nvoy)\b(?!\s+(?:to|of|in)\b|\s+\p{Lu})/gu;

/** After a country's adjective, these make "the Vietnamese leader": someone the article named before. */
// "the Vietnamese Government leader", "the Lao Party leader": the body led says which leader, not who.
const NATIONAL_REFERENCE = /^\s+(?:(?:government|party|state)\s+)?(?:leader|guest|visitor)\b/i;
/**
 * "Thongloun and his Vietnamese counterpart held talks": a counterpart left unnamed (no name
 * follows) is, like "the Vietnamese leader", the one person of that country named before.
 */
const UNNAMED_COUNTERPART = /^\s+counterparts?\b(?!,?\s+(?:\p{Lu}|[\u4e00-\u9fff]))/u;

/**
 * After a French office, neither a name ("le Premier ministre Narendra Modi") nor what reads as
 * a country's adjective ("le Premier ministre britannique"): the office stands alone.
 */
const FRENCH_NOTHING_NEXT = String.raw`(?!\s*,?\s*\p{Lu})(?!\s+\p{Ll}+(?:ien|ienne|ais|aise|ois|oise|ique|ain|aine|and|ande|ol|ole|an|ane)s?(?!\p{L}))`;

/**
 * "In the evening, the Head of State hosted an official dinner": a head of state or of government
 * named by that description alone, with no country beside it, as an outlet writes of its own
 * country's leader; so do "le chef de l'État" and "le Premier ministre" in French. "The head of state of Laos" names its
 * country, and is read as a role, as "le chef du gouvernement vietnamien" is.
 */
// Case-sensitive: under the `i` flag \p{Lu} would match any letter.
const THE_HEAD = new RegExp(
  String.raw`\b[Tt]he\s+[Hh]ead\s+of\s+([Ss]tate|[Gg]overnment)\b(?!\s+(?:of|and)\b)|\b[Ll]e\s+(?:chef\s+(?:de\s+l['’]([ÉE]tat)|du\s+(gouvernement))|[Pp]remier\s+ministre)(?!\s+(?:${FRENCH_COUNTRY_ADJECTIVE}))${FRENCH_NOTHING_NEXT}`,
  'gu',
);

/**
 * "the first by a Latin American head of state", "any Lao minister": a title after an indefinite
 * article is nobody in particular, and no office holder takes part.
 */
const INDEFINITE_BEFORE = /\b(?:[Aa]n?|[Aa]ny|[Ee]very|[Nn]o|[Aa]nother)\s+(?:\p{Lu}[\p{L}-]*\s+)?$/u;

/**
 * After a Chinese title, these make it a building: "总理府" (Government House), "总统府", "主席府"
 * (the Presidential Palace), "总理官邸". The talks held there are not with the office's holder.
 */
const OFFICE_BUILDING_AFTER = /^(?:府|官邸|办公厅|办公室|大楼)/u;

/** Before a title, these say it is someone's spouse: "the wife of the Lao President". */
const SPOUSE_OF = /\b(?:wife|husband|spouse)\s+of\s+(?:the\s+)?$/i;

/**
 * People a sentence names only by their office: "the Lao president", "越南国家主席",
 * "老挝人民革命党中央总书记、国家主席" with no name after it, a bare "总书记" beside another
 * general secretary. Each becomes a person mention at the title's place, so that the rest of
 * the reading treats it as the name it stands for. A title resolves, in order, to the one
 * person the article itself gives that office ("Mr. Thongloun Sisoulith, President of Laos"
 * ... "the Lao president"), else to the one person the knowledge base has in it on the
 * article's day. A bare title that names no country ("总书记同志") resolves only to someone the
 * article names who held such an office then and is not already in the sentence. Titles
 * printed beside a name, and a spouse's ("the wife of the Lao President"), are not people.
 * "The Vietnamese leader" (guest, visitor) is the one person of that country the article named
 * before the sentence, whatever office they hold. Of two holders of a bare title the article names
 * ("the Prime Minister" after Modi's and Mahathir's), the one it titles bare is meant
 * (`bareTitled`: each title as printed, lower-cased, and the people printed with it).
 */
export function roleMentions(
  view: ArticleView,
  sentence: SentenceView,
  titles: SentenceTitles,
  articleOffices: ReadonlyMap<string, ReadonlySet<string>>,
  articlePeople: ReadonlySet<string>,
  index: MentionIndex,
  date: string | undefined,
  bareTitled: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): Mention[] {
  // Most sentences name no office without a name: look for a title or a role word first.
  const frenchRoles = frenchRolesIn(sentence.text);
  const vietnameseAmbassadors = vietnameseAmbassadorsIn(sentence.text);
  if (
    !sentence.mentions.some((m) => m.entity.type === 'title') &&
    !ROLE_WORDS.test(sentence.text) &&
    frenchRoles.length === 0 &&
    vietnameseAmbassadors.length === 0
  )
    return [];
  const kb = index.kb;
  const attached = (start: number, end: number) => titles.titleSpans.some((s) => s.start < end && start < s.end);
  const named = new Set(
    sentence.mentions.filter((m) => !m.nested && m.entity.type === 'person').map((m) => personIdOf(m, kb)),
  );
  const local = sentence.mentions.map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start }));
  const spans = findRoleSpans(sentence.text, local, index);
  const out: Mention[] = [];
  const add = (personId: string, start: number, end: number) => {
    const person = kb.entities.get(personId);
    if (person?.kind !== 'person' || out.some((m) => m.known?.id === personId && m.start < end && start < m.end))
      return;
    out.push({ start, end, text: view.text.slice(start, end), entity: refOf(person), known: person });
  };
  const covered: { start: number; end: number }[] = [];
  for (const span of spans) {
    const start = sentence.start + span.start;
    const end = sentence.start + span.end;
    covered.push({ start, end });
    const before = view.text.slice(Math.max(sentence.start, start - 20), start);
    // "the wife of the Lao President" is not the president; "the then Lao president" not today's.
    if (
      attached(start, end) ||
      SPOUSE_OF.test(before) ||
      PAST_TITLE.test(before) ||
      INDEFINITE_BEFORE.test(before) ||
      OFFICE_BUILDING_AFTER.test(view.text.slice(end, end + 3))
    )
      continue;
    if (personNext(view, sentence, end) || anotherCountryBefore(view, sentence, start, span.offices, kb)) continue;
    const nameNext = nameAfter(view, sentence, end);
    const inArticle = new Set(span.offices.flatMap((office) => [...(articleOffices.get(office) ?? [])]));
    if (inArticle.size === 1) {
      add([...inArticle][0]!, start, end);
      continue;
    }
    if (!date) continue;
    if (!namesItsCountry(view.text.slice(start, end), index) && !span.offices.every((o) => articleIsAbout(view, o, kb)))
      continue;
    const holders = resolveRoles([span], date, index)[0]?.holders ?? [];
    if (holders.length === 1 && (!nameNext || isNamed(kb, holders[0]!, nameNext))) add(holders[0]!, start, end);
  }
  /** An office named without its holder: the one holder the article names, else the holder on the event's date. */
  const addHolder = (office: string, start: number, end: number) => {
    const inArticle = articleOffices.get(office) ?? new Set<string>();
    if (inArticle.size === 1) return add([...inArticle][0]!, start, end);
    if (!date) return;
    const holders = resolveRoles([{ start, end, offices: [office] }], date, index)[0]?.holders ?? [];
    if (holders.length === 1) add(holders[0]!, start, end);
  };
  // "le chef du gouvernement vietnamien a été reçu par ...": a French office with its country's
  // adjective, read as its English counterpart is.
  for (const match of frenchRoles) {
    const office = frenchRoleOffice(match[1]!, match[2]!);
    if (!office || FRENCH_NAME_NEXT.test(sentence.text.slice(match.index + match[0].length))) continue;
    const start = sentence.start + match.index + match[0].length - match[1]!.length - match[2]!.length - 1;
    const end = sentence.start + match.index + match[0].length;
    if (covered.some((c) => c.start < end && start < c.end) || attached(start, end)) continue;
    covered.push({ start, end });
    addHolder(office, start, end);
  }
  // "đã tiếp Đại sứ Trung Quốc tại Việt Nam Hùng Ba": the ambassador of the post, unless the name
  // after the post is one the knowledge base knows (then the post is that person's title).
  for (const match of vietnameseAmbassadors) {
    const office = vietnameseAmbassadorOffice(match[1]!, match[2]!);
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    const next = sentence.mentions.find((m) => !m.nested && m.start >= end);
    const namedNext =
      next?.known?.kind === 'person' && /^\s*$/u.test(view.text.slice(end, next.start)) && next.start - end < 3;
    if (!office || namedNext || covered.some((c) => c.start < end && start < c.end)) continue;
    covered.push({ start, end });
    addHolder(office, start, end);
  }
  // "The Vietnamese leader" where the article named the Vietnamese prime minister and his foreign
  // minister: of the people of that country named before, those not known to hold only lesser
  // offices on the day. A minister is not "the leader"; a head of state, of government or of the
  // party is, and so may be someone whose offices the knowledge base does not record.
  const leadersAmong = (people: ReadonlySet<string>, country: string): ReadonlySet<string> => {
    const leading = leaderOffices(country, index);
    return new Set([...people].filter((id) => heldOn(kb, id, leading, date!) || !holdsAnyOffice(kb, id, date!)));
  };
  // "The Vietnamese leader arrived in Beijing": the one person of that country named before.
  for (const m of sentence.mentions) {
    if (m.nested || m.known?.kind !== 'country') continue;
    const following = view.text.slice(m.end, m.end + 24);
    const preceding = view.text.slice(Math.max(sentence.start, m.start - 4), m.start);
    const after =
      (/\bthe\s+$/i.test(preceding) ? NATIONAL_REFERENCE.exec(following) : null) ??
      (/\b(?:his|her)\s+$/i.test(preceding) ? UNNAMED_COUNTERPART.exec(following) : null);
    if (!after) continue;
    const earlier = new Set(
      view.mentions
        .filter((e) => e.entity.type === 'person' && !e.nested && e.end <= sentence.start)
        .map((e) => personIdOf(e, kb))
        .filter((id) => {
          const person = kb.entities.get(id);
          return person?.kind === 'person' && person.entry.country === m.known!.id && !named.has(id);
        }),
    );
    const leader = earlier.size > 1 && date && /leader\b/i.test(after[0]) ? leadersAmong(earlier, m.known.id) : earlier;
    if (leader.size === 1) add([...leader][0]!, m.start, m.end + after[0].length);
  }
  if (date) {
    for (const match of sentence.text.matchAll(THE_AMBASSADOR)) {
      const start = sentence.start + match.index;
      const earlier = new Set(
        view.mentions
          .filter((e) => e.entity.type === 'person' && !e.nested && e.end <= sentence.start)
          .map((e) => personIdOf(e, kb))
          .filter((id) => !named.has(id) && wasAmbassador(kb, id, date)),
      );
      if (earlier.size === 1) add([...earlier][0]!, start, start + match[0].length);
    }
  }
  // "the Head of State": the one person the article named before who was a head of state on
  // the day, whatever country; two such people, or none, and nobody is meant.
  for (const match of date ? sentence.text.matchAll(THE_HEAD) : []) {
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    if (covered.some((c) => c.start < end && start < c.end) || attached(start, end)) continue;
    const ofState = match[1] ? /^s/i.test(match[1]) : match[2] !== undefined;
    const offices = officesOfKind(ofState ? 'head-of-state' : 'head-of-government', index);
    const earlier = new Set(
      view.mentions
        .filter((e) => e.entity.type === 'person' && !e.nested && e.end <= sentence.start)
        .map((e) => personIdOf(e, kb))
        .filter((id) => !named.has(id) && heldOn(kb, id, offices, date!)),
    );
    const meant = earlier.size > 1 ? notOfDestination(sentence, [...earlier], kb) : [...earlier];
    if (meant.length === 1) add(meant[0]!, start, end);
  }
  for (const m of sentence.mentions) {
    if (m.nested || m.entity.type !== 'title' || m.known || !date) continue;
    if (attached(m.start, m.end) || covered.some((c) => c.start <= m.start && m.end <= c.end)) continue;
    if (OFFICE_BUILDING_AFTER.test(view.text.slice(m.end, m.end + 3))) continue;
    const next = sentence.mentions.find((n) => n.start >= m.end && !n.nested);
    if (next?.entity.type === 'person' && /^[\s,，、]*$/u.test(view.text.slice(m.end, next.start))) continue;
    if (appositiveOfAPerson(view, sentence, m.start)) continue;
    const offices = new Set(officesNamed(kb, m.alias?.text ?? m.text).map((o) => o.id));
    if (offices.size === 0) continue;
    const holders = [...articlePeople].filter((id) => !named.has(id) && heldOn(kb, id, offices, date));
    const meant = holders.length > 1 ? holdersFromAbroad(kb, holders, named) : holders;
    // "Prime Minister Narendra Modi ... Malaysian Prime Minister Mahathir ... the Prime Minister
    // was accorded a ceremonial welcome": of two holders, the one the article titles with the
    // bare title, as an outlet titles its own country's leader.
    const printedBare = holders.filter((id) => bareTitled.get(m.text.toLowerCase())?.has(id));
    if (meant.length === 1) add(meant[0]!, m.start, m.end);
    else if (holders.length > 1 && printedBare.length === 1) add(printedBare[0]!, m.start, m.end);
  }
  return out;
}

/**
 * "The president also met Prime Minister Pham Minh Chinh and National Assembly Chairman Vuong Dinh
 * Hue", in an article naming the American president and Viet Nam's: of the article's holders of a
 * bare title, those of another country than the one every person the sentence names is of. A
 * leader meeting his own government's officials is not what an article on a visit reports; when
 * the sentence's people are of several countries, or of none known, nobody is picked.
 */
function holdersFromAbroad(kb: KnowledgeBase, holders: readonly string[], named: ReadonlySet<string>): string[] {
  const countries = new Set([...named].map((id) => countryOf(kb, id)));
  if (countries.size !== 1) return [];
  const [country] = countries;
  if (country === undefined) return [];
  return holders.filter((id) => countryOf(kb, id) !== country);
}

/**
 * "Arrivé vendredi soir pour une visite d'État de quatre jours, le chef de l'État effectue son
 * premier déplacement en Inde", after Macron and India's president were named: of several
 * candidates, those not of a country the sentence names as where someone goes ("en Inde", "to
 * Laos"), for a leader does not travel to their own country.
 */
function notOfDestination(sentence: SentenceView, candidates: readonly string[], kb: KnowledgeBase): string[] {
  const destinations = new Set(
    sentence.mentions
      .filter(
        (m) =>
          m.known?.kind === 'country' &&
          DESTINATION_BEFORE.test(
            sentence.text.slice(Math.max(0, m.start - sentence.start - 8), m.start - sentence.start),
          ),
      )
      .map((m) => m.known!.id),
  );
  // "Arrivé dimanche soir à Hanoï, le chef de l'État effectue ...": a known city goes for its country.
  for (const match of findVenues(sentence.text))
    if (
      match.venue.country &&
      CITY_DESTINATION_BEFORE.test(sentence.text.slice(Math.max(0, match.start - 8), match.start))
    )
      destinations.add(match.venue.country);
  return destinations.size === 0 ? [] : candidates.filter((id) => !destinations.has(countryOf(kb, id) ?? ''));
}

/** Words before a country that make it where someone goes. */
const DESTINATION_BEFORE = /(?<!\p{L})(?:to|in|into|en|au|aux)\s+(?:the\s+)?$/iu;
/** Words before a city that make it where someone goes. */
const CITY_DESTINATION_BEFORE = /(?<!\p{L})(?:to|in|into|à)\s+$/iu;

function countryOf(kb: KnowledgeBase, personId: string): string | undefined {
  const person = kb.entities.get(personId);
  return person?.kind === 'person' ? person.entry.country : undefined;
}

/** Two capitalized words just after a title: a name the mention finder may not know. */
const NAME_AFTER_TITLE = /^[\s,]*(\p{Lu}[\p{Ll}\p{M}'’-]+\s+\p{Lu}[\p{Ll}\p{M}'’-]+)/u;

/**
 * "Foreign Secretary Vikram Misri told reporters": a title followed by a name is that person's
 * title, whether the knowledge base knows the person or not. Whether a person the mention finder
 * read (a newcomer found after a title too) follows the title; two capitalized words it left
 * alone are {@link nameAfter}'s, which name the holder only if they are the office holder's own
 * name in an order the knowledge base does not list ("President of Mongolia Khurelsukh Ukhnaa").
 */
function personNext(view: ArticleView, sentence: SentenceView, end: number): boolean {
  const next = sentence.mentions.find((m) => !m.nested && m.start >= end);
  return next?.entity.type === 'person' && /^[\s,，、]*$/u.test(view.text.slice(end, next.start));
}

/**
 * "Zhang Dejiang, the chairman of the National People's Congress": a title set off by a comma
 * right after a person's name describes that person, and is no one else the office could name.
 */
function appositiveOfAPerson(view: ArticleView, sentence: SentenceView, start: number): boolean {
  const previous = sentence.mentions.filter((m) => !m.nested && m.end <= start).pop();
  return previous?.entity.type === 'person' && /^\s*,\s*(?:the\s+)?$/i.test(view.text.slice(previous.end, start));
}

/** The two capitalized words after a title, when no mention the finder read begins among them. */
function nameAfter(view: ArticleView, sentence: SentenceView, end: number): string | undefined {
  const name = NAME_AFTER_TITLE.exec(view.text.slice(end, Math.min(sentence.end, end + LONGEST_NAME_WORDS)));
  if (!name) return undefined;
  // Words the mention finder read are a country, a title or a place, not a name.
  const next = sentence.mentions.find((m) => !m.nested && m.start >= end);
  return !next || next.start >= end + name[0].length ? name[1] : undefined;
}

/** Whether `words` are the person's name: one of them is a word of the name or of one of its forms. */
function isNamed(kb: KnowledgeBase, personId: string, words: string): boolean {
  const person = kb.entities.get(personId);
  if (person?.kind !== 'person') return false;
  const own = new Set(
    [person.entry.name, ...(person.entry.aliases ?? [])].flatMap((form) => form.toLowerCase().split(/\s+/u)),
  );
  return words.split(/\s+/u).some((word) => own.has(word.toLowerCase()));
}

/** How far after a title its holder's name is looked for: two name words. */
const LONGEST_NAME_WORDS = 60;

/**
 * "Indian Foreign Secretary": a country word just before a title whose office is another
 * country's says the title is that country's official, not the office the title names elsewhere.
 */
function anotherCountryBefore(
  view: ArticleView,
  sentence: SentenceView,
  start: number,
  offices: readonly string[],
  kb: KnowledgeBase,
): boolean {
  let country: Mention | undefined;
  for (const m of sentence.mentions) if (m.known?.kind === 'country' && m.end <= start) country = m;
  if (!country || !/^(?:['’]s?)?\s*$/u.test(view.text.slice(country.end, start))) return false;
  return offices.some((office) => officeCountry(kb, office) !== country.known!.id);
}

function officeCountry(kb: KnowledgeBase, officeId: string): string | undefined {
  const office = kb.entities.get(officeId);
  return office?.kind === 'office' ? office.entry.country : undefined;
}

/**
 * Whether a title says its country itself: "Singaporean Prime Minister", "the Lao President". A
 * title in Chinese counts as saying it: a Chinese text names its own country's offices bare
 * ("外交部长"), and a foreign one with its country ("越南国家主席").
 */
function namesItsCountry(title: string, index: MentionIndex): boolean {
  if (/\p{Script=Han}/u.test(title)) return true;
  return title.split(/[^\p{L}]+/u).some((word) => index.countryByWord.has(word.toLowerCase()));
}

/**
 * Whether the article is about the office's country at all: it names the country, or one of
 * its people. An office told by its title alone ("Foreign Secretary", which only China's foreign
 * minister is ever miscalled) is that country's only in an article where the country takes
 * part; in an article about India and the United States it is some other country's official.
 */
function articleIsAbout(view: ArticleView, officeId: string, kb: KnowledgeBase): boolean {
  const country = officeCountry(kb, officeId);
  if (country === undefined) return true;
  return view.mentions.some((m) => {
    if (m.known?.kind === 'country') return m.known.id === country;
    if (m.entity.type !== 'person') return false;
    const person = kb.entities.get(personIdOf(m, kb));
    return person?.kind === 'person' && person.entry.country === country;
  });
}

function wasAmbassador(kb: KnowledgeBase, personId: string, date: string): boolean {
  const person = kb.entities.get(personId);
  return (
    person?.kind === 'person' &&
    (person.entry.roles ?? []).some((role) => role.office.startsWith('ambassador-') && roleHeldOn(role, date))
  );
}

/** Whether the knowledge base gives a person any office on a date. */
function holdsAnyOffice(kb: KnowledgeBase, personId: string, date: string): boolean {
  const person = kb.entities.get(personId);
  return person?.kind === 'person' && (person.entry.roles ?? []).some((role) => roleHeldOn(role, date));
}

function heldOn(kb: KnowledgeBase, personId: string, offices: ReadonlySet<string>, date: string): boolean {
  const person = kb.entities.get(personId);
  return (
    person?.kind === 'person' &&
    (person.entry.roles ?? []).some((role) => offices.has(role.office) && roleHeldOn(role, date))
  );
}
