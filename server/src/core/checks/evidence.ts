import type { Entity } from '../../kb/knowledgeBase.js';
import type { CheckFinding } from './check.js';
import type { Evidence, Fix } from './finding.js';

/** Evidence pointing at the knowledge-base entry that backs a finding. */
export function entryEvidence(entity: Entity, message = `knowledge base: ${entity.name}`): Evidence {
  return { message, path: entity.source.path, line: entity.source.line };
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
    fixes: finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, start: e.start + offset, end: e.end + offset })) })),
  };
}
