import { wrongFormCheck } from './wrongFormCheck.js';

/**
 * `name/misspelled`, part one: a person's name in a form the knowledge base records as
 * wrong (a misspelling, or a machine translation of the Chinese name such as "Su Lin" for
 * To Lam). Near misses that the knowledge base does not list are `nameNearMiss`.
 */
export const nameKnownWrongForm = wrongFormCheck({
  id: 'name/misspelled',
  defaultSeverity: 'error',
  description: 'A person’s name is misspelled or carried over from a machine translation.',
  kinds: ['person'],
  message: (mention, person, right, reason) => `"${mention.text}" is not a standard form of ${person.name}'s name${reason}; write "${right}".`,
});
