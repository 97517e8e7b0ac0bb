import { choiceSetting } from './ruleSettings.js';
import { wrongFormCheck } from './wrongFormCheck.js';

/** Whether party names must be the official ones. */
export const partyNames = choiceSetting({
  key: 'partyNames',
  values: ['official', 'any'],
  default: 'official',
  description: 'Require official party names and acronyms (CPC, not CCP).',
  valueDescriptions: [
    'Official names and acronyms only: "Chinese Communist Party" and "CCP" are flagged.',
    'Any party name: this rule is off.',
  ],
});

/**
 * `org/non-official-name`: a party or organization under a name it does not use for itself
 * ("Chinese Communist Party", "CCP" for the Communist Party of China / CPC). Off when the
 * house style accepts any party name.
 */
export const orgNonOfficialName = wrongFormCheck({
  id: 'org/non-official-name',
  defaultSeverity: 'warning',
  description: 'A party or organization is named by a non-official name or acronym.',
  documentation: `A party or organization under a name it does not use ("Chinese Communist Party", "CCP").
Fix: the official name or acronym.`,
  examples: {
    flags: [
      {
        text: 'The Chinese Communist Party set the agenda.',
        flagged: 'Chinese Communist Party',
        fix: 'Communist Party of China',
      },
    ],
    passes: [
      { text: 'The Communist Party of China (CPC) set the agenda.' },
      { text: 'The Chinese Communist Party set the agenda.', houseStyle: { partyNames: 'any' } },
    ],
  },
  settings: [partyNames],
  marksMentions: true,
  kinds: ['organization'],
  enabled: (context) => partyNames.of(context.houseStyle) !== 'any',
  wrong: (mention) => `"${mention.text}" is not the official name`,
});
