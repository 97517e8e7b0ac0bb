import type { KnowledgeBase, PersonEntity } from '../../kb/knowledgeBase.js';
import { foldText } from '../text/fold.js';
import type { Alias } from './aliases.js';
import { cantoneseKey, cantoneseRomanizations } from './cantonese.js';
import { pinyinOfHan } from './hanReadings.js';
import { characterLength, nameWordEnd, nextPossibleCapital } from './capitalizedWords.js';
import { anyCovered, type NearMissSpan } from './nearMissMentions.js';
import { readMandarin, type MandarinReading } from './pinyin.js';
import { collapseDoubles, laoSpelling, vietnameseSpelling } from './romanizationKeys.js';

/**
 * Transliterations of known people's names that no list foresaw: the same name through
 * another romanization system or another language. Every Latin-script spelling of a person
 * in the knowledge base (name, aliases, accepted romanizations) gets a key in the system of
 * the person's country — a Lao key, a Vietnamese key, a loose Wade–Giles key for Chinese
 * names (also reversed, "Zemin Jiang") — the `zh-Hans` rendering of a Lao or
 * Vietnamese name gets the key of its pinyin ("Ruan Jinyong" for 阮晋勇), and a Chinese
 * name's characters get the keys of their Cantonese romanizations ("Tsap Kan-ping"). A run of
 * capitalized words in a text whose key is one person's is that person in a non-standard
 * form.
 */

/** One person's entry under a key, with how a text spelling the key differs from the standard name. */
interface KeyedName {
  person: PersonEntity;
  /** Why the form is not standard, as the evidence says it. */
  reason: string;
  /**
   * For Mandarin keys: the plain pinyin spellings (folded, joined) of the person under this
   * key. A text read as plain pinyin must be one of them — written with other spaces or
   * hyphens — since another pinyin name is another person ("Li Jiang" is not "Li Qiang").
   */
  pinyin?: Set<string>;
}

/** Keyed names per system; `null` where two people share a key (then it says nothing). */
interface TransliterationIndex {
  lao: Map<string, KeyedName | null>;
  vietnamese: Map<string, KeyedName | null>;
  mandarin: Map<string, KeyedName | null>;
  cantonese: Map<string, KeyedName | null>;
  /** Per system, the first letters (up to {@link PREFIX}) of every key: most words start none. */
  laoPrefixes: Set<string>;
  vietnamesePrefixes: Set<string>;
  mandarinPrefixes: Set<string>;
  cantonesePrefixes: Set<string>;
}

/** Keys shorter than this say too little to be matched ("lixi" is kept by being five letters with its join). */
const SHORTEST_KEY = 5;
const PREFIX = 3;
/** The most words a name spans in a text ("Sone Xay Si Phandone" is four). */
const LONGEST_RUN = 4;
/** A single word is read as a whole name ("Tolam") only from this length. */
const SHORTEST_JOINED = 5;

const REASON = {
  lao: 'a variant romanization of the Lao name',
  vietnamese: 'a variant spelling of the Vietnamese name',
  pinyin: 'the Chinese rendering of the name read back in pinyin',
  chinese: 'another romanization or order of the Chinese name',
  reversed: 'the Chinese name in Western order',
  cantonese: 'the Chinese name romanized from Cantonese',
};

const indexByKb = new WeakMap<KnowledgeBase, TransliterationIndex>();

