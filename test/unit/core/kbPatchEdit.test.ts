/**
 * Where a suggested knowledge-base patch goes in the YAML text of its file, as the editor
 * applies it. The files are written here; the last test patches the bundled Lao file with a
 * suggestion read from an article and loads the result.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extractFacts } from '../../../server/src/core/facts/extractFacts.js';
import { hunkLines, patchInsertion } from '../../../server/src/core/kbPatchEdit.js';
import { kbSuggestions, suggestionPatch, type PatchHunk } from '../../../server/src/core/kbSuggestions.js';
import { ingestFiles } from '../../../server/src/corpus/ingest.js';
import { roleHeldOn } from '../../../server/src/kb/knowledgeBase.js';
import { loadKnowledgeBase } from '../../../server/src/kb/loadKnowledgeBase.js';
import { yamlFilesIn } from '../../../server/src/kb/readKnowledgeBase.js';
import { bundledKnowledgeBaseDir } from '../../../server/src/paths.js';
import { bundled } from '../../support/bundled.js';

const FILE = `verifiedThrough: 2025-12-31

people:
  - id: bounthong-chitmany
    name: Bounthong Chitmany
    country: laos
    convention: given-name
    roles:
      - office: vice-president-laos
        from: 2021-03-22
        source: First session of the 9th National Assembly
      - office: standing-member-secretariat-lprp
        from: 2016-01-22
        to: 2021-01-15
        source: >-
          10th LPRP Congress; the post ended at the 11th
    note: Chairs the Central Inspection Commission.

  - id: kikeo-khaykhamphithoune
    name: Kikeo Khaykhamphithoune
    country: laos
    convention: given-name

offices:
  - id: vice-president-laos
    name: Vice President of the Lao PDR
`;

/** The text after applying an insertion. */
function applied(text: string, hunk: PatchHunk): string {
  const insertion = patchInsertion(text, hunk);
  assert.ok(insertion, JSON.stringify(hunk));
  return text.slice(0, insertion.offset) + insertion.text + text.slice(insertion.offset);
}

const role = (office: string, from: string) => `- office: ${office}\n  from: ${from}\n  source: "KPL ${from}: ..."`;

describe('patchInsertion', () => {
  it("adds a role at the end of the person's roles, before the keys that follow them", () => {
    const out = applied(FILE, {
      action: 'add-role',
      path: 'laos.yaml',
      line: 4,
      entryId: 'bounthong-chitmany',
      yaml: role('president-laos', '2026-03-24'),
    });
    assert.match(
      out,
      /10th LPRP Congress; the post ended at the 11th\n {6}- office: president-laos\n {8}from: 2026-03-24\n {8}source: "KPL 2026-03-24: \.\.\."\n {4}note: Chairs/,
    );
  });

  it('starts a roles list for a person who has none', () => {
    const out = applied(FILE, {
      action: 'add-role',
      path: 'laos.yaml',
      line: 19,
      entryId: 'kikeo-khaykhamphithoune',
      yaml: role('deputy-prime-minister-laos', '2026-03-24'),
    });
    assert.match(
      out,
      /convention: given-name\n {4}roles:\n {6}- office: deputy-prime-minister-laos\n {8}from: 2026-03-24\n[^\n]*\n\noffices:/,
    );
  });

  it('ends a role with a "to:" after its "from:"', () => {
    const out = applied(FILE, {
      action: 'end-role',
      path: 'laos.yaml',
      line: 4,
      entryId: 'bounthong-chitmany',
      roleIndex: 0,
      role: { office: 'vice-president-laos', from: '2021-03-22', source: '' },
      yaml: 'to: 2026-03-24',
    });
    assert.match(
      out,
      /- office: vice-president-laos\n {8}from: 2021-03-22\n {8}to: 2026-03-24\n {8}source: First session/,
    );
  });

  it('adds a person at the end of the people list, keeping CRLF line breaks', () => {
    const crlf = FILE.replace(/\n/g, '\r\n');
    const out = applied(crlf, {
      action: 'add-person',
      path: 'laos.yaml',
      entryId: 'khamphanh-sengdara',
      yaml: '- id: khamphanh-sengdara\n  name: "Khamphanh Sengdara"',
    });
    assert.ok(
      out.includes(
        '    convention: given-name\r\n  - id: khamphanh-sengdara\r\n    name: "Khamphanh Sengdara"\r\n\r\noffices:',
      ),
      out,
    );
  });

  it('starts a people list in a file without one, ending a last line that has no line break', () => {
    const out = applied('verifiedThrough: 2025-12-31', {
      action: 'add-person',
      path: 'new.yaml',
      entryId: 'x-y',
      yaml: '- id: x-y\n  name: "X Y"',
    });
    assert.equal(out, 'verifiedThrough: 2025-12-31\npeople:\n  - id: x-y\n    name: "X Y"\n');
  });

  it('gives nothing when the file no longer matches the hunk', () => {
    const hunk: PatchHunk = {
      action: 'end-role',
      path: 'laos.yaml',
      line: 4,
      entryId: 'bounthong-chitmany',
      roleIndex: 1,
      role: { office: 'standing-member-secretariat-lprp', from: '2016-01-22', source: '' },
      yaml: 'to: 2026-03-24',
    };
    // the role is ended already
    assert.equal(patchInsertion(FILE, hunk), undefined);
    // the entry moved: its line holds another key
    assert.equal(patchInsertion(FILE, { ...hunk, action: 'add-role', line: 5 }), undefined);
    // another entry at the line
    assert.equal(patchInsertion(FILE, { ...hunk, action: 'add-role', entryId: 'someone-else' }), undefined);
    // the role at that index is another one now
    assert.equal(patchInsertion(FILE, { ...hunk, roleIndex: 0 }), undefined);
    assert.equal(patchInsertion(FILE, { ...hunk, roleIndex: 5 }), undefined);
  });

  it('applies a suggestion read from an article to the bundled file, which then loads with the new role and the old one ended', () => {
    const { kb, index } = bundled();
    const article =
      'VIENTIANE, March 24 (KPL) -- Lao President Sonexay Siphandone chaired the first meeting of the new National Defence and Security Council on Tuesday, and called on its members to strengthen the unity of the armed forces.\n';
    const facts = extractFacts(
      ingestFiles([{ path: 'mem/kpl.txt', text: article, hints: { single: true, outlet: 'KPL', date: '2026-03-24' } }]),
      index,
    );
    const [suggestion] = kbSuggestions([...facts.titlesByEntity.values()].flat(), kb);
    assert.ok(suggestion);
    const patch = suggestionPatch(suggestion, kb, () => ({ quote: article.trim() }));
    const paths = yamlFilesIn(bundledKnowledgeBaseDir());
    const texts = new Map(paths.map((path) => [path, readFileSync(path, 'utf8')]));
    // hunks of one file are applied from the bottom up, so that the offsets of the others hold
    for (const hunk of [...patch.hunks].sort((a, b) => (b.line ?? 0) - (a.line ?? 0))) {
      const path = paths.find((p) => p === hunk.path || p.endsWith(join('kb', hunk.path.split(/[\\/]/).pop()!)))!;
      texts.set(path, applied(texts.get(path)!, hunk));
    }
    const patched = loadKnowledgeBase(paths.map((path) => ({ path, text: texts.get(path)!, bundled: true })));
    assert.deepEqual(
      patched.problems.filter((p) => p.severity === 'error'),
      [],
    );
    const person = (id: string) => {
      const entity = patched.entities.get(id);
      assert.equal(entity?.kind, 'person');
      return entity.entry.roles ?? [];
    };
    assert.ok(person('sonexay-siphandone').some((r) => r.office === 'president-laos' && roleHeldOn(r, '2026-03-25')));
    assert.ok(!person('thongloun-sisoulith').some((r) => r.office === 'president-laos' && roleHeldOn(r, '2026-03-25')));
    assert.ok(person('thongloun-sisoulith').some((r) => r.office === 'president-laos' && roleHeldOn(r, '2025-03-25')));
  });
});

