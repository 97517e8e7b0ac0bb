import type { Entity, EntityType, KnowledgeBase } from '../../kb/knowledgeBase.js';
import { getFoldTable } from '../text/fold.js';
import { AliasAutomaton } from './aliasAutomaton.js';
import { collectAliases, type Alias } from './aliases.js';
import { titleVariants } from './titleForms.js';

/**
 * The compiled form of a knowledge base for mention finding: every alias of every entity in
 * one automaton. Built once per knowledge base and shared by all documents.
 */
export interface MentionIndex {
  readonly kb: KnowledgeBase;
  readonly automaton: AliasAutomaton;
  /** For each automaton pattern, the aliases that fold to it (several entities may share one). */
  readonly candidates: readonly (readonly Alias[])[];
  /** Lower-cased country adjectives and names → country id, for titles like "Cambodian Prime Minister". */
  readonly countryByWord: ReadonlyMap<string, string>;
}

/**
 * Compiles a knowledge base for {@link findMentions}. `automatonOf` builds the automaton of the
 * folded patterns, or gives one kept from an earlier run for exactly these patterns.
 */
export function buildMentionIndex(
  kb: KnowledgeBase,
  automatonOf: (patterns: readonly string[]) => AliasAutomaton = (patterns) => new AliasAutomaton(patterns),
): MentionIndex {
  const fold = getFoldTable();
  const byFolded = new Map<string, Alias[]>();
  for (const alias of [...collectAliases(kb), ...titleVariants(kb)]) {
    let key = '';
    for (let i = 0; i < alias.text.length; i++) key += String.fromCharCode(fold[alias.text.charCodeAt(i)]!);
    const list = byFolded.get(key);
    if (list) list.push(alias);
    else byFolded.set(key, [alias]);
  }
  const patterns = [...byFolded.keys()];
  const candidates = patterns.map((pattern) => byFolded.get(pattern)!);
  const countryByWord = new Map<string, string>();
  for (const entity of kb.entities.values()) {
    if (entity.kind !== 'country') continue;
    for (const word of [
      entity.entry.adjective,
      ...(entity.entry.adjectiveAliases ?? []),
      entity.name,
      ...(entity.entry.nameVariants ?? []),
    ]) {
      countryByWord.set(word.toLowerCase(), entity.id);
    }
  }
  return { kb, automaton: automatonOf(patterns), candidates, countryByWord };
}

/** A reference to an entity as shown to users and written in JSON output. */
export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

/** One place where a text names an entity. */
export interface Mention {
  /** UTF-16 offsets into the document text. */
  start: number;
  end: number;
  text: string;
  entity: EntityRef;
  /** The knowledge-base entity; absent for people the knowledge base does not know. */
  known?: Entity;
  /** Which alias matched; absent for people recognized from their title alone. */
  alias?: Alias;
  /** Set for a mention inside a longer one: the party named in a title. */
  nested?: boolean;
}

/** Builds the reference for a knowledge-base entity. */
export function refOf(entity: Entity): EntityRef {
  return { id: entity.id, name: entity.name, type: entity.type };
}
