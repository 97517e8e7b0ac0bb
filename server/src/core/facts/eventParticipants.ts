import type { Mention } from '../mentions/mentionIndex.js';
import type { SentenceView } from './articleView.js';
import type { EventCue } from './eventCues.js';
import { familyOf } from './eventFamilies.js';
import { frenchSubordinateIn } from './frenchForms.js';
import type { SentenceTitles } from './sentenceTitles.js';
import { venueByName } from './venues.js';
import { VIETNAMESE_VISITOR_OF } from './vietnameseForms.js';

/** Who took part in the event one cue reports. */
export interface CueParticipants {
  /** People, in the order the sentence names them; for visits, the visitor only. */
  persons: Mention[];
  /** Parties named outside any title ("between the CPC and the LPRP"). */
  parties: Mention[];
}

/** People named only as the source of greetings or a message, not as participants. */
const SENT_BY =
  /(?:greetings|wishes|regards|message|letter|congratulations|condolences)\s+(?:from|of)\s*$|on\s+behalf\s+of\s*$|(?:转达了?|转交了?|代表|委托)\s*$/iu;
const POSSESSIVE = /^\s*(?:'s|’s)\b|^\s*的/u;
const CLAUSE_BREAK = /[，,；;：:。]/gu;
const HOST_CLAUSE = /^\s*应.*邀请/u;
/** "习近平是应阮富仲和武文赏邀请，…进行国事访问": the hosts named inside 应…邀请, wherever it stands in the clause. */
const INVITED_BY_ZH = /应[^，,。；;]{0,60}?邀请/gu;

function isVisit(cue: EventCue): boolean {
  return familyOf(cue.format) === 'visit';
}

/**
 * The participants of each cue in a sentence: one list per cue, or several where the sentence
 * reports several encounters ("分别会见" and "met separately with": one per person met; "A and
 * B also met with C": one per person meeting). English cues take the people named before them
 * and after them up to a clause about something else ("... told Xi that the US will send
 * Blinken"); a visit takes its visitor only. Chinese sentences are read clause by clause: the
 * subject before the first cue, plus the people in the cue's clause and in the clauses after it
 * that have no cue of their own. People named as the source of greetings ("转达了习近平…的问候",
 * "on behalf of") and in the possessive ("Xi's remarks") are left out.
 */
export function participantsOfCues(
  text: string,
  sentence: SentenceView,
  cues: readonly EventCue[],
  titles: SentenceTitles,
): CueParticipants[][] {
  // "Vientiane - Vietnamese Prime Minister ...": a dateline city the mention finder took for a
  // newcomer's name is a place, not a guest.
  const persons = sentence.mentions.filter(
    (m) => !m.nested && m.entity.type === 'person' && !(m.known === undefined && venueByName(m.text)),
  );
  const eligible = persons.filter((p) => !sentBy(text, sentence, p, titles));
  const parties = sentence.mentions.filter(
    (m) =>
      !m.nested &&
      m.known?.kind === 'organization' &&
      m.known.entry.kind === 'party' &&
      !titles.titleSpans.some((s) => s.start <= m.start && m.end <= s.end),
  );
  if (!sentence.chinese) return englishParticipants(text, sentence, cues, eligible, parties, titles);
  const read = chineseParticipants(text, sentence, cues, eligible, parties, titles);
  // "转交习近平总书记、国家主席贺电": the one a message handed over is from, though named as its
  // source, is a side of it.
  return read.map((sides, c) =>
    HANDED_OVER.test(sentence.text.slice(cues[c]!.start, cues[c]!.end))
      ? handedOver(sentence, cues[c]!, persons)
      : sides,
  );
}

function sentBy(text: string, sentence: SentenceView, person: Mention, titles: SentenceTitles): boolean {
  const extent = titles.personExtent.get(person) ?? person;
  return SENT_BY.test(text.slice(Math.max(sentence.start, extent.start - 40), extent.start));
}

function possessive(text: string, person: Mention, titles: SentenceTitles): boolean {
  const extent = titles.personExtent.get(person) ?? person;
  // "Min Aung Hlaing, chairman of Myanmar's State Administration Council": a title set after the
  // name ends on its country, and the "'s" is that country's; the person's own is after the name.
  const end = extent.end > person.end ? person.end : extent.end;
  return POSSESSIVE.test(text.slice(end, end + 4));
}

/**
 * "The emperor hosted a state banquet in Obama's honor": a person whose possessive names the
 * honour an event after the cue is given in is its guest, not someone else's belonging.
 */
const IN_HONOUR_OF_POSSESSIVE = /^['’]s?\s+honou?r\b/i;
const IN_BEFORE = /\bin\s+$/i;

function honouredBy(text: string, person: Mention, cueEnd: number): boolean {
  return (
    person.start >= cueEnd &&
    IN_BEFORE.test(text.slice(Math.max(0, person.start - 4), person.start)) &&
    IN_HONOUR_OF_POSSESSIVE.test(text.slice(person.end, person.end + 12))
  );
}

/**
 * After a cue, these start a clause about something else: "told Xi *that* the US will send
 * Blinken", "held talks with Trong ..., hours *before sitting down* to dinner with Kim" (another
 * encounter, told by a gerund after "before" or "after").
 */
const SUBORDINATE =
  /;|\b(?:that|who|which|saying|while|whereas)\b|\bas\s+(?:he|she|they)\b|\b(?:before|after)\s+[a-z]+ing\b/i;
/**
 * ", who flew in late on Tuesday for his second summit with Kim,": a closed relative aside before
 * a cue tells something else of its subject, and the people it names are not the cue's.
 */
const ASIDE_BEFORE_CUE = /,\s*who\b[^,;]*,/g;
/** A host named in "at the invitation of" is not the visitor. */
const INVITED_BY = /invitation\s+of\b[^,;]{0,40}$/i;
/**
 * The people a sentence names as the hosts who invited a visit: "At the invitation of Prime
 * Minister Phankham Viphavanh, ...", "应阮富仲邀请".
 */
export function invitingHosts(text: string, sentence: SentenceView): Mention[] {
  const persons = sentence.mentions.filter((m) => !m.nested && m.entity.type === 'person');
  if (sentence.chinese) {
    const hosts = [...sentence.text.matchAll(INVITED_BY_ZH)].map((m) => ({
      start: sentence.start + m.index,
      end: sentence.start + m.index + m[0].length,
    }));
    return persons.filter((p) => hosts.some((h) => h.start <= p.start && p.end <= h.end));
  }
  return persons.filter((p) => INVITED_BY.test(text.slice(Math.max(sentence.start, p.start - 60), p.start)));
}

/** How far after a visit cue the country it goes to may be named ("for a two-day visit to India"). */
const DESTINATION_REACH = 40;

function countryOfPerson(m: Mention): string | undefined {
  return m.known?.kind === 'person' ? m.known.entry.country : undefined;
}

/** How far before a visit cue its visitor may be named. */
const VISITOR_REACH = 160;

function englishParticipants(
  text: string,
  sentence: SentenceView,
  cues: readonly EventCue[],
  persons: readonly Mention[],
  parties: readonly Mention[],
  titles: SentenceTitles,
): CueParticipants[][] {
  return cues.map((cue) => {
    const cueStart = sentence.start + cue.start;
    const cueEnd = sentence.start + cue.end;
    if (isVisit(cue)) {
      const visitor = visitorOf(text, sentence, persons, cueStart, cueEnd, titles);
      return visitor ? [{ persons: [visitor], parties: [] }] : [];
    }
    const rest = text.slice(cueEnd, sentence.end);
    const cuts = [SUBORDINATE.exec(rest)?.index, frenchSubordinateIn(rest)].filter((i) => i !== undefined);
    // "held talks with Son and then met Chinh": the cue after "and then" starts an encounter of
    // its own, and the person it meets is not at the first.
    const next = cues.find((c) => c.start >= cue.end);
    if (next && THEN_NEXT.test(text.slice(cueEnd, sentence.start + next.start))) cuts.push(next.start - cue.end);
    const limit = cuts.length > 0 ? cueEnd + Math.min(...cuts) : sentence.end;
    // "Wang Yi met Son in Beijing, and the two ministries will meet again in January": the
    // subject of an announced meeting is in its own clause, not the clause before.
    // "..., and is slated to meet Yoon on Friday": a clause with no subject of its own shares the
    // sentence's.
    const clauseStart = ANNOUNCED_MEETING.test(text.slice(cueStart, cueEnd))
      ? ownClauseStart(text, sentence, cueStart)
      : 0;
    const from = /^\s*(?:also\s+)?$/.test(text.slice(clauseStart, cueStart)) ? 0 : clauseStart;
    // "Biden met Chinh before attending a state luncheon hosted by Thuong": the one who attends is
    // the subject of the sentence; the person met in the event before is not at the luncheon.
    const previous = cues.filter((c) => c.end <= cue.start).pop();
    const metBefore =
      previous &&
      (PARTICIPLE_AFTER.test(text.slice(sentence.start + previous.end, cueStart)) ||
        THEN_NEXT.test(text.slice(sentence.start + previous.end, cueStart)))
        ? { start: sentence.start + previous.start, end: cueStart }
        : undefined;
    const asides = [...text.slice(sentence.start, cueStart).matchAll(ASIDE_BEFORE_CUE)].map((m) => ({
      start: sentence.start + m.index,
      end: sentence.start + m.index + m[0].length,
    }));
    const taking = persons.filter(
      (p) =>
        !(metBefore && p.start >= metBefore.start && p.end <= metBefore.end) &&
        !asides.some((a) => p.start >= a.start && p.end <= a.end) &&
        p.start >= from &&
        p.start < limit &&
        (!possessive(text, p, titles) || (p.end <= cueStart && cueStart - p.end < 6) || honouredBy(text, p, cueEnd)),
    );
    if (cue.separately) return separately(taking, cueStart, parties);
    const subjects = taking.filter((p) => p.end <= cueStart);
    const objects = taking.filter((p) => p.start >= cueEnd);
    // "Premier Li Keqiang and top legislator Li Zhanshu also met with Thongloun": two meetings.
    // But "Hun Manet and Anutin met in Kuala Lumpur ..., in the presence of Trump": a "met" with
    // no one after it is the subjects meeting each other, and the people named later are there too.
    if (cue.format === 'meeting' && subjects.length >= 2 && objects.length >= 1 && !RECIPROCAL_MET.test(rest))
      return subjects.map((s) => ({ persons: [s, ...objects], parties: [] }));
    // "Jokowi met Premier Li Keqiang and Zhang Dejiang", "Moon also met Prime Minister Phuc and
    // General Secretary Trong": one "met" whose object is two or more people joined by "and" is a
    // meeting with each of them, not one meeting of all. Three leaders meeting one another are told
    // with no object after "met" ("the three leaders met in Hanoi") and stay one.
    if (cue.format === 'meeting' && subjects.length >= 1 && objectListOf(text, cueEnd, objects))
      return objects.map((o) => ({ persons: [...subjects, o], parties: [] }));
    // "welcomed at a ceremony hosted by President Mukherjee and Prime Minister Modi": a ceremony
    // or a banquet two office holders give together is one event with both as hosts.
    if (!JOINTLY_HOSTED.has(cue.format) && ministersOfOneGovernment(text, objects, titles)) {
      if (subjects.length >= 1) return objects.map((o) => ({ persons: [...subjects, o], parties: [] }));
      // "The president also met Prime Minister Chinh and National Assembly Chairman Hue": two
      // office holders of one government after a subject the sentence names by no one known are
      // each met by that subject, never met by each other; with the subject unknown, no encounter
      // is read.
      if (UNNAMED_SUBJECT.test(text.slice(sentence.start, cueStart))) return [];
    }
    return [{ persons: taking, parties: [...parties] }];
  });
}

/** Words that end a list of people met and begin what is said of the meeting: "in Hanoi", "on Friday", "who". */
const LIST_ENDS = /\b(?:in|at|on|during|before|after|with|while|where|who|when|to|for|from|by)\b|[.;]/i;

/**
 * Whether `objects` (two or more, in order) are the list of people the cue ending at `cueEnd`
 * takes: the first right after it, titles between ("met Premier Li Keqiang"), and each pair apart
 * by a comma or "and", with titles or an appositive between ("Premier Li Keqiang and Zhang
 * Dejiang", "Prime Minister Phuc and General Secretary Trong"), the last pair by "and". People
 * named after a place, a day or a clause ("met in Kuala Lumpur ..., in the presence of Trump and
 * Anwar") are not what was met.
 */
function objectListOf(text: string, cueEnd: number, objects: readonly Mention[]): boolean {
  if (objects.length < 2) return false;
  const lead = text.slice(cueEnd, objects[0]!.start).replace(/^\s*with\b/i, '');
  if (lead.length > 60 || LIST_ENDS.test(lead) || lead.includes(',')) return false;
  for (let i = 1; i < objects.length; i++) {
    // "met with Premier Li Qiang and with the chairman of the Standing Committee ..., Zhao Leji":
    // the "with" repeated after "and" is the same verb's, and the office set off by a comma
    // before the name is that person's.
    const gap = text.slice(objects[i - 1]!.end, objects[i]!.start).replace(AND_WITH_AGAIN, '$1');
    if (gap.length > 100 || LIST_ENDS.test(gap)) return false;
    if (!(i === objects.length - 1 ? /\band\b/i : /\band\b|,/i).test(gap)) return false;
  }
  return true;
}

/** "and with" at the start of the words between two people met: the "with" of one "met with" said again. */
const AND_WITH_AGAIN = /^(,?\s*and)\s+with\b/i;

/** Formats whose people after the cue host one occasion together rather than each meet the subject. */
const JOINTLY_HOSTED: ReadonlySet<string> = new Set(['welcome ceremony', 'banquet']);

/** A subject before a cue that names no one: "The president also ", "He then ", "The visiting leader ". */
const UNNAMED_SUBJECT = /\b(?:the\s+(?:[\w-]+\s+){0,2}?[\w-]+|he|she|they)\s+(?:also\s+|then\s+|later\s+)?$/i;

/** What follows a "met" that has no object: "met in Kuala Lumpur", "met yesterday", "met for the first time". */
const RECIPROCAL_MET =
  /^\s+(?:(?:in|at|on|for|during|over|before|after|yesterday|today|tonight|again|briefly|last|this|earlier|later|twice|privately)\b|(?:the|a)\s+(?:day|week)\b)/i;

/** "before ", "after " just before a cue in "-ing": the cue's subject is the sentence's. */
const PARTICIPLE_AFTER = /\b(?:before|after)\s+$/i;

/**
 * "and then", ", then", "and later", or ", and" alone just before a cue ("held a brief conversation
 * with Biden on Thursday, and is slated to meet Yoon on Friday"), and the Vietnamese "và" ("đã chào
 * Tổng Bí thư ... và hội kiến Chủ tịch Quốc hội ..."): a second encounter of the same subject.
 */
const THEN_NEXT =
  /(?:\band|,)\s+(?:then|later|subsequently|afterwards)\s+$|,\s+and\s+(?:also\s+)?$|(?<!\p{L})và\s+(?:sau\s+đó\s+)?(?:đã\s+)?$/iu;

/** The words of a meeting announced: "will meet", "is scheduled to meet with". */
const ANNOUNCED_MEETING = /\bmeet(?:\s+with)?$/i;
const ENGLISH_CLAUSE_OPENING = /,\s*(?:and|but|while|whereas)\s+|;\s*/gi;

/** Where the clause holding `cueStart` begins: after the last ", and", ", but" or ";" before it. */
function ownClauseStart(text: string, sentence: SentenceView, cueStart: number): number {
  let start = sentence.start;
  for (const match of text.slice(sentence.start, cueStart).matchAll(ENGLISH_CLAUSE_OPENING))
    start = sentence.start + match.index + match[0].length;
  return start;
}

/**
 * "held talks with Foreign Minister Wang Yi and Public Security Minister Wang Xiaohong": two
 * people of one country, joined by "and", each with the title of a different office printed
 * before the name, are met each in their own right — one encounter apiece. Two people of
 * different countries (a trilateral meeting), or named without their offices, stay one.
 */
function ministersOfOneGovernment(text: string, objects: readonly Mention[], titles: SentenceTitles): boolean {
  if (objects.length !== 2) return false;
  const [first, second] = objects as [Mention, Mention];
  const officeOf = (m: Mention) => titles.pieces.find((p) => p.person === m && p.position === 'before')?.officeId;
  const firstOffice = officeOf(first);
  const secondOffice = officeOf(second);
  const between = text.slice(
    (titles.personExtent.get(first) ?? first).end,
    (titles.personExtent.get(second) ?? second).start,
  );
  // "Premier Li Keqiang and top legislator Li Zhanshu": a role the knowledge base has no title
  // for, printed before the second name, still names a different office.
  const describedRole = DESCRIBED_ROLE.test(between);
  return (
    firstOffice !== undefined &&
    (secondOffice !== undefined || describedRole) &&
    firstOffice !== secondOffice &&
    countryOfPerson(first) !== undefined &&
    countryOfPerson(first) === countryOfPerson(second) &&
    (/^\s*,?\s*and\s*$/.test(between) || describedRole)
  );
}

/**
 * "and top legislator", "and senior official": "and", then a lower-case role before the name;
 * not a spouse ("and his wife"), who comes with the person, not in an office of her own.
 */
const DESCRIBED_ROLE =
  /^\s*,?\s*and\s+(?!(?:[a-z-]+\s+)*(?:his|her|their|wife|husband|spouse|the|a|an)\s)(?:[a-z][a-z-]*\s+){1,3}$/;

/**
 * The visitor of an English visit cue: the person named last before it ("Lao President
 * Thongloun Sisoulith is leading a delegation on a state visit"), unless named as the host
 * ("at the invitation of Xi Jinping"); when a subject pronoun or "his" stands between them
 * ("Blinken met Xi as he wrapped up a visit", "as part of his official visit"), the sentence's
 * first person; else "a visit by X".
 */
/** A passive of welcome ending where its host is named: "was received by", "a été accueilli lundi par son homologue". */
const PASSIVE_HOST_BEFORE =
  /(?:\b(?:was|were|been)\s+(?:[\w-]+\s+){0,3}?(?:welcomed|received|greeted|hosted)\s+(?:[\w-]+\s+){0,4}?by|(?<!\p{L})(?:a|ont|avait|avaient)\s+[ée]t[ée]\s+(?:accueilli|re[çc]u)(?:e|s|es)?\s+(?:[^.;]{0,60}?\s)?par)\s+(?:(?:his|her|their|son|sa|leur)\s+(?:[\p{L}-]+\s+){0,2})?$/iu;

function visitorOf(
  text: string,
  sentence: SentenceView,
  persons: readonly Mention[],
  cueStart: number,
  cueEnd: number,
  titles: SentenceTitles,
): Mention | undefined {
  const extent = (p: Mention) => titles.personExtent.get(p) ?? p;
  // "met with visiting Spanish Prime Minister Pedro Sánchez": the visitor is the one named next.
  if (/^visiting\s*$/.test(text.slice(cueStart, cueEnd)))
    return persons.find((p) => extent(p).start >= cueEnd && /^\s*$/.test(text.slice(cueEnd, extent(p).start)));
  // "chuyến thăm chính thức sắp tới của Thủ tướng Lào Sonexay": the visitor after "của" (of).
  const visitorOfVietnamese = persons.find(
    (p) => extent(p).start >= cueEnd && VIETNAMESE_VISITOR_OF.test(text.slice(cueEnd, extent(p).start)),
  );
  if (visitorOfVietnamese) return visitorOfVietnamese;
  const before = persons.filter(
    (p) =>
      extent(p).end <= cueStart &&
      !INVITED_BY.test(text.slice(Math.max(sentence.start, extent(p).start - 60), extent(p).start)),
  );
  const last = before[before.length - 1];
  if (last && cueStart - extent(last).end <= VISITOR_REACH) {
    const between = text.slice(extent(last).end, cueStart);
    // "... held talks with Sonexay in Vientiane, as part of his official visit": "his" after a
    // comma opens a phrase about the subject; "welcomed Xi on his state visit" is the one just
    // named's, and so is "Sonexay, who is on his visit".
    const subjects =
      /\b(?:he|she)\b/i.test(between) ||
      (/,[^,]*\b(?:his|her)\s+(?:[\w-]+\s+){0,3}$/i.test(between) && !/\bwho(?:se)?\b/i.test(between)) ||
      // "reçu par Xi Jinping à Pékin, au deuxième jour de sa visite": the French "sa" and "son" likewise.
      (/,[^,]*(?<!\p{L})(?:sa|son)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(between) &&
        !/(?<!\p{L})qui(?!\p{L})/iu.test(between)) ||
      (SUBJECT_TIME_PHRASE.test(between) && !hostsActively(text.slice(extent(before[0]!).end, extent(last).start))) ||
      (WHO_CLAUSE_OPENS.test(text.slice(extent(before[0]!).end, cueStart)) && MAIN_VERB_RESUMES.test(between));
    // "The chancellor had hosted Modi ..., hours after he arrived in Germany for a two-day visit":
    // a leader does not visit their own country, so "he" is the guest named last, not the
    // German subject; and in "Thongloun met with Chinese Premier Li Keqiang in Beijing on Oct 9
    // during his official visit to China", "his" is Thongloun's, not the Chinese host's.
    // "Macron a été accueilli lundi par son homologue Luong Cuong ..., pour le premier jour d'une
    // visite d'État", "Modi was received by Xi ... on the second day of a state visit": the one a
    // passive names as host is not the visitor; the guest before is.
    const guest = before[before.length - 2];
    if (!subjects && guest && PASSIVE_HOST_BEFORE.test(text.slice(extent(guest).end, extent(last).start))) return guest;
    const chosen = subjects ? before[0]! : last;
    const other = subjects ? last : before[0]!;
    const home = countryOfPerson(chosen);
    const toTheirOwn =
      home !== undefined &&
      other !== chosen &&
      countryOfPerson(other) !== home &&
      sentence.mentions.some(
        (m) =>
          m.known?.kind === 'country' &&
          m.known.id === home &&
          m.start >= extent(last).end &&
          m.start < cueEnd + DESTINATION_REACH,
      );
    return toTheirOwn ? other : chosen;
  }
  const by = persons.find((p) => p.start >= cueEnd && /^\s*(?:by|of)\b/i.test(text.slice(cueEnd, p.start)));
  if (by) return by;
  // "During a four-day trip to China, Ms. Yellen visited ...": the visit opens the sentence and
  // its visitor is the subject after the comma; so does "In Kuala Lumpur, where the tour began on
  // Sunday, Trump attended ...", a stop told in a clause about the place that opens the sentence.
  // "The last stop was Riyadh, where Putin arrived in the evening": the stop's visitor is the
  // one the clause about its place names first.
  if (STOP_WAS.test(text.slice(cueStart, cueEnd))) {
    return persons.find((p) => extent(p).start >= cueEnd && STOP_PLACE_WHERE.test(text.slice(cueEnd, extent(p).start)));
  }
  if (!INTRODUCTORY.test(text.slice(sentence.start, cueStart)) && !/^where\b/i.test(text.slice(cueStart, cueEnd)))
    return undefined;
  return persons.find(
    (p) =>
      extent(p).start >= cueEnd &&
      /^[^.;:!?]*,\s*(?:(?:Mr|Mrs|Ms|Dr|Mme|M)\.?\s+)?$/.test(text.slice(cueEnd, extent(p).start)),
  );
}

/**
 * "Jokowi, who arrived in Beijing on Wednesday from Tokyo, where he held talks with Abe on Monday,
 * is on a four-day state visit": the subject, a "who" clause about it, and after its closing comma
 * the main verb with no subject of its own. The visit is the subject's, not that of the one the
 * clause named last.
 */
const WHO_CLAUSE_OPENS = /^\s*,\s*who\b/i;
const MAIN_VERB_RESUMES =
  /,\s*(?:also\s+|now\s+)?(?:is|was|are|were|has|had|will|began|begins|started|starts|continued|continues|made|makes|paid|pays|wrapped|wraps|ended|ends)\b[^,]*$/i;

/** "the last stop was", "his first leg was": a tour's stop told by its place in the tour. */
const STOP_WAS = /\b(?:stop|leg)\s+(?:was|were)$/i;
/** Between such a stop's words and its visitor: the place, then a "where" clause about it. */
const STOP_PLACE_WHERE = /^\s+\p{Lu}[^,.;]*,\s*where\s+$/u;

/**
 * ", hours after arriving in Hanoi for a two-day state visit", ", at the start of a two-day
 * visit", ", the first day of a two-day official visit", ", during a one-day official visit": a
 * phrase after a comma that times the sentence's main clause by a visit. The visit is its
 * subject's, not the one named last ("during the Russian leader's visit" names its visitor).
 */
const SUBJECT_TIME_PHRASE =
  /,\s*(?:(?:[\w-]+\s+){0,2}?(?:after|upon|on|before|while)\s+(?:(?:his|her|their)\s+)?(?:arriving|arrival|landing)\b[^,]*|(?:[\w-]+\s+){0,2}?(?:after|upon|on|before|while)\s*|(?:(?:on|at)\s+)?the\s+(?:start|beginning|opening|first|second|third|last|final|end)\s+(?:day\s+)?of\b[^,]*|during\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?)$/i;

/**
 * "Thongloun welcomed Phuc, at the start of a two-day visit": a host's active verb before the
 * guest makes the guest, named last, the visitor; "Phuc was welcomed by Thongloun, ..." does not.
 */
function hostsActively(words: string): boolean {
  return (
    /\b(?:welcomed|received|hosted|greeted|welcomes|receives|hosts|greets)\b/i.test(words) &&
    !/\b(?:was|were|is|are|been|being)\s+(?:\w+\s+)?(?:welcomed|received|hosted|greeted)\b/i.test(words)
  );
}

/**
 * A cue inside a sentence's opening phrase: "During a trip to China, ...", "On his visit to Laos,
 * ...", and an opening participle of arrival, "Arriving on Thursday for a two-day visit, ...",
 * "Arrivé jeudi en Chine pour une visite officielle, M. Sánchez ...": the subject comes after it.
 */
const INTRODUCTORY =
  /^(?:[^,]*,\s*)?(?:during|on|while|in|after|before|at|arriving|arrived|having\s+arrived|landing|arriv[ée]e?s?|lors\s+de|pendant|durant)(?!\p{L})[^,]*$/iu;

/** "X met separately with A and B": one meeting of X with each. */
function separately(persons: readonly Mention[], cueStart: number, parties: readonly Mention[]): CueParticipants[] {
  const subject = persons.filter((p) => p.end <= cueStart);
  const objects = persons.filter((p) => p.start >= cueStart);
  // "Li Keqiang and Zhang Dejiang met with Bounnhang separately": one meeting per host.
  if (subject.length >= 2 && objects.length === 1)
    return subject.map((s) => ({ persons: [s, ...objects], parties: [] }));
  if (subject.length === 0 || objects.length < 2) return [{ persons: [...persons], parties: [...parties] }];
  return objects.map((object) => ({ persons: [...subject, object], parties: [] }));
}

interface Clause {
  start: number;
  end: number;
}

/** The 的 that closes a clause describing a visit: "进行正式访问的" before the visitor's name. */
const ZH_VISIT_DESCRIBES = /^[^，,。；;、]{0,4}?的/u;

function chineseParticipants(
  text: string,
  sentence: SentenceView,
  cues: readonly EventCue[],
  persons: readonly Mention[],
  parties: readonly Mention[],
  titles: SentenceTitles,
): CueParticipants[][] {
  const clauses = clausesOf(sentence);
  const clauseOf = (offset: number) => clauses.findIndex((c) => offset >= c.start && offset < c.end);
  const cueClauses = cues.map((cue) => clauseOf(sentence.start + cue.start));
  const firstCue = sentence.start + cues[0]!.start;
  const firstClause = cueClauses[0]!;
  const hosts = [...sentence.text.matchAll(INVITED_BY_ZH)].map((m) => ({
    start: sentence.start + m.index,
    end: sentence.start + m.index + m[0].length,
  }));
  const invited = (p: Mention) => hosts.some((h) => h.start <= p.start && p.end <= h.end);
  const subject = persons.filter((p) => {
    const k = clauseOf(p.start);
    if (k < 0 || k > firstClause || p.start >= firstCue || invited(p)) return false;
    const clause = clauses[k]!;
    return !HOST_CLAUSE.test(text.slice(clause.start, clause.end));
  });
  return cues.map((cue, c) => {
    const own = cueClauses[c]!;
    if (isVisit(cue)) {
      // "习近平会见来华进行正式访问的柬埔寨首相洪森": a visit in a clause ending in 的 describes the
      // person named after it, the guest, not the subject who received him.
      const cueEnd = sentence.start + cue.end;
      if (subject.length > 0 && ZH_VISIT_DESCRIBES.test(text.slice(cueEnd, sentence.end))) {
        const described = persons.find((p) => p.start >= cueEnd && clauseOf(p.start) === own && !invited(p));
        if (described) return [{ persons: [described], parties: [] }];
      }
      const visitor =
        subject.length > 0
          ? subject
          : persons.filter((p) => clauseOf(p.start) === own && p.start < sentence.start + cue.start && !invited(p));
      return visitor.length > 0 ? [{ persons: visitor.slice(-1), parties: [] }] : [];
    }
    let last = own;
    while (last + 1 < clauses.length && !cueClauses.includes(last + 1)) last++;
    const objects = persons.filter((p) => {
      const k = clauseOf(p.start);
      return k >= own && k <= last && !subject.includes(p) && !possessive(text, p, titles);
    });
    if (cue.separately) {
      // The hosts are named before 分别 or 先后 (one after the other); the guests after it, before
      // the cue ("分别同A举行会谈") or after it ("分别会见A和B", "先后会见了A和B"). "李克强、栗战书分别会见呼日勒苏赫": two hosts who each met the
      // one guest, two meetings; "阮富仲分别会见金正恩和佐科": one host, a meeting with each guest.
      const split =
        sentence.start +
        Math.max(sentence.text.lastIndexOf('分别', cue.start), sentence.text.lastIndexOf('先后', cue.start));
      const hosts = subject.filter((p) => p.start < split);
      const guests = [...subject.filter((p) => p.start > split), ...objects];
      if (hosts.length >= 1 && guests.length >= 2) return guests.map((g) => ({ persons: [...hosts, g], parties: [] }));
      if (hosts.length >= 2 && guests.length === 1) return hosts.map((h) => ({ persons: [h, ...guests], parties: [] }));
    }
    return [{ persons: [...subject, ...objects], parties: [...parties] }];
  });
}

/** "转交习近平总书记、国家主席贺电": a message handed over by its bearer. */
const HANDED_OVER = /^转交/u;
/** "会见通伦时，": the opening clause naming whom the bearer met when handing the message over. */
const WHEN_MEETING = /^[^，,。；;]*?(?:会见|会晤|拜会)[^，,。；;]*?时/u;

/**
 * "会见通伦时，王沪宁……转交习近平总书记、国家主席贺电": the sides of a message handed over are
 * whose message it is, named after 转交, and the one the bearer met when handing it over; the
 * bearer is neither. Without the one met, the message has its sender alone.
 */
function handedOver(sentence: SentenceView, cue: EventCue, persons: readonly Mention[]): CueParticipants[] {
  const cueStart = sentence.start + cue.start;
  const cueEnd = sentence.start + cue.end;
  const senders = persons.filter((p) => p.start >= cueStart && p.end <= cueEnd);
  const met = WHEN_MEETING.exec(sentence.text);
  const recipients = met ? persons.filter((p) => p.end <= sentence.start + met[0].length && !senders.includes(p)) : [];
  return senders.length > 0 ? [{ persons: [...senders.slice(0, 1), ...recipients], parties: [] }] : [];
}

function clausesOf(sentence: SentenceView): Clause[] {
  const clauses: Clause[] = [];
  let from = sentence.start;
  for (const match of sentence.text.matchAll(CLAUSE_BREAK)) {
    const at = sentence.start + match.index + 1;
    clauses.push({ start: from, end: at });
    from = at;
  }
  if (from < sentence.end) clauses.push({ start: from, end: sentence.end });
  return clauses;
}
