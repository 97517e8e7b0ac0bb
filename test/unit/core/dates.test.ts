/** Dates in scraped news: date lines, datelines, leads, and completing a year from context. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  completeYear,
  findDateline,
  findLeadDay,
  normaliseDate,
  readDateLine,
  readDays,
  settleSwapped,
} from '../../../server/src/core/text/dates.js';

describe('readDateLine', () => {
  it('reads the date lines sites print next to a headline', () => {
    const cases: [string, [number, number, number]][] = [
      ['2025-04-15', [2025, 4, 15]],
      [' date 2021-12-04 Politics', [2021, 12, 4]],
      ['Xin Hua She· 2025-12-02 17:13', [2025, 12, 2]],
      ['Source: Xinhuanet Editor:Lin Congyi 2022-11-25 09:05:43', [2022, 11, 25]],
      ['Xinhua | April 24, 2024', [2024, 4, 24]],
      ['2023年10月20日', [2023, 10, 20]],
      ['16/06/2023 22:01', [2023, 6, 16]],
    ];
    for (const [line, [year, month, day]] of cases) {
      const reading = readDateLine(line);
      assert.ok(reading, line);
      assert.deepEqual([reading.year, reading.month, reading.day], [year, month, day], line);
    }
  });

  it('ignores prose that merely contains a date, and dates without a year', () => {
    assert.equal(
      readDateLine('On April 9, 2025, the 9th summit of Heads of State and Government was held in Honduras.'),
      undefined,
    );
    assert.equal(readDateLine('Oct. 20'), undefined);
  });

  it('marks an all-digit date that reads both ways, and settles it only with evidence', () => {
    const reading = readDateLine('06/03/2024');
    assert.ok(reading?.swapped);
    assert.equal(settleSwapped(reading, [])?.day, undefined);
    const settled = settleSwapped(reading, [{ month: 3, day: 5 }]);
    assert.deepEqual([settled?.month, settled?.day], [3, 6]);
  });
});

describe('findDateline', () => {
  it('reads English wire datelines with and without a date or agency', () => {
    const xinhua = findDateline('BEIJING, Sept. 1 (Xinhua) -- At the invitation of Zhao Leji, ...');
    assert.deepEqual(
      [xinhua?.text, xinhua?.outlet, xinhua?.day?.month, xinhua?.day?.day],
      ['BEIJING, Sept. 1 (Xinhua) --', 'Xinhua', 9, 1],
    );
    const vna = findDateline('HANOI, March 5 (VNA) – Deputy Prime Minister Tran Luu Quang received ...');
    assert.deepEqual([vna?.outlet, vna?.day?.month, vna?.day?.day], ['Vietnam News Agency', 3, 5]);
    assert.equal(findDateline('BEIJING (AP) — U.S. Secretary of State Antony Blinken met Friday')?.outlet, 'AP');
    assert.equal(findDateline('HONG KONG — Secretary of State Antony Blinken met with Xi')?.day, undefined);
    assert.equal(findDateline('BEIJING, Oct. 20 -- Xi Jinping met Thongloun')?.day?.year, undefined);
  });

  it("reads a dateline that names the city's country or state before its date or agency", () => {
    const cnn = findDateline('YANGON, Myanmar (CNN) -- Barack Obama on Monday became the first');
    assert.deepEqual([cnn?.text, cnn?.day], ['YANGON, Myanmar (CNN) --', undefined]);
    const ap = findDateline('HANOI, Vietnam, May 23 (AP) — President Barack Obama lifted');
    assert.deepEqual([ap?.text, ap?.day?.month, ap?.day?.day], ['HANOI, Vietnam, May 23 (AP) —', 5, 23]);
    assert.equal(findDateline('YANGON, Myanmar — the city was quiet.'), undefined);
    assert.equal(findDateline('NATO, Russia and China - three powers met.'), undefined);
    assert.equal(findDateline('Yangon, Myanmar (CNN) -- Obama arrived'), undefined);
  });

  it('reads a dateline that prints the day before the month', () => {
    const gnlm = findDateline('NAY PYI TAW, 18 Jan — President U Win Myint hosted a ceremonial welcome');
    assert.deepEqual([gnlm?.text, gnlm?.day?.month, gnlm?.day?.day], ['NAY PYI TAW, 18 Jan —', 1, 18]);
    assert.equal(findDateline('NAY PYI TAW, 18 hours after the vote — the results were in.'), undefined);
  });

  it('reads the Chinese dateline inside the first sentences', () => {
    const dateline = findDateline(
      '会见宋赛时，王沪宁表示。 新华社万象12月3日电(记者 曹凯 赵旭)应老挝人民革命党中央邀请',
    );
    assert.equal(dateline?.outlet, 'Xinhua');
    assert.deepEqual([dateline?.day?.month, dateline?.day?.day], [12, 3]);
  });

  it('reads a dateline whose city is not in capitals when a date and an agency follow it', () => {
    const kpl = findDateline('Vientiane, Nov 14 (KPL) – Party Secretary General Thongloun Sisoulith received ...');
    assert.deepEqual(
      [kpl?.text, kpl?.outlet, kpl?.day?.month, kpl?.day?.day],
      ['Vientiane, Nov 14 (KPL) –', 'KPL', 11, 14],
    );
    const zh = findDateline('万象，3月8日（巴特寮通讯社）——老挝国家主席通伦会见了王沪宁。');
    assert.deepEqual([zh?.day?.month, zh?.day?.day], [3, 8]);
  });

  it('reads a dateline with no mark after a date and an agency it knows, as the Indian agencies print it', () => {
    const pti = findDateline('Bandar Seri Begawan, Sep 4 (PTI) Prime Minister Narendra Modi on Wednesday held talks');
    assert.deepEqual(
      [pti?.text, pti?.outlet, pti?.day?.month, pti?.day?.day],
      ['Bandar Seri Begawan, Sep 4 (PTI)', 'Press Trust of India', 9, 4],
    );
    const capitals = findDateline('NEW DELHI, Sep 4 (PTI) Prime Minister Narendra Modi said');
    assert.deepEqual([capitals?.text, capitals?.day?.day], ['NEW DELHI, Sep 4 (PTI)', 4]);
  });

  it('knows the other South Asian wires that print their datelines with no mark', () => {
    const ians = findDateline('NEW DELHI, Dec 12 (IANS) Prime Minister Narendra Modi and his Japanese counterpart');
    assert.deepEqual(
      [ians?.text, ians?.outlet, ians?.day?.month, ians?.day?.day],
      ['NEW DELHI, Dec 12 (IANS)', 'Indo-Asian News Service', 12, 12],
    );
    const ani = findDateline('Kathmandu, Mar 3 (ANI) Prime Minister Narendra Modi held talks');
    assert.deepEqual([ani?.text, ani?.outlet], ['Kathmandu, Mar 3 (ANI)', 'Asian News International']);
    const app = findDateline('ISLAMABAD, Apr 20 (APP) President Xi Jinping arrived');
    assert.deepEqual([app?.text, app?.outlet], ['ISLAMABAD, Apr 20 (APP)', 'Associated Press of Pakistan']);
    const bss = findDateline('DHAKA, Oct 14 (BSS) Prime Minister Sheikh Hasina said');
    assert.deepEqual([bss?.text, bss?.outlet], ['DHAKA, Oct 14 (BSS)', 'Bangladesh Sangbad Sangstha']);
    // An agency it does not know still needs the mark.
    assert.equal(findDateline('NEW DELHI, Dec 12 (XYZ) Prime Minister Narendra Modi said'), undefined);
  });

  it('takes no sentence or byline without a mark for a dateline', () => {
    assert.equal(findDateline('Washington, Sep 4 talks between the two sides ended late.'), undefined);
    assert.equal(findDateline('Washington, Sep 4 (local time) Talks between the two sides ended late.'), undefined);
    assert.equal(findDateline('WASHINGTON, Sep 4 (local time) Talks ended late.'), undefined);
    assert.equal(findDateline('By Rahul Verma, Sep 4 (PTI) Prime Minister Narendra Modi said'), undefined);
    assert.equal(findDateline('Hanoi, March 5 (Tuesday) The two sides agreed.'), undefined);
  });

  it('reads a dateline ended by a colon or a full stop, as well as by a dash', () => {
    const montsame = findDateline(
      'Ulaanbaatar, September 4 (MONTSAME). President of Mongolia Khurelsukh Ukhnaa welcomed',
    );
    assert.deepEqual(
      [montsame?.text, montsame?.day?.month, montsame?.day?.day],
      ['Ulaanbaatar, September 4 (MONTSAME).', 9, 4],
    );
    const colon = findDateline('NEW DELHI, June 5 (PTI): Prime Minister Narendra Modi spoke');
    assert.deepEqual([colon?.text, colon?.day?.month, colon?.day?.day], ['NEW DELHI, June 5 (PTI):', 6, 5]);
    const stop = findDateline('HANOI, March 5. Deputy Prime Minister Tran Luu Quang received');
    assert.deepEqual([stop?.text, stop?.day?.month, stop?.day?.day], ['HANOI, March 5.', 3, 5]);
    const enDash = findDateline('HANOI, March 5 – Deputy Prime Minister Tran Luu Quang received');
    assert.deepEqual([enDash?.text, enDash?.day?.day], ['HANOI, March 5 –', 5]);
  });

  it('reads a dateline whose month is printed in capitals, but no other capitalised word as a month', () => {
    const capitals = findDateline('TOKYO, SEPT 1: Prime Minister Narendra Modi and Shinzo Abe held talks here');
    assert.deepEqual([capitals?.text, capitals?.day?.month, capitals?.day?.day], ['TOKYO, SEPT 1:', 9, 1]);
    const march = findDateline('NEW DELHI, MARCH 12 – India and Mauritius signed');
    assert.deepEqual([march?.text, march?.day?.month, march?.day?.day], ['NEW DELHI, MARCH 12 –', 3, 12]);
    assert.equal(findDateline('JAKARTA, ASEAN 50: the bloc marked its anniversary')?.day, undefined);
  });

  it('reads a city and its country or state before a dash as a dateline with no day', () => {
    const manila = findDateline('MANILA, Philippines – President Rodrigo Duterte and Shinzo Abe held talks');
    assert.deepEqual([manila?.text, manila?.day], ['MANILA, Philippines –', undefined]);
    const state = findDateline('HONOLULU, Hawaii — Obama met the leaders');
    assert.equal(state?.text, 'HONOLULU, Hawaii —');
    assert.equal(findDateline('Manila, Philippines – the talks were held at the palace.'), undefined);
    assert.equal(findDateline('MANILA, Philippines and Japan – two allies'), undefined);
    assert.equal(findDateline('MANILA, the capital, is hot.'), undefined);
    assert.equal(findDateline('MANILA, Philippines – the city was quiet.'), undefined);
  });

  it('reads an agency dateline ended by a full stop and a dash, as EFE prints it', () => {
    const efe = findDateline('HANOI (EFE).- Spanish Prime Minister Pedro Sánchez was welcomed');
    assert.equal(efe?.text, 'HANOI (EFE).-');
    const dated = findDateline('MADRID, Apr 9 (EFE).- Sánchez left for Hanoi');
    assert.deepEqual([dated?.text, dated?.day?.month, dated?.day?.day], ['MADRID, Apr 9 (EFE).-', 4, 9]);
    const titled = findDateline('Kuala Lumpur, October 26 (Bernama) – Prime Minister Anwar Ibrahim received');
    assert.deepEqual([titled?.text, titled?.day?.day], ['Kuala Lumpur, October 26 (Bernama) –', 26]);
    assert.equal(findDateline('Hanoi (capital).- a note'), undefined);
    assert.equal(findDateline('Kuala Lumpur, October 26 (updated) – a note'), undefined);
  });

  it('takes no label before a colon or a full stop for a dateline, nor a title-case city without an agency', () => {
    assert.equal(findDateline('UPDATE: The talks ended without a statement.'), undefined);
    assert.equal(findDateline('NATO. The alliance met in Brussels.'), undefined);
    assert.equal(findDateline('Vientiane, March 8. The two sides agreed to open the border.'), undefined);
    assert.equal(findDateline('U.S. officials said the talks went well.'), undefined);
  });

  it('does not take an ordinary sentence for a dateline', () => {
    assert.equal(findDateline('The two sides agreed - after long talks - to sign the plan.'), undefined);
    assert.equal(findDateline('China and Laos are friendly neighbors.'), undefined);
    assert.equal(findDateline('Vientiane, March 8 - the two sides agreed to open the border.'), undefined);
    assert.equal(findDateline('Laos, China (and Viet Nam) - three neighbours.'), undefined);
    assert.equal(findDateline('北京，3月8日（星期五）——两国外长举行会谈。'), undefined);
  });
});

describe('findLeadDay', () => {
  it('reads the day a lead opens with', () => {
    const lead = findLeadDay(
      'On the morning of October 20, 2023, General Secretary of the CPC Central Committee Xi Jinping met',
    );
    assert.deepEqual([lead?.year, lead?.month, lead?.day, lead?.text], [2023, 10, 20, 'October 20, 2023']);
    const noYear = findLeadDay('On the afternoon of April 14, General Secretary Xi Jinping held talks');
    assert.deepEqual([noYear?.year, noYear?.month, noYear?.day], [undefined, 4, 14]);
    assert.equal(findLeadDay('2019年4月25日，国务院总理李克强在人民大会堂会见老挝总理通伦。')?.year, 2019);
  });

  it('ignores weekdays, relative words and dates deep in the sentence', () => {
    assert.equal(
      findLeadDay('Foreign ministers from the Mekong countries met on Friday to discuss water management.'),
      undefined,
    );
    assert.equal(
      findLeadDay(
        'Thongloun Sisoulith, general secretary of the Lao party, will pay a state visit to China from Nov 29 to Dec 1.',
      ),
      undefined,
    );
  });
});

describe('completeYear', () => {
  it('takes the year that puts the day nearest the anchor', () => {
    assert.equal(completeYear(12, 3, ['2025-12-02']), '2025-12-03');
    assert.equal(completeYear(12, 31, ['2025-01-01']), '2024-12-31');
    assert.equal(completeYear(1, 2, ['2024-12-30']), '2025-01-02');
  });

  it('returns nothing without an anchor rather than guessing', () => {
    assert.equal(completeYear(10, 20, []), undefined);
  });

  it('completes every day of the year against anchors across leap years and the edges of four-digit years as by parsing ISO days', () => {
    const isoOf = (year: number, month: number, day: number) =>
      `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const byParsing = (month: number, day: number, anchor: string) => {
      const year = Number(anchor.slice(0, anchor.indexOf('-', 1)));
      const anchorTime = Date.parse(`${anchor}T00:00:00Z`);
      let best: { iso: string; distance: number } | undefined;
      for (const candidate of [year - 1, year, year + 1]) {
        const date = new Date(Date.UTC(candidate, month - 1, day));
        if (date.getUTCFullYear() !== candidate || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
          continue;
        const iso = isoOf(candidate, month, day);
        const distance = Math.abs(Date.parse(`${iso}T00:00:00Z`) - anchorTime);
        if (!best || distance < best.distance) best = { iso, distance };
      }
      return best?.iso;
    };
    const anchors = ['2024-02-29', '2023-12-31', '2025-01-01', '2000-06-15', '1000-01-01', '9999-12-31', '2016-07-04'];
    for (const anchor of anchors)
      for (let month = 1; month <= 12; month++)
        for (let day = 1; day <= 31; day++)
          assert.equal(
            completeYear(month, day, [anchor]),
            byParsing(month, day, anchor),
            `${month}/${day} by ${anchor}`,
          );
    assert.equal(completeYear(2, 29, ['2025-01-10']), '2024-02-29');
  });
});

describe('normaliseDate', () => {
  it('reads metadata dates', () => {
    assert.equal(normaliseDate('2024-06-15T20:41:00+08:00'), '2024-06-15');
    assert.equal(normaliseDate('June 15, 2024'), '2024-06-15');
    assert.equal(normaliseDate('yesterday'), undefined);
  });
});

describe('readDays', () => {
  it('reads a short text again the same way, and a reading changed by its caller does not change the next', () => {
    const first = readDays('Oct. 20');
    assert.deepEqual(
      first.map(({ month, day, index, text }) => ({ month, day, index, text })),
      [{ month: 10, day: 20, index: 0, text: 'Oct. 20' }],
    );
    first[0]!.index = 99;
    first[0]!.day = 1;
    const second = readDays('Oct. 20');
    assert.equal(second[0]!.index, 0);
    assert.equal(second[0]!.day, 20);
  });

  it('reads nothing from a short text that names no day, however often it is asked', () => {
    assert.deepEqual(readDays('37 agreements'), []);
    assert.deepEqual(readDays('October'), []);
    assert.deepEqual(readDays('October'), []);
  });
});
