import { roleHeldOn, type KnowledgeBase } from '../../kb/knowledgeBase.js';
import { titledPeople } from './titledPeople.js';
import { wrongFormCheck } from './wrongFormCheck.js';

const countryWordsCache = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

/** Every word of every country's names and adjectives ("Lao", "Vietnamese", "Viet", "Nam"). */
function countryWordsOf(kb: KnowledgeBase): ReadonlySet<string> {
  const cached = countryWordsCache.get(kb);
  if (cached) return cached;
  const words = new Set<string>();
  for (const entity of kb.entities.values()) {
    if (entity.kind !== 'country') continue;
    const { name, aliases = [], adjective, adjectiveAliases = [], nameVariants = [] } = entity.entry;
    for (const form of [name, adjective, ...aliases, ...adjectiveAliases, ...nameVariants])
      for (const word of form.split(/\s+/)) if (word) words.add(word);
  }
  countryWordsCache.set(kb, words);
  return words;
}

/**
 * `title/wrong-system`: a title from another country's system ("Lao Premier" — Laos has a
 * Prime Minister; "Party Chairman Xi Jinping" — the CPC has had no chairman since 1982).
 * The wrong forms are data on each office in the knowledge base.
 */
export const titleWrongSystem = wrongFormCheck({
  id: 'title/wrong-system',
  defaultSeverity: 'error',
  description: 'A title belongs to another country’s or party’s system of offices.',
  documentation: `A title from another system ("Lao Premier": Laos has a Prime Minister; "Party Chairman Xi
Jinping": the CPC has had no chairman since 1982; "State Chairman Thongloun": Laos has a
President; "Party Secretary" or "Secretary General" for a General Secretary). A title made
from another system's word is flagged only for the office's holder on the document's date:
"Party Secretary Li Qiang of Shanghai" in 2017 is his post then. The finding and its fix leave
out the country before the title ("Premier" in "Lao Premier"); a title's own words are replaced
whole. Fix: the right title. A repeat on the same person is one error (see [Repeated
errors](#repeated-errors)).`,
  examples: {
    flags: [{ text: 'Lao Premier Sonexay Siphandone arrived in Beijing.', flagged: 'Premier', fix: 'Prime Minister' }],
    passes: [{ text: 'Lao Prime Minister Sonexay Siphandone arrived in Beijing.' }],
  },
  marksMentions: true,
  kinds: ['office'],
  // Writers expect the squiggle on the wrong word: "Premier", not the country before it. The
  // title's own words stay in the range ("Vice Chairman", "Chairman of the National Assembly"):
  // a title is replaced whole.
  sharedWordsLeftOut: (context) => {
    const countryWords = countryWordsOf(context.kb);
    return (word) => countryWords.has(word);
  },
  wrong: (mention) => `"${mention.text}" is not the title of this office`,
  // "Lao Premier Sonexay Siphandone" twice is one error: the same person under the same wrong title.
  faultsOf: (document) =>
    new Map(
      titledPeople(document.text, document.mentions).map((pair) => [
        pair.title.start,
        `${pair.office.id}\u0000${pair.entity.id}`,
      ]),
    ),
  // A title form made from another system's word ("Party Secretary") is wrong for the office's
  // holder on the day; before or after, the same words may be the person's other post.
  countedOf: (document) => {
    const holders = new Set(
      titledPeople(document.text, document.mentions)
        .filter((pair) =>
          (pair.entity.entry.roles ?? []).some(
            (role) => role.office === pair.office.id && roleHeldOn(role, document.date.date),
          ),
        )
        .map((pair) => pair.title.start),
    );
    return (mention) => mention.alias?.titleVariant !== 'system' || holders.has(mention.start);
  },
});
