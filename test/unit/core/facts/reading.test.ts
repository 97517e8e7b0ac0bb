/**
 * How single articles are read into events: relative dates and missing years, publication
 * days, plans, people named by title or pronoun or counted as two, spouses, copies and
 * look-backs, meals and calls, talks after a ceremony. Each article
 * is written here, in the style of the outlet it names.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ingestFiles } from '../../../../server/src/corpus/readCorpus.js';
import { extractFacts } from '../../../../server/src/core/facts/extractFacts.js';
import type { CorpusEvent, FactIndex } from '../../../../server/src/core/facts/types.js';
import { bundled } from '../../../support/bundled.js';

interface Page {
  path: string;
  text: string;
  hints: { single: true; outlet: string; date?: string };
}

/** An in-memory article by `outlet`, published on `date` when one is given. */
function page(text: string, outlet: string, date?: string, path = 'mem/page.txt'): Page {
  return { path, text, hints: { single: true, outlet, ...(date ? { date } : {}) } };
}

/** The body of a summary page, long enough to be read as an article. */
const SUMMARY =
  'Core Points - The meeting highlights significant achievements in bilateral cooperation since the signing of the new five-year action plan [1] - Both sides emphasized the importance of mutual support on core interests and major concerns [2]';

function factsOf(...pages: Page[]): FactIndex {
  return extractFacts(ingestFiles(pages), bundled().index);
}

function only(facts: FactIndex, format: string): CorpusEvent {
  const found = facts.events.filter((e) => e.format === format);
  assert.equal(found.length, 1, JSON.stringify(facts.events.map((e) => [e.format, e.participants, e.date])));
  return found[0]!;
}

describe('dates relative to the article', () => {
  it('reads 昨天 as the day before the article, with a relative basis', () => {
    const event = only(
      factsOf(page('越南国家主席梁强昨天在河内会见了中国国务院总理李强。\n', 'Xinhua', '2025-04-15')),
      'meeting',
    );
    assert.deepEqual([event.date, event.dateBasis], ['2025-04-14', 'relative']);
    assert.deepEqual(event.participants.sort(), ['li-qiang', 'luong-cuong']);
  });

  it('reads "last month", "本月" and "last November" as months', () => {
    const lastMonth = only(
      factsOf(
        page('Xi Jinping held talks with To Lam in Beijing last month, officials said.\n', 'Reuters', '2024-09-10'),
      ),
      'talks',
    );
    assert.deepEqual([lastMonth.date, lastMonth.dateBasis], ['2024-08', 'relative']);
    const thisMonth = only(factsOf(page('本月，习近平在北京同苏林举行会谈。\n', 'Xinhua', '2024-08-25')), 'talks');
    assert.equal(thisMonth.date, '2024-08');
    const november = only(
      factsOf(
        page(
          'Last November, President Xi Jinping and President Joe Biden held a historic meeting in San Francisco.\n',
          'Xinhua',
          '2024-04-24',
        ),
      ),
      'meeting',
    );
    assert.deepEqual([november.date, november.place], ['2023-11', 'San Francisco']);
  });

  it('dates an event by a month named in its own clause', () => {
    const after = only(
      factsOf(
        page(
          'President Xi Jinping held talks with Lao President Thongloun Sisoulith in Beijing in March.\n',
          'Reuters',
          '2024-05-10',
        ),
      ),
      'talks',
    );
    assert.deepEqual([after.date, after.dateBasis], ['2024-03', 'relative']);
    const before = only(
      factsOf(
        page('In March, Prime Minister Pham Minh Chinh met with Premier Li Qiang in Hanoi.\n', 'VNA', '2024-05-10'),
      ),
      'meeting',
    );
    assert.equal(before.date, '2024-03');
    const reported = only(
      factsOf(
        page(
          'A spokesman said that in February, Wang Yi held talks with Bui Thanh Son in Beijing.\n',
          'AFP',
          '2024-05-10',
        ),
      ),
      'talks',
    );
    assert.equal(reported.date, '2024-02');
  });

  it('does not date an event by a month that belongs to another clause or another thing', () => {
    const cases = [
      // a relative clause about a participant
      'Prime Minister Pham Minh Chinh met with Chinese Premier Li Keqiang, who is due to step down in March, at the Great Hall of the People.',
      'Prime Minister Pham Minh Chinh met with Premier Li Keqiang, who will leave office next month, at the Great Hall of the People.',
      'Li Qiang, who became premier in March, met with Lao Prime Minister Sonexay Siphandone in Beijing.',
      // a phrase about an agreement, or the time the meeting is placed against
      'President Xi Jinping met Thongloun Sisoulith in Beijing to review the railway agreement signed in March.',
      'Xi Jinping held talks with Nguyen Phu Trong in Beijing after the party congress in October.',
      // a second clause
      'Wang Yi met with Bui Thanh Son in Beijing, and the two ministries will meet again in January.',
    ];
    for (const text of cases) {
      const [event] = factsOf(page(`${text}\n`, 'Reuters', '2022-12-20')).events.filter(
        (e) => e.format === 'meeting' || e.format === 'talks',
      );
      assert.ok(event, text);
      assert.deepEqual([event.date, event.dateBasis], ['2022-12-20', 'published'], text);
    }
  });

  it('reads a Chinese day of the month printed alone ("13日上午"), in the month nearest the article', () => {
    const text =
      '新华社万象4月30日电 4月30日下午，国家主席习近平在万象同老挝人民革命党中央总书记、国家主席通伦举行会谈。\n\n1日上午，习近平会见老挝政府总理宋赛。\n';
    const facts = factsOf(page(text, 'Xinhua', '2024-04-30'));
    assert.deepEqual(
      [only(facts, 'talks').date, only(facts, 'meeting').date, only(facts, 'meeting').dateBasis],
      ['2024-04-30', '2024-05-01', 'explicit'],
    );
    const evening = only(
      factsOf(page('十三日晚，习近平会见越南国家主席武文赏。\n', 'Xinhua', '2023-12-14')),
      'meeting',
    );
    assert.equal(evening.date, '2023-12-13');
  });

  it('gives no day for 昨天 or 上午 alone in a page without a date', () => {
    for (const text of [
      '通伦昨天在万象会见了王沪宁。\n',
      '上午，习近平在北京会见了通伦。\n',
      '新华社北京电 昨天上午，习近平在北京会见了通伦。\n',
    ]) {
      const event = only(factsOf(page(text, 'Xinhua')), 'meeting');
      assert.deepEqual([event.date, event.partialDate], [undefined, undefined], text);
    }
  });

  it('reads "yesterday" and 昨天 against the dateline the sentence opens with, not as the dateline\'s day', () => {
    const openings = [
      'VIENTIANE, March 8 (KPL) -- President Thongloun Sisoulith met with Chinese leader Wang Huning in Vientiane yesterday.',
      'Vientiane, March 8 (KPL) – President Thongloun Sisoulith met with Chinese leader Wang Huning in Vientiane yesterday.',
      '巴特寮通讯社万象3月8日电 老挝人民革命党中央总书记、国家主席通伦昨天在万象会见了王沪宁。',
      '万象，3月8日（巴特寮通讯社）——老挝人民革命党中央总书记、国家主席通伦昨天在万象会见了王沪宁。',
    ];
    for (const opening of openings) {
      // published the next morning: the dateline, not the page, is the day "yesterday" counts from
      const event = only(
        factsOf(page(`Lao leader meets Chinese guest\n\n${opening}\n`, 'KPL', '2024-03-09')),
        'meeting',
      );
      assert.deepEqual([event.date, event.dateBasis], ['2024-03-07', 'relative'], opening);
    }
  });

  it('keeps the dateline\'s day when the sentence names no other, and no day for "yesterday" after a dateline without a year', () => {
    const plain = only(
      factsOf(
        page(
          'VIENTIANE, March 8 (KPL) -- President Thongloun Sisoulith met with Chinese leader Wang Huning in Vientiane.\n',
          'KPL',
          '2024-03-09',
        ),
      ),
      'meeting',
    );
    assert.deepEqual([plain.date, plain.dateBasis], ['2024-03-08', 'dateline']);
    // an earlier year in the lead is background to the day's news, not a look back
    const since = only(
      factsOf(
        page(
          'VIENTIANE, Nov. 14 (Xinhua) -- Chinese President Xi Jinping held talks with Lao President Bounnhang Vorachith in Vientiane, on his first visit to Laos since 2006.\n',
          'Xinhua',
          '2017-11-14',
        ),
      ),
      'talks',
    );
    assert.deepEqual([since.date, since.dateBasis], ['2017-11-14', 'dateline']);
    const yearless = only(factsOf(page('巴特寮通讯社万象3月1日电 通伦昨天在万象会见了王沪宁。\n', 'KPL')), 'meeting');
    assert.deepEqual([yearless.date, yearless.partialDate], [undefined, undefined]);
  });

  it('dates a weekday against the article, and a Chinese weekday too', () => {
    const event = only(factsOf(page('星期三，习近平在北京会见了通伦。\n', 'Xinhua', '2023-10-20')), 'meeting');
    assert.deepEqual([event.date, event.dateBasis], ['2023-10-18', 'relative']);
  });
});

