import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { entityCard } from '../../server/src/core/entityCard.js';
import { collectAliases } from '../../server/src/core/mentions/aliases.js';
import { loadKnowledgeBase, MAX_KNOWLEDGE_BASE_FILE_BYTES } from '../../server/src/kb/loadKnowledgeBase.js';
import { readKnowledgeBase, yamlFilesIn } from '../../server/src/kb/readKnowledgeBase.js';
import type { KnowledgeBaseProblem } from '../../server/src/kb/knowledgeBase.js';
import { temporaryFolder } from '../support/temporaryFolders.js';

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
  - id: flavia-strel
    name: Flavia Strel
    country: ruritania
    convention: surname-last
    roles:
      - { office: president-ruritania, from: 2021-03-22, source: Gazette 2021 }
`;

/** A person entry as YAML lines, indented for a `people:` list. */
function person(id: string, extra = ''): string {
  const name = id
    .split('-')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join(' ');
  return `  - id: ${id}\n    name: ${name}\n    country: ruritania\n    convention: surname-last\n${extra}`;
}

/** The problems of one file, as `line: message` strings, for readable failures. */
function problemsOf(problems: readonly KnowledgeBaseProblem[], path: string): string[] {
  return problems.filter((p) => p.path === path).map((p) => `${p.line}: ${p.severity} ${p.message}`);
}

const SPELLED = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** A kebab-case id made of letters only, distinct for each number below 729. */
function letterId(n: number): string {
  return `member-${SPELLED[n % 9]}-${SPELLED[Math.floor(n / 9) % 9]}-${SPELLED[Math.floor(n / 81) % 9]}`;
}

describe('a knowledge-base file that uses YAML aliases', () => {
  it('loads every entry when one anchor is referred to more than 100 times, and the next file too', () => {
    const entries = Array.from({ length: 150 }, (_, i) =>
      person(
        letterId(i),
        `    roles:\n      - { office: president-ruritania, from: 2021-03-22, source: ${i === 0 ? '&gazette Gazette 2021' : '*gazette'} }\n`,
      ),
    );
    const kb = loadKnowledgeBase([
      { path: 'base.yaml', text: BASE },
      { path: 'many-references.yaml', text: `people:\n${entries.join('')}` },
      { path: 'after.yaml', text: `people:\n${person('later-person')}` },
    ]);
    assert.deepEqual(problemsOf(kb.problems, 'many-references.yaml'), []);
    for (let i = 0; i < 150; i++) assert.ok(kb.entities.has(letterId(i)), `${letterId(i)} missing`);
    assert.equal(
      (kb.entities.get(letterId(149)) as { entry: { roles: { source: string }[] } }).entry.roles[0]!.source,
      'Gazette 2021',
    );
    assert.ok(kb.entities.has('later-person'));
  });

  it('refuses an alias bomb as a YAML alias limit, naming file and line, and keeps the other entries and files', () => {
    const levels = ['    a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let level = 1; level < 9; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`    ${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const text = `people:\n${person('before-bomb')}${person('bomb-person', `${levels.join('\n')}\n`)}${person('after-bomb')}`;
    // Expanded, the bomb would not fit in memory: loading at all (within the test's timeout) is the point.
    const kb = loadKnowledgeBase([
      { path: 'bomb.yaml', text },
      { path: 'base.yaml', text: BASE },
    ]);
    const problems = problemsOf(kb.problems, 'bomb.yaml');
    assert.ok(
      problems.some((p) => /^6: error .*YAML alias/.test(p) && /maxAliasCount|alias limit/.test(p)),
      problems.join('\n'),
    );
    assert.ok(kb.entities.has('before-bomb'));
    assert.ok(kb.entities.has('after-bomb'));
    assert.ok(!kb.entities.has('bomb-person'));
    assert.ok(kb.entities.has('flavia-strel'));
  });
});

describe('a knowledge-base file with a YAML syntax error', () => {
  it('keeps the entries before the error and reports the line of the error', () => {
    const text = `people:\n${person('first-person')}${person('second-person')}  - id: broken-person\n    name: [unclosed\n${person('after-error')}`;
    const kb = loadKnowledgeBase([
      { path: 'base.yaml', text: BASE },
      { path: 'syntax.yaml', text },
    ]);
    assert.ok(kb.entities.has('first-person'));
    assert.ok(kb.entities.has('second-person'));
    assert.ok(!kb.entities.has('broken-person'));
    const problems = problemsOf(kb.problems, 'syntax.yaml');
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0]!, /^1[0-4]: error not valid YAML/);
  });
});

