/**
 * Content checks for the curated knowledge base in `server/kb/*.yaml`: every file is valid
 * against `server/kb/schema.json`, references resolve, role dates are coherent, single-holder
 * offices never have two holders on one day, and a few well-documented facts hold.
 *
 * Compiled to `out/test/unit/kb/kbContent.test.js`; the YAML is read from the repository root.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { earliestDay, latestDay, mayHoldOn } from '../../../server/src/kb/roleDates.js';
import type {
  AgreementEntry,
  CountryEntry,
  KnowledgeBaseFile,
  OfficeEntry,
  OrganizationEntry,
  PersonEntry,
  RoleEntry,
} from '../../../server/src/kb/types.js';

const KB_DIR = new URL('../../../../server/kb/', import.meta.url);

/**
 * Offices that several people hold at the same time. Every other office must have at most
 * one holder (acting holders included) on any day.
 */
const SHARED_OFFICES = new Set([
  'vice-premier-china',
  'state-councilor-china',
  'pbsc-member-cpc',
  'politburo-member-cpc',
  'secretariat-member-cpc',
  'vice-president-laos',
  'na-vice-president-laos',
  'deputy-prime-minister-laos',
  'deputy-prime-minister-vietnam',
  'politburo-member-cpv',
  'politburo-member-lprp',
]);

interface LoadedFile {
  file: string;
  doc: KnowledgeBaseFile;
}

function loadFiles(): LoadedFile[] {
  const names = readdirSync(KB_DIR)
    .filter((n) => n.endsWith('.yaml'))
    .sort();
  return names.map((file) => ({
    file,
    doc: parse(readFileSync(new URL(file, KB_DIR), 'utf8'), {
      strict: true,
      uniqueKeys: true,
    }) as KnowledgeBaseFile,
  }));
}

const files = loadFiles();
const people: PersonEntry[] = files.flatMap((f) => f.doc.people ?? []);
const organizations: OrganizationEntry[] = files.flatMap((f) => f.doc.organizations ?? []);
const agreements: AgreementEntry[] = files.flatMap((f) => f.doc.agreements ?? []);
const countries: CountryEntry[] = files.flatMap((f) => f.doc.countries ?? []);
const offices: OfficeEntry[] = files.flatMap((f) => f.doc.offices ?? []);

const officeIds = new Set(offices.map((o) => o.id));
const countryIds = new Set(countries.map((c) => c.id));
const personById = new Map(people.map((p) => [p.id, p]));

/** True for a real calendar date written `YYYY-MM-DD`. */
function isValidDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** True for a role date: a real day, or only a month (`YYYY-MM`) or year (`YYYY`). */
function isValidRoleDate(s: string): boolean {
  return /^\d{4}$/.test(s) || (/^\d{4}-(0[1-9]|1[0-2])$/.test(s) ? true : isValidDate(s));
}

/** ISO dates compare correctly as strings; an open end is later than any date. */
const OPEN_END = '9999-12-31';

/**
 * Two roles overlap when they certainly share more than a hand-over day: `to` is the day the
 * successor took over, so one holder's `to` may equal the next holder's `from`; a month or year
 * bound may be any day in it, so "to: 2021-01" and "from: 2021-01" may be a hand-over.
 */
function overlaps(a: RoleEntry, b: RoleEntry): boolean {
  return (
    latestDay(a.from) < (b.to ? earliestDay(b.to) : OPEN_END) &&
    latestDay(b.from) < (a.to ? earliestDay(a.to) : OPEN_END)
  );
}

/** People holding `office` on `date` (a hand-over day counts for both holders). */
function holdersOn(office: string, date: string): string[] {
  return people
    .filter((p) => (p.roles ?? []).some((r) => r.office === office && mayHoldOn(r, date)))
    .map((p) => p.id)
    .sort();
}

