import { LineIndex } from '../text/lineIndex.js';
import type { CheckFinding } from './check.js';
import type { Fix, Severity } from './finding.js';

/** A finding together with what identifies the fault it reports. */
export interface Occurrence {
  finding: CheckFinding;
  /** Two findings with the same fault are one error written twice: for a title, the person and the office. */
  fault: string;
  /** The fault in a few words, for a later occurrence's message: "Li Keqiang was not Premier on 2024-06-12". */
  statement: string;
  /**
   * True when fixing the first occurrence puts this one right as well: "Premier Li" after
   * "Chinese Premier Li Keqiang" refers to Li Qiang once the first says "Li Qiang".
   */
  followsFromFirst: boolean;
}

/**
 * One error, reported once. The first occurrence of each fault keeps its finding; when later
 * occurrences need edits of their own, its first fix becomes one that corrects them all
 * ("… here and on line 15"), followed by the fix for this place alone. Each later occurrence
 * stays a finding of its own, with its own fix, marked as a repeat of the first
 * (`repeatOf`, lowered to information by the runner) and saying "Same as line N: …"; its
 * evidence is the first finding's, so it carries none of its own.
 * Findings come out in the order they went in.
 */
export function foldRepeats(text: string, occurrences: readonly Occurrence[]): CheckFinding[] {
  const byFault = new Map<string, Occurrence[]>();
  for (const occurrence of occurrences) {
    const group = byFault.get(occurrence.fault);
    if (group) group.push(occurrence);
    else byFault.set(occurrence.fault, [occurrence]);
  }
  if (byFault.size === occurrences.length) return occurrences.map((o) => o.finding);
  const lines = new LineIndex(text);
  const lineOf = (offset: number) => lines.positionAt(offset).line + 1;
  const folded = new Map<CheckFinding, CheckFinding>();
  for (const [first, ...later] of byFault.values()) {
    if (!first || later.length === 0) continue;
    const at = { start: first.finding.start, end: first.finding.end };
    const firstLine = lineOf(at.start);
    for (const repeat of later) {
      // The evidence is the first finding's; the repeat points at it.
      folded.set(repeat.finding, {
        ...repeat.finding,
        message: `Same as line ${firstLine}: ${repeat.statement}.`,
        evidence: [],
        repeatOf: at,
      });
    }
    const needingEdits = later.filter((repeat) => !repeat.followsFromFirst && repeat.finding.fixes.length > 0);
    const own = first.finding.fixes[0];
    if (own && needingEdits.length > 0) {
      const where = [...new Set(needingEdits.map((repeat) => lineOf(repeat.finding.start)))];
      const everywhere: Fix = {
        title: `${own.title} here and on ${where.length === 1 ? 'line' : 'lines'} ${where.join(', ')}`,
        edits: [...own.edits, ...needingEdits.flatMap((repeat) => repeat.finding.fixes[0]!.edits)],
      };
      folded.set(first.finding, { ...first.finding, fixes: [everywhere, ...first.finding.fixes] });
    }
  }
  return occurrences.map((o) => folded.get(o.finding) ?? o.finding);
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** The severity a finding is reported with: a repeat is information at most. */
export function severityOf(finding: Pick<CheckFinding, 'repeatOf'>, ruleSeverity: Severity): Severity {
  if (!finding.repeatOf) return ruleSeverity;
  return RANK[ruleSeverity] >= RANK.information ? ruleSeverity : 'information';
}