describe('undated pages', () => {
  const announced = page(
    "BEIJING, Nov. 24 (Xinhua) -- Thongloun Sisoulith, general secretary of the Lao People's Revolutionary Party Central Committee, will pay a state visit to China from Nov. 29 to Dec. 1.\n",
    'Xinhua',
    '2022-11-25',
    'mem/xinhua.txt',
  );

  it('dates a weekday by the one visit that fits it when the page itself speaks of that visit', () => {
    const undated = page(
      'President Xi Jinping met with visiting Lao President Thongloun Sisoulith in Beijing on Wednesday.\n',
      'China Daily',
      undefined,
      'mem/cd.txt',
    );
    const meeting = only(factsOf(announced, undated), 'meeting');
    assert.deepEqual([meeting.date, meeting.dateBasis], ['2022-11-30', 'other-report']);
  });

  it('leaves the weekday of a page that does not speak of the visit undated', () => {
    const undated = page(
      'The President of Laos, Mr. Thongloun Sisoulith, met with Li Xi in Kunming, China on Thursday.\n',
      'Laotian Times',
      undefined,
      'mem/lt.txt',
    );
    const meeting = only(factsOf(announced, undated), 'meeting');
    assert.equal(meeting.date, undefined);
  });
});

describe('years and publication days', () => {
  const cambodia = (opening: string) =>
    page(
      `VIENTIANE, April 23 (Xinhua) -- Lao President Thongloun Sisoulith is leading a high-level delegation on a state visit to Cambodia from April 23 to 24.\n\n${opening}\n`,
      'Xinhua',
    );

  it('gives a dateline without a year the one year its titles and weekday fit', () => {
    const visit = only(
      factsOf(cambodia('The visit is aimed at strengthening friendship, Lao National Radio reported on Tuesday.')),
      'state visit',
    );
    assert.deepEqual([visit.date, visit.endDate, visit.dateBasis], ['2024-04-23', '2024-04-24', 'explicit']);
  });

  it('leaves the year unknown when several years fit', () => {
    const visit = only(
      factsOf(cambodia('The visit is aimed at strengthening friendship, Lao National Radio reported.')),
      'state visit',
    );
    assert.equal(visit.date, undefined);
    assert.equal(visit.partialDate, '--04-23');
  });

  it('never takes a page time for an event time: a publication day only bounds the event', () => {
    const text = `老挝人革党中央总书记、国家主席通伦会见李书磊\nXin Hua She· 2025-11-12 04:21\n${SUMMARY}\n`;
    const event = only(extractFacts(ingestFiles([{ path: 'mem/summary.txt', text }]), bundled().index), 'meeting');
    assert.deepEqual([event.date, event.dateBasis], ['2025-11-12', 'published']);
    assert.deepEqual(event.participants.sort(), ['li-shulei', 'thongloun-sisoulith']);
  });
});

