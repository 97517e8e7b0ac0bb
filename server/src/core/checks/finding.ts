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

/** A place outside the document that supports a finding: a knowledge-base entry or a corpus passage. */
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
  message: string;
  fixes: Fix[];
  evidence: Evidence[];
}
