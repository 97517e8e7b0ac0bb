/**
 * Grouping classified lines into article drafts: where one article ends and the next begins,
 * which heading is the headline, and which metadata and furniture lines go with each draft.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { collectDrafts, type Draft } from '../../../server/src/corpus/drafts.js';
import { classifyLines } from '../../../server/src/corpus/lineKinds.js';
import { splitLines } from '../../../server/src/corpus/lines.js';

const FIRST = 'Lao Prime Minister Sonexay Siphandone met his Cambodian counterpart Hun Manet in Vientiane on Tuesday.';
const SECOND = 'The two leaders also discussed electricity exports from Laos to Cambodia and the new road.';
const OTHER = 'Vietnamese President To Lam received the Chinese ambassador in Hanoi on Wednesday afternoon.';

function drafts(lines: readonly string[], single = false): Draft[] {
  return collectDrafts(classifyLines(splitLines(lines.join('\n'))), single);
}

const contents = (draft: Draft) => draft.prose.map((line) => line.content);

describe('collectDrafts', () => {
  it('keeps consecutive prose in one draft under its headline and lead metadata', () => {
    const [draft, ...rest] = drafts([
      'Home',
      'Lao, Cambodian leaders discuss border demarcation',
      'May 14, 2024',
      FIRST,
      '',
      SECOND,
    ]);
    assert.equal(rest.length, 0);
    assert.equal(draft!.title?.content, 'Lao, Cambodian leaders discuss border demarcation');
    assert.deepEqual(
      draft!.leadMeta.map((line) => line.content),
      ['May 14, 2024'],
    );
    assert.deepEqual(contents(draft!), [FIRST, SECOND]);
    assert.deepEqual(
      draft!.before.map((line) => line.content),
      ['Home', 'Lao, Cambodian leaders discuss border demarcation', 'May 14, 2024'],
    );
  });

  it('starts a new article at a new headline after furniture, and gives the first its footer', () => {
    const [first, second] = drafts([
      'Lao, Cambodian leaders discuss border demarcation',
      FIRST,
      'Copyright 2024 Example News',
      'Vietnam and China strengthen party ties',
      OTHER,
    ]);
    assert.deepEqual(contents(first!), [FIRST]);
    assert.deepEqual(
      first!.after.map((line) => line.content),
      ['Copyright 2024 Example News', 'Vietnam and China strengthen party ties'],
    );
    assert.equal(second!.title?.content, 'Vietnam and China strengthen party ties');
    assert.deepEqual(contents(second!), [OTHER]);
  });

  it('keeps a sub-head that directly follows prose inside the article', () => {
    const [draft, ...rest] = drafts([FIRST, 'Energy and roads on the agenda', SECOND]);
    assert.equal(rest.length, 0);
    assert.deepEqual(
      draft!.inner.map((line) => line.content),
      ['Energy and roads on the agenda'],
    );
  });

  it('keeps a date printed just below the text as the article’s, and starts a new article at the next date line', () => {
    const [first, second] = drafts([
      FIRST,
      'May 14, 2024',
      'Vietnam and China strengthen party ties',
      'May 15, 2024',
      OTHER,
    ]);
    assert.deepEqual(
      first!.trailingMeta.map((line) => line.content),
      ['May 14, 2024'],
    );
    assert.equal(second!.title?.content, 'Vietnam and China strengthen party ties');
    assert.deepEqual(
      second!.leadMeta.map((line) => line.content),
      ['May 15, 2024'],
    );
    assert.deepEqual(contents(second!), [OTHER]);
  });

  it('keeps prose after a date printed below the text in the same article', () => {
    const result = drafts([FIRST, 'May 14, 2024', OTHER]);
    assert.equal(result.length, 1);
    assert.deepEqual(result[0]!.trailingMeta, []);
    assert.deepEqual(
      result[0]!.inner.map((line) => line.content),
      ['May 14, 2024'],
    );
  });

  it('starts a new article at a second wire dateline', () => {
    const result = drafts([`VIENTIANE, May 14 (KPL) -- ${FIRST}`, `HANOI, May 15 (VNA) -- ${OTHER}`]);
    assert.equal(result.length, 2);
    assert.equal(result[0]!.hasDateline, true);
  });

  it('never splits a single record, whatever it looks like', () => {
    const result = drafts(
      [`VIENTIANE, May 14 (KPL) -- ${FIRST}`, 'Copyright 2024 Example News', `HANOI, May 15 (VNA) -- ${OTHER}`],
      true,
    );
    assert.equal(result.length, 1);
    assert.equal(result[0]!.prose.length, 2);
  });

  it('makes a single record without prose one draft of its headings and other lines', () => {
    const [draft] = drafts(['Lao leaders meet in Vientiane', 'Short note'], true);
    assert.deepEqual(contents(draft!), ['Lao leaders meet in Vientiane', 'Short note']);
    assert.deepEqual(drafts(['Lao leaders meet in Vientiane', 'Short note']), []);
  });

  it('takes the heading after a bare site name as a tagline, not as the headline', () => {
    const [draft] = drafts(['Xinhua', 'Your window on the world today', 'Laos and China open a new rail link', FIRST]);
    assert.equal(draft!.title?.content, 'Laos and China open a new rail link');
  });

  it('finds nothing in a file of furniture alone', () => {
    assert.deepEqual(drafts(['Home', 'Share', '', 'Copyright 2024 Example News']), []);
  });
});
