import type { PatchHunk } from './kbSuggestions.js';

/** Text to insert at an offset of a knowledge-base file. */
export interface Insertion {
  offset: number;
  text: string;
}

/**
 * Where a hunk of `attache kb suggest` goes in the current text of its YAML file, and the text
 * to insert there, indented as the file indents: a role at the end of the person's `roles:`
 * list (the list is started when the entry has none), a `to:` after the `from:` of the role it
 * ends, a new person at the end of the file's `people:` list. Block-style YAML as the
 * knowledge base is written. Undefined when the file no longer matches the hunk: no entry at
 * its line with its id, no such role, a role already ended. Pure: the editor hands the text
 * in, so an unsaved edit of the file is what is patched.
 */
export function patchInsertion(text: string, hunk: PatchHunk): Insertion | undefined {
  const lines = linesOf(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (hunk.action === 'add-person') {
    const people = lines.findIndex((l) => /^people:\s*(?:#.*)?$/.test(l.text));
    if (people < 0) return insertAfter(text, lines, lines.length - 1, ['people:', ...indent(hunk.yaml, 2)], eol);
    const end = blockEnd(lines, people, 0);
    const item = firstItemIndent(lines, people + 1, end) ?? 2;
    return insertAfter(text, lines, end, indent(hunk.yaml, item), eol);
  }
  const entry = entryAt(lines, hunk);
  if (!entry) return undefined;
  const roles = findKey(lines, entry.start, entry.end, entry.indent, 'roles');
  if (hunk.action === 'add-role') {
    if (roles < 0)
      return insertAfter(
        text,
        lines,
        entry.end,
        [`${' '.repeat(entry.indent)}roles:`, ...indent(hunk.yaml, entry.indent + 2)],
        eol,
      );
    const end = blockEnd(lines, roles, entry.indent);
    return insertAfter(
      text,
      lines,
      end,
      indent(hunk.yaml, firstItemIndent(lines, roles + 1, end) ?? entry.indent + 2),
      eol,
    );
  }
  if (roles < 0 || hunk.roleIndex === undefined) return undefined;
  const end = blockEnd(lines, roles, entry.indent);
  const itemIndent = firstItemIndent(lines, roles + 1, end);
  if (itemIndent === undefined) return undefined;
  const items: number[] = [];
  for (let i = roles + 1; i <= end; i++)
    if (indentOf(lines[i]!.text) === itemIndent && /^\s*-\s/.test(lines[i]!.text)) items.push(i);
  const start = items[hunk.roleIndex];
  if (start === undefined) return undefined;
  const itemEnd = (items[hunk.roleIndex + 1] ?? end + 1) - 1;
  const keyIndent = itemIndent + 2;
  if (findKey(lines, start, itemEnd, keyIndent, 'to') >= 0) return undefined;
  if (hunk.role && !sameRole(lines, start, itemEnd, keyIndent, hunk.role.office, hunk.role.from)) return undefined;
  const from = findKey(lines, start, itemEnd, keyIndent, 'from');
  return insertAfter(
    text,
    lines,
    from >= 0 ? lastLineOfValue(lines, from, itemEnd, keyIndent) : lastContent(lines, start, itemEnd),
    indent(hunk.yaml, keyIndent),
    eol,
  );
}

/** Lines of a file, 0-based and inclusive. */
export interface LineSpan {
  first: number;
  last: number;
}

/**
 * The lines of the current text a hunk is about, where the editor offers it: the entry it
 * patches, or for a new person the file's `people:` list (its key line to its last item).
 * Undefined when the file no longer matches the hunk, as for {@link patchInsertion}.
 */
export function hunkLines(text: string, hunk: PatchHunk): LineSpan | undefined {
  const lines = linesOf(text);
  if (hunk.action === 'add-person') {
    const people = lines.findIndex((l) => /^people:\s*(?:#.*)?$/.test(l.text));
    return people < 0 ? undefined : { first: people, last: blockEnd(lines, people, 0) };
  }
  const entry = entryAt(lines, hunk);
  return entry && patchInsertion(text, hunk) ? { first: entry.start, last: entry.end } : undefined;
}

interface Line {
  text: string;
  /** Offset of the line's first character. */
  start: number;
  /** Offset just past its line break (or the end of the text). */
  next: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < text.length) {
    const lf = text.indexOf('\n', start);
    const next = lf < 0 ? text.length : lf + 1;
    lines.push({ text: text.slice(start, lf < 0 ? text.length : lf).replace(/\r$/, ''), start, next });
    start = next;
  }
  return lines;
}

function indentOf(line: string): number {
  return /^ */.exec(line)![0].length;
}

/** Blank lines and comments belong to no block. */
function isContent(line: string): boolean {
  return !/^\s*(?:#.*)?$/.test(line);
}

/** Each line of a hunk's YAML, indented by `by` spaces. */
function indent(yaml: string, by: number): string[] {
  return yaml.split('\n').map((line) => (line ? ' '.repeat(by) + line : line));
}

/**
 * The person's entry at the hunk's line: the line is its first key (`- id: x` or `id: x` under
 * a dash), at the indent of its keys. The entry runs until a content line indented less, or a
 * dash at its own dash's indent.
 */
function entryAt(lines: readonly Line[], hunk: PatchHunk): { start: number; end: number; indent: number } | undefined {
  if (hunk.line === undefined) return undefined;
  const index = hunk.line - 1;
  const line = lines[index]?.text;
  if (line === undefined) return undefined;
  const match = /^( *)(- +)?id:\s*["']?([^"'\s#]+)/.exec(line);
  if (!match || match[3] !== hunk.entryId) return undefined;
  const keyIndent = match[1]!.length + (match[2]?.length ?? 0);
  let end = index;
  for (let i = index + 1; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (!isContent(text)) continue;
    if (indentOf(text) < keyIndent) break;
    end = i;
  }
  return { start: index, end, indent: keyIndent };
}

/** The line of `key:` at exactly `keyIndent` within lines `from`..`to`; the first line may carry it after an item's dash (`- office: x`). */
function findKey(lines: readonly Line[], from: number, to: number, keyIndent: number, key: string): number {
  const own = new RegExp(`^ {${keyIndent}}${key}:(?:\\s|$)`);
  const dashed = new RegExp(`^ {${keyIndent - 2}}- +${key}:(?:\\s|$)`);
  for (let i = from; i <= to; i++) {
    const text = lines[i]!.text;
    if (own.test(text) || (i === from && keyIndent >= 2 && dashed.test(text))) return i;
  }
  return -1;
}

/** The last content line of the block a key at `keyIndent` opens on line `at`: what follows indented more, or list items at its own indent. */
function blockEnd(lines: readonly Line[], at: number, keyIndent: number): number {
  let end = at;
  for (let i = at + 1; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (!isContent(text)) continue;
    const inside = indentOf(text) > keyIndent || (indentOf(text) === keyIndent && /^\s*-(?:\s|$)/.test(text));
    if (!inside) break;
    end = i;
  }
  return end;
}

function firstItemIndent(lines: readonly Line[], from: number, to: number): number | undefined {
  for (let i = from; i <= to; i++) if (/^\s*-(?:\s|$)/.test(lines[i]!.text)) return indentOf(lines[i]!.text);
  return undefined;
}

/** A key's value may go on over further lines (`source: >-` and its text): the last of them. */
function lastLineOfValue(lines: readonly Line[], at: number, to: number, keyIndent: number): number {
  let end = at;
  for (let i = at + 1; i <= to; i++) {
    const text = lines[i]!.text;
    if (!isContent(text)) continue;
    if (indentOf(text) <= keyIndent) break;
    end = i;
  }
  return end;
}

function lastContent(lines: readonly Line[], from: number, to: number): number {
  for (let i = to; i > from; i--) if (isContent(lines[i]!.text)) return i;
  return from;
}

/** Whether the role item is the one the hunk ends: the same office and start. */
function sameRole(
  lines: readonly Line[],
  from: number,
  to: number,
  keyIndent: number,
  office: string,
  start: string,
): boolean {
  const value = (key: string) => {
    const at = findKey(lines, from, to, keyIndent, key);
    return at < 0
      ? undefined
      : /:\s*["']?([^"'#\s]+)/.exec(lines[at]!.text.slice(lines[at]!.text.indexOf(`${key}:`)))?.[1];
  };
  return value('office') === office && value('from') === start;
}

function insertAfter(
  text: string,
  lines: readonly Line[],
  index: number,
  inserted: readonly string[],
  eol: string,
): Insertion {
  const line = lines[index];
  if (!line) return { offset: text.length, text: `${inserted.join(eol)}${eol}` };
  const endsWithBreak = line.next > line.start + line.text.length;
  return endsWithBreak
    ? { offset: line.next, text: `${inserted.join(eol)}${eol}` }
    : { offset: line.next, text: `${eol}${inserted.join(eol)}${eol}` };
}
