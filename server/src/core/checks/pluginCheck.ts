/**
 * What a check written as a unified plugin (`PluginCheck`) reports with: a VFileMessage on the
 * paragraph's VFile that names the rule (`ruleId`, `source: 'attache'`), says where
 * (`place`), what to write instead (`expected`, the fixes) and where the rule is documented
 * (`url`). The retext pass turns such a message into the rule's finding; what supports it (a
 * knowledge-base entry) travels beside the message, as a VFileMessage has no field for it.
 */
import type { VFile } from 'vfile';
import { LineIndex } from '../text/lineIndex.js';
import { ruleDocumentationUrl, type RuleDeclaration } from './check.js';
import type { Evidence } from './finding.js';

type VFileMessage = VFile['messages'][number];

/** The source that marks a plugin's message as a rule of the house's own, named by its `ruleId`. */
export const ATTACHE_SOURCE = 'attache';

/** One fault a rule found in a paragraph. */
export interface RuleReport {
  /** UTF-16 offsets in the paragraph's text (the VFile's value). */
  start: number;
  end: number;
  /** One sentence: what is wrong and what is right. */
  message: string;
  /** What to write instead, best first: each one a fix. */
  expected?: readonly string[];
  evidence?: readonly Evidence[];
}

const evidenceOfMessage = new WeakMap<VFileMessage, readonly Evidence[]>();

/** Reports a fault of the rule on the paragraph's VFile, as the retext pass reads it back. */
export function reportRule(file: VFile, rule: Pick<RuleDeclaration, 'id'>, report: RuleReport): VFileMessage {
  const lines = new LineIndex(String(file.value));
  const pointAt = (offset: number) => {
    const { line, character } = lines.positionAt(offset);
    return { line: line + 1, column: character + 1, offset };
  };
  const message = file.message(report.message, {
    place: { start: pointAt(report.start), end: pointAt(report.end) },
    ruleId: rule.id,
    source: ATTACHE_SOURCE,
  });
  if (report.expected) message.expected = [...report.expected];
  message.url = ruleDocumentationUrl(rule.id);
  if (report.evidence && report.evidence.length > 0) evidenceOfMessage.set(message, report.evidence);
  return message;
}

/** The evidence `reportRule` gave a message; none for any other message. */
export function evidenceOf(message: VFileMessage): readonly Evidence[] {
  return evidenceOfMessage.get(message) ?? [];
}
