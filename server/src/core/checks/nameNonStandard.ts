import { wrongFormCheck } from './wrongFormCheck.js';

/**
 * `name/non-standard`: an agreement, initiative, country or place under a form the
 * knowledge base records as wrong ("One Belt One Road" for the Belt and Road Initiative).
 * People, organizations and titles have rules of their own.
 */
export const nameNonStandard = wrongFormCheck({
  id: 'name/non-standard',
  defaultSeverity: 'warning',
  description: 'An agreement, initiative, country or place is named by a non-standard form.',
  documentation: `An agreement, initiative, country or place under a form the knowledge base records as wrong
("One Belt One Road"). People, organizations and titles have rules of their own. Fix: the
standard name.`,
  examples: {
    flags: [
      {
        text: 'Both sides praised the One Belt One Road.',
        flagged: 'One Belt One Road',
        fix: 'Belt and Road Initiative',
      },
    ],
    passes: [{ text: 'Both sides praised the Belt and Road Initiative.' }],
  },
  marksMentions: true,
  kinds: ['agreement', 'country', 'place'],
  wrong: (mention) => `"${mention.text}" is not the standard name`,
});
