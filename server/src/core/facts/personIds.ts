import type { KnowledgeBase } from '../../kb/knowledgeBase.js';
import type { NamingConvention, NativeNames } from '../../kb/types.js';
import { aliasesOf } from '../mentions/aliases.js';
import type { Mention } from '../mentions/mentionIndex.js';

const cache = new WeakMap<KnowledgeBase, ReadonlyMap<string, string>>();

/** Known people by the lower-cased forms a title can introduce them with ("thongloun" → Thongloun Sisoulith), unambiguous forms only. */
function peopleByForm(kb: KnowledgeBase): ReadonlyMap<string, string> {
  let map = cache.get(kb);
  if (map) return map;
  const owners = new Map<string, Set<string>>();
  for (const entity of kb.entities.values()) {
    if (entity.kind !== 'person') continue;
    for (const alias of aliasesOf(entity)) {
      if (alias.form === 'wrong' || alias.form === 'misusedShort') continue;
      const key = alias.text.toLowerCase();
      const set = owners.get(key) ?? new Set<string>();
      set.add(entity.id);
      owners.set(key, set);
    }
    for (const form of chineseShortForms(entity.entry.names, entity.entry.convention)) {
      const set = owners.get(form) ?? new Set<string>();
      set.add(entity.id);
      owners.set(form, set);
    }
  }
  const built = new Map<string, string>();
  for (const [form, ids] of owners) if (ids.size === 1) built.set(form, [...ids][0]!);
  map = built;
  cache.set(kb, map);
  return map;
}

/**
 * The second-mention forms of a transliterated Chinese name, cut at its "·" as the convention
 * cuts the English name: "巴育·占奥差" is "巴育" (Prayut, a given name used alone), "唐纳德·特朗普"
 * is "特朗普". A Chinese name of a Chinese person has no "·" and no such form.
 */
function chineseShortForms(names: NativeNames | undefined, convention: NamingConvention): string[] {
  const forms: string[] = [];
  for (const name of [names?.['zh-Hans'], names?.['zh-Hant']]) {
    const parts = name?.split('·') ?? [];
    if (parts.length < 2) continue;
    const short = convention === 'surname-last' ? parts[parts.length - 1] : parts[0];
    if (short && short.length >= 2) forms.push(short);
  }
  return forms;
}

/**
 * The id a person mention is counted under. The mention finder takes "President Thongloun"
 * for a newcomer when the full name has not been printed first; for facts, a short form that
 * names exactly one known person is that person, so that such a report still groups with the
 * others of the same event.
 */
export function personIdOf(mention: Mention, kb: KnowledgeBase): string {
  if (mention.known || !mention.entity.id.startsWith('new:')) return mention.entity.id;
  return peopleByForm(kb).get(mention.text.toLowerCase()) ?? mention.entity.id;
}
