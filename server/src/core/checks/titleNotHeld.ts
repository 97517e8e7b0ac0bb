import { holdersAt, roleHeldOn, type KnowledgeBase, type PersonEntity } from '../../kb/knowledgeBase.js';
import type { RoleEntry } from '../../kb/types.js';
import {
  endedBefore,
  formatRoleDate,
  formatRoleSince,
  formatRoleStart,
  heldBeforeKnownStart,
} from '../../kb/roleDates.js';
import { aliasesOf } from '../mentions/aliases.js';
import type { Check } from './check.js';
import { entryEvidence, replaceWith } from './evidence.js';
import { MESSAGE_LIMIT, type Evidence, type Fix } from './finding.js';
import { foldRepeats, type Occurrence } from './repeats.js';
import { titledPeople } from './titledPeople.js';
import { hasHanScript } from '../text/scripts.js';

/** Words that put a title outside the document's date: "former Premier", "the late President". */
const PAST_OR_FUTURE = /\b(?:former|late|then|ex|outgoing|incoming|future|incumbent then|erstwhile)[\s-]*$/i;

/**
 * `title/not-held`: a title the person did not hold at the document's date ("Premier Li
 * Keqiang" in a 2024 readout; "President Vo Van Thuong" in June 2024). Judged on the day:
 * a title held on the document's date, boundary days included, is never flagged. Past the
 * date up to which the knowledge base was verified, only a role known to have ended, with a
 * successor in office, is flagged. The message names who held the title that day; the terms
 * and their sources are the evidence. The same wrong title on the same person again ("Premier
 * Li" after "Chinese Premier Li Keqiang") is one error: see `foldRepeats`.
 */
export const titleNotHeld: Check = {
  id: 'title/not-held',
  defaultSeverity: 'error',
  description: 'A person is given a title they did not hold at the document’s date.',
  documentation: `A title the person did not hold on the document's date ("Premier Li Keqiang" in 2024). The
document's date comes from front matter, the first dateline, the \`attache.documentDate\` setting
or \`--date\`, else today. A title held on that day — boundary days included — is never
flagged; "former", "late" and "then-" titles are left alone. Past the date the knowledge base
was verified through, a title is flagged only when the role is recorded as ended and a
successor holds it. The message names who held the title that day; each term, with its source,
is evidence. Fix: the person who held the title on that date. A repeat on the same person is
one error (see [Repeated errors](#repeated-errors)).`,
  examples: {
    flags: [
      {
        text: 'Premier Li Keqiang met the visiting delegation.',
        date: '2024-06-12',
        flagged: 'Premier Li Keqiang',
        fix: 'Premier Li Qiang',
      },
    ],
    passes: [
      { text: 'Premier Li Qiang met the visiting delegation.', date: '2024-06-12' },
      { text: 'Former Premier Li Keqiang met the visiting delegation.', date: '2024-06-12' },
    ],
  },
  marksMentions: true,
  run(document, context) {
    const date = document.date.date;
    const when = document.date.source === 'today' ? `on ${date} (today)` : `on ${date}`;
    const occurrences: Occurrence[] = [];
    for (const { title, office, person, entity, start, end } of titledPeople(document.text, document.mentions)) {
      if (title.alias?.form === 'wrong' || PAST_OR_FUTURE.test(document.text.slice(Math.max(0, start - 24), start)))
        continue;
      const roles = (entity.entry.roles ?? []).filter((role) => role.office === office.id);
      // Before the date a term is first known held, with its start unknown, the title may be right.
      if (roles.some((role) => roleHeldOn(role, date) || heldBeforeKnownStart(role, date))) continue;
      const holders = holdersAt(context.kb, office.id, date);
      if (!knownNotHeld(context.kb, roles, holders, date)) continue;
      const officeTitle = office.entry.titles[0] ?? office.name;
      // The title as written, else the office's usual title, else its shortest in the script the
      // title was written in: an English sentence is not told its office is "公安部长".
      const shortest = office.entry.titles
        .filter((form) => hasHanScript(form) === hasHanScript(title.text))
        .reduce((a, b) => (b.length < a.length ? b : a), officeTitle);
      const statements = [...new Set([title.text, officeTitle, shortest])].map(
        (written) => `${entity.name} was not ${written} ${when}`,
      );
      const message = firstFitting(
        statements.flatMap((statement) =>
          whoHeldIt(entity, roles, holders, office.id, date).map((right) => `${statement}; ${right}.`),
        ),
      );
      const statement = statements.find((candidate) => message.startsWith(`${candidate};`))!;
      const holderName = holders.length === 1 ? nameInScriptOf(person.text, entity, holders[0]!) : undefined;
      const fixes: Fix[] = holderName
        ? [replaceWith(person.start, person.end, holderName, `Replace with ${holderName}, ${title.text} on ${date}`)]
        : [];
      occurrences.push({
        finding: {
          start,
          end,
          message,
          fixes,
          evidence: [
            ...termsOf(entity, roles, officeTitle),
            ...holders.map((holder) => termsOf(holder, heldOn(holder, office.id, date), officeTitle)).flat(),
          ],
        },
        fault: `${entity.id}\u0000${office.id}`,
        statement,
        followsFromFirst:
          holders.length === 1 && person.alias?.form === 'short' && isShortFormOf(person.text, holders[0]!),
      });
    }
    return foldRepeats(document.text, occurrences);
  },
};

