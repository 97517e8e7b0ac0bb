import type { KnowledgeBase, OfficeEntity } from '../../kb/knowledgeBase.js';
import { asClause, type Alias } from './aliases.js';

/**
 * Other forms of the titles the knowledge base lists for each office, so that a title written
 * another way is still recognized as that office's:
 *
 * - the same words with other hyphens or in the other English order — "Vice-President",
 *   "Prime-Minister", "National Assembly Chairman" for "Chairman of the National Assembly" —
 *   are the title (accepted: spelling and word order are the writer's);
 * - the title with the head word of another system — "Chairman" where the office's is
 *   "President" ("State Chairman", "Chairman of the National Assembly" for the Lao
 *   assembly's President), "Premier" for "Prime Minister", "Secretary General" or "Party
 *   Secretary" for "General Secretary" — is a wrong form of the office, whose fix is the title
 *   it was made from.
 *
 * A form the office lists, as a title or as a wrong form, is left to the list; a listed wrong
 * form with other hyphens is as wrong. Forms from another system (`titleVariant: 'system'`)
 * name an office only for a person who holds it
 * (mention resolution), since the same words may be another office's title ("Party Secretary"
 * of a province, "Chairman of the National Assembly" of Viet Nam).
 */

/** Words that mean the same post in the systems of different countries; the longest phrases are tried first. */
const SYSTEMS: readonly (readonly string[])[] = [
  ['Vice Premier', 'Deputy Prime Minister', 'Vice Prime Minister', 'Deputy Premier'],
  ['Premier', 'Prime Minister'],
  ['Vice President', 'Vice Chairman'],
  ['President', 'Chairman', 'Speaker'],
  ['General Secretary', 'Secretary General', 'Secretary'],
];

const PHRASES = SYSTEMS.flatMap((group) => group.map((phrase) => ({ phrase, group }))).sort(
  (a, b) => b.phrase.length - a.phrase.length,
);

/** Heads after which "<body> <head>" is also written "<head> of the <body>" ("National Assembly Chairman"). */
const HEADS = [
  'Vice President',
  'Vice Chairman',
  'General Secretary',
  'Secretary General',
  'President',
  'Chairman',
  'Chairwoman',
  'Speaker',
  'Secretary',
];

/** A title is compared with hyphens read as spaces and case ignored. */
function key(title: string): string {
  return title
    .toLowerCase()
    .replace(/[-\u2010-\u2014]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The form with the words of "<head> of the <body>" in the other order, or none. */
function reordered(title: string): string | undefined {
  const of = /^(.+?) of the (.+)$/.exec(title);
  if (of && HEADS.includes(of[1]!) && !/ of /.test(of[2]!)) return `${of[2]} ${of[1]}`;
  for (const head of HEADS) {
    if (title.endsWith(` ${head}`) && title.length > head.length + 1) {
      const body = title.slice(0, -head.length - 1);
      // "Lao President" is the country's, not a body's: only bodies of two words or more, or "Party".
      if (body.includes(' ') || body === 'Party') return `${head} of the ${body}`;
      return undefined;
    }
  }
  return undefined;
}

/** The title with its system word replaced by each other system's, with the word replaced. */
function otherSystems(title: string): { text: string; from: string }[] {
  for (const { phrase, group } of PHRASES) {
    const at = new RegExp(`(?<![\\p{L}-])${phrase}(?![\\p{L}-])`, 'u').exec(title);
    if (!at) continue;
    // Only an assembly has a speaker.
    const others = group.filter(
      (other) => other !== phrase && (other !== 'Speaker' || /Assembly|Congress/.test(title)),
    );
    return others.map((other) => ({
      text: title.slice(0, at.index) + other + title.slice(at.index + phrase.length),
      from: phrase,
    }));
  }
  return [];
}

/** Two-word heads also written with a hyphen ("Vice-President", "Secretary-General"). */
const HYPHENABLE = [
  'Prime Minister',
  'Vice President',
  'Vice Premier',
  'Vice Chairman',
  'General Secretary',
  'Secretary General',
];

/** The title with each two-word head hyphenated, or unhyphenated where it is. */
function hyphenations(title: string): string[] {
  const forms: string[] = [];
  for (const head of HYPHENABLE) {
    const hyphenated = head.replace(' ', '-');
    if (title.includes(head)) forms.push(title.replace(head, hyphenated));
    else if (title.includes(hyphenated)) forms.push(title.replace(hyphenated, head));
  }
  return forms;
}

function isLatin(text: string): boolean {
  return /^[\p{Script=Latin}\s'’.-]+$/u.test(text);
}

/** The generated aliases of one office. */
export function titleVariantsOf(office: OfficeEntity): Alias[] {
  const titles = office.entry.titles.filter(isLatin);
  // The fix names the office's title ("General Secretary" for "Secretary of the Party").
  const officeTitle = titles[0] ?? office.name;
  const listed = new Set([...titles, ...(office.entry.wrongForms ?? []).map((w) => w.form)].map(key));
  const out = new Map<string, Alias>();
  const add = (text: string, alias: Omit<Alias, 'text' | 'entityId' | 'caseSensitive'>) => {
    if (!text.includes(' ') && !text.includes('-')) return;
    if (out.has(text)) return;
    out.set(text, { text, entityId: office.id, caseSensitive: false, ...alias });
  };
  for (const title of titles) {
    // Other hyphens and the other order: the same title.
    const same = [
      title,
      ...[title, reordered(title)].filter((t): t is string => t !== undefined).flatMap((t) => [t, ...hyphenations(t)]),
    ];
    for (const form of same)
      if (form !== title && !titles.includes(form)) add(form, { form: 'title', titleVariant: 'form' });
    // Another system's word: a wrong form, unless the office lists it.
    for (const { text, from } of otherSystems(title)) {
      for (const form of [
        text,
        ...hyphenations(text),
        ...[reordered(text)].filter((t): t is string => t !== undefined).flatMap((t) => [t, ...hyphenations(t)]),
      ]) {
        if (listed.has(key(form))) continue;
        add(form, {
          form: 'wrong',
          titleVariant: 'system',
          replacement: officeTitle,
          reason: `another system's word for "${from}"`,
        });
      }
    }
  }
  // A listed wrong form with other hyphens is as wrong ("Prime-Minister" for China's Premier).
  for (const wrong of office.entry.wrongForms ?? []) {
    if (!isLatin(wrong.form)) continue;
    for (const form of hyphenations(wrong.form))
      if (!titles.some((title) => key(title) === key(form)))
        add(form, {
          form: 'wrong',
          titleVariant: 'form',
          replacement: wrong.use ?? officeTitle,
          reason: asClause(wrong.reason),
        });
  }
  // A form both accepted (from one title) and wrong (from another) is accepted.
  const accepted = new Set([...out.values()].filter((alias) => alias.form === 'title').map((alias) => key(alias.text)));
  return [...out.values()].filter((alias) => alias.form === 'title' || !accepted.has(key(alias.text)));
}

/** The generated title forms of every office. */
export function titleVariants(kb: KnowledgeBase): Alias[] {
  const aliases: Alias[] = [];
  for (const entity of kb.entities.values()) if (entity.kind === 'office') aliases.push(...titleVariantsOf(entity));
  return aliases;
}
