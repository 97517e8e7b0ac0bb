/**
 * Output that reaches a terminal carries no control characters: corpus fields (an outlet's
 * name, a title, a passage) and file names come from scraped pages and from disk, and an
 * escape sequence in them could recolour, clear or retitle the terminal, or hide a link.
 */

/**
 * ESC and C1 sequences: CSI (`ESC [` or U+009B, parameters, one final byte), OSC, DCS, SOS, PM
 * and APC strings (`ESC ]`, `ESC P`, `ESC X`, `ESC ^`, `ESC _` or their C1 forms, up to BEL or
 * the string terminator), and two-byte escapes.
 */
const ESCAPE_SEQUENCES =
  // eslint-disable-next-line no-control-regex -- escape sequences are what is matched
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|(?:\u001b[\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -/]*[0-~]?/g;
/** What is left to drop: C0 controls other than tab and newline, DEL, C1 controls. */
// eslint-disable-next-line no-control-regex -- control characters are what is matched
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text with escape sequences and control characters removed; tabs and newlines stay. */
export function forTerminal(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(CONTROL_CHARACTERS, '');
}

/**
 * JSON for standard output: the same data, with C1 controls written as `\u0080`–`\u009f`
 * escapes (`JSON.stringify` already escapes C0 controls but prints C1 ones raw).
 */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