describe('plans', () => {
  it('dates a plan by a weekday opening its clause, read against the dateline, and keeps it planned', () => {
    const text =
      "VIENTIANE, Aug. 15 (Xinhua) -- Vietnamese Prime Minister Pham Minh Chinh arrived in Vientiane on Thursday for an official visit to Laos.\n\nOn Friday, Lao Prime Minister Sonexay Siphandone will hold talks with him at the Prime Minister's Office.\n";
    const talks = only(factsOf(page(text, 'Xinhua', '2024-08-17')), 'talks');
    assert.deepEqual([talks.date, talks.dateBasis, talks.planned], ['2024-08-16', 'relative', true]);
    assert.deepEqual(talks.participants.sort(), ['pham-minh-chinh', 'sonexay-siphandone']);
  });

  it('does not date a plan by the weekday it was announced or spoken of', () => {
    const announced = only(
      factsOf(
        page(
          'On Monday, the foreign ministry announced that President Xi Jinping will pay a state visit to Viet Nam.\n',
          'Reuters',
          '2023-12-11',
        ),
      ),
      'state visit',
    );
    assert.deepEqual([announced.date, announced.planned], [undefined, true]);
    const spoken = only(
      factsOf(
        page(
          'Speaking to reporters on Friday, Foreign Minister Wang Yi said Prime Minister Sonexay Siphandone will hold talks with Premier Li Qiang.\n',
          'AFP',
          '2023-06-26',
        ),
      ),
      'talks',
    );
    assert.deepEqual([spoken.date, spoken.planned], [undefined, true]);
  });

  it('keeps an announced visit planned, and makes it held once a report says it is under way', () => {
    const announced = page(
      "BEIJING, Nov. 24 (Xinhua) -- Thongloun Sisoulith, general secretary of the Lao People's Revolutionary Party Central Committee, will pay a state visit to China from Nov. 29 to Dec. 1.\n",
      'Xinhua',
      '2022-11-25',
      'mem/a.txt',
    );
    assert.equal(only(factsOf(announced), 'state visit').planned, true);
    const underWay = page(
      'Lao President Thongloun Sisoulith, who is on a state visit to China, arrived in Beijing on Tuesday.\n',
      'China Daily',
      '2022-11-29',
      'mem/b.txt',
    );
    const visits = factsOf(announced, underWay).events.filter((e) => /visit$/.test(e.format));
    assert.equal(visits.length, 1, JSON.stringify(visits.map((v) => [v.format, v.date, v.planned])));
    assert.equal(visits[0]!.planned, false);
  });
});

describe('people', () => {
  it("resolves a title without a name to its holder on the article's day", () => {
    const text = (date: string) =>
      page('Chinese President Xi Jinping met with the Vietnamese President in Beijing on Monday.\n', 'Xinhua', date);
    assert.ok(only(factsOf(text('2025-04-15')), 'meeting').participants.includes('luong-cuong'));
    assert.ok(only(factsOf(text('2023-10-17')), 'meeting').participants.includes('vo-van-thuong'));
  });

  it('resolves "the Lao president" to the one the article names, whatever the day', () => {
    const text =
      'Mr. Thongloun Sisoulith, President of Laos, visited Kunming on Thursday.\n\nDuring the visit, the Lao president sent a heartfelt message to President Xi Jinping.\n';
    const letter = only(factsOf(page(text, 'Laotian Times')), 'letter');
    assert.deepEqual(letter.participants.sort(), ['thongloun-sisoulith', 'xi-jinping']);
  });

  it('gives "the two leaders" and "him" the people the article introduced', () => {
    const banquet = factsOf(
      page(
        'Xi Jinping held talks with To Lam in Beijing on Monday.\n\nIn the evening, the two leaders attended a state banquet.\n',
        'Xinhua',
        '2024-08-19',
      ),
    );
    assert.deepEqual(only(banquet, 'banquet').participants.sort(), ['to-lam', 'xi-jinping']);
    const him = factsOf(
      page(
        'To Lam arrived in Guangzhou on Sunday. On Monday, the Chinese President will hold talks with him in Beijing.\n',
        'Vietnam News Agency',
        '2024-08-18',
      ),
    );
    const talks = only(him, 'talks');
    assert.deepEqual([talks.participants.sort(), talks.planned], [['to-lam', 'xi-jinping'], true]);
  });

  it('does not take a spouse for her husband', () => {
    const text =
      'Lao President Thongloun Sisoulith arrived in Kunming on Wednesday.\n\nOn Thursday, Mrs. Naly Sisoulith met with Li Xi at the Kunming Institute of Botany.\n';
    const facts = factsOf(page(text, 'Laotian Times', '2023-06-16'));
    assert.ok(
      !facts.events.some((e) => e.format === 'meeting' && e.participants.includes('thongloun-sisoulith')),
      JSON.stringify(facts.events.map((e) => [e.format, e.participants])),
    );
  });
});

