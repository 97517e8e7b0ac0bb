import { roleHeldOn, type KnowledgeBase, type OfficeEntity, type PersonEntity } from '../../kb/knowledgeBase.js';
import type { Mention } from '../mentions/mentionIndex.js';

/** Offices by the lower-cased forms of their titles ("general secretary" → CPC, LPRP, CPV). */
type OfficesByTitle = ReadonlyMap<string, readonly OfficeEntity[]>;

const cache = new WeakMap<KnowledgeBase, OfficesByTitle>();

function officesByTitle(kb: KnowledgeBase): OfficesByTitle {
  let map = cache.get(kb);
  if (map) return map;
  const built = new Map<string, OfficeEntity[]>();
  const add = (form: string, office: OfficeEntity) => {
    const key = form.trim().toLowerCase();
    const list = built.get(key);
    if (!list) built.set(key, [office]);
    else if (!list.includes(office)) list.push(office);
  };
  for (const entity of kb.entities.values()) {
    if (entity.kind !== 'office') continue;
    for (const title of entity.entry.titles) add(title, entity);
    add(entity.entry.name, entity);
    for (const name of Object.values(entity.entry.names ?? {}) as (string | undefined)[]) if (name) add(name, entity);
  }
  map = built;
  cache.set(kb, map);
  return map;
}

/** The offices a title names, whatever their country ("general secretary" → the CPC's, the LPRP's, the CPV's). */
export function officesNamed(kb: KnowledgeBase, title: string): readonly OfficeEntity[] {
  return officesByTitle(kb).get(title.replace(/\s+/g, ' ').trim().toLowerCase()) ?? [];
}

/**
 * The office a printed title names. A title the mention finder already resolved ("Lao
 * president") names its office; a generic one ("general secretary of the ... Central
 * Committee", 总书记) is settled by the party or country named inside the phrase, then by the
 * office the person held on the date, then by the person's country. Text evidence comes
 * first because the point of reading titles from the corpus is to check the knowledge base,
 * not to echo it.
 */
export function officeOfTitle(
  kb: KnowledgeBase,
  titleMentions: readonly Mention[],
  person: PersonEntity | undefined,
  date: string | undefined,
): string | undefined {
  const title = titleMentions.find((m) => !m.nested && (m.known?.kind === 'office' || m.entity.type === 'title'));
  if (!title) return undefined;
  if (title.known?.kind === 'office') return title.known.id;
  const candidates = officesByTitle(kb).get(
    (title.alias?.text ?? title.text).replace(/\s+/g, ' ').trim().toLowerCase(),
  );
  if (!candidates || candidates.length === 0) return undefined;
  if (candidates.length === 1) return candidates[0]!.id;
  const countries = new Set<string>();
  for (const m of titleMentions) {
    if (m.known?.kind === 'country') countries.add(m.known.id);
    else if (m.known?.kind === 'organization' && m.known.entry.country) countries.add(m.known.entry.country);
  }
  const inCountry = countries.size > 0 ? candidates.filter((o) => countries.has(o.entry.country)) : candidates;
  const pool = inCountry.length > 0 ? inCountry : candidates;
  if (pool.length === 1) return pool[0]!.id;
  const roles = person?.entry.roles ?? [];
  const heldThen = pool.find((o) => roles.some((r) => r.office === o.id && (!date || roleHeldOn(r, date))));
  if (heldThen) return heldThen.id;
  const heldEver = pool.find((o) => roles.some((r) => r.office === o.id));
  if (heldEver) return heldEver.id;
  if (countries.size === 0 && person) return pool.find((o) => o.entry.country === person.entry.country)?.id;
  return undefined;
}