function knownNotHeld(kb: KnowledgeBase, roles: RoleEntry[], holders: PersonEntity[], date: string): boolean {
  if (!kb.verifiedThrough || date <= kb.verifiedThrough) return true;
  // Beyond the verified date: only when the person's term ended and a successor is still in office.
  const ended = roles.length > 0 && roles.every((role) => endedBefore(role, date));
  return ended && holders.length > 0;
}

/**
 * The right part of the message, longest first: who held the title that day (all of them, then
 * the first and how many others, for an office of several members), else when the person held it.
 */
function whoHeldIt(
  person: PersonEntity,
  roles: RoleEntry[],
  holders: PersonEntity[],
  officeId: string,
  date: string,
): string[] {
  if (holders.length === 1)
    return [`${holders[0]!.name} was (${formatRoleSince(heldOn(holders[0]!, officeId, date)[0]!)})`];
  if (holders.length > 1)
    return [
      `${listed(holders.map((holder) => holder.name))} were`,
      `${holders[0]!.name} and ${holders.length - 1} others were`,
    ];
  if (roles.length === 0) return [`${person.name} has no recorded term in that office`];
  return [
    `${person.name} held it ${listed(roles.map((role) => (role.to !== undefined ? span(role) : role.startUnknown ? formatRoleStart(role) : `from ${formatRoleDate(role.from)}`)))}`,
  ];
}

/** The first message within the length limit, else the shortest. */
function firstFitting(messages: string[]): string {
  return (
    messages.find((message) => message.length <= MESSAGE_LIMIT) ??
    messages.reduce((a, b) => (b.length < a.length ? b : a))
  );
}

/** The terms of office that held on a date (one, unless the knowledge base records overlapping terms). */
function heldOn(holder: PersonEntity, officeId: string, date: string): RoleEntry[] {
  return (holder.entry.roles ?? []).filter((role) => role.office === officeId && roleHeldOn(role, date));
}

/** One evidence item per term: "Li Keqiang: Premier 2013-03-15 – 2023-03-11 (knowledge base; 12th NPC vote, …)". */
function termsOf(person: PersonEntity, roles: RoleEntry[], officeTitle: string): Evidence[] {
  if (roles.length === 0) return [entryEvidence(person, `${person.name}: no term as ${officeTitle} recorded`)];
  return roles.map((role) =>
    entryEvidence(person, `${person.name}: ${role.acting ? 'acting ' : ''}${officeTitle} ${span(role)}`, role.source),
  );
}

function span(role: RoleEntry): string {
  return role.to === undefined ? formatRoleSince(role) : `${formatRoleStart(role)} – ${formatRoleDate(role.to)}`;
}

function listed(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Whether a written short form ("Li") is also one of the person's short forms. */
function isShortFormOf(written: string, person: PersonEntity): boolean {
  return aliasesOf(person).some((alias) => alias.form === 'short' && alias.text === written);
}

/**
 * The holder's name written as the wrong person's name was: in Chinese characters (simplified
 * or traditional, as written) when the text names the person so ("李克强总理" → "李强"), in
 * the knowledge base's spelling otherwise.
 */
function nameInScriptOf(written: string, wrong: PersonEntity, holder: PersonEntity): string {
  if (!hasHanScript(written)) return holder.name;
  const traditional = wrong.entry.names?.['zh-Hant'];
  const inTraditional =
    traditional !== undefined && traditional !== wrong.entry.names?.['zh-Hans'] && written === traditional;
  return (inTraditional ? holder.entry.names?.['zh-Hant'] : holder.entry.names?.['zh-Hans']) ?? holder.name;
}
