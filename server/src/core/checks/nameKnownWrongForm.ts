import { wrongFormCheck } from './wrongFormCheck.js';

/**
 * `name/misspelled`: a person's name in a wrong form — one the knowledge base records (a
 * machine translation of the Chinese name such as "Su Lin" for To Lam, a common misspelling)
 * or one that mention finding recognized: a typo ("Xi Jinpin") or the name through another
 * romanization or language ("Thonglun Sisulith", "Hsi Chin-p'ing", "Ruan Jinyong").
 */
export const nameKnownWrongForm = wrongFormCheck({
  id: 'name/misspelled',
  defaultSeverity: 'error',
  description: 'A person’s name is misspelled or carried over from a machine translation.',
  kinds: ['person'],
  wrong: (mention, person) =>
    mention.alias?.transliteration ? `"${mention.text}" is a non-standard transliteration of ${person.name}` : `"${mention.text}" is not a standard form of ${person.name}'s name`,
});
