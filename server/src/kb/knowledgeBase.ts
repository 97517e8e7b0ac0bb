import type {
  AgreementEntry,
  CountryEntry,
  OfficeEntry,
  OrganizationEntry,
  PersonEntry,
  PlaceEntry,
  RoleEntry,
} from './types.js';
import { mayHoldOn } from './roleDates.js';

/** The entity types a mention can have (the `type` in `attache entities` output). */
export type EntityType =
  'person' | 'party' | 'organization' | 'agreement' | 'initiative' | 'place' | 'country' | 'title';

/** Where an entry was defined, for go-to-definition and for error messages. */
export interface EntrySource {
  path: string;
  /** 1-based line of the entry's first key. */
  line: number;
  /** Set when the file is part of the bundled knowledge base. */
  bundled?: boolean;
}

interface EntityBase {
  id: string;
  name: string;
  type: EntityType;
  source: EntrySource;
  /** Where the entry with the same id that this one replaces was defined (a workspace file over a bundled one). */
  overrides?: EntrySource;
}

export interface PersonEntity extends EntityBase {
  kind: 'person';
  entry: PersonEntry;
}
export interface OrganizationEntity extends EntityBase {
  kind: 'organization';
  entry: OrganizationEntry;
}
export interface AgreementEntity extends EntityBase {
  kind: 'agreement';
  entry: AgreementEntry;
}
export interface CountryEntity extends EntityBase {
  kind: 'country';
  entry: CountryEntry;
}
export interface OfficeEntity extends EntityBase {
  kind: 'office';
  entry: OfficeEntry;
}
export interface PlaceEntity extends EntityBase {
  kind: 'place';
  entry: PlaceEntry;
}

/** One knowledge-base entry of any kind, with its entity type and origin. */
export type Entity = PersonEntity | OrganizationEntity | AgreementEntity | CountryEntity | OfficeEntity | PlaceEntity;

/**
 * A problem found while loading: the file, the 1-based line, and what is wrong. An `error`
 * cost something (an entry, the rest of a file, a whole file); a `warning` was worked around
 * (an unknown field or a too-short alias left out, the entry kept); `information` is worth
 * knowing (a workspace entry replaces a bundled one).
 */
export interface KnowledgeBaseProblem {
  path: string;
  line: number;
  message: string;
  severity: 'error' | 'warning' | 'information';
  /** Set when the file itself could not be read (missing, not a file, too large): an I/O error for a command. */
  unreadable?: true;
}

/** The merged, validated knowledge base. Immutable once built. */
export interface KnowledgeBase {
  readonly entities: ReadonlyMap<string, Entity>;
  /**
   * Date up to which roles are known to be complete (the earliest of the files' dates).
   * Past it, a role with no end date may have ended without the knowledge base knowing.
   */
  readonly verifiedThrough?: string;
  readonly problems: readonly KnowledgeBaseProblem[];
}

/** The entity with this id if it is a person. */
export function getPerson(kb: KnowledgeBase, id: string): PersonEntity | undefined {
  const entity = kb.entities.get(id);
  return entity?.kind === 'person' ? entity : undefined;
}

/**
 * A role is held on `date` when `from <= date` and either no `to` or `date <= to`, boundary days
 * included. A month or year bound counts as held over its whole window (see roleDates.ts): a
 * role that may have been held that day is never judged not held. A role whose start is unknown
 * is held only from the date it is known held by; before that it is not held, and a check that
 * judges titles must also leave it alone there (see `heldBeforeKnownStart`).
 */
export function roleHeldOn(role: RoleEntry, date: string): boolean {
  return mayHoldOn(role, date);
}

/** The roles a person held on a date (ISO `YYYY-MM-DD`). */
export function rolesAt(person: PersonEntry, date: string): RoleEntry[] {
  return (person.roles ?? []).filter((role) => roleHeldOn(role, date));
}

/** The people who held an office on a date. */
export function holdersAt(kb: KnowledgeBase, officeId: string, date: string): PersonEntity[] {
  const holders: PersonEntity[] = [];
  for (const entity of kb.entities.values()) {
    if (entity.kind !== 'person') continue;
    if ((entity.entry.roles ?? []).some((role) => role.office === officeId && roleHeldOn(role, date)))
      holders.push(entity);
  }
  return holders;
}
