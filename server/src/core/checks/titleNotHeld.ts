import { holdersAt, roleHeldOn, type KnowledgeBase, type PersonEntity } from '../../kb/knowledgeBase.js';
import type { RoleEntry } from '../../kb/types.js';
import type { Check, CheckFinding } from './check.js';
import { entryEvidence, replaceWith } from './evidence.js';
import type { Fix } from './finding.js';
import { titledPeople } from './titledPeople.js';

/** Words that put a title outside the document's date: "former Premier", "the late President". */
const PAST_OR_FUTURE = /\b(?:former|late|then|ex|outgoing|incoming|future|incumbent then|erstwhile)[\s-]*$/i;

/**
 * `title/not-held`: a title the person did not hold at the document's date ("Premier Li
 * Keqiang" in a 2024 readout; "President Vo Van Thuong" in June 2024). Judged on the day:
 * a title held on the document's date, boundary days included, is never flagged. Past the
 * date up to which the knowledge base was verified, only a role known to have ended, with a
 * successor in office, is flagged.
 */
export const titleNotHeld: Check = {
  id: 'title/not-held',
  defaultSeverity: 'error',
  description: 'A person is given a title they did not hold at the document’s date.',
  run(document, context) {
    const date = document.date.date;
    const findings: CheckFinding[] = [];
    for (const { title, office, person, entity, start, end } of titledPeople(document.text, document.mentions)) {
      if (title.alias?.form === 'wrong' || PAST_OR_FUTURE.test(document.text.slice(Math.max(0, start - 24), start))) continue;
      const roles = (entity.entry.roles ?? []).filter((role) => role.office === office.id);
      if (roles.some((role) => roleHeldOn(role, date))) continue;
      const holders = holdersAt(context.kb, office.id, date);
      if (!knownNotHeld(context.kb, roles, holders, date)) continue;
      const fixes: Fix[] = holders.length === 1 ? [replaceWith(person.start, person.end, holders[0]!.name, `Replace with ${holders[0]!.name}, ${title.text} on ${date}`)] : [];
      findings.push({
        start,
        end,
        message: `${entity.name} was not ${title.text} on ${date} (${document.date.source === 'today' ? 'today' : `the document's date`}): ${heldSpan(entity, roles)}${successors(holders, office.id, date)}.`,
        fixes,
        evidence: [entryEvidence(entity), ...holders.map((holder) => entryEvidence(holder, `knowledge base: ${holder.name}`))],
      });
    }
    return findings;
  },
};

function knownNotHeld(kb: KnowledgeBase, roles: RoleEntry[], holders: PersonEntity[], date: string): boolean {
  if (!kb.verifiedThrough || date <= kb.verifiedThrough) return true;
  // Beyond the verified date: only when the person's term ended and a successor is still in office.
  const ended = roles.length > 0 && roles.every((role) => role.to !== undefined && role.to < date);
  return ended && holders.length > 0;
}

function heldSpan(person: PersonEntity, roles: RoleEntry[]): string {
  if (roles.length === 0) return `the knowledge base records no such office for ${person.name}`;
  const spans = roles.map((role) => `${role.acting ? 'acting, ' : ''}${role.from} to ${role.to ?? 'now'} (${role.source})`);
  return `${person.name} held it ${spans.join('; ')}`;
}

function successors(holders: PersonEntity[], officeId: string, date: string): string {
  if (holders.length === 0) return '';
  return `; on ${date} it was held by ${holders
    .map((holder) => {
      const role = (holder.entry.roles ?? []).find((r) => r.office === officeId && roleHeldOn(r, date))!;
      return `${holder.name} (since ${role.from}, ${role.source})`;
    })
    .join(', ')}`;
}
