/**
 * Suggestions for the knowledge base from articles published after the date it is verified
 * through: a title it does not give the person then, the holder it would replace, a person it
 * does not know. The articles are written here in the style of the outlets they name; the
 * people new to office in them are made up for the tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractFacts } from '../../../server/src/core/facts/extractFacts.js';
import {
  kbSuggestions,
  patchText,
  suggestionPatch,
  type KbSuggestion,
} from '../../../server/src/core/kbSuggestions.js';
import { ingestFiles } from '../../../server/src/corpus/ingest.js';
import type { KnowledgeBase } from '../../../server/src/kb/knowledgeBase.js';
import { bundled } from '../../support/bundled.js';
import { memoryKnowledgeBase } from '../../support/memoryKnowledgeBase.js';

let pages = 0;
function page(text: string, outlet: string, date: string) {
  return { path: `mem/${++pages}.txt`, text, hints: { single: true as const, outlet, date } };
}

function suggestionsOf(...files: ReturnType<typeof page>[]): KbSuggestion[] {
  const { kb, index } = bundled();
  const facts = extractFacts(ingestFiles(files), index);
  return kbSuggestions([...facts.titlesByEntity.values()].flat(), kb);
}

const NEW_MINISTER =
  'VIENTIANE, Feb. 10 (KPL) -- Lao Foreign Minister Khamphanh Sengdara received the Chinese Ambassador to Laos in Vientiane on Tuesday, and the two sides discussed the preparations for the next session of the bilateral cooperation committee.\n';
const NEW_PRESIDENT =
  'VIENTIANE, March 24 (KPL) -- Lao President Sonexay Siphandone chaired the first meeting of the new National Defence and Security Council on Tuesday, and called on its members to strengthen the unity of the armed forces and the people.\n';

describe('kbSuggestions', () => {
  it("suggests a new person, and the end of the holder's role, for a new foreign minister after verifiedThrough", () => {
    const { kb } = bundled();
    const found = suggestionsOf(page(NEW_MINISTER, 'KPL', '2026-02-10'));
    assert.equal(found.length, 1, JSON.stringify(found));
    const [s] = found;
    assert.equal(s!.kind, 'person');
    assert.equal(s!.personId, 'new:khamphanh-sengdara');
    assert.equal(s!.officeId, 'foreign-minister-laos');
    assert.equal(s!.from, '2026-02-10');
    assert.deepEqual(s!.outlets, ['KPL']);
    assert.deepEqual(
      s!.ends.map((e) => [e.personId, e.role.office]),
      [['thongsavanh-phomvihane', 'foreign-minister-laos']],
    );
    const patch = suggestionPatch(s!, kb, () => ({ where: 'mem/1.txt:1', quote: NEW_MINISTER.trim() }));
    const text = patchText(patch);
    assert.match(
      text,
      /^# Khamphanh Sengdara \(not in the knowledge base\): Minister of Foreign Affairs of the Lao People's Democratic Republic since 2026-02-10/m,
    );
    assert.match(text, /^# {3}mem\/1\.txt:1: KPL 2026-02-10, "Lao Foreign Minister": VIENTIANE/m);
    assert.match(text, /^# .*laos\.yaml: add to people:/m);
    assert.match(
      text,
      /^- id: khamphanh-sengdara\n {2}name: "Khamphanh Sengdara"\n {2}country: laos\n {2}convention: given-name\n {2}roles:\n {4}- office: foreign-minister-laos\n {6}from: 2026-02-10\n {6}source: "KPL 2026-02-10: VIENTIANE, Feb\. 10 \(KPL\) -- Lao Foreign Minister Khamphanh Sengdara/m,
    );
    assert.match(
      text,
      /^# .*laos\.yaml:\d+: end thongsavanh-phomvihane's role 1 \(foreign-minister-laos from 2024-11-18\), adding:\nto: 2026-02-10$/m,
    );
  });

  it("suggests a new role for a known person printed with another office's title, ending the president's", () => {
    const found = suggestionsOf(
      page(NEW_PRESIDENT, 'KPL', '2026-03-24'),
      page(NEW_PRESIDENT.replace('(KPL)', '(Xinhua)'), 'Xinhua', '2026-03-25'),
    );
    assert.equal(found.length, 1, JSON.stringify(found));
    const [s] = found;
    assert.equal(s!.kind, 'role');
    assert.equal(s!.personId, 'sonexay-siphandone');
    assert.equal(s!.officeId, 'president-laos');
    assert.equal(s!.from, '2026-03-24');
    assert.equal(s!.sightings.length, 2);
    assert.deepEqual(s!.outlets, ['KPL', 'Xinhua']);
    assert.deepEqual(
      s!.ends.map((e) => e.personId),
      ['thongloun-sisoulith'],
    );
  });

  it('suggests nothing for an article dated on or before verifiedThrough', () => {
    const before = (text: string) =>
      text.replace(/^VIENTIANE, [A-Za-z]+\.? \d+ \(KPL\) -- /, '').replace(' on Tuesday', '');
    assert.deepEqual(
      suggestionsOf(page(before(NEW_MINISTER), 'KPL', '2025-12-31'), page(before(NEW_PRESIDENT), 'KPL', '2025-06-10')),
      [],
    );
    // The same texts a day later are suggestions: the date alone made the difference.
    assert.equal(
      suggestionsOf(page(before(NEW_MINISTER), 'KPL', '2026-01-01'), page(before(NEW_PRESIDENT), 'KPL', '2026-01-01'))
        .length,
      2,
    );
  });

  it('suggests nothing for a title that agrees with the knowledge base', () => {
    const agreeing = NEW_PRESIDENT.replace(
      'Lao President Sonexay Siphandone',
      'Lao President Thongloun Sisoulith',
    ).replace('Lao Foreign Minister Khamphanh Sengdara', 'Lao Foreign Minister Thongsavanh Phomvihane');
    assert.deepEqual(
      suggestionsOf(
        page(agreeing, 'KPL', '2026-03-24'),
        page(NEW_MINISTER.replace('Khamphanh Sengdara', 'Thongsavanh Phomvihane'), 'KPL', '2026-02-10'),
      ),
      [],
    );
  });

  it('suggests nothing for a title held before ("former", "then-")', () => {
    const former =
      'VIENTIANE, March 24 (KPL) -- Former President Sonexay Siphandone attended the opening of the new cultural hall in Vientiane on Tuesday together with hundreds of residents and officials of the capital.\n';
    const then =
      'VIENTIANE, Feb. 10 (KPL) -- The agreement was first signed by then-Foreign Minister Khamphanh Sengdara of Laos in Vientiane, officials recalled at a ceremony marking its anniversary on Tuesday.\n';
    assert.deepEqual(suggestionsOf(page(former, 'KPL', '2026-03-24'), page(then, 'KPL', '2026-02-10')), []);
  });

  it("suggests nothing for a title that could name several countries' offices", () => {
    const bare =
      'HANOI, Feb. 10 -- Foreign Minister Khamphanh Sengdara received the visiting delegation in the capital on Tuesday and discussed the preparations for the next session of the bilateral cooperation committee.\n';
    assert.deepEqual(suggestionsOf(page(bare, 'Reuters', '2026-02-10')), []);
  });

  it('suggests nothing when the knowledge base has no verifiedThrough', () => {
    const { kb, index } = bundled();
    const facts = extractFacts(ingestFiles([page(NEW_MINISTER, 'KPL', '2026-02-10')]), index);
    const unverified: KnowledgeBase = { ...kb, verifiedThrough: undefined };
    assert.deepEqual(kbSuggestions([...facts.titlesByEntity.values()].flat(), unverified), []);
  });
});

describe('kbSuggestions with terms known to the month or the year', () => {
  // A term ending in June 2021 and its successor's starting some day in 2021: one holder at a
  // time, read as windows, though "2021-06" sorts after "2021" as text.
  const KB = memoryKnowledgeBase(`
verifiedThrough: 2025-12-31
countries:
  - { id: laos, name: Laos, adjective: Lao }
offices:
  - id: foreign-minister-laos
    name: Minister of Foreign Affairs of the Lao People's Democratic Republic
    country: laos
    titles: [Lao Foreign Minister, Foreign Minister]
people:
  - id: khamsing-phommachak
    name: Khamsing Phommachak
    country: laos
    convention: given-name
    roles:
      - { office: foreign-minister-laos, from: '2016', to: 2021-06, source: test }
  - id: bounmy-vongsa
    name: Bounmy Vongsa
    country: laos
    convention: given-name
    roles:
      - { office: foreign-minister-laos, from: '2021', source: test }
`);

  it('ends the open year-precise term of the holder a new minister replaces', () => {
    const facts = extractFacts(ingestFiles([page(NEW_MINISTER, 'KPL', '2026-02-10')]), KB.index);
    const found = kbSuggestions([...facts.titlesByEntity.values()].flat(), KB.kb);
    assert.deepEqual(
      found.map((s) => [s.personId, s.officeId, s.ends.map((e) => e.personId)]),
      [['new:khamphanh-sengdara', 'foreign-minister-laos', ['bounmy-vongsa']]],
    );
  });
});
