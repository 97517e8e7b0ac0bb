/**
 * Roles whose start is unknown (`startUnknown: true`): the office is known held by `from`, not
 * since it. On and after that date the person holds it as any other holder; before it nothing is
 * known, so every reader leaves the person out of the holders and no check flags the title.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeDocument } from '../../../server/src/core/analyze.js';
import { titleNotHeld } from '../../../server/src/core/checks/titleNotHeld.js';
import { entityCard } from '../../../server/src/core/entityCard.js';
import { entityDossier } from '../../../server/src/core/entityDossier.js';
import { officeOfTitle } from '../../../server/src/core/facts/titleOffice.js';
import { findMentions } from '../../../server/src/core/mentions/findMentions.js';
import { getPerson, holdersAt, roleHeldOn, rolesAt } from '../../../server/src/kb/knowledgeBase.js';
import { formatRoleSince, formatRoleStart, heldBeforeKnownStart } from '../../../server/src/kb/roleDates.js';
import { bundled } from '../../support/bundled.js';
import { memoryKnowledgeBase } from '../../support/memoryKnowledgeBase.js';

const CHECKS = [titleNotHeld];

/** A minister known in office by 2020-02-11, start unknown, beside another Lao official. */
const YAML = `
countries:
  - { id: laos, name: Laos, adjective: Lao }
offices:
  - id: public-security-minister-laos
    name: Minister of Public Security of the Lao PDR
    country: laos
    titles: [Minister of Public Security, Public Security Minister]
  - id: defence-minister-laos
    name: Minister of National Defence of the Lao PDR
    country: laos
    titles: [Defence Minister]
people:
  - id: vilay-lakhamfong
    name: Vilay Lakhamfong
    country: laos
    convention: given-name
    roles:
      - { office: public-security-minister-laos, from: 2020-02-11, startUnknown: true, source: VietnamPlus 2020-02-11 }
  - id: chansamone-chanyalath
    name: Chansamone Chanyalath
    country: laos
    convention: given-name
    roles:
      - { office: defence-minister-laos, from: 2016-04-20, source: test }
`;

const MEMORY = memoryKnowledgeBase(YAML);
const vilay = getPerson(MEMORY.kb, 'vilay-lakhamfong')!;
const vilayRole = vilay.entry.roles![0]!;

describe('roles with an unknown start: dates', () => {
  it('counts the role held from the date it is known held by, and unknown only before it', () => {
    assert.equal(roleHeldOn(vilayRole, '2020-02-11'), true);
    assert.equal(roleHeldOn(vilayRole, '2020-06-15'), true);
    assert.equal(roleHeldOn(vilayRole, '2020-02-10'), false);
    assert.equal(heldBeforeKnownStart(vilayRole, '2020-02-10'), true);
    assert.equal(heldBeforeKnownStart(vilayRole, '2019-06-15'), true);
    assert.equal(heldBeforeKnownStart(vilayRole, '2020-02-11'), false);
  });

  it('never reads a role with a known start as unknown before it', () => {
    const chansamone = getPerson(MEMORY.kb, 'chansamone-chanyalath')!.entry.roles![0]!;
    assert.equal(heldBeforeKnownStart(chansamone, '2015-01-01'), false);
    assert.equal(heldBeforeKnownStart({ from: '2020-02-11' }, '2019-01-01'), false);
  });

  it('writes the date as "by" that date, in words, and a known start as before', () => {
    assert.equal(formatRoleStart(vilayRole), 'by 11 February 2020');
    assert.equal(formatRoleSince(vilayRole), 'in office by 11 February 2020');
    assert.equal(formatRoleStart({ from: '2020-02', startUnknown: true }), 'by February 2020');
    assert.equal(formatRoleStart({ from: '2020', startUnknown: true }), 'by 2020');
    assert.equal(formatRoleStart({ from: '2021-03-22' }), '2021-03-22');
    assert.equal(formatRoleSince({ from: '2021-03-22' }), 'since 2021-03-22');
  });
});

describe('roles with an unknown start: holders', () => {
  it('makes the person a holder on and after the date, and no one a holder before it', () => {
    assert.deepEqual(
      holdersAt(MEMORY.kb, 'public-security-minister-laos', '2020-06-15').map((holder) => holder.id),
      ['vilay-lakhamfong'],
    );
    assert.deepEqual(holdersAt(MEMORY.kb, 'public-security-minister-laos', '2019-06-15'), []);
    assert.deepEqual(
      rolesAt(vilay.entry, '2020-06-15').map((role) => role.office),
      ['public-security-minister-laos'],
    );
    assert.deepEqual(rolesAt(vilay.entry, '2019-06-15'), []);
  });

  it('rejects a role whose startUnknown is not true or false', () => {
    assert.throws(
      () => memoryKnowledgeBase(YAML.replace('startUnknown: true', 'startUnknown: sometimes')),
      /startUnknown/,
    );
  });
});

