import { wrongFormCheck } from './wrongFormCheck.js';

/**
 * `org/non-official-name`: a party or organization under a name it does not use for itself
 * ("Chinese Communist Party", "CCP" for the Communist Party of China / CPC). Off when the
 * house style accepts any party name.
 */
export const orgNonOfficialName = wrongFormCheck({
  id: 'org/non-official-name',
  defaultSeverity: 'warning',
  description: 'A party or organization is named by a non-official name or acronym.',
  kinds: ['organization'],
  enabled: (context) => context.houseStyle.partyNames !== 'any',
  wrong: (mention) => `"${mention.text}" is not the official name`,
});
