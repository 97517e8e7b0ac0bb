/** A position as LSP has it: 0-based line, 0-based character in UTF-16 code units. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/**
 * Converts between UTF-16 offsets and line/character positions. Lines end at `\n`, `\r\n`
 * or `\r`, as in LSP. This is the one place offsets become positions.
 */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  /**
   * The position of an offset (clamped to the text); an offset inside a line ending (between
   * CR and LF) is at the end of its line, as editors have it.
   */
  positionAt(offset: number): Position {
    let clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    const lineStart = this.lineStarts[low]!;
    while (clamped > lineStart && isLineEnding(this.text.charCodeAt(clamped - 1))) clamped--;
    return { line: low, character: clamped - lineStart };
  }

  /**
   * The offset of a position, clamped to the text and, as LSP says, to its line: a character
   * past the end of the line is the end of the line, before its line ending.
   */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const lineStart = this.lineStarts[position.line]!;
    let lineEnd = this.lineStarts[position.line + 1] ?? this.text.length;
    while (lineEnd > lineStart && isLineEnding(this.text.charCodeAt(lineEnd - 1))) lineEnd--;
    return Math.max(lineStart, Math.min(lineStart + position.character, lineEnd));
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}

function isLineEnding(code: number): boolean {
  return code === 10 /* \n */ || code === 13; /* \r */
}