describe('a knowledge-base file with a second YAML document', () => {
  it('keeps the first document, last entry included, and reports the line of the second', () => {
    const text = `people:\n${person('first-person')}${person('last-before-marker')}---\npeople:\n${person('in-second-document')}`;
    const kb = loadKnowledgeBase([
      { path: 'base.yaml', text: BASE },
      { path: 'two.yaml', text },
    ]);
    assert.ok(kb.entities.has('first-person'));
    assert.ok(kb.entities.has('last-before-marker'));
    assert.ok(!kb.entities.has('in-second-document'));
    assert.deepEqual(
      problemsOf(kb.problems, 'two.yaml').map((p) => p.replace(/:.*/, '')),
      ['10'],
    );
  });
});

describe('an entry with a field the schema does not know', () => {
  it('is kept, and the field is reported as a warning with file and line', () => {
    const text = `people:\n${person('typo-person', '    alises: [Typo]\n')}`;
    const kb = loadKnowledgeBase([
      { path: 'base.yaml', text: BASE },
      { path: 'unknown.yaml', text },
    ]);
    assert.ok(kb.entities.has('typo-person'));
    assert.deepEqual(problemsOf(kb.problems, 'unknown.yaml'), ['6: warning unknown field "alises" ignored']);
  });

  it('is still skipped when the rest of it is invalid too', () => {
    const text = `people:\n${person('bad-person', '    alises: [Typo]\n').replace('surname-last', 'sideways')}`;
    const kb = loadKnowledgeBase([
      { path: 'base.yaml', text: BASE },
      { path: 'unknown.yaml', text },
    ]);
    assert.ok(!kb.entities.has('bad-person'));
    assert.ok(problemsOf(kb.problems, 'unknown.yaml').some((p) => /^5: error .*convention.*entry skipped/.test(p)));
  });
});

describe('aliases that would match almost everywhere', () => {
  it('refuses one-letter and punctuation-only forms with a reason, and keeps the entry', () => {
    const text = `people:\n${person('short-forms', '    aliases: [a, I, ".", "--", Strel Junior]\n')}`;
    const kb = loadKnowledgeBase([
      { path: 'base.yaml', text: BASE },
      { path: 'short.yaml', text },
    ]);
    assert.ok(kb.entities.has('short-forms'));
    const problems = problemsOf(kb.problems, 'short.yaml');
    for (const form of ['a', 'I', '.', '--']) {
      assert.ok(
        problems.some((p) => p.startsWith('6: warning') && p.includes(`"${form}"`) && /two letters/.test(p)),
        `${form} not refused: ${problems.join('\n')}`,
      );
    }
    const forms = collectAliases(kb)
      .filter((alias) => alias.entityId === 'short-forms')
      .map((alias) => alias.text);
    assert.ok(forms.includes('Strel Junior'));
    for (const form of ['a', 'I', '.', '--']) assert.ok(!forms.includes(form), `${form} still matched`);
  });

  it('accepts a one-letter form listed as case-sensitive, which then matches only as a whole word', () => {
    const text = `people:\n${person('u-thant', '    aliases: [U]\n    caseSensitive: [U]\n')}`;
    const kb = loadKnowledgeBase([
      { path: 'base.yaml', text: BASE },
      { path: 'letter.yaml', text },
    ]);
    assert.deepEqual(problemsOf(kb.problems, 'letter.yaml'), []);
    assert.ok(
      collectAliases(kb).some((alias) => alias.entityId === 'u-thant' && alias.text === 'U' && alias.caseSensitive),
    );
  });

  it('refuses a punctuation-only form even when listed as case-sensitive', () => {
    const text = `people:\n${person('dotted', '    aliases: ["."]\n    caseSensitive: ["."]\n')}`;
    const kb = loadKnowledgeBase([
      { path: 'base.yaml', text: BASE },
      { path: 'dot.yaml', text },
    ]);
    assert.ok(problemsOf(kb.problems, 'dot.yaml').some((p) => p.includes('"."')));
    assert.ok(!collectAliases(kb).some((alias) => alias.entityId === 'dotted' && alias.text === '.'));
  });
});