function rolesOf(personId: string, office: string): RoleEntry[] {
  const person = personById.get(personId);
  assert.ok(person, `no person ${personId}`);
  return (person.roles ?? []).filter((r) => r.office === office);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `form` occurs in `text` as a whole phrase (not inside a longer word). */
function containsForm(text: string, form: string, caseSensitive: boolean): boolean {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu');
  return re.test(text);
}

describe('knowledge base files', () => {
  it('has the expected files', () => {
    const names = files.map((f) => f.file);
    for (const expected of ['agreements.yaml', 'china.yaml', 'laos.yaml', 'offices.yaml', 'vietnam.yaml']) {
      assert.ok(names.includes(expected), `missing server/kb/${expected}`);
    }
  });

  it('every file parses and is valid against schema.json', () => {
    const schema = JSON.parse(readFileSync(new URL('schema.json', KB_DIR), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(schema);
    for (const { file, doc } of files) {
      assert.equal(typeof doc, 'object', `${file} is not a mapping`);
      const ok = validate(doc);
      assert.ok(ok, `${file}: ${ajv.errorsText(validate.errors, { separator: '\n' })}`);
    }
  });

  it('every file declares a valid verifiedThrough date', () => {
    for (const { file, doc } of files) {
      assert.ok(doc.verifiedThrough, `${file} has no verifiedThrough`);
      assert.ok(isValidDate(doc.verifiedThrough), `${file}: bad verifiedThrough`);
    }
  });

  it('ids are unique across all files and sections', () => {
    const seen = new Map<string, string>();
    for (const { file, doc } of files) {
      for (const section of ['people', 'organizations', 'agreements', 'countries', 'offices'] as const) {
        for (const entry of doc[section] ?? []) {
          const where = `${file} ${section}`;
          assert.ok(!seen.has(entry.id), `id ${entry.id} in ${where} and ${seen.get(entry.id)}`);
          seen.set(entry.id, where);
        }
      }
    }
  });
});

describe('references', () => {
  it("every role's office exists", () => {
    for (const p of people) {
      for (const r of p.roles ?? []) {
        assert.ok(officeIds.has(r.office), `${p.id}: unknown office ${r.office}`);
      }
    }
  });

  it("every person's, office's and organization's country exists", () => {
    for (const p of people) assert.ok(countryIds.has(p.country), `${p.id}: unknown country ${p.country}`);
    // An international organization's office (ASEAN's Secretary-General) belongs to the organization.
    const organizationIds = new Set(organizations.map((o) => o.id));
    for (const o of offices)
      assert.ok(countryIds.has(o.country) || organizationIds.has(o.country), `${o.id}: unknown country ${o.country}`);
    for (const o of organizations) {
      if (o.country) assert.ok(countryIds.has(o.country), `${o.id}: unknown country ${o.country}`);
    }
  });

  it("every agreement's parties exist as countries or organizations", () => {
    const partyIds = new Set([...countryIds, ...organizations.map((o) => o.id)]);
    for (const a of agreements) {
      for (const party of a.parties ?? []) {
        assert.ok(partyIds.has(party), `${a.id}: unknown party ${party}`);
      }
    }
  });
});

describe('role dates', () => {
  it('are valid days, months or years with from <= to', () => {
    for (const p of people) {
      for (const r of p.roles ?? []) {
        const label = `${p.id} ${r.office} ${r.from}`;
        assert.ok(isValidRoleDate(r.from), `${label}: bad from`);
        if (r.to !== undefined) {
          assert.ok(isValidRoleDate(r.to), `${label}: bad to ${r.to}`);
          assert.ok(earliestDay(r.from) <= latestDay(r.to), `${label}: from after to ${r.to}`);
        }
        assert.ok(r.source.trim().length > 0, `${label}: empty source`);
      }
    }
  });

  it('agreement dates are valid and years are ordered', () => {
    for (const a of agreements) {
      if (a.date) assert.ok(isValidDate(a.date), `${a.id}: bad date ${a.date}`);
      if (a.years) assert.ok(a.years[0] <= a.years[1], `${a.id}: years out of order`);
    }
  });

  it('no person holds the same office twice on overlapping dates', () => {
    for (const p of people) {
      const roles = p.roles ?? [];
      for (let i = 0; i < roles.length; i++) {
        for (let j = i + 1; j < roles.length; j++) {
          const a = roles[i]!;
          const b = roles[j]!;
          if (a.office === b.office) {
            assert.ok(!overlaps(a, b), `${p.id}: overlapping ${a.office} roles from ${a.from} and ${b.from}`);
          }
        }
      }
    }
  });

  it('no two people hold a single-holder office on the same day', () => {
    const byOffice = new Map<string, { person: string; role: RoleEntry }[]>();
    for (const p of people) {
      for (const role of p.roles ?? []) {
        if (SHARED_OFFICES.has(role.office)) continue;
        const list = byOffice.get(role.office) ?? [];
        list.push({ person: p.id, role });
        byOffice.set(role.office, list);
      }
    }
    for (const [office, holders] of byOffice) {
      for (let i = 0; i < holders.length; i++) {
        for (let j = i + 1; j < holders.length; j++) {
          const a = holders[i]!;
          const b = holders[j]!;
          if (a.person === b.person) continue;
          assert.ok(
            !overlaps(a.role, b.role),
            `${office}: ${a.person} (${a.role.from}..${a.role.to ?? ''}) overlaps ${b.person} (${b.role.from}..${b.role.to ?? ''})`,
          );
        }
      }
    }
  });

  it('the list of shared offices names only offices that exist', () => {
    for (const id of SHARED_OFFICES) assert.ok(officeIds.has(id), `unknown shared office ${id}`);
  });
});

describe('names and examples', () => {
  /** Every form an entry accepts as correct. */
  function acceptedForms(e: {
    name: string;
    aliases?: string[];
    romanizations?: string[];
    nameVariants?: string[];
    officialName?: string;
    acronym?: string;
  }): string[] {
    return [
      e.name,
      ...(e.aliases ?? []),
      ...(e.romanizations ?? []),
      ...(e.nameVariants ?? []),
      ...(e.officialName ? [e.officialName] : []),
      ...(e.acronym ? [e.acronym] : []),
    ];
  }

  const entries = [...people, ...organizations, ...agreements, ...countries];

  it('no wrong form is an accepted form of any entry', () => {
    const accepted = new Map<string, string>();
    for (const e of entries) for (const f of acceptedForms(e)) accepted.set(f.toLowerCase(), e.id);
    for (const e of entries) {
      for (const w of e.wrongForms ?? []) {
        const owner = accepted.get(w.form.toLowerCase());
        assert.equal(owner, undefined, `${e.id}: wrong form "${w.form}" is accepted for ${owner}`);
      }
    }
  });

  it('no office lists a form both as a title and as a wrong form', () => {
    for (const o of offices) {
      const titles = new Set(o.titles.map((t) => t.toLowerCase()));
      for (const w of o.wrongForms ?? []) {
        assert.ok(!titles.has(w.form.toLowerCase()), `${o.id}: "${w.form}" is both title and wrong form`);
      }
    }
  });

  it('flag examples contain a wrong form of the entry or of an office the person held', () => {
    const officeById = new Map(offices.map((o) => [o.id, o]));
    for (const e of entries) {
      const forms = (e.wrongForms ?? []).map((w) => w.form);
      if ('roles' in e) {
        for (const r of e.roles ?? []) {
          forms.push(...(officeById.get(r.office)?.wrongForms ?? []).map((w) => w.form));
        }
      }
      const cs = new Set(e.caseSensitive ?? []);
      for (const { text: sentence, rule } of e.examples?.flag ?? []) {
        if (rule === 'title/not-held') continue;
        assert.ok(
          forms.some((f) => containsForm(sentence, f, cs.has(f))),
          `${e.id}: flag example has no wrong form: ${sentence}`,
        );
      }
    }
  });

  it('title/not-held flag examples give the person a title of an office they did not hold that day', () => {
    let seen = 0;
    for (const p of people) {
      for (const { text: sentence, date, rule } of p.examples?.flag ?? []) {
        if (rule !== 'title/not-held') continue;
        seen++;
        const names = [p.name, ...(p.aliases ?? []), ...(p.romanizations ?? [])];
        const titled = offices.filter(
          (o) =>
            o.country === p.country &&
            o.titles.some((t) => names.some((name) => containsForm(sentence, `${t} ${name}`, false))),
        );
        assert.ok(titled.length > 0, `${p.id}: flag example puts no title of its country before the name: ${sentence}`);
        const heldThatDay = titled.filter((o) => (p.roles ?? []).some((r) => r.office === o.id && mayHoldOn(r, date)));
        assert.deepEqual(
          heldThatDay.map((o) => o.id),
          [],
          `${p.id}: flag example's title is held on ${date}: ${sentence}`,
        );
      }
    }
    assert.ok(seen > 0, 'no title/not-held flag example to check');
  });

  it('pass examples contain no wrong form of the entry', () => {
    for (const e of entries) {
      const cs = new Set(e.caseSensitive ?? []);
      for (const { text: sentence } of e.examples?.pass ?? []) {
        for (const w of e.wrongForms ?? []) {
          assert.ok(
            !containsForm(sentence, w.form, cs.has(w.form)),
            `${e.id}: pass example has "${w.form}": ${sentence}`,
          );
        }
      }
    }
  });
});

describe('spot-checked facts', () => {
  it('Li Qiang has been Premier since 2023-03-11', () => {
    const [role, ...rest] = rolesOf('li-qiang', 'premier-china');
    assert.equal(rest.length, 0);
    assert.equal(role?.from, '2023-03-11');
    assert.equal(role?.to, undefined);
  });

  it("Li Keqiang's premiership ends on 2023-03-11", () => {
    const [role, ...rest] = rolesOf('li-keqiang', 'premier-china');
    assert.equal(rest.length, 0);
    assert.equal(role?.from, '2013-03-15');
    assert.equal(role?.to, '2023-03-11');
    assert.deepEqual(holdersOn('premier-china', '2023-03-10'), ['li-keqiang']);
    assert.deepEqual(holdersOn('premier-china', '2023-03-12'), ['li-qiang']);
  });

  it('To Lam has been General Secretary of the CPV since 2024-08-03', () => {
    const [role] = rolesOf('to-lam', 'general-secretary-cpv');
    assert.equal(role?.from, '2024-08-03');
    assert.equal(role?.to, undefined);
    assert.deepEqual(holdersOn('general-secretary-cpv', '2024-07-01'), ['nguyen-phu-trong']);
    assert.deepEqual(holdersOn('general-secretary-cpv', '2024-07-25'), []);
  });

  it('Thongloun Sisoulith has been General Secretary of the LPRP since 2021-01-15', () => {
    const [role] = rolesOf('thongloun-sisoulith', 'general-secretary-lprp');
    assert.equal(role?.from, '2021-01-15');
    assert.equal(role?.to, undefined);
    assert.deepEqual(holdersOn('general-secretary-lprp', '2020-06-01'), ['bounnhang-vorachit']);
  });

  it('Viet Nam had the right president (or acting president) through 2023-2024', () => {
    assert.deepEqual(holdersOn('president-vietnam', '2023-02-01'), ['vo-thi-anh-xuan']);
    assert.deepEqual(holdersOn('president-vietnam', '2023-06-01'), ['vo-van-thuong']);
    assert.deepEqual(holdersOn('president-vietnam', '2024-04-15'), ['vo-thi-anh-xuan']);
    assert.deepEqual(holdersOn('president-vietnam', '2024-06-01'), ['to-lam']);
    assert.deepEqual(holdersOn('president-vietnam', '2024-11-01'), ['luong-cuong']);
    const acting = rolesOf('vo-thi-anh-xuan', 'president-vietnam');
    assert.equal(acting.length, 2);
    assert.ok(acting.every((r) => r.acting === true));
    assert.deepEqual(
      rolesOf('vo-van-thuong', 'president-vietnam').map((r) => [r.from, r.to]),
      [['2023-03-02', '2024-03-21']],
    );
    assert.deepEqual(
      rolesOf('to-lam', 'president-vietnam').map((r) => [r.from, r.to]),
      [['2024-05-22', '2024-10-21']],
    );
    assert.equal(rolesOf('luong-cuong', 'president-vietnam')[0]?.from, '2024-10-21');
  });

  it("Kim Jong Un led the Workers' Party as its chairman, then as its general secretary, and the State Affairs Commission since 2016", () => {
    assert.deepEqual(holdersOn('chairman-wpk', '2016-05-08'), []);
    assert.deepEqual(holdersOn('chairman-wpk', '2019-02-27'), ['kim-jong-un']);
    assert.deepEqual(holdersOn('chairman-wpk', '2021-01-11'), []);
    assert.deepEqual(holdersOn('general-secretary-wpk', '2019-02-27'), []);
    assert.deepEqual(holdersOn('general-secretary-wpk', '2023-09-13'), ['kim-jong-un']);
    assert.deepEqual(holdersOn('chairman-state-affairs-north-korea', '2016-06-28'), []);
    assert.deepEqual(holdersOn('chairman-state-affairs-north-korea', '2018-06-12'), ['kim-jong-un']);
  });

  it('Qin Gang was foreign minister between two terms of Wang Yi', () => {
    assert.deepEqual(
      rolesOf('qin-gang', 'foreign-minister-china').map((r) => [r.from, r.to]),
      [['2022-12-30', '2023-07-25']],
    );
    assert.deepEqual(holdersOn('foreign-minister-china', '2023-04-01'), ['qin-gang']);
    assert.deepEqual(holdersOn('foreign-minister-china', '2024-04-26'), ['wang-yi']);
  });

  it('Laos changed prime minister on 2022-12-30', () => {
    assert.deepEqual(holdersOn('prime-minister-laos', '2022-06-01'), ['phankham-viphavanh']);
    assert.deepEqual(holdersOn('prime-minister-laos', '2023-06-01'), ['sonexay-siphandone']);
    assert.deepEqual(holdersOn('prime-minister-laos', '2018-06-01'), ['thongloun-sisoulith']);
  });

  it('the 2024-2028 CPC-LPRP action plan was signed on 2023-10-20', () => {
    const plan = agreements.find((a) => a.id === 'cpc-lprp-action-plan-2024-2028');
    assert.ok(plan);
    assert.equal(plan.date, '2023-10-20');
    assert.deepEqual(plan.years, [2024, 2028]);
    assert.deepEqual(plan.parties, ['cpc', 'lprp']);
  });

  it('the China-Laos Railway opened on 2021-12-03', () => {
    assert.equal(agreements.find((a) => a.id === 'china-laos-railway')?.date, '2021-12-03');
  });

  it('countries carry the house-style names and adjectives', () => {
    const laos = countries.find((c) => c.id === 'laos');
    assert.equal(laos?.name, 'Laos');
    assert.equal(laos?.adjective, 'Lao');
    assert.deepEqual(laos?.adjectiveAliases, ['Laotian']);
    assert.equal(laos?.officialName, "Lao People's Democratic Republic");
    const vietnam = countries.find((c) => c.id === 'vietnam');
    assert.equal(vietnam?.name, 'Viet Nam');
    assert.ok(vietnam?.nameVariants?.includes('Vietnam'));
    assert.equal(countries.find((c) => c.id === 'china')?.officialName, "People's Republic of China");
  });
});
