/**
 * A passage of a JSON Lines file is read, and placed in the file, from its record's line alone
 * (the store knows where each record is), exactly as decoding the whole file does: with a
 * byte-order mark, CR LF line ends, escapes, characters of several UTF-8 bytes and lines that
 * are no records around it. When the file changed since it was indexed, the whole file is
 * read, as before.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordHolding, recordSpansOf, type RecordSpans } from '../../../server/src/corpus/recordSpans.js';
import { ingestFile } from '../../../server/src/corpus/ingest.js';
import { FileTexts, readUtf8, readUtf8Range } from '../../../server/src/workspace/fileTexts.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';

const LINES = [
  JSON.stringify({
    title: 'Railway freight grows',
    text: 'VIENTIANE, May 13 (KPL) -- The Laos-China Railway carried 1.2 million tonnes in April.\n\n"Demand keeps growing," a spokesman said.',
    outlet: 'KPL',
  }),
  '',
  '{"title": "cut off", "text": "no closing',
  '["not", "an", "object"]',
  JSON.stringify({ title: 'No body', summary: 'only a summary' }),
  // Escaped non-ASCII, as many exporters write it, and a tab.
  JSON.stringify({
    title: 'Café talks',
    text: 'HANOI, May 14 (VNA) -- Talks at the café-lined riverside hall\tended with a joint statement on the "Friendship" expressway.',
  }).replace(/é/g, '\\u00e9'),
  // Raw characters of two, three and four UTF-8 bytes.
  JSON.stringify({
    title: '中老铁路',
    content:
      '新华社万象5月14日电 中老铁路货运量持续增长 — Ðà Nẵng 🚄 freight, année record.\n\n老挝总理宋赛·西潘敦表示。',
  }),
  JSON.stringify({
    title: 'Empty text, a body',
    text: '   ',
    body: 'VIENTIANE, May 15 (KPL) -- The body field holds this record’s text.',
  }),
];

/** The file as written: a byte-order mark, CR LF line ends, a last line without one. */
function fileText(lines: readonly string[]): string {
  return `\uFEFF${lines.join('\r\n')}`;
}

function spansOf(path: string, text: string): RecordSpans {
  const withoutMark = text.replace(/^\uFEFF/, '');
  const spans = recordSpansOf(withoutMark, ingestFile({ path, text: withoutMark }).pieces);
  assert.ok(spans, 'a JSON Lines file has record spans');
  return spans;
}

/** FileTexts reading records alone, counting the line reads and the whole-file reads. */
function recordReader(): { texts: FileTexts; reads: string[]; wholeReads: string[] } {
  const reads: string[] = [];
  const wholeReads: string[] = [];
  const texts = new FileTexts(
    (path) => {
      wholeReads.push(path);
      return readUtf8(path);
    },
    (path, start, end) => {
      reads.push(`${start}-${end}`);
      return readUtf8Range(path, start, end);
    },
  );
  return { texts, reads, wholeReads };
}

describe('reading a passage from its JSON Lines record alone', () => {
  it('reads what the whole file says, for every record and ranges inside it', () => {
    const path = join(temporaryFolder('attache-file-texts-'), 'feed.jsonl');
    const text = fileText(LINES);
    writeFileSync(path, text);
    const spans = spansOf(path, text);
    assert.equal(spans.textStart.length, 4, 'four lines are records');
    const whole = new FileTexts();
    const { texts, reads, wholeReads } = recordReader();
    let ranges = 0;
    for (let record = 0; record < spans.textStart.length; record++) {
      const start = spans.textStart[record]!;
      const end = spans.textEnd[record]!;
      for (const [from, to] of [
        [start, end],
        [start, start + 10],
        [start + 3, end - 2],
        [end - 1, end],
        [start, start],
      ] as const) {
        assert.equal(recordHolding(spans, from, to), record);
        assert.equal(
          texts.recordText(path, spans, record, from, to),
          whole.text(path, from, to),
          `record ${record}, ${from}-${to}`,
        );
        assert.deepEqual(
          texts.recordLocation(path, spans, record, from, to),
          whole.location(path, from, to),
          `where record ${record}, ${from}-${to} is`,
        );
        ranges++;
      }
    }
    assert.equal(ranges, 20);
    assert.ok(
      whole.text(path, spans.textStart[2]!, spans.textEnd[2]!)!.includes('🚄'),
      'the records include characters of four UTF-8 bytes',
    );
    assert.equal(reads.length, 4, 'each record’s line was read once, alone');
    assert.deepEqual(wholeReads, [], 'and the whole file never');
  });

  it('finds no single record for a range across two, or in the break between them', () => {
    const path = join(temporaryFolder('attache-file-texts-'), 'feed.jsonl');
    const text = fileText(LINES);
    const spans = spansOf(path, text);
    assert.equal(recordHolding(spans, spans.textStart[0]!, spans.textEnd[1]!), undefined);
    assert.equal(recordHolding(spans, spans.textEnd[0]! + 1, spans.textEnd[0]! + 1), undefined);
    assert.equal(recordHolding(spans, spans.textEnd[3]!, spans.textEnd[3]! + 5), undefined);
  });

  it('reads the whole file when a record’s line no longer reads back as indexed (the file changed)', () => {
    const path = join(temporaryFolder('attache-file-texts-'), 'feed.jsonl');
    const text = fileText(LINES);
    writeFileSync(path, text);
    const spans = spansOf(path, text);
    // A record inserted at the top moves every line.
    writeFileSync(
      path,
      fileText([
        JSON.stringify({ title: 'New', text: 'A new first record, longer than the lines it pushes down.' }),
        ...LINES,
      ]),
    );
    const { texts, reads, wholeReads } = recordReader();
    for (let record = 0; record < spans.textStart.length; record++) {
      const [from, to] = [spans.textStart[record]!, spans.textEnd[record]!];
      assert.equal(
        texts.recordText(path, spans, record, from, to),
        new FileTexts().text(path, from, to),
        `record ${record}`,
      );
      assert.deepEqual(
        texts.recordLocation(path, spans, record, from, to),
        new FileTexts().location(path, from, to),
        `where record ${record} is`,
      );
    }
    assert.ok(reads.length >= 1, 'the record’s line was tried first');
    assert.deepEqual(wholeReads, [path], 'then the whole file, once');
  });

  it('answers from the whole file when it is in memory already, and without a way to read bytes', () => {
    const path = join(temporaryFolder('attache-file-texts-'), 'feed.jsonl');
    const text = fileText(LINES);
    writeFileSync(path, text);
    const spans = spansOf(path, text);
    const { texts, reads } = recordReader();
    const [from, to] = [spans.textStart[1]!, spans.textEnd[1]!];
    const expected = texts.text(path, from, to);
    assert.equal(texts.recordText(path, spans, 1, from, to), expected);
    assert.deepEqual(reads, []);
    assert.equal(new FileTexts().recordText(path, spans, 1, from, to), expected);
  });
});