describe('a workspace entry with the id of a bundled one', () => {
  it('is reported as an override with file and line, and the hover card says so', () => {
    const folder = temporaryFolder('attache-override-');
    const file = join(folder, 'override.yaml');
    writeFileSync(
      file,
      'people:\n  - id: xi-jinping\n    name: Xi Jinping\n    country: china\n    convention: surname-first\n',
    );
    const kb = readKnowledgeBase([file]);
    const problems = kb.problems.filter((p) => p.path === file);
    assert.equal(problems.length, 1, problems.map((p) => p.message).join('\n'));
    assert.equal(problems[0]!.line, 2);
    assert.equal(problems[0]!.severity, 'information');
    assert.match(problems[0]!.message, /"xi-jinping" overrides the bundled entry \(china\.yaml:\d+\)/);
    const entity = kb.entities.get('xi-jinping')!;
    const card = entityCard(entity, {
      date: '2025-01-01',
      kb,
      linkTo: (path, at) => `${path}#${'line' in at ? at.line : at.start}`,
    });
    assert.match(card, /override\.yaml/);
    assert.match(card, /overrides the bundled entry/);
  });
});

describe('files that cannot be loaded', () => {
  it('refuses a file over the size limit at once, with the limit in the message', () => {
    const folder = temporaryFolder('attache-large-');
    const file = join(folder, 'large.yaml');
    const filler = `# ${'x'.repeat(1000)}\n`;
    writeFileSync(
      file,
      `people:\n${person('in-large-file')}${filler.repeat(Math.ceil((4 * MAX_KNOWLEDGE_BASE_FILE_BYTES) / filler.length))}`,
    );
    const kb = readKnowledgeBase([file]);
    const problems = kb.problems.filter((p) => p.path === file);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /larger than the 5 MB limit/);
    assert.ok(!kb.entities.has('in-large-file'));
    assert.ok(kb.entities.has('xi-jinping'));
  });

  it('reports a dangling symbolic link in a knowledge-base folder instead of throwing', () => {
    const folder = temporaryFolder('attache-dangling-');
    const kbFolder = join(folder, '.attache', 'kb');
    mkdirSync(kbFolder, { recursive: true });
    symlinkSync(join(folder, 'missing.yaml'), join(kbFolder, 'broken.yaml'));
    writeFileSync(join(kbFolder, 'good.yaml'), `people:\n${person('good-person').replace('ruritania', 'china')}`);
    const files = yamlFilesIn(kbFolder);
    const kb = readKnowledgeBase(files);
    assert.ok(kb.entities.has('good-person'));
    assert.ok(kb.problems.some((p) => p.path === join(kbFolder, 'broken.yaml') && /cannot read/.test(p.message)));
  });

  it('says the bundled knowledge base is missing when its folder holds no YAML file, and still reads the workspace files', () => {
    const folder = temporaryFolder('attache-no-bundled-');
    const file = join(folder, 'team.yaml');
    writeFileSync(file, BASE);
    for (const bundledDir of [join(folder, 'kb'), join(folder, 'absent')]) {
      if (bundledDir.endsWith('kb')) mkdirSync(bundledDir);
      const kb = readKnowledgeBase([file], bundledDir);
      assert.deepEqual(
        kb.problems.map((p) => [p.path, p.severity]),
        [[bundledDir, 'error']],
      );
      assert.match(kb.problems[0]!.message, /bundled knowledge base is missing/);
      assert.ok(kb.entities.has('flavia-strel'), 'the workspace file is read all the same');
      assert.ok(!kb.entities.has('xi-jinping'));
    }
  });
});

describe('knowledge bases without problems', () => {
  it('the bundled knowledge base loads with no problem at all', () => {
    assert.deepEqual(readKnowledgeBase([]).problems, []);
  });

  it('a normal workspace file loads quietly', () => {
    const folder = temporaryFolder('attache-normal-');
    const file = join(folder, 'team.yaml');
    writeFileSync(
      file,
      `people:\n  - id: sonexay-deputy\n    name: Bounthong Chitmany\n    country: laos\n    convention: given-name\n    aliases: [Bounthong Chittmany]\n    names:\n      lo: ບຸນທອງ ຈິດມະນີ\n`,
    );
    const kb = readKnowledgeBase([file]);
    assert.deepEqual(kb.problems, []);
    assert.ok(kb.entities.has('sonexay-deputy'));
  });
});
