/**
 * Runs retext plugins over a document's prose and turns what they say into findings. A
 * plugin runs as unified runs it — `processor.runSync(tree, file)` on each paragraph's nlcst
 * with a VFile of the paragraph's text — and each `VFileMessage` becomes a finding: its place
 * (the paragraph's offsets moved to the document's) is the range, its `expected` values are the
 * fixes (replace the range with each), its `url` the finding's documentation, and its message is
 * the plugin's own, or for a bundled plugin one sentence in house style. A message whose
 * `source` is `attache` is a rule of the house's own: its `ruleId` is the finding's code
 * (`organization/lower-case`); any other message's code is the plugin's package name.
 *
 * A plugin Attaché does not ship also finds what Attaché knows about the paragraph on the
 * VFile, `file.data.attache` (pluginData.ts): the entities it names and the document's date.
 *
 * What a plugin says about a paragraph is cached by the plugin, its options and the paragraph's
 * text, with, for a plugin that is given `file.data.attache`, what that holds (a bounded LRU),
 * so after an edit a plugin runs on the paragraphs that changed only.
 */
import type { Nodes, Root } from 'nlcst';
import { unified, type Processor } from 'unified';
import type { Point } from 'unist';
import { VFile } from 'vfile';
import type { KnowledgeBase } from '../../kb/knowledgeBase.js';
import { ruleDocumentationUrl, type CheckFinding } from '../checks/check.js';
import { replaceWith } from '../checks/evidence.js';
import type { Evidence, Fix } from '../checks/finding.js';
import { ATTACHE_SOURCE, evidenceOf } from '../checks/pluginCheck.js';
import { LineIndex } from '../text/lineIndex.js';
import { LruCache } from '../text/lruCache.js';
import { paragraphTree, type ParagraphSpan } from '../text/prose.js';
import type { PluginMessage, RetextAttacher } from './bundledPlugins.js';
import { paragraphKnowledgeReader, type DocumentKnowledge, type ParagraphKnowledge } from './pluginData.js';
import type { RetextPluginUse } from './retextPlugins.js';

/** What a plugin said about a paragraph, with offsets from the paragraph's start. */
interface ParagraphMessage {
  start: number;
  end: number;
  said: PluginMessage;
  expected: readonly string[];
  url: string | undefined;
  /** The rule the message names, for a message whose source is `attache`. */
  code: string | undefined;
  /** What supports the message: given by an Attaché rule written as a plugin (`reportRule`). */
  evidence: readonly Evidence[];
}

export { ATTACHE_SOURCE };

/** How much paragraph text each plugin keeps its messages for, in characters (messages are small). */
const CACHED_CHARACTERS = 500_000;

interface PluginRun {
  processor: Processor<undefined, Root, Root>;
  /**
   * What the plugin said about a paragraph, by the paragraph's text, and for each data it was
   * given on that text (its fingerprint; none for a plugin given none), the latest first. A key
   * of text and data together would be built and hashed for every paragraph on every analysis.
   */
  messages: LruCache<string, KeptMessages[]>;
}

interface KeptMessages {
  given: string | undefined;
  messages: ParagraphMessage[];
}

/** How many kinds of data a plugin's messages on one paragraph text are kept for (the same paragraph in drafts of other dates). */
const KEPT_PER_TEXT = 8;

/** The messages kept for the data, made the latest; or those `say` gives, kept. */
function keptFor(kept: KeptMessages[], given: string | undefined, say: () => ParagraphMessage[]): ParagraphMessage[] {
  const at = kept.findIndex((entry) => entry.given === given);
  const entry = at >= 0 ? kept.splice(at, 1)[0]! : { given, messages: say() };
  kept.unshift(entry);
  if (kept.length > KEPT_PER_TEXT) kept.pop();
  return entry.messages;
}

const runs = new WeakMap<RetextAttacher, Map<string, PluginRun>>();
/** An Attaché rule's runs, per knowledge base it was attached with (dropped with it), then as for any plugin. */
const ruleRuns = new WeakMap<KnowledgeBase, WeakMap<RetextAttacher, Map<string, PluginRun>>>();