describe('two office holders met by a subject named by no one', () => {
  it('reads no meeting between the two people met', () => {
    const facts = factsOf(
      page(
        'Vietnamese Prime Minister Pham Minh Chinh and National Assembly Chairman Vuong Dinh Hue attended a ceremony in Hanoi on Sunday.\n\nThe visitor also met Prime Minister Pham Minh Chinh and National Assembly Chairman Vuong Dinh Hue on Monday.\n',
        'Saigon Daily',
        '2023-09-12',
      ),
    );
    const meetings = facts.events
      .filter((e) => e.format === 'meeting')
      .map((e) => [...e.participants].sort().join('+'));
    assert.deepEqual(meetings, []);
  });

  it('still reads one meeting with each when the subject is named', () => {
    const facts = factsOf(
      page(
        'U.S. President Joe Biden met Prime Minister Pham Minh Chinh and National Assembly Chairman Vuong Dinh Hue in Hanoi on Monday.\n',
        'Saigon Daily',
        '2023-09-12',
      ),
    );
    const meetings = facts.events
      .filter((e) => e.format === 'meeting')
      .map((e) => [...e.participants].sort().join('+'));
    assert.deepEqual(meetings.sort(), ['joe-biden+pham-minh-chinh', 'joe-biden+vuong-dinh-hue']);
  });
});

describe('separate meetings', () => {
  it('reads "had separate meetings with A and B" as one meeting with each', () => {
    const facts = factsOf(
      page(
        'Lao President Thongloun Sisoulith held talks with Xi Jinping in Beijing on Monday.\n\nLater that day, Thongloun had separate meetings with Premier Li Qiang and top legislator Zhao Leji.\n',
        'Lao News Agency',
        '2023-10-17',
      ),
    );
    const meetings = facts.events
      .filter((e) => e.format === 'meeting')
      .map((e) => [...e.participants].sort().join('+'));
    assert.deepEqual(meetings.sort(), ['li-qiang+thongloun-sisoulith', 'thongloun-sisoulith+zhao-leji']);
    assert.equal(only(facts, 'talks').date, '2023-10-16');
  });

  it('reads 会谈后…分别会见了 A 和 B as one meeting with each, and keeps the talks as they were', () => {
    const facts = factsOf(
      page(
        '老挝国家主席通伦18日在北京同国家主席习近平举行会谈。\n\n会谈后，通伦还分别会见了国务院总理李强和全国人大常委会委员长赵乐际。\n',
        'Xinhua',
        '2023-10-19',
      ),
    );
    const meetings = facts.events.filter((e) => e.format === 'meeting');
    assert.deepEqual(meetings.map((e) => [...e.participants].sort().join('+')).sort(), [
      'li-qiang+thongloun-sisoulith',
      'thongloun-sisoulith+zhao-leji',
    ]);
    assert.ok(meetings.every((e) => e.date === '2023-10-18'));
    assert.deepEqual([...only(facts, 'talks').participants].sort(), ['thongloun-sisoulith', 'xi-jinping']);
  });

  it('keeps a meeting of three when nothing says the meetings were separate', () => {
    const facts = factsOf(
      page('国家主席习近平18日在北京会见了老挝国家主席通伦和越南国家主席武文赏。\n', 'Xinhua', '2023-10-19'),
    );
    assert.deepEqual([...only(facts, 'meeting').participants].sort(), [
      'thongloun-sisoulith',
      'vo-van-thuong',
      'xi-jinping',
    ]);
  });
});

describe('Vietnamese', () => {
  it('reads a reception day first, placed by "tại", and the ambassador named by his post', () => {
    const facts = factsOf(
      page(
        'Sáng 14/3, tại Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Trung Quốc tại Việt Nam Hùng Ba.\n',
        'Báo Chính phủ',
        '2022-03-15',
      ),
    );
    const meeting = only(facts, 'meeting');
    assert.deepEqual([meeting.date, meeting.dateBasis, meeting.place], ['2022-03-14', 'explicit', 'Hanoi']);
    assert.deepEqual([...meeting.participants].sort(), ['pham-minh-chinh', 'xiong-bo']);
  });

  it('keeps an upcoming visit planned, gives it the visitor named after "của", and keeps a sentence of intentions quiet', () => {
    const facts = factsOf(
      page(
        'Thủ tướng Phạm Minh Chính đề nghị hai bên chuẩn bị tốt cho chuyến thăm chính thức sắp tới của Thủ tướng Lào Sonexay Siphandone.\n\nHai bên nhất trí tiếp tục tăng cường hợp tác.\n',
        'Báo Chính phủ',
        '2024-03-15',
      ),
    );
    assert.deepEqual(
      facts.events.map((e) => [e.format, e.participants.join('+'), e.planned === true]),
      [['official visit', 'sonexay-siphandone', true]],
      'the visitor is the one named after "của", not the one who speaks of the visit',
    );
  });
});

