/**
 * Plain values from YAML nodes one at a time: aliases resolved to the latest anchor before
 * them, what a node expands to (infinite for a cycle), "__proto__" kept as a key, and the node
 * at a path for a problem's line.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LineCounter, isMap, parseDocument, type Node } from 'yaml';
import { YamlValues } from '../../../server/src/kb/yamlValues.js';

function parsed(text: string, lineCounter?: LineCounter) {
  const document = parseDocument(text, lineCounter ? { lineCounter } : {});
  const values = new YamlValues(document);
  const root = document.contents;
  assert.ok(isMap(root));
  const field = (key: string) => root.items.find((pair) => String(values.value(pair.key)) === key)?.value;
  return { values, root, field };
}

describe('YamlValues', () => {
  it('gives plain values of scalars, maps and sequences', () => {
    const { values, root } = parsed(
      'name: To Lam\nroles:\n  - title: President\n    from: 2024-05-22\ncount: 3\nempty:\n',
    );
    assert.deepEqual(values.value(root), {
      name: 'To Lam',
      roles: [{ title: 'President', from: '2024-05-22' }],
      count: 3,
      empty: null,
    });
  });

  it('resolves an alias to the latest anchor before it, and shares its value', () => {
    const { values, field } = parsed('a: &src {url: one}\nb: *src\nc: &src {url: two}\nd: *src\n');
    assert.deepEqual(values.value(field('b')), { url: 'one' });
    assert.deepEqual(values.value(field('d')), { url: 'two' });
    assert.equal(values.value(field('b')), values.value(field('a')));
  });

  it('keeps a key named __proto__ as a key', () => {
    const { values, root } = parsed('__proto__: {polluted: true}\n');
    const value = values.value(root) as Record<string, unknown>;
    assert.deepEqual(Object.keys(value), ['__proto__']);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.equal(Object.getPrototypeOf(value), Object.prototype);
  });

  it('counts what a node expands to through its aliases', () => {
    const { values, field } = parsed('a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\nplain: word\n');
    assert.equal(values.expandedSize(field('a')), 3);
    assert.equal(values.expandedSize(field('b')), 7);
    assert.equal(values.expandedSize(field('c')), 15);
    assert.equal(values.expandedSize(field('plain')), 1);
  });

  it('gives an infinite size for an alias inside the node it refers to', () => {
    const { values, field } = parsed('a: &loop [one, *loop]\n');
    assert.equal(values.expandedSize(field('a')), Infinity);
  });

  it('says whether a node uses aliases', () => {
    const { values, field } = parsed('a: &a {x: 1}\nb: {inner: [*a]}\n');
    assert.equal(values.usesAliases(field('a')), false);
    assert.equal(values.usesAliases(field('b')), true);
  });

  it('finds the node at a path, the key for a final field, and the deepest node on the way for a missing one', () => {
    const lines = new LineCounter();
    const { values, root } = parsed(
      'people:\n  - id: to-lam\n    roles:\n      - title: President\n        source: gazette\n',
      lines,
    );
    const line = (node: Node) => lines.linePos(node.range![0]).line;
    assert.equal(line(values.nodeAt(root, ['people', 0, 'roles', 0, 'source'])), 5);
    assert.equal(line(values.nodeAt(root, ['people', 0, 'id'])), 2);
    assert.equal(line(values.nodeAt(root, ['people', 0, 'roles', 3, 'title'])), 4);
    assert.equal(values.nodeAt(root, ['nobody']), root);
  });

  it('finds a path through an alias', () => {
    const lines = new LineCounter();
    const { values, field } = parsed('base: &base\n  source: gazette\nother: *base\n', lines);
    const found = values.nodeAt(field('other') as Node, ['source']);
    assert.equal(lines.linePos(found.range![0]).line, 2);
  });
});