/** The processor and message cache of a plugin with its options; attaching the plugin may throw on bad options. */
function runFor(plugin: RetextPluginUse): PluginRun {
  let byAttacher = runs;
  if (plugin.rule) {
    const kb = plugin.rule.options.kb;
    byAttacher = ruleRuns.get(kb) ?? new WeakMap();
    ruleRuns.set(kb, byAttacher);
  }
  let byOptions = byAttacher.get(plugin.attacher);
  if (!byOptions) {
    byOptions = new Map();
    byAttacher.set(plugin.attacher, byOptions);
  }
  // A rule's options are the knowledge base (the map above) and the house style, of which the rule reads its own settings.
  const key = plugin.rule
    ? JSON.stringify((plugin.rule.check.settings ?? []).map((setting) => setting.of(plugin.rule!.options.houseStyle)))
    : (JSON.stringify(plugin.options ?? null) ?? 'null');
  let run = byOptions.get(key);
  if (!run) {
    const options = plugin.rule?.options ?? plugin.options;
    const processor = unified()
      .use(plugin.attacher, ...(options === undefined ? [] : [options]))
      .freeze() as unknown as Processor<undefined, Root, Root>;
    run = { processor, messages: new LruCache(CACHED_CHARACTERS, (text) => text.length) };
    byOptions.set(key, run);
  }
  return run;
}

/** A plugin's finding: the runner stamps its code (the plugin's name unless the message named an Attaché rule) and severity. */
export interface PluginFinding extends CheckFinding {
  /** The rule a message with source `attache` named by its `ruleId`. */
  ruleCode?: string;
}

/** What one plugin found in a document, or why it could not run. */
export interface PluginOutcome {
  plugin: RetextPluginUse;
  /** In document order. */
  findings: PluginFinding[];
  /** Set when the plugin threw (on its options, or on a paragraph): it is then left out. */
  error?: unknown;
}

/** How plugins run over a document. */
export interface PluginRunOptions {
  /** Stops the run between paragraphs (the document changed again, the request was cancelled). */
  signal?: AbortSignal;
  /** The document's mentions and date, handed to the plugins Attaché does not ship as `file.data.attache`. */
  document?: DocumentKnowledge;
}

/**
 * The plugins' findings on a document's paragraphs. Paragraph by paragraph, every plugin in
 * turn: a paragraph's tree is taken (from the cache, or parsed) only when some plugin has not
 * yet seen its text, and one paragraph's tree at a time is enough, however long the document.
 * A paragraph's `file.data.attache` is made only when a plugin that is not bundled runs (the
 * bundled ones read words alone, and their messages are kept by the text alone).
 * Throws an `AbortError` between paragraphs when the signal says the result is no longer wanted.
 */
export function runRetextPlugins(
  paragraphs: readonly ParagraphSpan[],
  plugins: readonly RetextPluginUse[],
  { signal, document }: PluginRunOptions = {},
): PluginOutcome[] {
  const outcomes: PluginOutcome[] = plugins.map((plugin) => ({ plugin, findings: [] }));
  const prepared = outcomes.map((outcome) => {
    try {
      return runFor(outcome.plugin);
    } catch (error) {
      outcome.error = error;
      return undefined;
    }
  });
  const knowledgeOf = plugins.some((plugin) => !plugin.bundled)
    ? paragraphKnowledgeReader(document ?? { mentions: [] })
    : undefined;
  for (const paragraph of paragraphs) {
    signal?.throwIfAborted();
    let tree: Root | undefined;
    const treeOf = (plugin: RetextPluginUse): Root =>
      plugin.rule?.check.readsTree === false
        ? { type: 'RootNode', children: [] }
        : (tree ??= paragraphTree(paragraph.text));
    // What the plugins are given with the paragraph, once for every plugin that is given it.
    let given: ParagraphKnowledge | undefined;
    const givenOf = () => (given ??= knowledgeOf!(paragraph));
    outcomes.forEach((outcome, index) => {
      const run = prepared[index];
      if (!run || outcome.error !== undefined) return;
      try {
        const knowledge = outcome.plugin.bundled ? undefined : givenOf();
        const said = () => messagesOn(paragraph, treeOf(outcome.plugin), outcome.plugin, run.processor, knowledge);
        const kept = run.messages.get(paragraph.text, () => []);
        for (const message of keptFor(kept, knowledge?.fingerprint, said))
          outcome.findings.push(findingOf(message, paragraph.start, outcome.plugin));
      } catch (error) {
        outcome.error = error;
        outcome.findings = [];
      }
    });
  }
  return outcomes;
}

