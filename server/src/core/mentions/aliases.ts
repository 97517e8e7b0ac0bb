import type { Entity, KnowledgeBase } from '../../kb/knowledgeBase.js';
import type { NamingConvention, NativeNames } from '../../kb/types.js';

/**
 * What kind of form an alias is. The checks read it: a `wrong` form is flagged, a `short`
 * form only counts after the full name was introduced, a `misusedShort` form (the surname of
 * a Lao leader, the given name of a Chinese one) is a wrong second mention.
 */
export type AliasForm =
  | 'name'
  | 'alias'
  | 'romanization'
  | 'native'
  | 'acronym'
  | 'short'
  | 'misusedShort'
  | 'variant'
  | 'adjective'
  | 'title'
  | 'wrong';

/** One form under which a knowledge-base entity can appear in a text. */
export interface Alias {
  text: string;
  entityId: string;
  form: AliasForm;
  /** Matched only when its upper/lower case pattern is the same in the text. */
  caseSensitive: boolean;
  /** For `wrong` forms: what to write instead. */
  replacement?: string;
  /** For `wrong` forms: why. */
  reason?: string;
  /** For `wrong` forms: set when the form is the name through another romanization or language, not a typo. */
  transliteration?: boolean;
  /**
   * Set on a title form made from an office's listed forms (titleForms.ts): `form`, the same
   * words with other hyphens or in another order; `system`, another system's word for the post.
   */
  titleVariant?: 'form' | 'system';
}

const ACRONYM = /^[\p{Lu}\d&-]{2,8}$/u;

/** Every alias of every entity in the knowledge base. */
export function collectAliases(kb: KnowledgeBase): Alias[] {
  const aliases: Alias[] = [];
  for (const entity of kb.entities.values()) aliases.push(...aliasesOf(entity));
  return dedupe(aliases);
}

/** The aliases of one entity. */
export function aliasesOf(entity: Entity): Alias[] {
  const out: Alias[] = [];
  const explicitCase = new Set(entity.kind === 'office' ? [] : (entity.entry.caseSensitive ?? []));
  const add = (text: string, form: AliasForm, extra: Partial<Alias> = {}) => {
    const trimmed = text.trim();
    if (!trimmed) return;
    const caseSensitive =
      explicitCase.has(trimmed) || form === 'short' || form === 'misusedShort' || ACRONYM.test(trimmed);
    out.push({ text: trimmed, entityId: entity.id, form, caseSensitive, ...extra });
  };
  const addNative = (names: NativeNames | undefined) => {
    for (const name of Object.values(names ?? {}) as (string | undefined)[]) if (name) add(name, 'native');
  };
  const addWrong = (wrongForms: { form: string; use?: string; reason?: string }[] | undefined, fallback: string) => {
    for (const wrong of wrongForms ?? [])
      add(wrong.form, 'wrong', { replacement: wrong.use ?? fallback, reason: asClause(wrong.reason) });
  };

  switch (entity.kind) {
    case 'office': {
      for (const title of entity.entry.titles) add(title, 'title');
      addNative(entity.entry.names);
      addWrong(entity.entry.wrongForms, entity.entry.titles[0] ?? entity.name);
      return out;
    }
    case 'person': {
      const person = entity.entry;
      add(person.name, 'name');
      for (const alias of person.aliases ?? []) add(alias, 'alias');
      for (const form of person.romanizations ?? []) add(form, 'romanization');
      addNative(person.names);
      addWrong(person.wrongForms, person.name);
      const shortForms = person.shortForms ?? [defaultShortForm(person.name, person.convention)];
      for (const form of shortForms) if (form && form !== person.name) add(form, 'short');
      const misused = misusedShortForm(person.name, person.convention);
      if (misused && !shortForms.includes(misused)) add(misused, 'misusedShort', { replacement: shortForms[0] });
      return out;
    }
    case 'organization': {
      const org = entity.entry;
      add(org.name, 'name');
      if (org.acronym) add(org.acronym, 'acronym');
      for (const alias of org.aliases ?? []) add(alias, 'alias');
      for (const form of org.shortForms ?? []) add(form, 'short');
      addNative(org.names);
      addWrong(org.wrongForms, org.name);
      return out;
    }
    case 'country': {
      const country = entity.entry;
      add(country.name, 'name');
      if (country.officialName) add(country.officialName, 'alias');
      for (const alias of country.aliases ?? []) add(alias, 'alias');
      for (const variant of country.nameVariants ?? []) add(variant, 'variant');
      add(country.adjective, 'adjective');
      for (const adjective of country.adjectiveAliases ?? []) add(adjective, 'adjective');
      addNative(country.names);
      addWrong(country.wrongForms, country.name);
      return out;
    }
    case 'agreement':
    case 'place': {
      add(entity.entry.name, 'name');
      for (const alias of entity.entry.aliases ?? []) add(alias, 'alias');
      addNative(entity.entry.names);
      addWrong(entity.entry.wrongForms, entity.entry.name);
      return out;
    }
  }
}

/** The second-mention form a naming convention gives. */
export function defaultShortForm(name: string, convention: NamingConvention): string {
  const parts = name.split(/\s+/);
  switch (convention) {
    case 'surname-first':
    case 'given-name':
      return parts[0] ?? name;
    case 'full-or-given-name':
    case 'surname-last':
      return parts[parts.length - 1] ?? name;
  }
}

/**
 * The part of a two-part name that the convention says not to use alone: the surname of a
 * Lao leader ("Siphandone"), the given name of a Chinese one ("Qiang"). Vietnamese names
 * have no such form: both the full name and the given name are right.
 */
export function misusedShortForm(name: string, convention: NamingConvention): string | undefined {
  const parts = name.split(/\s+/);
  if (parts.length < 2) return undefined;
  switch (convention) {
    case 'surname-first':
    case 'given-name':
      return parts.slice(1).join(' ');
    case 'surname-last':
      return parts[0];
    case 'full-or-given-name':
      return undefined;
  }
}

/** A reason as a clause to put in parentheses: no final period, lower-case start unless a name. */
export function asClause(reason: string | undefined): string | undefined {
  if (!reason) return undefined;
  const trimmed = reason.trim().replace(/\.$/, '');
  return /^[A-Z][a-z]/.test(trimmed) && !/^(The|A|An|Machine|Misspelling|Wrong|Common|Non)\b/.test(trimmed)
    ? trimmed
    : trimmed[0]!.toLowerCase() + trimmed.slice(1);
}

function dedupe(aliases: Alias[]): Alias[] {
  const seen = new Set<string>();
  return aliases.filter((alias) => {
    const key = `${alias.entityId}\u0000${alias.form}\u0000${alias.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
