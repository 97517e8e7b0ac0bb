/**
 * How queries describe a leader by role rather than by title or name ("the Lao head of
 * state", "China's top political advisor", "Viet Nam's party chief").
 *
 * These descriptions are journalists' paraphrases, not titles, so the knowledge base does not
 * list them and `findMentions` does not see them. The table below does not name offices or
 * people either: each kind of role says which *titles* an office of that kind carries in the
 * knowledge base, and the office a description means is the office of the query's country
 * whose KB titles include one of them. A new country, office or holder in the knowledge base
 * is therefore understood without touching this file; only a new way of describing a role
 * needs a row here.
 */

/** A kind of role that descriptions refer to, independent of country. */
export type RoleKind =
  | 'head-of-state'
  | 'head-of-government'
  | 'party-leader'
  | 'legislature-chair'
  | 'political-advisor'
  | 'foreign-minister'
  | 'defense-minister';

/**
 * For each kind, the titles that identify an office of that kind in the knowledge base
 * (compared folded, whole title against whole title). Only titles that name exactly one
 * office per country qualify: "Chairman" is a title of three Chinese offices, so the
 * legislature is recognized by "Chairman of the NPC Standing Committee" instead.
 */
export const ROLE_KIND_TITLES: Readonly<Record<RoleKind, readonly string[]>> = {
  'head-of-state': ['President', 'State President', 'King'],
  'head-of-government': ['Prime Minister', 'Premier'],
  'party-leader': ['General Secretary', 'Secretary General'],
  'legislature-chair': [
    'Chairman of the NPC Standing Committee',
    'President of the National Assembly',
    'Chairman of the National Assembly',
    'Speaker',
  ],
  'political-advisor': ['CPPCC Chairman', 'Chairman of the CPPCC National Committee'],
  'foreign-minister': ['Foreign Minister', 'Minister of Foreign Affairs', 'Secretary of State'],
  'defense-minister': ['Defense Minister', 'Defence Minister', 'Minister of National Defense'],
};

/**
 * Descriptions of a role, each with the kinds it may mean, tried in order: the first kind
 * for which the query's country has an office wins ("top leader" is the party leader in a
 * one-party state, the head of state elsewhere). Phrases are matched folded (case and
 * diacritics ignored), as whole words in spaced scripts; spaces also match hyphens.
 *
 * Forms that are already knowledge-base titles ("Lao President", "Chinese Premier",
 * "越南国家主席") are deliberately absent: `findMentions` resolves them to their office.
 */
export const ROLE_DESCRIPTIONS: readonly { phrase: string; kinds: readonly RoleKind[] }[] = [
  { phrase: 'head of state', kinds: ['head-of-state'] },
  { phrase: 'state head', kinds: ['head-of-state'] },
  { phrase: '国家元首', kinds: ['head-of-state'] },

  { phrase: 'head of government', kinds: ['head-of-government'] },
  { phrase: 'government head', kinds: ['head-of-government'] },
  { phrase: 'government chief', kinds: ['head-of-government'] },
  { phrase: '政府首脑', kinds: ['head-of-government'] },

  { phrase: 'party chief', kinds: ['party-leader'] },
  { phrase: 'party leader', kinds: ['party-leader'] },
  { phrase: 'party head', kinds: ['party-leader'] },
  { phrase: 'party boss', kinds: ['party-leader'] },
  { phrase: 'communist party chief', kinds: ['party-leader'] },
  { phrase: 'communist party leader', kinds: ['party-leader'] },
  { phrase: 'top leader', kinds: ['party-leader', 'head-of-state'] },
  { phrase: 'paramount leader', kinds: ['party-leader', 'head-of-state'] },
  { phrase: '最高领导人', kinds: ['party-leader', 'head-of-state'] },

  { phrase: 'top legislator', kinds: ['legislature-chair'] },
  { phrase: 'chief legislator', kinds: ['legislature-chair'] },
  { phrase: 'legislative chief', kinds: ['legislature-chair'] },
  { phrase: 'head of the legislature', kinds: ['legislature-chair'] },
  { phrase: 'head of parliament', kinds: ['legislature-chair'] },
  { phrase: 'parliament chief', kinds: ['legislature-chair'] },
  { phrase: 'parliamentary chief', kinds: ['legislature-chair'] },
  { phrase: 'parliament speaker', kinds: ['legislature-chair'] },
  { phrase: 'parliamentary speaker', kinds: ['legislature-chair'] },
  { phrase: 'speaker of parliament', kinds: ['legislature-chair'] },

  { phrase: 'top political advisor', kinds: ['political-advisor'] },
  { phrase: 'top political adviser', kinds: ['political-advisor'] },
  { phrase: 'chief political advisor', kinds: ['political-advisor'] },
  { phrase: 'chief political adviser', kinds: ['political-advisor'] },
  { phrase: 'top advisory body chief', kinds: ['political-advisor'] },

  { phrase: 'top diplomat', kinds: ['foreign-minister'] },
  { phrase: 'chief diplomat', kinds: ['foreign-minister'] },
  { phrase: 'foreign affairs chief', kinds: ['foreign-minister'] },
  { phrase: '外长', kinds: ['foreign-minister'] },

  { phrase: 'defense chief', kinds: ['defense-minister'] },
  { phrase: 'defence chief', kinds: ['defense-minister'] },
  { phrase: '防长', kinds: ['defense-minister'] },
];