describe('one event once', () => {
  it('counts the same item scraped twice as one report', () => {
    const item =
      'VIENTIANE, Oct. 11 (Xinhua) -- Chinese Premier Li Qiang met with Lao Prime Minister Sonexay Siphandone here on Friday.';
    const facts = factsOf(
      page(`${item}\n`, 'Xinhua', '2024-10-11', 'mem/a.txt'),
      page(`${item} ■\n`, 'Xinhua', '2024-10-11', 'mem/b.txt'),
    );
    const meeting = only(facts, 'meeting');
    assert.deepEqual([meeting.reports.length, meeting.copies, meeting.outlets], [1, 1, ['Xinhua']]);
  });

  it('makes "talks" in one report and "meeting" in another the same day one event, with a format disagreement', () => {
    const facts = factsOf(
      page(
        'HANOI, April 14 (VNA) -- Party General Secretary To Lam held talks with Xi Jinping in Hanoi on April 14.\n',
        'Vietnam News Agency',
        '2025-04-14',
        'mem/a.txt',
      ),
      page(
        'HANOI, April 14 (Xinhua) -- Chinese President Xi Jinping met with To Lam in Hanoi on Monday.\n',
        'Xinhua',
        '2025-04-14',
        'mem/b.txt',
      ),
    );
    const events = facts.events.filter((e) => e.participants.includes('to-lam'));
    assert.equal(events.length, 1);
    assert.ok(events[0]!.disagreements.some((d) => d.field === 'format'));
  });

  describe('an undated article', () => {
    const dated = page(
      'BEIJING, June 27 (Xinhua) -- Vietnamese Prime Minister Pham Minh Chinh is paying an official visit to China from June 25 to 28.\n\nChinese President Xi Jinping met with Pham Minh Chinh at the Great Hall of the People in Beijing on Tuesday.\n',
      'Xinhua',
      '2023-06-27',
      'mem/xinhua.txt',
    );
    const undated = (text: string) =>
      page(
        `${text}\n\nThe two leaders discussed trade and rail links between the two countries.\n`,
        'Nikkei Asia',
        undefined,
        'mem/nikkei.txt',
      );
    const chinh = (facts: FactIndex) =>
      facts.events
        .filter((e) => e.participants.includes('pham-minh-chinh'))
        .map((e) => [e.format, e.date ?? 'undated', e.outlets.join('+')]);

    it('joins the dated events its trip fits, when two of its events fit one week', () => {
      const facts = factsOf(
        dated,
        undated(
          'Vietnamese Prime Minister Pham Minh Chinh wrapped up his official visit to China with a meeting with President Xi Jinping in Beijing.',
        ),
      );
      assert.deepEqual(chinh(facts), [
        ['official visit', '2023-06-25', 'Xinhua+Nikkei Asia'],
        ['meeting', '2023-06-27', 'Xinhua+Nikkei Asia'],
      ]);
    });

    it('stays apart when only one of its events fits, when its place differs, or when two trips fit', () => {
      const one = factsOf(
        dated,
        undated('Vietnamese Prime Minister Pham Minh Chinh met with President Xi Jinping in Beijing.'),
      );
      assert.deepEqual(
        chinh(one).filter(([format]) => format === 'meeting'),
        [
          ['meeting', '2023-06-27', 'Xinhua'],
          ['meeting', 'undated', 'Nikkei Asia'],
        ],
      );
      const shanghai = factsOf(
        dated,
        undated(
          'Vietnamese Prime Minister Pham Minh Chinh wrapped up his official visit to China with a meeting with President Xi Jinping in Shanghai.',
        ),
      );
      assert.equal(chinh(shanghai).filter(([, date]) => date === 'undated').length, 2);
      const earlier = page(
        'BEIJING, Nov. 1 (Xinhua) -- Vietnamese Prime Minister Pham Minh Chinh is paying an official visit to China from Oct. 30 to Nov. 2.\n\nChinese President Xi Jinping met with Pham Minh Chinh in Beijing on Tuesday.\n',
        'Xinhua',
        '2022-11-01',
        'mem/xinhua-2022.txt',
      );
      const two = factsOf(
        earlier,
        dated,
        undated(
          'Vietnamese Prime Minister Pham Minh Chinh wrapped up his official visit to China with a meeting with President Xi Jinping in Beijing.',
        ),
      );
      assert.equal(chinh(two).filter(([, date]) => date === 'undated').length, 2);
    });
  });

  it('lets a look back place the event it recalls, never make one', () => {
    const alone = factsOf(page('王沪宁表示，不久前，习近平总书记在北京亲切会见通伦总书记。\n', 'Xinhua', '2025-12-03'));
    assert.deepEqual(alone.events, []);
    const facts = extractFacts(
      ingestFiles([
        // A summary page: the headline names the Lao leader by his titles only.
        {
          path: 'mem/cnr.txt',
          text: `习近平会见老挝人民革命党中央总书记、国家主席\nYang Guang Wang· 2025-09-05 06:30\n${SUMMARY}\n`,
        },
        page('王沪宁表示，不久前，习近平总书记在北京亲切会见通伦总书记。\n', 'Xinhua', '2025-12-03', 'mem/xinhua.txt'),
      ]),
      bundled().index,
    );
    const meeting = only(facts, 'meeting');
    assert.deepEqual(
      [meeting.place, meeting.placeFromMention, meeting.reports.length, meeting.outlets],
      ['Beijing', true, 1, ['China National Radio']],
    );
  });
});

describe('durations', () => {
  it('shows outlets giving different lengths for the same talks', () => {
    const facts = factsOf(
      page(
        'BEIJING, April 26 (AP) -- Antony Blinken held talks with Chinese Foreign Minister Wang Yi on Friday. Wang told Blinken at the start of about 5 1/2 hours of talks that ties were stabilizing.\n',
        'AP',
        '2024-04-26',
        'mem/a.txt',
      ),
      page(
        'Antony Blinken met with Chinese Foreign Minister Wang Yi in Beijing on Friday. Blinken described his meeting with Wang, which lasted more than three hours, as constructive.\n',
        'NBC News',
        '2024-04-26',
        'mem/b.txt',
      ),
    );
    const talks = facts.events.filter((e) => e.participants.includes('wang-yi'));
    assert.equal(talks.length, 1);
    const hours = talks[0]!.disagreements.find((d) => d.subject === 'hours');
    assert.deepEqual(hours?.values.map((v) => v.value).sort(), ['about 5.5', 'more than 3']);
  });
});