/**
 * What the plugin says about one paragraph. A bundled plugin or an Attaché rule reads the
 * cached tree; another runs on a copy, since a plugin may change the tree it is given, and with
 * the paragraph's data made afresh for it, which it may change too without the next plugin
 * seeing it.
 */
function messagesOn(
  paragraph: ParagraphSpan,
  tree: Root,
  plugin: RetextPluginUse,
  processor: Processor<undefined, Root, Root>,
  knowledge: ParagraphKnowledge | undefined,
): ParagraphMessage[] {
  const file = new VFile({ value: paragraph.text });
  if (knowledge) file.data.attache = knowledge.data();
  processor.runSync(plugin.bundled || plugin.rule ? tree : copyOf(tree), file);
  let lines: LineIndex | undefined;
  const offsetOf = (point: Point): number => {
    if (typeof point.offset === 'number') return clamp(point.offset, paragraph.text.length);
    lines ??= new LineIndex(paragraph.text);
    return lines.offsetAt({ line: point.line - 1, character: point.column - 1 });
  };
  return file.messages.map((message) => {
    const place = message.place;
    let start = 0;
    let end = 0;
    if (place && 'start' in place) {
      start = offsetOf(place.start);
      end = Math.max(start, offsetOf(place.end));
    } else if (place) {
      start = end = offsetOf(place);
    }
    const actual = typeof message.actual === 'string' ? message.actual : undefined;
    if (start === end && actual && paragraph.text.startsWith(actual, start)) end = start + actual.length;
    const expected = [
      ...new Set((message.expected ?? []).filter((value): value is string => typeof value === 'string')),
    ];
    return {
      start,
      end,
      said: {
        actual: actual ?? paragraph.text.slice(start, end),
        expected: expected[0],
        reason: message.reason,
        ruleId: message.ruleId ?? undefined,
      },
      expected,
      url: message.url ?? undefined,
      code: message.source === ATTACHE_SOURCE && message.ruleId ? message.ruleId : undefined,
      evidence: evidenceOf(message),
    };
  });
}

/** A deep copy of an nlcst tree: its nodes, their children and positions (faster than `structuredClone` on these small plain objects). */
function copyOf<T extends Nodes>(node: T): T {
  const copy = { ...node } as T & { children?: Nodes[] };
  if (node.position) copy.position = { start: { ...node.position.start }, end: { ...node.position.end } };
  if ('children' in node) copy.children = (node.children as Nodes[]).map(copyOf);
  if (node.data) copy.data = { ...node.data };
  return copy;
}

function clamp(offset: number, length: number): number {
  return Math.max(0, Math.min(offset, length));
}

function findingOf(message: ParagraphMessage, at: number, plugin: RetextPluginUse): PluginFinding {
  const start = at + message.start;
  const end = at + message.end;
  const bundled = plugin.bundled;
  const fixes: Fix[] = (bundled?.expected?.(message.said) ?? message.expected)
    .filter((value) => end > start || value !== '')
    .map((value) => {
      const title =
        bundled?.fixTitle?.(value, message.said) ??
        (value === '' ? `Remove "${message.said.actual}"` : `Replace with "${value}"`);
      return replaceWith(start, end, value, title);
    });
  // An Attaché rule's own page is known from its id wherever findings are shown (the editor opens the copy it ships).
  const documentation =
    bundled || !message.url || (message.code && message.url === ruleDocumentationUrl(message.code))
      ? undefined
      : message.url;
  return {
    start,
    end,
    message: bundled ? bundled.message(message.said) : sentence(message.said.reason),
    fixes,
    evidence: [...message.evidence],
    ...(documentation ? { documentation } : {}),
    ...(!bundled && message.code ? { ruleCode: message.code } : {}),
  };
}

/** A plugin's message as a sentence: a full stop at its end if it has none. */
function sentence(reason: string): string {
  const text = reason.trim();
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
