/**
 * Which of the extension's files open read-only: shipped folders only, nothing that climbs out
 * of them or lies outside the extension, and a rule's anchor as its heading's line.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { headingLines, isShippedPath, shippedPathOf } from '../../../client/src/shippedFiles.js';

const EXTENSION = '/home/user/.vscode/extensions/attache-0.1.0';

describe('shippedPathOf', () => {
  it('gives the path of a shipped file relative to the extension, with or without a final slash on its folder', () => {
    assert.equal(shippedPathOf(EXTENSION, 'file', `${EXTENSION}/server/kb/laos.yaml`), 'server/kb/laos.yaml');
    assert.equal(shippedPathOf(`${EXTENSION}/`, 'file', `${EXTENSION}/docs/rules.md`), 'docs/rules.md');
    assert.equal(shippedPathOf(EXTENSION, 'file', `${EXTENSION}/samples/corpus/kpl.txt`), 'samples/corpus/kpl.txt');
  });

  it('gives nothing for the extension’s other files, a neighbouring folder, a workspace file or another scheme', () => {
    assert.equal(shippedPathOf(EXTENSION, 'file', `${EXTENSION}/dist/server.js`), undefined);
    assert.equal(shippedPathOf(EXTENSION, 'file', `${EXTENSION}-old/server/kb/laos.yaml`), undefined);
    assert.equal(shippedPathOf(EXTENSION, 'file', '/home/user/project/server/kb/laos.yaml'), undefined);
    assert.equal(shippedPathOf(EXTENSION, 'untitled', `${EXTENSION}/docs/rules.md`), undefined);
  });
});

describe('isShippedPath', () => {
  it('accepts a file in a shipped folder', () => {
    assert.ok(isShippedPath('server/kb/laos.yaml'));
    assert.ok(isShippedPath('docs/rules.md'));
  });

  it('refuses a path that climbs out of a shipped folder, or lies in none', () => {
    assert.ok(!isShippedPath('docs/../package.json'));
    assert.ok(!isShippedPath('server/kb/../../dist/server.js'));
    assert.ok(!isShippedPath('package.json'));
    assert.ok(!isShippedPath('/docs/rules.md'));
  });
});

describe('headingLines', () => {
  it('gives each heading’s 1-based line by its text, whatever the line endings', () => {
    const lines = headingLines('# Rules\r\n\r\n## name/misspelled  \ntext\n### title/not-held\n#not-a-heading\n');
    assert.deepEqual(
      [...lines],
      [
        ['Rules', 1],
        ['name/misspelled', 3],
        ['title/not-held', 5],
      ],
    );
  });

  it('gives nothing for text without headings', () => {
    assert.equal(headingLines('plain\ntext').size, 0);
  });
});