describe('traditional Chinese', () => {
  it("yields the same events and titles as simplified Chinese, with the article's own characters kept for display", () => {
    const simplified = factsOf(
      page(
        '越南国家主席梁强昨天在河内会见了中国国务院总理李强。双方就两国关系深入交换了意见。\n',
        'Xinhua',
        '2025-04-15',
      ),
    );
    const traditional = factsOf(
      page(
        '越南國家主席梁強昨天在河內會見了中國國務院總理李強。雙方就兩國關係深入交換了意見。\n',
        'Central News Agency',
        '2025-04-15',
      ),
    );
    const summary = (facts: FactIndex) =>
      facts.events.map((e) => [e.format, e.date, e.dateBasis, e.place, [...e.participants].sort()]);
    assert.deepEqual(summary(traditional), summary(simplified));
    assert.equal(summary(traditional).length, 1);
    assert.match(only(traditional, 'meeting').reports[0]!.text, /會見/);
    const titles = (facts: FactIndex) => [...facts.titlesByEntity.values()].flat().map((t) => [t.entityId, t.officeId]);
    assert.deepEqual(titles(traditional), titles(simplified));
    assert.deepEqual(
      [...traditional.titlesByEntity.values()].flat().map((t) => t.title),
      ['越南國家主席', '國務院總理'],
    );
  });
});

describe('places', () => {
  it('places talks "in the Kremlin" in Moscow, and a Kremlin that only speaks where the sentence says', () => {
    const kremlin = only(
      factsOf(
        page(
          'Russian President Vladimir Putin held talks with Lao Prime Minister Sonexay Siphandone in the Kremlin on Friday.\n',
          'Interfax',
          '2025-05-10',
        ),
      ),
      'talks',
    );
    assert.equal(kremlin.place, 'Moscow');
    const quoted = only(
      factsOf(
        page(
          'Russian President Vladimir Putin held talks with Lao Prime Minister Sonexay Siphandone in Vientiane on Friday, the Kremlin said.\n',
          'Interfax',
          '2024-10-12',
        ),
      ),
      'talks',
    );
    assert.equal(quoted.place, 'Vientiane');
  });

  it('reads a city this reader does not list from the country named beside it', () => {
    const samarkand = only(
      factsOf(
        page(
          'Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand, Uzbekistan, on Thursday, on the eve of the regional summit.\n',
          'Reuters',
          '2022-09-15',
        ),
      ),
      'meeting',
    );
    assert.deepEqual([samarkand.date, samarkand.place], ['2022-09-15', 'Samarkand']);
    const astana = only(
      factsOf(
        page(
          'Chinese President Xi Jinping met Russian President Vladimir Putin on Wednesday in the capital of Kazakhstan, Astana, where both attend the regional summit.\n',
          'AFP',
          '2024-07-03',
        ),
      ),
      'meeting',
    );
    assert.deepEqual([astana.date, astana.place], ['2024-07-03', 'Astana']);
    const possessive = only(
      factsOf(
        page(
          'Chinese President Xi Jinping met Russian President Vladimir Putin on Wednesday in Kazakhstan’s capital, Astana.\n',
          'AP',
          '2024-07-03',
        ),
      ),
      'meeting',
    );
    assert.equal(possessive.place, 'Astana');
  });

  it('places a city the venue list does not know by what kind of place it is and where in its country', () => {
    const inn = only(
      factsOf(
        page(
          'Chinese President Xi Jinping met Russian President Vladimir Putin on Wednesday at a hot spring inn in Shimoda, a port town in central Japan.\n',
          'AP',
          '2024-07-03',
        ),
      ),
      'meeting',
    );
    assert.equal(inn.place, 'Shimoda');
    // After the comma, no kind of place: no city is read.
    const after = only(
      factsOf(
        page(
          'Chinese President Xi Jinping met Russian President Vladimir Putin on Wednesday in Shimoda, after a stay in central Japan.\n',
          'AP',
          '2024-07-03',
        ),
      ),
      'meeting',
    );
    assert.notEqual(after.place, 'Shimoda');
  });

  it('places the country, not a guessed city, when only the country is named', () => {
    const meeting = only(
      factsOf(
        page(
          "Chinese President Xi Jinping met Russian President Vladimir Putin on Wednesday in Kazakhstan's capital.\n",
          'AP',
          '2024-07-03',
        ),
      ),
      'meeting',
    );
    assert.equal(meeting.place, 'Kazakhstan');
  });

  it('places a meeting on the sidelines of an occasion where the article says the occasion was held', () => {
    const english = only(
      factsOf(
        page(
          'The 20th China-ASEAN Expo opened in Nanning on Sunday. On the sidelines of the expo, Chinese Premier Li Qiang met Cambodian Prime Minister Hun Manet.\n',
          'Xinhua',
          '2023-09-17',
        ),
      ),
      'meeting',
    );
    assert.equal(english.place, 'Nanning');
    const chinese = only(
      factsOf(
        page(
          '第20届中国—东盟博览会在南宁开幕。博览会期间，国务院总理李强会见了柬埔寨首相洪玛奈。\n',
          'Xinhua',
          '2023-09-17',
        ),
      ),
      'meeting',
    );
    assert.equal(chinese.place, 'Nanning');
  });

  it('gives an unrelated meeting no place from the occasion, and the occasion no place it was not said to be held in', () => {
    const story = (meeting: string) =>
      `The 20th China-ASEAN Expo was held in Nanning this week. Exhibitors from ten countries took part. Trade deals were signed on every day of the fair. Officials praised the turnout. ${meeting}\n`;
    const unrelated = only(
      factsOf(
        page(
          story('Chinese Premier Li Qiang met Cambodian Prime Minister Hun Manet on Saturday.'),
          'Xinhua',
          '2023-09-20',
        ),
      ),
      'meeting',
    );
    assert.equal(unrelated.place, undefined);
    const related = only(
      factsOf(
        page(
          story(
            'On the sidelines of the expo, Chinese Premier Li Qiang met Cambodian Prime Minister Hun Manet on Saturday.',
          ),
          'Xinhua',
          '2023-09-20',
        ),
      ),
      'meeting',
    );
    assert.equal(related.place, 'Nanning');
    const unplaced = only(
      factsOf(
        page(
          'Visitors praised the 20th China-ASEAN Expo, which many had first seen in Nanning. Exhibitors from ten countries took part. Trade deals were signed on every day of the fair. Officials praised the turnout. After the expo, Chinese Premier Li Qiang met Cambodian Prime Minister Hun Manet.\n',
          'Xinhua',
          '2023-09-20',
        ),
      ),
      'meeting',
    );
    assert.equal(unplaced.place, undefined);
  });
});

