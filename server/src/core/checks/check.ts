import type { Root } from 'nlcst';
import type { Plugin } from 'unified';
import type { KnowledgeBase } from '../../kb/knowledgeBase.js';
import type { DocumentDate } from '../documentDate.js';
import type { Mention, MentionIndex } from '../mentions/mentionIndex.js';
import type { DocumentKind } from '../text/markdownProse.js';
import type { OffsetRange } from '../text/rangeSet.js';
import type { Finding, Severity } from './finding.js';
import type { CorpusEvidence } from './quoteMismatch.js';
import type { HouseStyle, HouseStyleSetting } from './ruleSettings.js';

/** A document prepared for the checks: its prose, date and mentions, computed once. */
export interface AnalyzedDocument {
  /**
   * The text the checks read: the document's prose. In a Markdown draft every character that
   * is not prose (code, HTML, link destinations, front matter but its title) is a space, line
   * breaks kept, so offsets and lines are the document's; plain text is as written.
   */
  text: string;
  kind: DocumentKind;
  /** The ranges of the document that are not prose, in order (none in plain text). */
  nonProse: readonly OffsetRange[];
  date: DocumentDate;
  mentions: readonly Mention[];
}

/** What every check may consult besides the document. */
export interface CheckContext {
  kb: KnowledgeBase;
  index: MentionIndex;
  houseStyle: HouseStyle;
  /** The corpus, when one is indexed: checks against the published record use it. */
  corpus?: CorpusEvidence;
}

/** A finding before the runner stamps the check's code and configured severity on it. */
export type CheckFinding = Omit<Finding, 'code' | 'severity'>;

/**
 * A text a rule's documentation shows, run as a test through the real analyzer with the bundled
 * knowledge base (and, for `corpus`, the sample corpus).
 */
export interface RuleExample {
  /** The draft, as plain text. */
  text: string;
  /** The date it is judged at; the front matter or a dateline in `text` can give it too. */
  date?: string;
  /** The house style it is checked under (the default's keys otherwise). */
  houseStyle?: HouseStyle;
  /** Set when the rule reads the corpus: the example is checked against the sample corpus. */
  corpus?: boolean;
}

/** An example the rule must flag. */
export interface FlaggedExample extends RuleExample {
  /** The text its finding covers. */
  flagged: string;
  /** That text as the finding's preferred fix leaves it, when the finding has a fix. */
  fix?: string;
}

/**
 * Everything about a rule but how it runs: what `docs/rules.md`, the README's rule table, the
 * `package.json` settings, `attache rules` and the command line's help are generated from
 * (`npm run docs`). Attaché's checks and the bundled retext plugins both declare one.
 */
export interface RuleDeclaration {
  /** Stable, public: `name/misspelled`. The check's file is named after it (`nameMisspelled.ts`). */
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule finds. */
  description: string;
  /** Markdown for the rule's section of `docs/rules.md`: what it flags and leaves alone, and its fix. */
  documentation: string;
  /** Texts the rule must flag and texts it must leave alone; the documentation shows them. */
  examples: { flags: readonly FlaggedExample[]; passes: readonly RuleExample[] };
  /** The house-style settings the rule reads. */
  settings?: readonly HouseStyleSetting[];
  /** Set when a mention the rule flags is marked `deprecated` in the editor's coloring (a wrong title or form). */
  marksMentions?: boolean;
  /**
   * Rules whose finding on the same range with the same fix this rule's replaces: both see
   * the fault, the user needs one finding ("(VCP)": a mismatched acronym, and a non-official one).
   */
  supersedes?: readonly string[];
}

/** A check that reads the whole document at once: a rule's declaration and a pure `run`, which never throws on odd input and returns what it found. */
export interface DocumentCheck extends RuleDeclaration {
  run(document: AnalyzedDocument, context: CheckContext): CheckFinding[];
  /**
   * Reads ahead what of the document the check needs from the knowledge base alone (the
   * context has no corpus), keeping it where `run` finds it: called while a corpus is still
   * loading, so that the run with it only compares. Never changes what `run` returns.
   */
  prepare?(document: AnalyzedDocument, context: CheckContext): void;
}

/** What a check written as a unified plugin is attached with: what it may consult besides the paragraph. */
export interface RulePluginOptions {
  kb: KnowledgeBase;
  houseStyle: HouseStyle;
}

/**
 * A check written as a unified plugin: a rule's declaration and an attacher whose transformer
 * reads one paragraph's nlcst and `file.data.attache` (the paragraph's mentions and the
 * document's date) and reports with VFileMessages (`reportRule` in pluginCheck.ts). It runs in
 * the retext pass beside the bundled plugins, paragraph by paragraph, and what it says about a
 * paragraph is kept by the paragraph's text and mentions: a rule that sees one paragraph at a
 * time and needs no corpus fits.
 */
export interface PluginCheck extends RuleDeclaration {
  plugin: Plugin<[RulePluginOptions], Root>;
  /**
   * False for a rule that reads only the paragraph's text (`file.value`) and mentions: its
   * transformer is given an empty tree, so that a paragraph is parsed into nlcst only for the
   * plugins that read words.
   */
  readsTree?: boolean;
}

/** A rule Attaché runs: over the whole document, or as a unified plugin over each paragraph. */
export type Check = DocumentCheck | PluginCheck;

export function isPluginCheck(check: Check): check is PluginCheck {
  return 'plugin' in check;
}

/** The anchor of a rule's section in `docs/rules.md`, which diagnostics link to: `title/not-held` → `title-not-held`. */
export function ruleAnchor(id: string): string {
  return id.replace(/[^a-z0-9]+/g, '-');
}

/** Where Attaché's rules are documented on the web (the extension ships the same page, which the editor opens). */
export const RULES_DOCUMENTATION_URL = 'https://github.com/attache-dev/attache/blob/main/docs/rules.md';

/** The web address of a rule's documentation: the `url` of its VFileMessages, a SARIF rule's `helpUri`. */
export function ruleDocumentationUrl(id: string): string {
  return `${RULES_DOCUMENTATION_URL}#${ruleAnchor(id)}`;
}