function transliterationIndex(kb: KnowledgeBase): TransliterationIndex {
  const cached = indexByKb.get(kb);
  if (cached) return cached;
  const index: TransliterationIndex = {
    lao: new Map(),
    vietnamese: new Map(),
    mandarin: new Map(),
    cantonese: new Map(),
    laoPrefixes: new Set(),
    vietnamesePrefixes: new Set(),
    mandarinPrefixes: new Set(),
    cantonesePrefixes: new Set(),
  };
  const prefixesOf = new Map([
    [index.lao, index.laoPrefixes],
    [index.vietnamese, index.vietnamesePrefixes],
    [index.mandarin, index.mandarinPrefixes],
    [index.cantonese, index.cantonesePrefixes],
  ]);
  const add = (map: Map<string, KeyedName | null>, key: string, named: KeyedName, pinyin?: string) => {
    if (key.length < SHORTEST_KEY) return;
    const existing = map.get(key);
    if (existing === null) return;
    if (existing && existing.person.id !== named.person.id) {
      map.set(key, null);
      return;
    }
    const entry = existing ?? { ...named, pinyin: named.pinyin ? new Set() : undefined };
    if (pinyin !== undefined) (entry.pinyin ??= new Set()).add(pinyin);
    map.set(key, entry);
    for (let length = 1; length <= PREFIX; length++) prefixesOf.get(map)!.add(key.slice(0, length));
  };
  for (const entity of kb.entities.values()) {
    if (entity.kind !== 'person') continue;
    const person = entity;
    const spellings = [person.name, ...(person.entry.aliases ?? []), ...(person.entry.romanizations ?? [])]
      .map((text) => foldText(text).split(/\s+/))
      .filter((words) => words.length >= 2 && words.every((word) => /^[a-z][a-z'’-]*$/.test(word)));
    const country = person.entry.country;
    for (const words of spellings) {
      if (country === 'laos')
        add(index.lao, collapseDoubles(words.map(laoSpelling).join('')), { person, reason: REASON.lao });
      else if (country === 'vietnam')
        add(index.vietnamese, words.map(vietnameseSpelling).join(''), { person, reason: REASON.vietnamese });
      else if (country === 'china')
        addMandarin(words, { person, reason: REASON.chinese, pinyin: new Set() }, add, index, true);
    }
    const rendering = person.entry.names?.['zh-Hans'];
    const pinyin = country !== 'china' && rendering ? pinyinOfHan(rendering) : undefined;
    if (pinyin) addMandarin(pinyin, { person, reason: REASON.pinyin, pinyin: new Set() }, add, index, false);
    const han = person.entry.names?.['zh-Hant'] ?? person.entry.names?.['zh-Hans'];
    const readings = person.entry.cantoneseReadings;
    if (country === 'china' && han && readings) {
      for (const words of cantoneseRomanizations(han, readings))
        add(index.cantonese, words.map(cantoneseKey).join(''), { person, reason: REASON.cantonese });
    }
  }
  indexByKb.set(kb, index);
  return index;
}

/** Adds a romanized Chinese name's Mandarin key, and with `reversed`, that of its Western order when the given name has two syllables or more. */
function addMandarin(
  words: string[],
  named: KeyedName,
  add: (map: Map<string, KeyedName | null>, key: string, named: KeyedName, pinyin?: string) => void,
  index: TransliterationIndex,
  reversed: boolean,
): void {
  const readings = words.map(readMandarin);
  if (readings.some((reading) => !reading)) return;
  const read = readings as MandarinReading[];
  add(index.mandarin, read.map((r) => r.loose.join('')).join(''), named, words.join('').replace(/[-'’]/g, ''));
  const given = read.slice(1);
  if (reversed && words.length === 2 && given[0]!.loose.length >= 2) {
    add(
      index.mandarin,
      [...given, read[0]!].map((r) => r.loose.join('')).join(''),
      { ...named, reason: REASON.reversed },
      [...words.slice(1), words[0]].join('').replace(/[-'’]/g, ''),
    );
  }
}

const POSSESSIVE = /['’]s$/;

/** What one word of a text contributes to each system's key. */
interface WordKeys {
  folded: string;
  lao: string;
  vietnamese: string;
  mandarin: MandarinReading | undefined;
  cantonese: string;
  /** The systems the word may begin a name in ({@link systemsStartedBy}), for the index they were read against. */
  started?: { index: TransliterationIndex; systems: number };
}

/**
 * The keys of words already read, kept across documents and edits (the words of a draft
 * hardly change between keystrokes); cleared when it grows past {@link WORDS_KEPT}.
 */
const keysOfWord = new Map<string, WordKeys>();
const WORDS_KEPT = 100_000;

function keysOf(word: string): WordKeys {
  let keys = keysOfWord.get(word);
  if (!keys) {
    const folded = foldText(word);
    keys = {
      folded,
      lao: laoSpelling(folded),
      vietnamese: vietnameseSpelling(folded),
      mandarin: readMandarin(folded),
      cantonese: cantoneseKey(folded),
    };
    if (keysOfWord.size >= WORDS_KEPT) keysOfWord.clear();
    keysOfWord.set(word, keys);
  }
  return keys;
}

/** Systems a word may begin a name in, as bits: the start of its key is the start of some person's key. */
const LAO = 1;
const VIETNAMESE = 2;
const MANDARIN = 4;
const CANTONESE = 8;

function systemsStartedBy(keys: WordKeys, index: TransliterationIndex): number {
  return (
    (index.laoPrefixes.has(collapseDoubles(keys.lao).slice(0, PREFIX)) ? LAO : 0) |
    (index.vietnamesePrefixes.has(keys.vietnamese.slice(0, PREFIX)) ? VIETNAMESE : 0) |
    (keys.mandarin && index.mandarinPrefixes.has(keys.mandarin.loose.join('').slice(0, PREFIX)) ? MANDARIN : 0) |
    (index.cantonesePrefixes.has(keys.cantonese.slice(0, PREFIX)) ? CANTONESE : 0)
  );
}

/**
 * Runs of one to four capitalized words, outside text already recognized, whose key in some
 * system is one known person's (and no other's): "Thonglun Sisulith", "Phan Kham Viphavanh",
 * "Nguyen Phutrong", "Ruan Jinyong", "Hsi Chin-p'ing", "Zemin Jiang", "Tsap Kan-ping". Each becomes a
 * mention of that person in a wrong form, so that `name/misspelled` reports it as a
 * non-standard transliteration, with the standard name as the fix.
 *
 * Cheap on text that names no one this way: the words are read once (and kept), and a run is
 * only keyed in the systems where its first word begins some person's key.
 */
export function findTransliterations(text: string, covered: Uint8Array, kb: KnowledgeBase): NearMissSpan[] {
  const index = transliterationIndex(kb);
  const starts: number[] = [];
  const ends: number[] = [];
  const words: WordKeys[] = [];
  const systems: number[] = [];
  for (let at = nextPossibleCapital(text, 0); at < text.length; at = nextPossibleCapital(text, at)) {
    const end = nameWordEnd(text, at);
    if (end < 0) {
      at += characterLength(text, at);
      continue;
    }
    const written = text.slice(at, end);
    const word = POSSESSIVE.test(written) ? written.slice(0, -2) : written;
    const keys = keysOf(word);
    // Kept with the word's keys: the same capitalized words recur in text after text.
    if (keys.started?.index !== index) keys.started = { index, systems: systemsStartedBy(keys, index) };
    const started = keys.started.systems;
    starts.push(at);
    ends.push(at + word.length);
    at = end;
    words.push(keys);
    systems.push(started);
  }
  const spans: NearMissSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    if (systems[i] === 0) continue;
    for (let size = Math.min(LONGEST_RUN, words.length - i); size >= 1; size--) {
      const last = i + size - 1;
      if (!singleSpaced(text, starts, ends, i, last)) continue;
      const start = starts[i]!;
      const end = ends[last]!;
      if (size === 1 && end - start < SHORTEST_JOINED) continue;
      if (anyCovered(covered, start, end)) continue;
      const named = lookUp(index, words, i, last, systems[i]!);
      if (!named) continue;
      const written = text.slice(start, end);
      const alias: Alias = {
        text: written,
        entityId: named.person.id,
        form: 'wrong',
        caseSensitive: false,
        replacement: named.person.name,
        reason: named.reason,
        transliteration: true,
      };
      spans.push({ start, end, alias });
      i = last;
      break;
    }
  }
  return spans;
}

/** The one person the words `from`..`last` name in one of the systems their first word may begin, if exactly one. */
function lookUp(
  index: TransliterationIndex,
  words: readonly WordKeys[],
  from: number,
  last: number,
  systems: number,
): KeyedName | undefined {
  const found: KeyedName[] = [];
  if (systems & LAO) {
    let key = '';
    for (let k = from; k <= last; k++) key += words[k]!.lao;
    const named = index.lao.get(collapseDoubles(key));
    if (named) found.push(named);
  }
  if (systems & VIETNAMESE) {
    let key = '';
    for (let k = from; k <= last; k++) key += words[k]!.vietnamese;
    const named = index.vietnamese.get(key);
    if (named) found.push(named);
  }
  if (systems & MANDARIN) {
    let key = '';
    let plain = true;
    let pinyin = '';
    let read = true;
    for (let k = from; k <= last && read; k++) {
      const reading = words[k]!.mandarin;
      if (!reading) read = false;
      else {
        key += reading.loose.join('');
        plain &&= reading.pinyin;
        pinyin += words[k]!.folded.replace(/[-'’]/g, '');
      }
    }
    const named = read ? index.mandarin.get(key) : undefined;
    if (named && (!plain || named.pinyin?.has(pinyin))) found.push(named);
  }
  // Hong Kong and Macau write the surname apart, so a Cantonese name is at least two words.
  if (systems & CANTONESE && last > from) {
    let key = '';
    let plainPinyin = true;
    for (let k = from; k <= last; k++) {
      key += words[k]!.cantonese;
      plainPinyin &&= words[k]!.mandarin?.pinyin === true;
    }
    // A run that is plain pinyin is a Mandarin name ("Mo Ning"), whoever's Cantonese it resembles.
    const named = plainPinyin ? undefined : index.cantonese.get(key);
    if (named) found.push(named);
  }
  if (found.length === 0 || found.some((named) => named.person.id !== found[0]!.person.id)) return undefined;
  return found[0];
}

function singleSpaced(
  text: string,
  starts: readonly number[],
  ends: readonly number[],
  from: number,
  last: number,
): boolean {
  for (let k = from; k < last; k++) {
    if (starts[k + 1]! - ends[k]! !== 1 || text.charCodeAt(ends[k]!) !== 0x20) return false;
  }
  return true;
}