describe('a subject that counts its people as two', () => {
  const lines = [
    '习近平同老挝人民革命党中央总书记本扬举行会谈 会见老挝国务院总理通伦',
    '',
    '新华社万象11月13日电 13日下午，本扬在万象国家主席府为习近平举行欢迎仪式，随后两党总书记举行会谈。',
    '',
    '14日上午，习近平在万象会见老挝国务院总理通伦。',
    '',
  ];

  it('gives talks of "两党总书记" the two general secretaries, not the third person of the headline', () => {
    const facts = factsOf(page(lines.join('\n'), 'Xinhua', '2017-11-14'));
    const talks = only(facts, 'talks');
    assert.deepEqual([...talks.participants].sort(), ['bounnhang-vorachit', 'xi-jinping']);
    assert.equal(talks.date, '2017-11-13');
  });

  it('leaves the headline’s other encounter with its own people', () => {
    const facts = factsOf(page(lines.join('\n'), 'Xinhua', '2017-11-14'));
    const meeting = only(facts, 'meeting');
    assert.deepEqual([...meeting.participants].sort(), ['thongloun-sisoulith', 'xi-jinping']);
    assert.equal(meeting.date, '2017-11-14');
  });

  it('gives "the two leaders" the pair the sentence names', () => {
    const text =
      'Biden hosts Modi and meets Xi\n\nWASHINGTON, June 22 (AP) — President Joe Biden welcomed Prime Minister Narendra Modi with a ceremonial welcome at the White House on Thursday, before the two leaders held talks in the Oval Office.\n';
    const talks = only(factsOf(page(text, 'AP', '2023-06-23')), 'talks');
    assert.deepEqual([...talks.participants].sort(), ['joe-biden', 'narendra-modi']);
  });
});

describe('meals, calls and talks after a ceremony, dated and placed by the lead', () => {
  it('dates a dinner given "that evening" by the meeting before it', () => {
    const text =
      'NAYPYITAW — Chinese Foreign Minister Wang Yi met Senior General Min Aung Hlaing in Naypyitaw on Wednesday.\n\nThe Senior General hosted a dinner for Wang at his residence that evening.\n';
    const banquet = only(factsOf(page(text, 'Mizzima', '2024-08-15')), 'banquet');
    assert.deepEqual([banquet.date, [...banquet.participants].sort()], ['2024-08-14', ['min-aung-hlaing', 'wang-yi']]);
  });

  it('makes no banquet of a dinner given for no one the article names', () => {
    const text =
      'NAYPYITAW — Chinese Foreign Minister Wang Yi met Senior General Min Aung Hlaing in Naypyitaw on Wednesday.\n\nThe embassy hosted a dinner for business leaders that evening.\n';
    assert.equal(factsOf(page(text, 'Mizzima', '2024-08-15')).events.filter((e) => e.format === 'banquet').length, 0);
  });

  it('reads a call "by phone for more than two hours on Thursday" as that Thursday’s call', () => {
    const text =
      'US President Joe Biden and Chinese President Xi Jinping spoke by phone for more than two hours on Thursday, in a call dominated by Taiwan.\n';
    const call = only(factsOf(page(text, 'ABC News', '2022-07-29')), 'phone call');
    assert.deepEqual([call.date, [...call.participants].sort()], ['2022-07-28', ['joe-biden', 'xi-jinping']]);
  });

  it('places a welcome at a square and the talks that followed it at a dateline ending in a full stop', () => {
    const text =
      'Ulaanbaatar, September 4 (MONTSAME). President of Mongolia Khurelsukh Ukhnaa welcomed President Vladimir Putin with an official ceremony at Sukhbaatar Square on Tuesday, September 3, followed by official talks at the State Palace.\n';
    const facts = factsOf(page(text, 'Montsame', '2024-09-04'));
    for (const format of ['welcome ceremony', 'talks']) {
      const event = only(facts, format);
      assert.deepEqual(
        [event.date, event.place, [...event.participants].sort()],
        ['2024-09-03', 'Ulaanbaatar', ['khurelsukh-ukhnaa', 'vladimir-putin']],
        format,
      );
    }
  });
});

