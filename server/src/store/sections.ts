/**
 * A payload of named sections, the way the embedded store keeps large regular data (the
 * passage index, the article table): typed arrays as their raw bytes, which are read back as
 * views of the bytes read — no decoding, no copy — and text as UTF-8 (UTF-16 when it holds half
 * a surrogate pair, which UTF-8 cannot carry), read back as one string.
 * A small JSON header lists each section's kind, place and length.
 *
 * Layout: the header's length (4 bytes), the header, then each section at a multiple of 8
 * bytes from the payload's start. Typed arrays are in the machine's byte order, and the header
 * says which: a payload written on a machine of the other order reads as missing.
 */
import { endianness } from 'node:os';

export type SectionValue = Int32Array | Uint16Array | Uint8Array | { text: string } | { json: unknown };

type Kind = 'int32' | 'uint16' | 'uint8' | 'text' | 'utf16' | 'json';

interface Header {
  order: 'LE' | 'BE';
  sections: Record<string, [kind: Kind, offset: number, bytes: number]>;
}

const ALIGN = 8;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The bytes of a payload holding these sections (a list of buffers, so that nothing large is copied). */
export function encodeSections(sections: Record<string, SectionValue>): Uint8Array[] {
  const header: Header = { order: endianness(), sections: {} };
  const bodies: Uint8Array[] = [];
  let offset = 0;
  for (const [name, value] of Object.entries(sections)) {
    const [kind, bytes] = encoded(value);
    header.sections[name] = [kind, offset, bytes.byteLength];
    bodies.push(bytes, padding(bytes.byteLength));
    offset += bytes.byteLength + padding(bytes.byteLength).byteLength;
  }
  // The sections' offsets count from the end of the header; it is padded so that they start aligned.
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.byteLength);
  return [length, json, padding(4 + json.byteLength), ...bodies];
}

function encoded(value: SectionValue): [Kind, Uint8Array] {
  if (value instanceof Int32Array) return ['int32', bytesOf(value)];
  if (value instanceof Uint16Array) return ['uint16', bytesOf(value)];
  if (value instanceof Uint8Array) return ['uint8', value];
  if ('text' in value)
    return LONE_SURROGATE.test(value.text)
      ? ['utf16', Buffer.from(value.text, 'utf16le')]
      : ['text', Buffer.from(value.text, 'utf8')];
  return ['json', Buffer.from(JSON.stringify(value.json), 'utf8')];
}

function bytesOf(array: Int32Array | Uint16Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function padding(length: number): Uint8Array {
  return new Uint8Array((ALIGN - (length % ALIGN)) % ALIGN);
}

/** The sections of a payload, each read when asked for; throws on a payload that is not one. */
export class Sections {
  private readonly header: Header;
  private readonly start: number;

  constructor(private readonly payload: Buffer) {
    const length = payload.readUInt32LE(0);
    this.header = JSON.parse(payload.toString('utf8', 4, 4 + length)) as Header;
    if (this.header.order !== endianness()) throw new Error('written on a machine of the other byte order');
    this.start = 4 + length + ((ALIGN - ((4 + length) % ALIGN)) % ALIGN);
  }

  /** An Int32Array over the payload's bytes (copied only if they are not aligned, or when `copy` asks). */
  int32(name: string, copy = false): Int32Array {
    const [offset, bytes] = this.place(name, 'int32');
    return copy || (this.payload.byteOffset + offset) % 4 !== 0
      ? new Int32Array(
          this.payload.buffer.slice(this.payload.byteOffset + offset, this.payload.byteOffset + offset + bytes),
        )
      : new Int32Array(this.payload.buffer, this.payload.byteOffset + offset, bytes / 4);
  }

  uint16(name: string, copy = false): Uint16Array {
    const [offset, bytes] = this.place(name, 'uint16');
    return copy || (this.payload.byteOffset + offset) % 2 !== 0
      ? new Uint16Array(
          this.payload.buffer.slice(this.payload.byteOffset + offset, this.payload.byteOffset + offset + bytes),
        )
      : new Uint16Array(this.payload.buffer, this.payload.byteOffset + offset, bytes / 2);
  }

  uint8(name: string, copy = false): Uint8Array {
    const [offset, bytes] = this.place(name, 'uint8');
    const view = this.payload.subarray(offset, offset + bytes);
    return copy ? Uint8Array.from(view) : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  }

  text(name: string): string {
    const kind = this.header.sections[name]?.[0] === 'utf16' ? 'utf16' : 'text';
    const [offset, bytes] = this.place(name, kind);
    return this.payload.toString(kind === 'utf16' ? 'utf16le' : 'utf8', offset, offset + bytes);
  }

  json<T>(name: string): T {
    const [offset, bytes] = this.place(name, 'json');
    return JSON.parse(this.payload.toString('utf8', offset, offset + bytes)) as T;
  }

  /** Where a section's bytes are in the payload; throws when it is missing, of another kind, or out of bounds. */
  private place(name: string, kind: Kind): [offset: number, bytes: number] {
    const entry = this.header.sections[name];
    if (!entry || entry[0] !== kind) throw new Error(`no ${kind} section ${name}`);
    const offset = this.start + entry[1];
    const bytes = entry[2];
    const unit = kind === 'int32' ? 4 : kind === 'uint16' || kind === 'utf16' ? 2 : 1;
    if (
      !Number.isInteger(offset) ||
      !Number.isInteger(bytes) ||
      bytes < 0 ||
      bytes % unit !== 0 ||
      offset + bytes > this.payload.byteLength
    )
      throw new Error(`section ${name} out of bounds`);
    return [offset, bytes];
  }
}

/**
 * Strings kept as one text and the offsets of each in it (UTF-16 units): a hundred thousand
 * titles are one string in memory rather than a hundred thousand, and each is cut out when
 * asked for.
 */
export class StringColumn {
  constructor(
    private readonly text: string,
    private readonly offsets: Int32Array,
  ) {
    if (offsets.length === 0 || offsets[offsets.length - 1] !== text.length)
      throw new Error('string column offsets do not fit its text');
  }

  get length(): number {
    return this.offsets.length - 1;
  }

  at(n: number): string {
    return this.text.slice(this.offsets[n], this.offsets[n + 1]);
  }

  /** The sections that hold these strings, named after `name`. */
  static sections(name: string, values: readonly string[]): Record<string, SectionValue> {
    const offsets = new Int32Array(values.length + 1);
    values.forEach((value, n) => (offsets[n + 1] = offsets[n]! + value.length));
    return { [`${name}.text`]: { text: values.join('') }, [`${name}.offsets`]: offsets };
  }

  static read(sections: Sections, name: string): StringColumn {
    return new StringColumn(sections.text(`${name}.text`), sections.int32(`${name}.offsets`, true));
  }
}
