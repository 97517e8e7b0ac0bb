import { isAlias, isMap, isNode, isScalar, isSeq, visit, type Document, type Node } from 'yaml';

/**
 * Plain values from a parsed YAML document, one node at a time, so that a knowledge-base file
 * can be taken entry by entry: what one entry costs is known before it is converted, and a
 * problem in one entry leaves the others alone.
 *
 * YAML aliases (`*name`) resolve to the latest anchor (`&name`) before them, as the YAML spec
 * says; their values are shared, not copied, as with the `yaml` package's own `toJS`. Unlike
 * `toJS`, which refuses a whole document once one anchor is referred to more than
 * `maxAliasCount` times (100), the measure here is what a node expands to: a file may refer to
 * `&gazette` in every entry, while an "alias bomb" (anchors of aliases of aliases) expands one
 * entry to millions of values and is refused by the caller with {@link expandedSize}.
 */
export class YamlValues {
  private readonly targets = new Map<Node, Node | undefined>();
  private readonly sizes = new Map<Node, number>();
  private readonly values = new Map<Node, unknown>();

  constructor(document: Document) {
    const latest = new Map<string, Node>();
    visit(document, {
      Node: (_key, node) => {
        if (isAlias(node)) this.targets.set(node, latest.get(node.source));
        else if (node.anchor) latest.set(node.anchor, node);
      },
    });
  }

  /**
   * How many values a node stands for once every alias in it is expanded: 1 for a scalar, one
   * more than the sum of its keys and values or items for a collection. Infinite for an alias
   * to a node that contains it.
   */
  expandedSize(node: unknown, visiting = new Set<Node>()): number {
    if (!isNode(node)) return 1;
    const known = this.sizes.get(node);
    if (known !== undefined) return known;
    if (visiting.has(node)) return Infinity;
    visiting.add(node);
    let size = 1;
    if (isAlias(node)) size = this.expandedSize(this.targets.get(node), visiting);
    else if (isMap(node))
      for (const pair of node.items)
        size += this.expandedSize(pair.key, visiting) + this.expandedSize(pair.value, visiting);
    else if (isSeq(node)) for (const item of node.items) size += this.expandedSize(item, visiting);
    visiting.delete(node);
    this.sizes.set(node, size);
    return size;
  }

  /** Whether a node or anything in it is an alias. */
  usesAliases(node: unknown): boolean {
    if (isAlias(node)) return true;
    if (isMap(node)) return node.items.some((pair) => this.usesAliases(pair.key) || this.usesAliases(pair.value));
    if (isSeq(node)) return node.items.some((item) => this.usesAliases(item));
    return false;
  }

  /** The plain value of a node (call {@link expandedSize} first: an alias cycle is not guarded here). */
  value(node: unknown): unknown {
    if (!isNode(node)) return node ?? null;
    if (isAlias(node)) return this.value(this.targets.get(node));
    if (this.values.has(node)) return this.values.get(node);
    let result: unknown;
    if (isScalar(node)) {
      result = node.value;
    } else if (isMap(node)) {
      const object: Record<string, unknown> = {};
      for (const pair of node.items) {
        // defineProperty, so that a key named "__proto__" is a key and not the prototype.
        Object.defineProperty(object, String(this.value(pair.key)), {
          value: this.value(pair.value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      result = object;
    } else if (isSeq(node)) {
      result = node.items.map((item) => this.value(item));
    } else {
      result = null;
    }
    this.values.set(node, result);
    return result;
  }

  /**
   * The node at a path of keys and indexes below a node (for a final key, the key itself), or
   * the deepest one found on the way.
   */
  nodeAt(node: Node, path: readonly (string | number)[]): Node {
    let current = node;
    for (const [i, part] of path.entries()) {
      const resolved = isAlias(current) ? this.targets.get(current) : current;
      let next: unknown;
      if (isMap(resolved)) {
        const pair = resolved.items.find((item) => String(this.value(item.key)) === String(part));
        // The last step names a field: its key is where it is written.
        const last = i === path.length - 1;
        next = pair && (last || !isNode(pair.value)) ? pair.key : pair?.value;
      } else if (isSeq(resolved) && typeof part === 'number') {
        next = resolved.items[part];
      }
      if (!isNode(next) || !next.range) break;
      current = next;
    }
    return current;
  }
}
