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
  /**
   * Set when the finding and its fix may leave out words the wrong and the right form share at
   * their start or end: which shared words may be left out ("Vietnamese" in "Vietnamese
   * Premier", so the squiggle sits on "Premier"). Without it the whole mention is replaced.
   */
  sharedWordsLeftOut?: (context: CheckContext) => (word: string) => boolean;
}

/** A range of a document and the text that replaces it. */
export interface Replacement {
  start: number;
  end: number;
  newText: string;
}

/**
 * The words of `written` (found at `start`) that differ from `replacement`, and what replaces
 * them: the words both share at the start and at the end, as far as `leftOut` allows each one,
 * are left out of the range and the edit, so the squiggle sits on the wrong word ("Vietnamese
 * Premier" → "Premier", replaced with "Prime Minister"). Words are runs of non-space
 * characters and are never split. When nothing is left out, or one side would be left with no
 * word (a word only added or only dropped), the whole form is replaced.
 */
export function differingWords(
  written: string,
  start: number,
  replacement: string,
  leftOut: (word: string) => boolean = () => true,
): Replacement {
  const whole = { start, end: start + written.length, newText: replacement };
  const writtenWords = [...written.matchAll(/\S+/g)];
  const replacementWords = [...replacement.matchAll(/\S+/g)];
  const shortest = Math.min(writtenWords.length, replacementWords.length);
  let leading = 0;
  const shared = (a: RegExpExecArray, b: RegExpExecArray) => a[0] === b[0] && leftOut(a[0]);
  while (leading < shortest && shared(writtenWords[leading]!, replacementWords[leading]!)) leading++;
  let trailing = 0;
  while (
    leading + trailing < shortest &&
    shared(writtenWords[writtenWords.length - 1 - trailing]!, replacementWords[replacementWords.length - 1 - trailing]!)
  )
    trailing++;
  if (leading + trailing === 0 || leading + trailing === shortest) return whole;
  const span = (words: RegExpExecArray[]) => {
    const first = words[leading]!;
    const last = words[words.length - 1 - trailing]!;
    return { from: first.index, to: last.index + last[0].length };
  };
  const wrong = span(writtenWords);
  const right = span(replacementWords);
  return { start: start + wrong.from, end: start + wrong.to, newText: replacement.slice(right.from, right.to) };
}

/**
 * The generic substitution check: a mention written in a form the knowledge base lists as
 * wrong for the entity, with the form to use instead as the fix. The forms are data (each
 * entry's `wrongForms`); a rule only says which entities it covers and what is wrong. The
 * message is `<what is wrong>; write "<right form>".`; why the form is wrong is the evidence.
 */
export function wrongFormCheck({
  kinds,
  enabled,
  wrong,
  faultsOf,
  countedOf,
  sharedWordsLeftOut,
  ...declaration
}: WrongFormRule): Check {
  const rule = { kinds, enabled, wrong, faultsOf, countedOf, sharedWordsLeftOut };
  return {
    ...declaration,
    run(document, context) {
      if (rule.enabled && !rule.enabled(context)) return [];
      const faults = rule.faultsOf?.(document);
      const counted = rule.countedOf?.(document);
      const leftOut = rule.sharedWordsLeftOut?.(context);
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
        const edit = leftOut
          ? differingWords(document.text.slice(mention.start, mention.end), mention.start, replacement, leftOut)
          : { start: mention.start, end: mention.end, newText: replacement };
        occurrences.push({
          finding: {
            start: edit.start,
            end: edit.end,
            // The message names the whole right form, even where the edit changes one word of it.
            message: `${statement}; write "${replacement}".`,
            fixes: [replaceWith(edit.start, edit.end, edit.newText)],
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
