import type { Entity } from '../../kb/knowledgeBase.js';
import type { CheckFinding } from './check.js';
import type { Evidence, Fix } from './finding.js';

/**
 * Evidence pointing at the knowledge-base entry that backs a finding, labelled with what the
 * entry shows ("Li Qiang: Premier since 2023-03-11") and, in parentheses, that it is the
 * knowledge base and the source it records.
 */
export function entryEvidence(entity: Entity, shows: string, source?: string): Evidence {
  return {
    message: `${shows} (knowledge base${source ? `; ${source}` : ''})`,
    path: entity.source.path,
    line: entity.source.line,
  };
}

/** Evidence pointing at a corpus passage: who published it and when, then its words. */
export function passageEvidence(where: string, words: string, path: string, start: number, end: number): Evidence {
  return { message: `${where}: “${words.trim()}”`, path, start, end };
}

/** The fix that replaces one range with a text. */
export function replaceWith(start: number, end: number, newText: string, title = `Replace with "${newText}"`): Fix {
  return { title, edits: [{ start, end, newText }] };
}

/** A finding moved by `offset` characters, fixes included: from a piece's offsets to the document's. */
export function shiftFinding(finding: CheckFinding, offset: number): CheckFinding {
  return {
    ...finding,
    start: finding.start + offset,
    end: finding.end + offset,
    ...(finding.repeatOf
      ? { repeatOf: { start: finding.repeatOf.start + offset, end: finding.repeatOf.end + offset } }
      : {}),
    fixes: finding.fixes.map((fix) => ({
      ...fix,
      edits: fix.edits.map((e) => ({ ...e, start: e.start + offset, end: e.end + offset })),
    })),
  };
}