describe('hunkLines', () => {
  it('gives the lines of the entry a role hunk patches, from its id to its last key', () => {
    const span = hunkLines(FILE, {
      action: 'add-role',
      path: 'laos.yaml',
      line: 4,
      entryId: 'bounthong-chitmany',
      yaml: role('president-laos', '2026-03-24'),
    });
    const lines = FILE.split('\n');
    assert.ok(span);
    assert.match(lines[span.first]!, /- id: bounthong-chitmany/);
    assert.match(lines[span.last]!, /note: Chairs the Central Inspection Commission/);
  });

  it("gives a new person's hunk the file's people: list", () => {
    const span = hunkLines(FILE, {
      action: 'add-person',
      path: 'laos.yaml',
      entryId: 'khamphanh-sengdara',
      yaml: '- id: khamphanh-sengdara',
    });
    const lines = FILE.split('\n');
    assert.ok(span);
    assert.equal(lines[span.first], 'people:');
    assert.match(lines[span.last]!, /convention: given-name/);
    assert.ok(span.last > span.first + 10);
  });

  it('gives nothing when the file no longer matches: another id at the line, a role already ended', () => {
    assert.equal(
      hunkLines(FILE, {
        action: 'add-role',
        path: 'laos.yaml',
        line: 4,
        entryId: 'kikeo-khaykhamphithoune',
        yaml: role('president-laos', '2026-03-24'),
      }),
      undefined,
    );
    const ended = { office: 'standing-member-secretariat-lprp', from: '2016-01-22', source: '10th LPRP Congress' };
    assert.equal(
      hunkLines(FILE, {
        action: 'end-role',
        path: 'laos.yaml',
        line: 4,
        entryId: 'bounthong-chitmany',
        roleIndex: 1,
        role: ended,
        yaml: 'to: 2026-01-01',
      }),
      undefined,
    );
    const open = {
      office: 'vice-president-laos',
      from: '2021-03-22',
      source: 'First session of the 9th National Assembly',
    };
    assert.deepEqual(
      hunkLines(FILE, {
        action: 'end-role',
        path: 'laos.yaml',
        line: 4,
        entryId: 'bounthong-chitmany',
        roleIndex: 0,
        role: open,
        yaml: 'to: 2026-01-01',
      }),
      { first: 3, last: 16 },
    );
  });
});
