/**
 * Classifying a file's lines for segmentation: prose, headings, metadata with the facts it
 * states, and boilerplate with its reason, including lines judged by repetition in the file.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  classifyLines,
  datelineOfLine,
  isHeading,
  isProse,
  lastMeaningful,
} from '../../../server/src/corpus/lineKinds.js';
import { splitLines } from '../../../server/src/corpus/lines.js';
import { findDateline } from '../../../server/src/core/text/dates.js';

const PROSE = 'Lao Prime Minister Sonexay Siphandone met his Cambodian counterpart Hun Manet in Vientiane on Tuesday.';

function kinds(text: string) {
  return classifyLines(splitLines(text)).map((line) => (line.reason ? `${line.kind}:${line.reason}` : line.kind));
}

describe('isProse', () => {
  it('accepts a complete sentence, a sentence ending in a wire sign-off, and Chinese with a full stop', () => {
    assert.ok(isProse(PROSE));
    assert.ok(isProse('The two sides signed six agreements on trade and energy. – VNA'));
    assert.ok(isProse('The two sides signed six agreements on trade and energy. Enditem'));
    assert.ok(isProse('老挝总理宋赛·西潘敦当天在万象会见了柬埔寨首相洪玛奈。'));
    assert.ok(isProse('此前，桑切斯于4月9日至10日访问越南。'));
  });

  it('rejects headlines, short sentences and a truncated line', () => {
    assert.ok(!isProse('Lao, Cambodian leaders discuss border demarcation'));
    assert.ok(!isProse('They met.'));
    assert.ok(!isProse('The two leaders discussed border issues and trade ...'));
    assert.ok(!isProse('老挝总理会见柬埔寨首相洪玛奈讨论边界问题'));
    assert.ok(!isProse('习近平会见越南国家主席。'));
    assert.ok(!isProse('责任编辑：王晓，李明'));
  });
});

/** Every non-blank line of the sample corpus, and lines ending in each sign-off and closing mark. */
function sampleLines(): string[] {
  const dir = fileURLToPath(new URL('../../../../samples/corpus/', import.meta.url));
  const lines = readdirSync(dir).flatMap((name) =>
    splitLines(readFileSync(`${dir}${name}`, 'utf8')).map((line) => line.text.trim()),
  );
  const ends = [
    ' [1][2]',
    ' [3] ',
    ' (Enditem)',
    ' ENDITEM',
    ' enditem ',
    ' – VNA',
    ' — KPL',
    ' -AP',
    '/.',
    '."',
    '.” ',
    '.)',
  ];
  const sentences = [PROSE, PROSE.replace(/\.$/, ''), '老挝总理宋赛·西潘敦当天在万象会见了柬埔寨首相洪玛奈。'];
  const signed = sentences.flatMap((sentence) => ends.flatMap((end) => [sentence + end, sentence + end + end]));
  return [...lines.filter((line) => line !== ''), ...signed];
}

