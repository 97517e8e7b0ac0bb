import type { KnowledgeBase } from '../../kb/knowledgeBase.js';
import type { DocumentDate } from '../documentDate.js';
import type { Mention, MentionIndex } from '../mentions/mentionIndex.js';
import type { DocumentKind } from '../text/markdownProse.js';
import type { OffsetRange } from '../text/rangeSet.js';
import type { Finding, Severity } from './finding.js';
import type { HouseStyle } from './houseStyle.js';
import type { CorpusEvidence } from './quoteMismatch.js';

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
 * One rule: a stable id, a default severity, a one-line description, and a pure `run`.
 * `run` never throws on odd input; it returns what it found.
 */
export interface Check {
  id: string;
  defaultSeverity: Severity;
  description: string;
  run(document: AnalyzedDocument, context: CheckContext): CheckFinding[];
}
