/**
 * The retext plugins that ship with Attaché: six that suit diplomatic prose, each off until
 * `attache.retext.plugins` (or `--retext NAME`, or the house style's quotation marks) turns it
 * on. Each is a plain unified plugin; what it reports becomes a finding with the plugin's name
 * as its rule id, and its message is rewritten here in house style (what is wrong and what is
 * right, one sentence) from the plugin's `actual` and `expected`.
 */
import retextContractions from 'retext-contractions';
import retextIndefiniteArticle from 'retext-indefinite-article';
import retextQuotes from 'retext-quotes';
import retextRedundantAcronyms from 'retext-redundant-acronyms';
import retextRepeatedWords from 'retext-repeated-words';
import retextSentenceSpacing from 'retext-sentence-spacing';
import type { Plugin } from 'unified';
import type { Severity } from '../checks/finding.js';

/** A retext plugin as unified takes it: an attacher, called with the plugin's options, that returns a transformer of the nlcst tree. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RetextAttacher = Plugin<any[], any, any>;

/** What a plugin said about one place, as the rewriting of its message sees it. */
export interface PluginMessage {
  /** The text the plugin flagged (its `actual`, else the text of its range). */
  actual: string;
  /** Its first suggestion, if any. */
  expected: string | undefined;
  /** The plugin's own message. */
  reason: string;
  /** The plugin's id for the kind of message (`apostrophe`, `quote`, `missing-smart-apostrophe`). */
  ruleId: string | undefined;
}

/** A plugin that ships with Attaché. */
export interface BundledRetextPlugin {
  name: string;
  attacher: RetextAttacher;
  defaultSeverity: Severity;
  /** One line for the rules' documentation and SARIF. */
  description: string;
  /** The plugin's message in house style. */
  message(said: PluginMessage): string;
  /** The title of the fix that puts in `expected`. */
  fixTitle?(expected: string, said: PluginMessage): string;
  /** The suggestions, where the plugin's own are not what the house fixes with. */
  expected?(said: PluginMessage): string[];
}

const quoted = (text: string) => `"${text}"`;
const firstWord = (text: string) => text.split(/\s+/)[0] ?? text;

const NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];
const spaces = (count: number) => `${NUMBERS[count] ?? count} ${count === 1 ? 'space' : 'spaces'}`;

export const BUNDLED_RETEXT_PLUGINS: readonly BundledRetextPlugin[] = [
  {
    name: 'retext-repeated-words',
    attacher: retextRepeatedWords,
    defaultSeverity: 'warning',
    description: 'A word written twice in a row ("the the").',
    message: ({ actual }) => `${quoted(firstWord(actual))} is written twice in a row; keep one.`,
    fixTitle: (expected) => `Keep one ${quoted(expected)}`,
    // The plugin suggests the second word; the first keeps its capital ("The the" → "The").
    expected: ({ actual }) => [firstWord(actual)],
  },
  {
    name: 'retext-redundant-acronyms',
    attacher: retextRedundantAcronyms,
    defaultSeverity: 'warning',
    description: 'An acronym followed by a word it already stands for ("ATM machine").',
    message: ({ actual, expected }) => `${quoted(actual)} says its last word twice; write ${quoted(expected ?? actual)}.`,
  },
  {
    name: 'retext-quotes',
    attacher: retextQuotes,
    defaultSeverity: 'warning',
    description: 'Quotation marks and apostrophes other than the house style’s (smart “ ” ‘ ’ or straight " \').',
    message: ({ actual, expected, ruleId }) => `${ruleId === 'apostrophe' ? 'Apostrophe' : 'Quotation mark'} ${actual} should be ${expected ?? 'another'} here.`,
  },
  {
    name: 'retext-sentence-spacing',
    attacher: retextSentenceSpacing,
    defaultSeverity: 'information',
    description: 'Spacing between sentences other than the house style’s (one space by default).',
    message: ({ actual, expected }) =>
      expected === '\n' ? 'Sentences here are separated by spaces; start each on a new line.' : `${spaces(actual.length)} between sentences; use ${spaces(expected?.length ?? 1)}.`.replace(/^./, (c) => c.toUpperCase()),
    fixTitle: (expected) => (expected === '\n' ? 'Start the sentence on a new line' : `Use ${spaces(expected.length)}`),
  },
  {
    name: 'retext-indefinite-article',
    attacher: retextIndefiniteArticle,
    defaultSeverity: 'warning',
    description: '"a" where "an" is right, and the other way round ("a hour", "an union").',
    message: ({ actual, expected, reason }) => {
      const next = /before `([^`]+)`/.exec(reason)?.[1];
      return next ? `${quoted(`${actual} ${next}`)}: write ${quoted(`${expected} ${next}`)}.` : `Write ${quoted(expected ?? actual)} here, not ${quoted(actual)}.`;
    },
  },
  {
    name: 'retext-contractions',
    attacher: retextContractions,
    defaultSeverity: 'warning',
    description: 'A contraction without its apostrophe or with the other kind ("dont", "don\'t" where house style is ’).',
    message: ({ actual, expected, reason }) =>
      /missing/.test(reason) ? `${quoted(actual)} lacks its apostrophe; write ${quoted(expected ?? actual)}.` : `Write ${quoted(expected ?? actual)} with the house apostrophe, not ${quoted(actual)}.`,
  },
];

const byName = new Map(BUNDLED_RETEXT_PLUGINS.map((plugin) => [plugin.name, plugin]));

/** The bundled plugin of a name, if Attaché ships one. */
export function bundledRetextPlugin(name: string): BundledRetextPlugin | undefined {
  return byName.get(name);
}
