/**
 * Segmentation on small synthetic dumps: repetition found by counting rather than by known
 * strings, articles split at page furniture, headline choice, and dates never guessed.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { segmentFile } from '../../../server/src/corpus/segment.js';

const LEAD_A =
  'Cambodian Prime Minister Hun Manet received the visiting Thai foreign minister in Phnom Penh, and the two sides agreed to reopen two border checkpoints.';
const BODY_A =
  'The ministers also discussed cooperation against online scam centres along the border, officials said after the meeting.';
const LEAD_B =
  'Myanmar and China held consultations on border trade in Kunming, where officials agreed to expand the opening hours of the Muse crossing for trucks.';
const BODY_B =
  'Both delegations said trade volumes had recovered since the end of pandemic restrictions and pledged further talks.';

function segment(text: string, path = 'dump.txt') {
  const result = segmentFile({ path, text });
  for (const article of result.articles) {
    for (const passage of article.passages) assert.equal(text.slice(passage.start, passage.end), passage.text);
  }
  return result;
}

describe('segmentFile', () => {
  it('removes a phrase repeated between blocks and a caption printed twice, whatever their words', () => {
    const text = [
      'mekong border talks',
      '',
      'Hun Manet meets Thai foreign minister',
      '',
      LEAD_A,
      '',
      'mekong border talks',
      '',
      'Officials shake hands in Phnom Penh, Cambodia. Photo: Khmer Times',
      '',
      'Officials shake hands in Phnom Penh, Cambodia. Photo: Khmer Times',
      '',
      BODY_A,
      '',
      'mekong border talks',
      '',
      '  • World',
      '  • Asia',
      '',
      'Myanmar, China discuss border trade',
      '',
      LEAD_B,
      '',
      BODY_B,
      '',
      'mekong border talks',
      '',
    ].join('\n');
    const { articles } = segment(text);
    assert.deepEqual(
      articles.map((a) => a.title),
      ['Hun Manet meets Thai foreign minister', 'Myanmar, China discuss border trade'],
    );
    assert.deepEqual(
      articles[0]?.passages.filter((p) => p.kind === 'paragraph').map((p) => p.text),
      [LEAD_A, BODY_A],
    );
    const all = articles.flatMap((a) => a.passages.map((p) => p.text)).join('\n');
    assert.ok(!all.includes('mekong border talks'));
    assert.ok(!all.includes('Photo: Khmer Times'));
  });

  it('starts a new article at a second wire dateline even without a headline', () => {
    const text = [
      'PHNOM PENH, May 2 (Xinhua) -- ' + LEAD_A,
      BODY_A,
      BODY_A.replace('officials', 'diplomats'),
      'KUNMING, May 3 (Xinhua) -- ' + LEAD_B,
      BODY_B,
    ].join('\n\n');
    const { articles } = segment(text);
    assert.equal(articles.length, 2);
    assert.deepEqual(
      articles.map((a) => a.partialDate),
      ['--05-02', '--05-03'],
    );
    assert.deepEqual(
      articles.map((a) => a.outlet),
      ['Xinhua', 'Xinhua'],
    );
    assert.deepEqual(
      articles.map((a) => a.title),
      ['', ''],
    );
  });

  it('keeps a sub-head inside its article instead of starting a new one', () => {
    const text = ['Hun Manet meets Thai foreign minister', LEAD_A, 'Scam centres on the agenda', BODY_A].join('\n\n');
    const { articles } = segment(text);
    assert.equal(articles.length, 1);
    assert.equal(articles[0]?.passages.filter((p) => p.kind === 'paragraph').length, 2);
  });

  it('takes the year of a dateline from the page date line, and only from there', () => {
    const dated = segment(
      ['Border talks', 'Source: Xinhua 2023-12-31 23:10', 'PHNOM PENH, Jan. 1 (Xinhua) -- ' + LEAD_A].join('\n'),
    ).articles[0];
    assert.equal(dated?.date, '2023-12-31');
    assert.equal(dated?.eventDate, '2024-01-01');
    const undated = segment(['Border talks', '', 'PHNOM PENH, Jan. 1 (Xinhua) -- ' + LEAD_A].join('\n')).articles[0];
    assert.equal(undated?.date, undefined);
    assert.equal(undated?.eventDate, undefined);
    assert.equal(undated?.partialDate, '--01-01');
  });

  it('gives no date to an article whose only time words are relative', () => {
    const text = [
      'Ministers meet on Mekong',
      '',
      'Foreign ministers met on Friday and agreed to meet again next month, officials said on Saturday.',
      '',
      BODY_B,
    ].join('\n');
    const article = segment(text).articles[0];
    assert.equal(article?.date, undefined);
    assert.equal(article?.eventDate, undefined);
    assert.equal(article?.partialDate, undefined);
  });

  it('dates the one article of a file by the day its name begins with, never each page of a dump', () => {
    const one = segment(['Ministers meet on Mekong', '', LEAD_A, '', BODY_A].join('\n'), '2024-05-02-khmer-times.txt');
    assert.equal(one.articles[0]?.date, '2024-05-02');
    const dump = segment(
      ['PHNOM PENH (Xinhua) -- ' + LEAD_A, BODY_A, 'KUNMING (Xinhua) -- ' + LEAD_B, BODY_B].join('\n\n'),
      '2024-05-02-dump.txt',
    );
    assert.equal(dump.articles.length, 2);
    assert.deepEqual(
      dump.articles.map((a) => a.date),
      [undefined, undefined],
    );
  });

  it('dates an undated page by the day its photo captions agree on, never by a file photo', () => {
    const caption = (what: string) =>
      `${what} at the Great Hall of the People, Friday, April 26, 2024, in Beijing, China. (AP Photo/Mark Schiefelbein, Pool)`;
    const text = (captions: string[]) =>
      ['Blinken meets Xi in Beijing', '', LEAD_A, '', ...captions.flatMap((c) => [c, '']), BODY_A, ''].join('\n');
    const dated = segment(
      text([
        caption('U.S. Secretary of State Antony Blinken meets Chinese President Xi Jinping'),
        caption('Chinese President Xi Jinping waits to meet Blinken'),
      ]),
    ).articles[0];
    assert.equal(dated?.date, '2024-04-26');
    assert.equal(dated?.eventDate, undefined);
    const one = segment(text([caption('U.S. Secretary of State Antony Blinken meets Chinese President Xi Jinping')]))
      .articles[0];
    assert.equal(one?.date, undefined, 'one caption is not enough');
    const file = segment(
      text([
        caption('Blinken meets Xi'),
        'FILE PHOTO: Tesla Chief Executive Officer Elon Musk leaves a hotel in Beijing, China May 31, 2023. REUTERS/Tingshu Wang/File Photo',
        caption('Xi waits'),
      ]),
    ).articles[0];
    assert.equal(file?.date, undefined, 'a gallery with a file photo dates nothing');
  });

  it('keeps a last paragraph that ends in a wire end mark, without the mark', () => {
    const last = 'The two ministers also exchanged views on the situation in the Mekong sub-region.';
    for (const mark of [' Enditem', 'Enditem', ' (Enditem)', ' ENDITEM']) {
      const text = [
        'Thai, Cambodian ministers meet in Phnom Penh',
        '',
        LEAD_A,
        '',
        BODY_A,
        '',
        `${last}${mark}`,
        '',
      ].join('\n');
      const paragraphs = segment(text)
        .articles[0]?.passages.filter((p) => p.kind === 'paragraph')
        .map((p) => p.text);
      assert.deepEqual(paragraphs, [LEAD_A, BODY_A, last], mark);
    }
    // a line that only looks like a heading stays out
    const heading = [
      'Thai, Cambodian ministers meet in Phnom Penh',
      '',
      LEAD_A,
      '',
      'Related: border talks Enditem',
      '',
    ].join('\n');
    assert.deepEqual(
      segment(heading)
        .articles[0]?.passages.filter((p) => p.kind === 'paragraph')
        .map((p) => p.text),
      [LEAD_A],
    );
  });

  it('reports a file with no article text as a problem instead of throwing', () => {
    assert.deepEqual(
      segment('Home\nNews\nContact us\n').problems.map((p) => p.path),
      ['dump.txt'],
    );
    assert.match(segment('').problems[0]?.message ?? '', /empty/);
  });

  it('handles CRLF line endings with exact offsets', () => {
    const text = ['Hun Manet meets Thai foreign minister', '', LEAD_A, '', BODY_A].join('\r\n');
    const article = segment(text).articles[0];
    assert.equal(article?.title, 'Hun Manet meets Thai foreign minister');
    assert.equal(article?.passages.filter((p) => p.kind === 'paragraph').length, 2);
  });

  it('builds ids from the path and the article index', () => {
    const text = ['One', LEAD_A, '', '  • Menu', '  • Items', '', 'Two headline here', LEAD_B].join('\n');
    assert.deepEqual(
      segment(text, 'corpus/a.txt').articles.map((a) => a.id),
      ['corpus/a.txt#0', 'corpus/a.txt#1'],
    );
  });
});
