import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getPerson, holdersAt, rolesAt } from '../../../server/src/kb/knowledgeBase.js';
import { loadKnowledgeBase } from '../../../server/src/kb/loadKnowledgeBase.js';

const BASE = `
countries:
  - id: ruritania
    name: Ruritania
    adjective: Ruritanian
offices:
  - id: president-ruritania
    name: President of Ruritania
    country: ruritania
    titles: [President, Ruritanian President]
people:
  - id: rudolf-elphberg
    name: Rudolf Elphberg
    country: ruritania
    convention: surname-last
    roles:
      - { office: president-ruritania, from: 2016-04-20, to: 2021-03-22, source: Gazette 2016 }
  - id: flavia-strel
    name: Flavia Strel
    country: ruritania
    convention: surname-last
    roles:
      - { office: president-ruritania, from: 2021-03-22, source: Gazette 2021 }
`;

test('loads entries and answers dated role questions, boundary days included', () => {
  const kb = loadKnowledgeBase([{ path: 'base.yaml', text: BASE }]);
  assert.deepEqual(kb.problems, []);
  const rudolf = getPerson(kb, 'rudolf-elphberg')!;
  assert.equal(rolesAt(rudolf.entry, '2021-03-22').length, 1);
  assert.equal(rolesAt(rudolf.entry, '2021-03-23').length, 0);
  assert.deepEqual(
    holdersAt(kb, 'president-ruritania', '2021-03-22')
      .map((p) => p.id)
      .sort(),
    ['flavia-strel', 'rudolf-elphberg'],
  );
  assert.deepEqual(
    holdersAt(kb, 'president-ruritania', '2025-01-01').map((p) => p.id),
    ['flavia-strel'],
  );
  assert.equal(rudolf.source.line, 12);
});

test('a broken entry is reported with file and line, and the rest still loads', () => {
  const broken = `
people:
  - id: good-person
    name: Good Person
    country: ruritania
    convention: surname-last
  - id: Bad Id
    name: Bad Person
    country: ruritania
    convention: sideways
`;
  const kb = loadKnowledgeBase([
    { path: 'base.yaml', text: BASE },
    { path: 'broken.yaml', text: broken },
  ]);
  assert.ok(kb.entities.has('good-person'));
  assert.ok(!kb.entities.has('Bad Id'));
  assert.ok(kb.entities.has('rudolf-elphberg'));
  const lines = kb.problems.map((p) => `${p.path}:${p.line}`);
  assert.ok(lines.includes('broken.yaml:7'), lines.join(', '));
  assert.ok(lines.includes('broken.yaml:10'), lines.join(', '));
  assert.ok(kb.problems.some((p) => /convention/.test(p.message)));
});

test('a file that is not YAML is reported and skipped; other files load', () => {
  const kb = loadKnowledgeBase([
    { path: 'bad.yaml', text: 'people:\n  - id: x\n   name: [unclosed\n' },
    { path: 'base.yaml', text: BASE },
  ]);
  assert.ok(kb.entities.has('flavia-strel'));
  assert.equal(kb.problems[0]!.path, 'bad.yaml');
  assert.match(kb.problems[0]!.message, /not valid YAML/);
});

test('later files override entries with the same id', () => {
  const override = `
people:
  - id: flavia-strel
    name: Flavia Strel-Elphberg
    country: ruritania
    convention: surname-last
`;
  const kb = loadKnowledgeBase([
    { path: 'base.yaml', text: BASE },
    { path: 'workspace.yaml', text: override },
  ]);
  assert.equal(kb.entities.get('flavia-strel')!.name, 'Flavia Strel-Elphberg');
  assert.equal(kb.entities.get('flavia-strel')!.source.path, 'workspace.yaml');
});

test('dangling references are reported', () => {
  const kb = loadKnowledgeBase([
    {
      path: 'a.yaml',
      text: 'people:\n  - id: p\n    name: P Q\n    country: nowhere\n    convention: surname-last\n    roles:\n      - { office: no-office, from: 2020-01-01, source: x }\n',
    },
  ]);
  assert.ok(kb.problems.some((p) => /unknown office "no-office"/.test(p.message) && p.line === 2));
  assert.ok(kb.problems.some((p) => /unknown country "nowhere"/.test(p.message)));
});
