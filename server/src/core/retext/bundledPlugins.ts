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
import type { RuleDeclaration } from '../checks/check.js';
import { choiceSetting } from '../checks/ruleSettings.js';

/** A retext plugin as unified takes it: an attacher, called with the plugin's options, that returns a transformer of the nlcst tree. */
// Each retext plugin types its own options, input and output trees; one list holds them all, and
// unified's Plugin is invariant in those parameters, so only `any` admits every plugin.
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

/**
 * A plugin that ships with Attaché: its rule's declaration (the plugin's package name is the
 * rule id) and how its messages are put in house style.
 */
export interface BundledRetextPlugin extends Omit<RuleDeclaration, 'id'> {
  name: string;
  attacher: RetextAttacher;
  /** The plugin's message in house style. */
  message(said: PluginMessage): string;
  /** The title of the fix that puts in `expected`. */
  fixTitle?(expected: string, said: PluginMessage): string;
  /** The suggestions, where the plugin's own are not what the house fixes with. */
  expected?(said: PluginMessage): string[];
}

/** The house's quotation marks, which turn `retext-quotes` on with them. */
export const quotes = choiceSetting({
  key: 'quotes',
  values: ['any', 'smart', 'straight'],
  default: 'any',
  description:
    "The house's quotation marks. Smart or straight turns on the retext-quotes plugin with them (and retext-contractions, if on, suggests the same apostrophe).",
  valueDescriptions: [
    'Leave quotation marks and apostrophes alone.',
    '“Smart” quotation marks and ’ apostrophes: turns on retext-quotes with them.',
    '"Straight" quotation marks and \' apostrophes: turns on retext-quotes with them.',
  ],
});

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
    documentation: `A word written twice in a row ("the the delegation"); initialisms and some words that are meant
twice ("had had") are left alone. Fix: keep the first.`,
    examples: {
      flags: [{ text: 'The talks covered the the railway.', flagged: 'the the', fix: 'the' }],
      passes: [{ text: 'The delegation had had talks before.' }],
    },
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
    documentation: `An acronym followed by a word it already stands for ("ATM machine", "PIN number"). Fix: the
acronym alone.`,
    examples: {
      flags: [{ text: 'Enter your PIN number at the desk.', flagged: 'PIN number', fix: 'PIN' }],
      passes: [{ text: 'Enter your PIN at the desk.' }],
    },
    message: ({ actual, expected }) =>
      `${quoted(actual)} says its last word twice; write ${quoted(expected ?? actual)}.`,
  },
  {
    name: 'retext-quotes',
    attacher: retextQuotes,
    defaultSeverity: 'warning',
    description: 'Quotation marks and apostrophes other than the house style’s (smart “ ” ‘ ’ or straight " \').',
    documentation: `A quotation mark or apostrophe other than the house's: smart (“ ” inside ‘ ’, and ’) by default,
or straight (\`{"preferred": "straight"}\`). The house style's \`quotes\` at \`smart\` or
\`straight\` turns this plugin on with those marks. Fix: the house's mark at that level of
nesting.`,
    examples: {
      flags: [{ text: 'The minister said "we agree" and left.', flagged: '"', fix: '“' }],
      passes: [{ text: 'The minister said “we agree” and left.' }],
    },
    settings: [quotes],
    message: ({ actual, expected, ruleId }) =>
      `${ruleId === 'apostrophe' ? 'Apostrophe' : 'Quotation mark'} ${actual} should be ${expected ?? 'another'} here.`,
  },
  {
    name: 'retext-sentence-spacing',
    attacher: retextSentenceSpacing,
    defaultSeverity: 'information',
    description: 'Spacing between sentences other than the house style’s (one space by default).',
    documentation: `Spacing between two sentences other than the style's: one space by default
(\`{"preferred": "double-space"}\` or \`"newline"\` for the others). Sentences end where the
prose model ends them: at 。！？ in Chinese, at a full stop between Lao words, not after
"H.E.", "Mr." or "Oct. 20", after "U.S." only before a word that opens a sentence. Fix: the
right spacing.`,
    examples: {
      flags: [{ text: 'The talks ended.  Both sides signed.', flagged: '  ', fix: ' ' }],
      passes: [{ text: 'H.E. Mr. Li arrived on Oct. 20. Both sides signed.' }],
    },
    message: ({ actual, expected }) =>
      expected === '\n'
        ? 'Sentences here are separated by spaces; start each on a new line.'
        : `${spaces(actual.length)} between sentences; use ${spaces(expected?.length ?? 1)}.`.replace(/^./, (c) =>
            c.toUpperCase(),
          ),
    fixTitle: (expected) => (expected === '\n' ? 'Start the sentence on a new line' : `Use ${spaces(expected.length)}`),
  },
  {
    name: 'retext-indefinite-article',
    attacher: retextIndefiniteArticle,
    defaultSeverity: 'warning',
    description: '"a" where "an" is right, and the other way round ("a hour", "an union").',
    documentation: `"a" before a vowel sound or "an" before a consonant sound ("a honour", "an union"). Fix: the
other article.`,
    examples: {
      flags: [{ text: 'It was a honour to attend.', flagged: 'a', fix: 'an' }],
      passes: [{ text: 'It was an honour to attend a union meeting.' }],
    },
    message: ({ actual, expected, reason }) => {
      const next = /before `([^`]+)`/.exec(reason)?.[1];
      return next
        ? `${quoted(`${actual} ${next}`)}: write ${quoted(`${expected} ${next}`)}.`
        : `Write ${quoted(expected ?? actual)} here, not ${quoted(actual)}.`;
    },
  },
  {
    name: 'retext-contractions',
    attacher: retextContractions,
    defaultSeverity: 'warning',
    description:
      'A contraction without its apostrophe or with the other kind ("dont", "don\'t" where house style is ’).',
    documentation: `A contraction without its apostrophe ("dont") or with the other kind of apostrophe than the
house's (’ by default; \`{"straight": true}\`, or the house style's \`quotes\` at \`straight\`,
for '). Fix: the contraction as it should be written.`,
    examples: {
      flags: [{ text: 'The sides dont agree yet.', flagged: 'dont', fix: 'don’t' }],
      passes: [{ text: 'The sides don’t agree yet.' }],
    },
    message: ({ actual, expected, reason }) =>
      /missing/.test(reason)
        ? `${quoted(actual)} lacks its apostrophe; write ${quoted(expected ?? actual)}.`
        : `Write ${quoted(expected ?? actual)} with the house apostrophe, not ${quoted(actual)}.`,
  },
];

const byName = new Map(BUNDLED_RETEXT_PLUGINS.map((plugin) => [plugin.name, plugin]));

/** The bundled plugin of a name, if Attaché ships one. */
export function bundledRetextPlugin(name: string): BundledRetextPlugin | undefined {
  return byName.get(name);
}
