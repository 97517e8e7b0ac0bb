import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import type { KnowledgeBase, PersonEntity } from '../../kb/knowledgeBase.js';
import { foldText } from '../text/fold.js';
import { HAN } from '../text/scripts.js';

/** A known spelling of a person's full name. */
export interface KnownSpelling {
  text: string;
  person: PersonEntity;
}

interface IndexedSpelling extends KnownSpelling {
  folded: string;
  phonetic: string;
}

const spellingsByKb = new WeakMap<KnowledgeBase, Map<string, IndexedSpelling[]>>();

/**
 * Full Latin-script spellings of people, keyed by word count and each folded word: a typo
 * leaves at least one word of a two-to-four-word name intact, so a written name need only be
 * compared with the names that share a word with it.
 */
function spellingIndex(kb: KnowledgeBase): Map<string, IndexedSpelling[]> {
  const cached = spellingsByKb.get(kb);
  if (cached) return cached;
  const byKey = new Map<string, IndexedSpelling[]>();
  for (const entity of kb.entities.values()) {
    if (entity.kind !== 'person') continue;
    for (const text of [entity.name, ...(entity.entry.aliases ?? []), ...(entity.entry.romanizations ?? [])]) {
      const folded = foldText(text);
      const words = folded.split(' ');
      if (words.length < 2 || !/^[a-z]/.test(folded)) continue;
      const spelling = { text, person: entity, folded, phonetic: phonetic(folded) };
      for (const word of new Set(words)) {
        const key = `${words.length}:${word}`;
        const list = byKey.get(key) ?? [];
        list.push(spelling);
        byKey.set(key, list);
      }
    }
  }
  spellingsByKb.set(kb, byKey);
  return byKey;
}

function phonetic(folded: string): string {
  return folded
    .split(' ')
    .map((word) => doubleMetaphone(word)[0])
    .join(' ');
}

/**
 * The known person whose full name a written name misses by a typo ("Xi Jinpin",
 * "Tran Thanh Mann", "Nguyen Phu Trung"), if any. One edit counts for names of six letters
 * or more; two edits only for long names that also sound the same. An exact spelling is not
 * a near miss.
 */
export function nearMissOf(written: string, kb: KnowledgeBase): KnownSpelling | undefined {
  // Runs of capitalized words ("The Chinese", "Prime Minister") recur in text after text, and
  // each is compared with every known name sharing a word: the answer is kept per written run.
  let known = nearMissesByKb.get(kb);
  if (!known) nearMissesByKb.set(kb, (known = new Map<string, KnownSpelling | undefined>()));
  if (known.has(written)) return known.get(written);
  const found = findNearMiss(written, kb);
  if (known.size >= RUNS_KEPT) known.clear();
  known.set(written, found);
  return found;
}

const nearMissesByKb = new WeakMap<KnowledgeBase, Map<string, KnownSpelling | undefined>>();
/** Enough for a corpus's recurring names and headings; past it the answers are forgotten and read again. */
const RUNS_KEPT = 50_000;

function findNearMiss(written: string, kb: KnowledgeBase): KnownSpelling | undefined {
  const folded = foldText(written);
  const words = folded.split(' ');
  const index = spellingIndex(kb);
  const candidates = new Set<IndexedSpelling>();
  for (const word of words) for (const spelling of index.get(`${words.length}:${word}`) ?? []) candidates.add(spelling);
  let best: IndexedSpelling | undefined;
  let bestEdits = Infinity;
  for (const known of candidates) {
    if (Math.abs(folded.length - known.folded.length) > 2) continue;
    const edits = distance(folded, known.folded);
    if (edits === 0) return undefined;
    const acceptable =
      edits === 1
        ? known.folded.length >= 6
        : edits === 2 && known.folded.length >= 12 && phonetic(folded) === known.phonetic;
    if (acceptable && edits < bestEdits) {
      best = known;
      bestEdits = edits;
    }
  }
  return best && { text: best.text, person: best.person };
}

/**
 * The Chinese person whose two-word name a written name is, in the other order ("Qiang Li" for
 * Li Qiang), if any: the caller decides whether the context makes it that person.
 */
export function reversedChineseNameOf(written: string, kb: KnowledgeBase): KnownSpelling | undefined {
  const words = foldText(written).split(' ');
  if (words.length !== 2) return undefined;
  const reversed = `${words[1]} ${words[0]}`;
  for (const known of spellingIndex(kb).get(`2:${words[0]}`) ?? []) {
    if (known.folded === reversed && known.person.entry.country === 'china')
      return { text: known.text, person: known.person };
  }
  return undefined;
}

const transliterationsByKb = new WeakMap<KnowledgeBase, KnownSpelling[]>();

/** Chinese renderings of foreign names with the middle dot (通伦·西苏里), folded to simplified. */
function transliterations(kb: KnowledgeBase): KnownSpelling[] {
  const cached = transliterationsByKb.get(kb);
  if (cached) return cached;
  const list: KnownSpelling[] = [];
  for (const entity of kb.entities.values()) {
    if (entity.kind !== 'person') continue;
    const name = entity.entry.names?.['zh-Hans'];
    if (name?.includes('·')) list.push({ text: name, person: entity });
  }
  transliterationsByKb.set(kb, list);
  return list;
}

/** A Chinese rendering of a foreign name: Han characters around a middle dot. */
const HAN_NAME = new RegExp(`^[${HAN}]+·[${HAN}]+$`);

/**
 * The known person whose Chinese rendering is written, with one wrong character, around the
 * middle dot at `dot` ("通伦·西苏利" for 通伦·西苏里), with the offsets of the written name.
 * The Han runs on either side may be longer than the name (国家主席通伦·西苏利).
 */
export function chineseNearMissAt(
  text: string,
  dot: number,
  kb: KnowledgeBase,
): (KnownSpelling & { start: number; end: number }) | undefined {
  for (const known of transliterations(kb)) {
    const split = known.text.indexOf('·');
    const start = dot - split;
    const end = dot + known.text.length - split;
    if (start < 0 || end > text.length) continue;
    const written = foldText(text.slice(start, dot)) + '·' + foldText(text.slice(dot + 1, end));
    // The miswritten character is a Han character, never a line break or half of an emoji beside the name.
    if (!HAN_NAME.test(written)) continue;
    if (written !== known.text && distance(written, known.text) === 1) return { ...known, start, end };
  }
  return undefined;
}
