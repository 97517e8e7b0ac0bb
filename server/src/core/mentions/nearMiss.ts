import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import type { KnowledgeBase, PersonEntity } from '../../kb/knowledgeBase.js';
import { foldText } from '../text/fold.js';

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

/** Full Latin-script spellings of people, keyed by word count and folded first letter. */
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
      const key = `${words.length}:${folded[0]}`;
      const list = byKey.get(key) ?? [];
      list.push({ text, person: entity, folded, phonetic: phonetic(folded) });
      byKey.set(key, list);
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
  const folded = foldText(written);
  const words = folded.split(' ');
  const candidates = spellingIndex(kb).get(`${words.length}:${folded[0]}`);
  if (!candidates) return undefined;
  let best: IndexedSpelling | undefined;
  let bestEdits = Infinity;
  for (const known of candidates) {
    if (Math.abs(folded.length - known.folded.length) > 2) continue;
    const edits = distance(folded, known.folded);
    if (edits === 0) return undefined;
    const acceptable = edits === 1 ? known.folded.length >= 6 : edits === 2 && known.folded.length >= 12 && phonetic(folded) === known.phonetic;
    if (acceptable && edits < bestEdits) {
      best = known;
      bestEdits = edits;
    }
  }
  return best && { text: best.text, person: best.person };
}
