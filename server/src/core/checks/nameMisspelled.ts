import { wrongFormCheck } from './wrongFormCheck.js';

/**
 * `name/misspelled`: a person's name in a wrong form — one the knowledge base records (a
 * machine translation of the Chinese name such as "Su Lin" for To Lam, a common misspelling)
 * or one that mention finding recognized: a typo ("Xi Jinpin") or the name through another
 * romanization or language ("Thonglun Sisulith", "Hsi Chin-p'ing", "Ruan Jinyong").
 */
export const nameMisspelled = wrongFormCheck({
  id: 'name/misspelled',
  defaultSeverity: 'error',
  description: 'A person’s name is misspelled or carried over from a machine translation.',
  documentation: `A person's name is misspelled ("Xi Jinpin", "Tran Thanh Mann", "通伦·西苏利"), carried
over from a machine translation of the Chinese rendering ("Su Lin" for To Lam, "Fan Mingzheng"
for Pham Minh Chinh), or written as a non-standard transliteration: another Lao romanization
("Thonglun Sisulith", "Sone Xay Siphandone", "Phan Kham Viphavanh"), a Vietnamese name run
together or spelled as another language hears it ("Nguyen Phutrong", "Nguyen Phu Chong"), the
pinyin of a Lao or Vietnamese leader's Chinese rendering even where no list has it ("Ruan
Jinyong" for Nguyen Tan Dung), Wade–Giles or Western order for a Chinese name ("Hsi
Chin-p'ing", "Zemin Jiang"). Accepted romanizations ("Sonxay Siphandone", "Phankham
Viphavan") are not flagged, nor are other people whose names resemble a leader's ("Khamtay
Siphandone", "Fan Changlong" written in plain pinyin). Fix: the standard spelling.`,
  examples: {
    flags: [
      { text: 'Xi Jinpin met the delegation.', flagged: 'Xi Jinpin', fix: 'Xi Jinping' },
      { text: 'General Secretary Su Lin received the Chinese ambassador.', flagged: 'Su Lin', fix: 'To Lam' },
    ],
    passes: [{ text: 'Prime Minister Sonxay Siphandone arrived in Beijing.' }],
  },
  marksMentions: true,
  kinds: ['person'],
  wrong: (mention, person) =>
    mention.alias?.transliteration
      ? `"${mention.text}" is a non-standard transliteration of ${person.name}`
      : `"${mention.text}" is not a standard form of ${person.name}'s name`,
});