describe('Hong Kong day words, an announced end and a banquet given', () => {
  it('reads 前日 as the day before yesterday, and a visit’s announced end as no visit that shortens it', () => {
    const text =
      '國家主席習近平前日抵達金邊，開始對柬埔寨進行為期三天的國事訪問。\n\n習近平定於今日結束訪問返回北京。\n';
    const facts = factsOf(page(text, 'Sing Tao Daily', '2016-10-15'));
    const visit = only(facts, 'state visit');
    assert.deepEqual(
      [visit.date, visit.endDate, visit.dateBasis, visit.participants],
      ['2016-10-13', '2016-10-15', 'relative', ['xi-jinping']],
    );
    assert.equal(facts.events.length, 1, JSON.stringify(facts.events.map((e) => [e.format, e.date])));
  });

  it('does not read 前日 inside 目前日益 (increasingly) or 前日本 (former Japanese) as a day', () => {
    for (const text of [
      '兩國關係目前日益密切，國家主席習近平今日在金邊同柬埔寨首相洪森舉行會談。\n',
      '據前日本駐華大使稱，國家主席習近平今日在金邊同柬埔寨首相洪森舉行會談。\n',
    ]) {
      const talks = only(factsOf(page(text, 'Sing Tao Daily', '2016-10-13')), 'talks');
      assert.deepEqual([talks.date, talks.dateBasis], ['2016-10-13', 'relative'], text);
    }
  });

  it('reads 設宴款待 (gave a banquet for) as a banquet between the host and the guest, that evening', () => {
    const text = '國家主席習近平昨日在金邊同柬埔寨首相洪森舉行會談。\n\n當晚，西哈莫尼國王在王宮設宴款待習近平。\n';
    const banquet = only(factsOf(page(text, 'Sing Tao Daily', '2016-10-14')), 'banquet');
    assert.deepEqual(
      [banquet.date, [...banquet.participants].sort()],
      ['2016-10-13', ['norodom-sihamoni', 'xi-jinping']],
    );
  });
});

describe('a welcome named before its hosts, and "the Vietnamese leader" beside a minister', () => {
  const talks =
    'Prime Minister Pham Minh Chinh held talks with his Indian counterpart Narendra Modi in New Delhi on August 1.';

  it('reads "welcomed at an official ceremony ... hosted by" as a welcome with its host', () => {
    const text = `${talks}\n\nEarlier the same day, Chinh was welcomed at an official ceremony at Rashtrapati Bhavan, hosted by Prime Minister Modi.\n`;
    const welcome = only(factsOf(page(text, 'The Hindu', '2024-08-02')), 'welcome ceremony');
    assert.deepEqual(
      [welcome.date, [...welcome.participants].sort()],
      ['2024-08-01', ['narendra-modi', 'pham-minh-chinh']],
    );
  });

  it('reads "the Vietnamese leader" as the prime minister, not the foreign minister also named, and "later" as that day', () => {
    const text = `${talks}\n\nThe agreements were signed by Foreign Minister Bui Thanh Son and Indian officials.\n\nModi later hosted a luncheon for the Vietnamese leader and his delegation.\n`;
    const luncheon = only(factsOf(page(text, 'The Hindu', '2024-08-02')), 'banquet');
    assert.deepEqual(
      [luncheon.date, [...luncheon.participants].sort()],
      ['2024-08-01', ['narendra-modi', 'pham-minh-chinh']],
    );
  });

  it('leaves "the Vietnamese leader" unresolved when two leaders of Vietnam were named', () => {
    const text = `${talks}\n\nPresident To Lam sent greetings to the Indian people.\n\nModi later hosted a luncheon for the Vietnamese leader and his delegation.\n`;
    const luncheons = factsOf(page(text, 'The Hindu', '2024-08-02')).events.filter((e) => e.format === 'banquet');
    assert.ok(
      luncheons.every((e) => !e.participants.includes('pham-minh-chinh') && !e.participants.includes('to-lam')),
      JSON.stringify(luncheons.map((e) => e.participants)),
    );
  });
});

describe('a tour’s earlier stop in Turkmenistan', () => {
  it('is read as a state visit there, dated by its span', () => {
    const facts = factsOf(
      page(
        '新华社阿斯塔纳9月7日电 国家主席习近平7日在阿斯塔纳同哈萨克斯坦总统纳扎尔巴耶夫举行会谈。\n\n此前，习近平于3日至5日对土库曼斯坦进行了国事访问。\n',
        '新华社',
        '2013-09-08',
      ),
    );
    const visit = only(facts, 'state visit');
    assert.deepEqual([visit.date, visit.endDate, visit.place], ['2013-09-03', '2013-09-05', 'Turkmenistan']);
  });

  it('is no visit when the text looks back on it', () => {
    const facts = factsOf(
      page(
        '新华社阿斯塔纳9月7日电 国家主席习近平7日在阿斯塔纳同哈萨克斯坦总统纳扎尔巴耶夫举行会谈。\n\n2009年12月，时任国家主席胡锦涛曾对土库曼斯坦进行国事访问。\n',
        '新华社',
        '2013-09-08',
      ),
    );
    assert.deepEqual(
      facts.events.map((e) => e.format),
      ['talks'],
    );
  });
});

describe('a bare title two people of the article hold', () => {
  const welcome = (lead: string) =>
    factsOf(
      page(
        `${lead}\nEarlier, the Prime Minister was accorded a ceremonial welcome at the Palace.\n`,
        'Press Information Bureau',
        '2018-05-30',
      ),
    ).events.filter((e) => e.format === 'welcome ceremony');

  it('is the one the article titles bare, as an outlet titles its own leader', () => {
    const read = welcome(
      'Prime Minister Shri Narendra Modi held talks with Malaysian Prime Minister Mahathir Mohamad at the Perdana Palace in Putrajaya today.',
    );
    assert.deepEqual(
      read.map((e) => e.participants),
      [['mahathir-mohamad', 'narendra-modi']],
    );
  });

  it('is no one when both are titled with their countries', () => {
    const read = welcome(
      'Indian Prime Minister Narendra Modi held talks with Malaysian Prime Minister Mahathir Mohamad at the Perdana Palace in Putrajaya today.',
    );
    assert.deepEqual(
      read.map((e) => e.participants),
      [],
    );
  });
});
