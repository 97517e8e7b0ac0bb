import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type { PluginCheck } from './check.js';
import { entryEvidence } from './evidence.js';
import { reportRule } from './pluginCheck.js';

const PARENTHESIZED = /^\s*\(\s*([\p{Lu}][\p{L}&.-]{1,11})\s*\)/u;

/**
 * `org/acronym-mismatch`: an acronym in parentheses that is not the organization's own
 * ("Communist Party of Viet Nam (VPC)" — the acronym is CPV). Written as a unified plugin: it
 * reads each paragraph's mentions and the characters after each, never the words' tree.
 */
export const orgAcronymMismatch: PluginCheck = {
  id: 'org/acronym-mismatch',
  defaultSeverity: 'error',
  description: 'The acronym given in parentheses does not match the name it follows.',
  documentation: `The acronym in parentheses is not the organization's own ("Communist Party of Viet Nam
(VPC)"). Fix: the right acronym.`,
  examples: {
    flags: [{ text: 'The Communist Party of Viet Nam (VPC) Central Committee met.', flagged: 'VPC', fix: 'CPV' }],
    passes: [{ text: 'The Communist Party of Viet Nam (CPV) Central Committee met.' }],
  },
  // "(VCP)" is also a non-official acronym, with the same fix: the mismatch says more.
  supersedes: ['org/non-official-name'],
  readsTree: false,
  plugin({ kb }) {
    return (_tree: Root, file: VFile) => {
      const text = String(file.value);
      for (const mention of file.data.attache?.mentions ?? []) {
        if (mention.form === 'acronym') continue;
        const organization = kb.entities.get(mention.entity.id);
        if (organization?.kind !== 'organization') continue;
        const acronym = organization.entry.acronym;
        if (!acronym) continue;
        const after = PARENTHESIZED.exec(text.slice(mention.end, mention.end + 24));
        if (!after || after[1] === acronym) continue;
        // "Chinese Communist Party (CCP)" matches the words it follows; org/non-official-name
        // reports the name and the acronym.
        if (after[1] === initials(mention.text)) continue;
        const start = mention.end + after[0].indexOf(after[1]!);
        reportRule(file, orgAcronymMismatch, {
          start,
          end: start + after[1]!.length,
          message: `"${after[1]}" is not the acronym of the ${organization.name}; write "${acronym}".`,
          expected: [acronym],
          evidence: [entryEvidence(organization, `${organization.name}: acronym ${acronym}`)],
        });
      }
    };
  },
};

/** The initials of a name's capitalized words: "Chinese Communist Party" → "CCP". */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
}