describe('roles with an unknown start: title/not-held', () => {
  const flagged = (text: string, date: string) => MEMORY.flagged(CHECKS, text, { date });
  const message = (text: string, date: string) => MEMORY.findings(CHECKS, text, { date })[0]?.message;

  it('stays quiet on the title on and after the date it is known held by', () => {
    assert.deepEqual(flagged('Public Security Minister Vilay Lakhamfong met the delegation.', '2020-06-15'), []);
    assert.deepEqual(flagged('Minister of Public Security Vilay Lakhamfong spoke.', '2020-02-11'), []);
  });

  it('stays quiet on the title before that date: unknown is not flagged', () => {
    assert.deepEqual(flagged('Public Security Minister Vilay Lakhamfong met the delegation.', '2019-06-15'), []);
    assert.deepEqual(flagged('Minister of Public Security Vilay Lakhamfong spoke.', '2020-02-10'), []);
  });

  it('still flags a title the person is not recorded as holding at all', () => {
    assert.deepEqual(flagged('Defence Minister Vilay Lakhamfong spoke.', '2020-06-15'), [
      'title/not-held "Defence Minister Vilay Lakhamfong"',
    ]);
  });

  it('flags another person given the title after the date, naming the holder and when he is known in office', () => {
    const text = 'Public Security Minister Chansamone Chanyalath met the delegation.';
    assert.deepEqual(flagged(text, '2020-06-15'), ['title/not-held "Public Security Minister Chansamone Chanyalath"']);
    assert.equal(
      message(text, '2020-06-15'),
      'Chansamone Chanyalath was not Public Security Minister on 2020-06-15; Vilay Lakhamfong was (in office by 11 February 2020).',
    );
    const evidence = MEMORY.findings(CHECKS, text, { date: '2020-06-15' })[0]!.evidence.map((e) => e.message);
    assert.ok(
      evidence.includes(
        'Vilay Lakhamfong: Minister of Public Security in office by 11 February 2020 (knowledge base; VietnamPlus 2020-02-11)',
      ),
      evidence.join('\n'),
    );
  });

  it('names no holder for another person given the title before the date', () => {
    const text = 'Public Security Minister Chansamone Chanyalath met the delegation.';
    const before = message(text, '2019-06-15') ?? '';
    assert.doesNotMatch(before, /Vilay/);
  });
});

describe('roles with an unknown start: hover card and dossier', () => {
  const card = (date: string) => entityCard(vilay, { date, kb: MEMORY.kb, linkTo: () => 'file:///kb' });

  it('shows "by" the date instead of a start, and the office held on a later date', () => {
    const after = card('2020-06-15');
    assert.match(after, /- by 11 February 2020 – now: Minister of Public Security of the Lao PDR/);
    assert.match(after, /\*\*On 2020-06-15:\*\* Minister of Public Security of the Lao PDR/);
    assert.doesNotMatch(after, /- 2020-02-11 – now/);
  });

  it('does not show the office as held on a date before the one it is known held by', () => {
    assert.match(card('2019-06-15'), /\*\*On 2019-06-15:\*\* no office recorded/);
  });

  it('marks the dossier role as of unknown start, and held only from the date', () => {
    const dossierRole = (date: string) => entityDossier(vilay, { date, kb: MEMORY.kb }).roles[0]!;
    assert.equal(dossierRole('2020-06-15').startUnknown, true);
    assert.equal(dossierRole('2020-06-15').heldOnDocumentDate, true);
    assert.equal(dossierRole('2019-06-15').heldOnDocumentDate, false);
    const chansamone = getPerson(MEMORY.kb, 'chansamone-chanyalath')!;
    assert.equal(entityDossier(chansamone, { date: '2020-06-15', kb: MEMORY.kb }).roles[0]!.startUnknown, undefined);
  });
});

describe('roles with an unknown start: the bundled Lao Minister of Public Security', () => {
  const { kb, index } = bundled();
  const codes = (text: string, date: string) =>
    analyzeDocument(text, kb, index, { today: date, configuredDate: date }).findings.map(
      (finding) => `${finding.code}: ${finding.message}`,
    );

  it('records Vilay Lakhamfong in office by 2020-02-11, with its start unknown and a source', () => {
    const role = getPerson(kb, 'vilay-lakhamfong')!.entry.roles!.find(
      (r) => r.office === 'public-security-minister-laos',
    );
    assert.ok(role);
    assert.equal(role.from, '2020-02-11');
    assert.equal(role.startUnknown, true);
    assert.match(role.source, /https:\/\/en\.vietnamplus\.vn\//);
  });

  it('stays quiet on "Public Security Minister Vilay Lakhamfong" in June 2020 and in 2019', () => {
    const text = 'Public Security Minister Vilay Lakhamfong met the Vietnamese delegation.';
    assert.deepEqual(codes(text, '2020-06-15'), []);
    assert.deepEqual(codes(text, '2019-06-15'), []);
    assert.deepEqual(codes('老挝公安部长维莱·拉坎冯会见了越南代表团。', '2020-06-15'), []);
  });

  it('flags another Lao official called Minister of Public Security in June 2020, naming Vilay', () => {
    const found = codes('Minister of Public Security Sonexay Siphandone met the Vietnamese delegation.', '2020-06-15');
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(
      found[0]!,
      /^title\/not-held: Sonexay Siphandone was not .*; Vilay Lakhamfong was \(in office by 11 February 2020\)\.$/,
    );
  });

  it('names the office in the script the title was written in, even when the message must be shortened', () => {
    // Sonexay was a Deputy Prime Minister in 2019: the message runs long and falls back to the shortest title.
    const english = codes('Public Security Minister Sonexay Siphandone met the Vietnamese delegation.', '2019-06-15');
    assert.equal(english.length, 1, english.join('\n'));
    assert.doesNotMatch(english[0]!, /[\u3400-\u9fff]/);
  });

  it('resolves the title beside his name to the Lao office, before and after the date (facts)', () => {
    const text = 'Public Security Minister Vilay Lakhamfong met the delegation.';
    const titles = findMentions(text, index).filter((m) => m.known?.kind === 'office' || m.entity.type === 'title');
    const person = getPerson(kb, 'vilay-lakhamfong');
    assert.equal(officeOfTitle(kb, titles, person, '2020-06-15'), 'public-security-minister-laos');
    assert.equal(officeOfTitle(kb, titles, person, '2019-06-15'), 'public-security-minister-laos');
  });
});
