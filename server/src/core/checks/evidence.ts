import type { Entity } from '../../kb/knowledgeBase.js';
import type { Evidence, Fix } from './finding.js';

/** Evidence pointing at the knowledge-base entry that backs a finding. */
export function entryEvidence(entity: Entity, message = `knowledge base: ${entity.name}`): Evidence {
  return { message, path: entity.source.path, line: entity.source.line };
}

/** The fix that replaces one range with a text. */
export function replaceWith(start: number, end: number, newText: string, title = `Replace with "${newText}"`): Fix {
  return { title, edits: [{ start, end, newText }] };
}
