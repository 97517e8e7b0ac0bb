import type { Entity } from '../../kb/knowledgeBase.js';
import type { Mention } from '../mentions/mentionIndex.js';
import type { AnalyzedDocument, Check, CheckContext, RuleDeclaration } from './check.js';
import { entryEvidence, replaceWith } from './evidence.js';
import { foldRepeats, type Occurrence } from './repeats.js';

/** What distinguishes one substitution rule from another: its declaration, and the entities it covers. */
export interface WrongFormRule extends RuleDeclaration {
  /** The entity kinds the rule covers. */
  kinds: readonly Entity['kind'][];
  /** Set when the house style can switch the rule off. */
  enabled?: (context: CheckContext) => boolean;
  /** What is wrong, in a few words: `"CCP" is not the official name`. The message adds what to write. */
  wrong: (mention: Mention, entity: Entity) => string;
  /**
   * Set when the same wrong form again is the same error (a wrong title on the same person):
   * the fault of each mention that has one, by the offset it starts at.
   */
  faultsOf?: (document: AnalyzedDocument) => ReadonlyMap<number, string>;
  /** Set when some wrong forms count only in some places: the mentions that count, as a test. */
  countedOf?: (document: AnalyzedDocument) => (mention: Mention) => boolean;
}

/**
 * The generic substitution check: a mention written in a form the knowledge base lists as
 * wrong for the entity, with the form to use instead as the fix. The forms are data (each
 * entry's `wrongForms`); a rule only says which entities it covers and what is wrong. The
 * message is `<what is wrong>; write "<right form>".`; why the form is wrong is the evidence.
 */
export function wrongFormCheck({ kinds, enabled, wrong, faultsOf, countedOf, ...declaration }: WrongFormRule): Check {
  const rule = { kinds, enabled, wrong, faultsOf, countedOf };
  return {
    ...declaration,
    run(document, context) {
      if (rule.enabled && !rule.enabled(context)) return [];
      const faults = rule.faultsOf?.(document);
      const counted = rule.countedOf?.(document);
      const occurrences: Occurrence[] = [];
      for (const mention of document.mentions) {
        const entity = mention.known;
        if (
          mention.alias?.form !== 'wrong' ||
          !entity ||
          !rule.kinds.includes(entity.kind) ||
          (counted && !counted(mention))
        )
          continue;
        const replacement = mention.alias.replacement ?? entity.name;
        const reason = mention.alias.reason ? `: ${mention.alias.reason}` : '';
        const statement = rule.wrong(mention, entity);
        occurrences.push({
          finding: {
            start: mention.start,
            end: mention.end,
            message: `${statement}; write "${replacement}".`,
            fixes: [replaceWith(mention.start, mention.end, replacement)],
            evidence: [
              entryEvidence(
                entity,
                `${replacement === entity.name ? '' : `${entity.name}: `}"${replacement}", not "${mention.text}"${reason}`,
              ),
            ],
          },
          // Without a fault of its own, each occurrence is its own error.
          fault: faults?.get(mention.start) ?? `\u0000${mention.start}`,
          statement,
          followsFromFirst: false,
        });
      }
      return foldRepeats(document.text, occurrences);
    },
  };
}
