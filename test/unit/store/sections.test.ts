/**
 * Named sections of raw bytes: typed arrays, text and JSON written and read back, views over
 * the payload where alignment allows, and a clear error for a missing, mistyped or truncated
 * section.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Sections, StringColumn, encodeSections, type SectionValue } from '../../../server/src/store/sections.js';

function payload(sections: Record<string, SectionValue>): Buffer {
  return Buffer.concat(encodeSections(sections));
}

describe('encodeSections and Sections', () => {
  it('reads back every kind of section as written', () => {
    const read = new Sections(
      payload({
        numbers: Int32Array.of(-1, 0, 2 ** 31 - 1),
        lengths: Uint16Array.of(7, 65535),
        flags: Uint8Array.of(1, 0, 255),
        title: { text: 'Vientiane 万象 😀' },
        names: { json: ['Xinhua', 'KPL'] },
      }),
    );
    assert.deepEqual([...read.int32('numbers')], [-1, 0, 2 ** 31 - 1]);
    assert.deepEqual([...read.uint16('lengths')], [7, 65535]);
    assert.deepEqual([...read.uint8('flags')], [1, 0, 255]);
    assert.equal(read.text('title'), 'Vientiane 万象 😀');
    assert.deepEqual(read.json<string[]>('names'), ['Xinhua', 'KPL']);
  });

  it('keeps a text holding half a surrogate pair, which UTF-8 cannot carry', () => {
    const broken = 'a\ud83db';
    assert.equal(new Sections(payload({ broken: { text: broken } })).text('broken'), broken);
  });

  it('starts every section at a multiple of eight bytes, so arrays are views of the payload', () => {
    const bytes = payload({ odd: Uint8Array.of(1, 2, 3), numbers: Int32Array.of(5, 6) });
    const numbers = new Sections(bytes).int32('numbers');
    assert.equal(numbers.buffer, bytes.buffer);
    numbers[0] = 9;
    assert.equal(new Sections(bytes).int32('numbers')[0], 9);
  });

  it('copies an array when asked, so the payload can go', () => {
    const bytes = payload({ numbers: Int32Array.of(5, 6) });
    const copy = new Sections(bytes).int32('numbers', true);
    copy[0] = 9;
    assert.equal(new Sections(bytes).int32('numbers')[0], 5);
    const flags = new Sections(payload({ flags: Uint8Array.of(4) })).uint8('flags', true);
    assert.deepEqual([...flags], [4]);
  });

  it('reads an array from a payload that does not start aligned', () => {
    const bytes = payload({ numbers: Int32Array.of(5, 6), lengths: Uint16Array.of(3) });
    const shifted = Buffer.alloc(bytes.length + 1);
    bytes.copy(shifted, 1);
    const read = new Sections(shifted.subarray(1));
    assert.deepEqual([...read.int32('numbers')], [5, 6]);
    assert.deepEqual([...read.uint16('lengths')], [3]);
  });

  it('names a missing section, or one of another kind', () => {
    const read = new Sections(payload({ numbers: Int32Array.of(1) }));
    assert.throws(() => read.int32('absent'), /no int32 section absent/);
    assert.throws(() => read.uint16('numbers'), /no uint16 section numbers/);
  });

  it('names a section that runs past the end of a truncated payload', () => {
    const bytes = payload({ numbers: Int32Array.of(1, 2, 3, 4) });
    const read = new Sections(bytes.subarray(0, bytes.length - 8));
    assert.throws(() => read.int32('numbers'), /section numbers out of bounds/);
  });

  it('rejects a payload written in the other byte order', () => {
    const bytes = payload({ numbers: Int32Array.of(1) });
    const length = bytes.readUInt32LE(0);
    const header = bytes.toString('utf8', 4, 4 + length);
    const other = header.includes('"LE"') ? header.replace('"LE"', '"BE"') : header.replace('"BE"', '"LE"');
    Buffer.from(other).copy(bytes, 4);
    assert.throws(() => new Sections(bytes), /other byte order/);
  });
});

describe('StringColumn', () => {
  it('keeps strings as one text and cuts each out', () => {
    const column = StringColumn.read(
      new Sections(payload(StringColumn.sections('titles', ['One', '', 'Three 三']))),
      'titles',
    );
    assert.equal(column.length, 3);
    assert.deepEqual(
      [0, 1, 2].map((n) => column.at(n)),
      ['One', '', 'Three 三'],
    );
  });

  it('holds an empty list', () => {
    assert.equal(StringColumn.read(new Sections(payload(StringColumn.sections('none', []))), 'none').length, 0);
  });

  it('rejects offsets that do not end at the text’s end', () => {
    assert.throws(() => new StringColumn('abc', Int32Array.of(0, 2)), /offsets do not fit/);
    assert.throws(() => new StringColumn('', new Int32Array(0)), /offsets do not fit/);
  });
});
