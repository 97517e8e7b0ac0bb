/** What a check reports. Plain data with offsets; the LSP and CLI layers convert it. */

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Replace the text between two offsets of the document. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** One way to repair a finding; applying all its edits together is the fix. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

/**
 * A place outside the document that supports a finding: a knowledge-base entry or a corpus
 * passage. It carries what the message leaves out — the history, the reason, the source's
 * words — and its message says what the place shows ("Li Qiang: Premier since 2023-03-11
 * (knowledge base; 14th NPC vote, Xinhua 2023-03-11)", "Xinhua, 2023-12-12: “…”").
 */
export interface Evidence {
  message: string;
  path: string;
  /** 1-based line, for knowledge-base entries. */
  line?: number;
  /** UTF-16 offsets in the file, for corpus passages. */
  start?: number;
  end?: number;
}

export interface Finding {
  /** Stable rule id, e.g. `name/misspelled`. */
  code: string;
  severity: Severity;
  start: number;
  end: number;
  /**
   * One sentence that says what is wrong and what is right ("Li Keqiang was not Premier on
   * 2024-06-12; Li Qiang was (since 2023-03-11)."), short enough to read whole in a list of
   * problems: at most {@link MESSAGE_LIMIT} characters with realistic names.
   */
  message: string;
  fixes: Fix[];
  evidence: Evidence[];
  /**
   * Set on a later occurrence of a fault already reported in the document (the same wrong
   * title on the same person): where the first finding is. Such a finding is reported as
   * information, never above its rule's severity, and its message names the first one's line.
   */
  repeatOf?: { start: number; end: number };
  /**
   * Where the rule is documented, when not in Attaché's rules (a retext plugin loaded from the
   * workspace: the plugin's own page).
   */
  documentation?: string;
}

/** How long a finding's message may be with realistic names: one row of a problems list. */
export const MESSAGE_LIMIT = 120;