/** The end of a line without its sign-off as first written: every pattern tried on every line. */
function lastMeaningfulAsWritten(content: string): string {
  return content
    .slice(-80)
    .replace(/(?:\s*\[\d+\])+\s*$/, '')
    .replace(/\s*\(?\bEnditem\)?\s*$/i, '')
    .replace(/\s*[–—-]+\s*[A-Z]{2,8}$/, '')
    .replace(/\/\.$/, '')
    .replace(/[\s"”’'»)\]）」』]+$/u, '');
}

describe('lastMeaningful', () => {
  it('strips from every line of the sample corpus, and every sign-off, what each pattern tried on every line strips', () => {
    const lines = sampleLines();
    assert.ok(lines.length > 500, `${lines.length} lines`);
    const differ = lines.filter((line) => lastMeaningful(line) !== lastMeaningfulAsWritten(line));
    assert.deepEqual(differ, []);
    for (const signed of [`${PROSE} [1][2]`, `${PROSE}” – VNA`, `${PROSE} (Enditem)`, `${PROSE}/.`, PROSE])
      assert.ok(lastMeaningful(signed).endsWith('in Vientiane on Tuesday.'), signed);
  });
});

describe('datelineOfLine', () => {
  it('gives the dateline findDateline reads in the line, for every line of the sample corpus', () => {
    const lines = classifyLines(splitLines(sampleLines().join('\n')));
    for (const line of lines) assert.deepEqual(datelineOfLine(line), findDateline(line.content), line.content);
    assert.ok(lines.filter((line) => datelineOfLine(line) !== undefined).length >= 10);
  });

  it('reads a line once: asked again, it gives the same dateline', () => {
    const [line] = classifyLines(splitLines('HANOI, March 5 (VNA) – Party General Secretary To Lam met ...'));
    const dateline = datelineOfLine(line!);
    assert.equal(dateline?.outlet, 'Vietnam News Agency');
    assert.equal(datelineOfLine(line!), dateline);
    const [plain] = classifyLines(splitLines(PROSE));
    assert.equal(datelineOfLine(plain!), undefined);
  });
});

describe('isHeading', () => {
  it('accepts a headline, a Markdown heading and a Chinese headline', () => {
    assert.ok(isHeading('Lao, Cambodian leaders discuss border demarcation'));
    assert.ok(isHeading('# Talks'));
    assert.ok(isHeading('老挝柬埔寨领导人讨论边界问题'));
  });

  it('rejects a label, a line in capitals, a menu entry with a count and a sentence', () => {
    assert.ok(!isHeading('Related stories:'));
    assert.ok(!isHeading('LAO CAMBODIAN TALKS'));
    assert.ok(!isHeading('Business news today 7278'));
    assert.ok(!isHeading(PROSE));
    assert.ok(!isHeading('Two words'));
  });
});

describe('classifyLines', () => {
  it('sorts a page’s lines into headings, metadata, prose and boilerplate', () => {
    const text = [
      'Home',
      '',
      'Lao, Cambodian leaders discuss border demarcation',
      'By Yan Zhuang',
      PROSE,
      '• Related story',
      'Copyright 2024 Example News',
    ].join('\n');
    assert.deepEqual(kinds(text), [
      'boiler:chrome',
      'blank',
      'heading',
      'boiler:byline',
      'prose',
      'boiler:list',
      'boiler:chrome',
    ]);
  });

  it('reads the facts a metadata line states', () => {
    const lines = classifyLines(splitLines(['Source: Xinhuanet', 'https://example.org/story', 'Xinhua'].join('\n')));
    assert.deepEqual(
      lines.map((line) => line.kind),
      ['meta', 'meta', 'meta'],
    );
    assert.deepEqual(lines[0]!.facts, { outlet: 'Xinhua' });
    assert.deepEqual(lines[1]!.facts, { url: 'https://example.org/story' });
    assert.deepEqual(lines[2]!.facts, { outlet: 'Xinhua', outletNameOnly: true });
  });

  it('reads an outlet a separator closes, and not the same words without it', () => {
    const lines = classifyLines(
      splitLines(['Mekong Ledger ｜', '', 'Mekong Ledger · ', '', 'Mekong Ledger'].join('\n')),
    );
    assert.deepEqual(lines[0]!.facts, { outlet: 'Mekong Ledger' });
    assert.deepEqual(lines[2]!.facts, { outlet: 'Mekong Ledger' });
    assert.notEqual(lines[4]!.kind, 'meta');
    assert.equal(lines[4]!.facts, undefined);
  });

  it('reads the day of a date line', () => {
    const [line] = classifyLines(splitLines('May 14, 2024'));
    assert.equal(line!.kind, 'meta');
    assert.equal(line!.facts?.day?.year, 2024);
    assert.equal(line!.facts?.day?.month, 5);
    assert.equal(line!.facts?.day?.day, 14);
  });

  it('keeps a long list item that is a full sentence as prose', () => {
    assert.deepEqual(kinds(`- ${PROSE}`), ['prose']);
  });

  it('treats the lines under a list item as part of the list', () => {
    assert.deepEqual(kinds(['- Politics', '    Lao, Cambodian leaders discuss border demarcation'].join('\n')), [
      'boiler:list',
      'boiler:list',
    ]);
  });

  it('marks a short line repeated three times in the file as furniture, and a line repeated at once as a duplicate', () => {
    const repeated = [
      'Lao cooperation results',
      PROSE,
      'Lao cooperation results',
      PROSE.replace('Tuesday', 'Monday'),
      'lao  Cooperation results',
    ].join('\n');
    assert.deepEqual(kinds(repeated), ['boiler:repeated', 'prose', 'boiler:repeated', 'prose', 'boiler:repeated']);
    assert.deepEqual(kinds(['Lao leaders meet in Vientiane', 'Lao leaders meet in Vientiane'].join('\n')), [
      'heading',
      'boiler:duplicate',
    ]);
  });

  it('marks a line that repeats the start of a nearby caption as a caption', () => {
    const caption = 'Officials attend the opening ceremony in Vientiane. Stefen Chow for NPR hide caption';
    const echo = 'Officials attend the opening ceremony in Vientiane.';
    assert.deepEqual(kinds([caption, echo].join('\n')), ['boiler:caption', 'boiler:caption']);
  });

  it('leaves distinct prose lines as prose', () => {
    assert.deepEqual(kinds([PROSE, PROSE.replace('Tuesday', 'Wednesday')].join('\n')), ['prose', 'prose']);
  });
});
