/**
 * JSON Lines decoding: each record's body a piece with the record's metadata as hints, bad
 * lines as problems naming the file and line, and every unit of the text mapped back to its
 * characters in the record's line (escapes included).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeJsonl, rangeInRecordLine, recordBody } from '../../../server/src/corpus/jsonl.js';

const PATH = 'exports/feed.jsonl';

describe('decodeJsonl', () => {
  it('joins the records’ bodies with a paragraph break, one piece per record with its hints', () => {
    const lines = [
      JSON.stringify({
        title: ' First ',
        date: '2024-05-14T08:00:00Z',
        url: 'https://example.org/1',
        source: 'Xinhua News Agency',
        language: 'en-GB',
        text: 'One body.',
      }),
      JSON.stringify({ content: 'Two body.', lang: 'zh-CN', outlet: 'Some Local Paper' }),
    ];
    const decoded = decodeJsonl(PATH, lines.join('\n'));
    assert.equal(decoded.text, 'One body.\n\nTwo body.');
    assert.deepEqual(decoded.problems, []);
    assert.equal(decoded.pieces.length, 2);
    const [first, second] = decoded.pieces;
    assert.equal(first!.offset, 0);
    assert.deepEqual(first!.source.hints, {
      single: true,
      line: 1,
      index: 0,
      title: 'First',
      date: '2024-05-14',
      url: 'https://example.org/1',
      outlet: 'Xinhua',
      language: 'en',
    });
    assert.deepEqual(first!.line, { start: 0, end: lines[0]!.length });
    assert.equal(second!.offset, 'One body.\n\n'.length);
    assert.equal(second!.source.text, 'Two body.');
    assert.deepEqual(second!.source.hints, {
      single: true,
      line: 2,
      index: 1,
      outlet: 'Some Local Paper',
      language: 'zh',
    });
    assert.deepEqual(second!.line, { start: lines[0]!.length + 1, end: lines[0]!.length + 1 + lines[1]!.length });
  });

  it('reports each bad line with the file and its line number, and keeps the good ones', () => {
    const text = [
      '{"text": "Good."}',
      '{not json',
      '[1, 2]',
      '{"title": "no body"}',
      '{"text": "   "}',
      '',
      '{"body": "Also good."}',
    ].join('\r\n');
    const decoded = decodeJsonl(PATH, text);
    assert.equal(decoded.text, 'Good.\n\nAlso good.');
    assert.deepEqual(
      decoded.problems.map((problem) => [problem.path, problem.line]),
      [
        [PATH, 2],
        [PATH, 3],
        [PATH, 4],
        [PATH, 5],
      ],
    );
    assert.match(decoded.problems[0]!.message, /^malformed JSON: /);
    assert.equal(decoded.problems[1]!.message, 'line is not a JSON object');
    assert.equal(decoded.problems[2]!.message, 'record has no text, content or body field');
    assert.equal(decoded.pieces[1]!.source.hints!.line, 7);
  });

  it('prefers text over content over body, skipping a blank field', () => {
    const decoded = decodeJsonl(PATH, JSON.stringify({ text: ' ', content: 'From content.', body: 'From body.' }));
    assert.equal(decoded.text, 'From content.');
  });

  it('leaves out a date it cannot read and a language it does not know', () => {
    const decoded = decodeJsonl(PATH, JSON.stringify({ text: 'Body.', date: 'sometime', language: 'fr' }));
    assert.deepEqual(decoded.pieces[0]!.source.hints, { single: true, line: 1, index: 0 });
  });

  it('maps every unit back to the record’s line, an escape to all its characters', () => {
    const line0 = '{"text": "Ab"}';
    const line1 = '{"id": 7, "text": "x\\ny\\u00e9\\"z"}';
    const decoded = decodeJsonl(PATH, `${line0}\n${line1}`);
    assert.equal(decoded.text, 'Ab\n\nx\nyé"z');
    const map = decoded.map!;
    const line1Start = line0.length + 1;
    const valueStart = line1Start + line1.indexOf('"x') + 1;
    assert.deepEqual(map.rawRange(0, 2), { start: 10, end: 12 });
    // The separator between records comes from nothing in the file.
    assert.deepEqual(map.rawRange(2, 4), { start: 12, end: 12 });
    assert.deepEqual(map.rawRange(4, 5), { start: valueStart, end: valueStart + 1 });
    assert.deepEqual(map.rawRange(5, 6), { start: valueStart + 1, end: valueStart + 3 });
    assert.deepEqual(map.rawRange(7, 8), { start: valueStart + 4, end: valueStart + 10 });
    assert.deepEqual(map.rawRange(8, 9), { start: valueStart + 10, end: valueStart + 12 });
    assert.deepEqual(map.rawRange(9, 10), { start: valueStart + 12, end: valueStart + 13 });
  });

  it('gives an empty text and no problems for an empty file', () => {
    const decoded = decodeJsonl(PATH, '');
    assert.equal(decoded.text, '');
    assert.deepEqual(decoded.pieces, []);
    assert.deepEqual(decoded.problems, []);
  });
});

describe('recordBody', () => {
  it('reads the body and its field from one line', () => {
    assert.deepEqual(recordBody('{"body": "B", "title": "T"}'), { body: 'B', field: 'body' });
  });

  it('gives nothing for a line that is not a record with a body', () => {
    assert.equal(recordBody('{oops'), undefined);
    assert.equal(recordBody('"a string"'), undefined);
    assert.equal(recordBody('null'), undefined);
    assert.equal(recordBody('{"title": "T"}'), undefined);
  });
});

describe('rangeInRecordLine', () => {
  it('gives the characters of a body range in its line, past escapes', () => {
    const line = '{"text": "a\\tb c"}';
    const record = recordBody(line)!;
    assert.equal(record.body, 'a\tb c');
    const start = line.indexOf('a');
    assert.deepEqual(rangeInRecordLine(line, record, 0, 1), { start, end: start + 1 });
    assert.deepEqual(rangeInRecordLine(line, record, 1, 2), { start: start + 1, end: start + 3 });
    assert.deepEqual(rangeInRecordLine(line, record, 2, 5), { start: start + 3, end: start + 6 });
  });
});
