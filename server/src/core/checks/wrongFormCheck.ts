import type { Entity } from '../../kb/knowledgeBase.js';
import type { Mention } from '../mentions/mentionIndex.js';
import type { Check, CheckContext, CheckFinding } from './check.js';
import { entryEvidence, replaceWith } from './evidence.js';
import type { Severity } from './finding.js';

/** What distinguishes one substitution rule from another. */
export interface WrongFormRule {
  id: string;
  defaultSeverity: Severity;
  description: string;
  /** The entity kinds the rule covers. */
  kinds: readonly Entity['kind'][];
  /** Set when the house style can switch the rule off. */
  enabled?(context: CheckContext): boolean;
  /** The message, given the mention, its entity and the replacement. */
  message(mention: Mention, entity: Entity, replacement: string, reason: string): string;
}

/**
 * The generic substitution check: a mention written in a form the knowledge base lists as
 * wrong for the entity, with the form to use instead as the fix. The forms are data (each
 * entry's `wrongForms`); a rule only says which entities it covers and how it words the message.
 */
export function wrongFormCheck(rule: WrongFormRule): Check {
  return {
    id: rule.id,
    defaultSeverity: rule.defaultSeverity,
    description: rule.description,
    run(document, context) {
      if (rule.enabled && !rule.enabled(context)) return [];
      const findings: CheckFinding[] = [];
      for (const mention of document.mentions) {
        const entity = mention.known;
        if (mention.alias?.form !== 'wrong' || !entity || !rule.kinds.includes(entity.kind)) continue;
        const replacement = mention.alias.replacement ?? entity.name;
        const reason = mention.alias.reason ? ` (${mention.alias.reason})` : '';
        findings.push({
          start: mention.start,
          end: mention.end,
          message: rule.message(mention, entity, replacement, reason),
          fixes: [replaceWith(mention.start, mention.end, replacement)],
          evidence: [entryEvidence(entity)],
        });
      }
      return findings;
    },
  };
}
