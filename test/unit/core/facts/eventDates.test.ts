/**
 * The date a sentence gives the event it reports, read against the article's day: explicit
 * days, relative words, weekdays, months, and the look-backs that must stay undated.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../../../server/src/core/articles.js';
import {
  addDays,
  articleDay,
  dateContextOf,
  dateOfReport,
  gatheringDayOf,
  opensOnTheSameDay,
  spanFromFirstDay,
  weekdayNamed,
  weekdayOf,
  type DateContext,
  type ReportDate,
} from '../../../../server/src/core/facts/eventDates.js';

/** Context of an article about `day` (a published date), or of an undated one. */
function publishedOn(day?: string): DateContext {
  return day ? { reference: day, fallback: { date: day, basis: 'published' } } : { fallback: {} };
}

interface Options {
  day?: string;
  chinese?: boolean;
  planned?: boolean;
  visit?: boolean;
  context?: DateContext;
}

/** The date of the event whose cue is the first occurrence of `cue` in `sentence`. */
function dateOf(sentence: string, cue: string, options: Options = {}): ReportDate | undefined {
  const start = sentence.indexOf(cue);
  assert.ok(start >= 0, `cue "${cue}" is in the sentence`);
  const context = options.context ?? publishedOn(options.day);
  return dateOfReport(
    sentence,
    options.chinese ?? false,
    context,
    options.planned ?? false,
    { start, end: start + cue.length },
    options.visit ?? false,
  );
}

function article(fields: Partial<Article>): Article {
  return {
    id: 'mem/a.txt#0',
    path: 'mem/a.txt',
    start: 0,
    end: 10,
    title: '',
    language: 'en',
    passages: [],
    storyId: 's0',
    ...fields,
  };
}

describe('explicit days', () => {
  it('reads a day with its year, whatever the article date', () => {
    assert.deepEqual(
      dateOf(
        'On March 5, 2019, Indonesian President Joko Widodo met Singaporean Prime Minister Lee Hsien Loong.',
        'met',
        { day: '2019-03-08' },
      ),
      {
        date: '2019-03-05',
        basis: 'explicit',
      },
    );
  });

  it('gives a day without a year the year nearest the article date, across new year', () => {
    assert.deepEqual(
      dateOf('Japanese Prime Minister Shinzo Abe met Indian Prime Minister Narendra Modi on Dec. 30.', 'met', {
        day: '2019-01-03',
      }),
      {
        date: '2018-12-30',
        basis: 'explicit',
      },
    );
  });

  it('reads a span across two months as a start and an end', () => {
    assert.deepEqual(
      dateOf(
        'Cambodian Prime Minister Hun Sen will pay an official visit to Vietnam from Nov. 29 to Dec. 1.',
        'will pay',
        { day: '2018-11-20', planned: true, visit: true },
      ),
      { date: '2018-11-29', endDate: '2018-12-01', basis: 'explicit' },
    );
  });

  it('gives a visit the span after its words, and the event before them the day before them', () => {
    const sentence =
      'On 4 March, in Phnom Penh, Prime Minister Hun Manet received Ambassador Wang Wenbin, who is paying a working visit to Cambodia from 3 to 5 March.';
    assert.deepEqual(dateOf(sentence, 'working visit', { day: '2024-03-05', visit: true }), {
      date: '2024-03-03',
      endDate: '2024-03-05',
      basis: 'explicit',
    });
    assert.deepEqual(dateOf(sentence, 'received', { day: '2024-03-05' }), { date: '2024-03-04', basis: 'explicit' });
    // A visit with no span of its own keeps the day the sentence names.
    assert.deepEqual(
      dateOf('Hun Manet met Wang Wenbin on 4 March during a working visit to Cambodia.', 'working visit', {
        day: '2024-03-05',
        visit: true,
      }),
      { date: '2024-03-04', basis: 'explicit' },
    );
  });

  it('reads a Chinese span 12月1日至3日', () => {
    assert.deepEqual(
      dateOf('应越南国家主席邀请，中国国家主席将于12月1日至3日对越南进行国事访问。', '将于', {
        day: '2017-11-25',
        chinese: true,
        planned: true,
        visit: true,
      }),
      {
        date: '2017-12-01',
        endDate: '2017-12-03',
        basis: 'explicit',
      },
    );
  });

  it('keeps a month and day without a year as a partial date when the article is undated', () => {
    assert.deepEqual(
      dateOf('Thai Prime Minister Prayut Chan-o-cha met Malaysian Prime Minister Mahathir Mohamad on Oct. 24.', 'met'),
      {
        partialDate: '--10-24',
        basis: 'explicit',
      },
    );
  });

  it('dates a plan only by a day named after its words', () => {
    const sentence = 'In the phone call on April 2, the spokesman said the foreign minister will visit Jakarta.';
    assert.deepEqual(dateOf(sentence, 'will visit', { day: '2019-04-03', planned: true, visit: true }), {});
    assert.deepEqual(dateOf(sentence, 'said', { day: '2019-04-03' }), { date: '2019-04-02', basis: 'explicit' });
  });
});

describe('days relative to the article', () => {
  it('reads yesterday, tomorrow and the same day against the article day', () => {
    assert.deepEqual(
      dateOf('Philippine President Rodrigo Duterte met Chinese Premier Li Keqiang yesterday.', 'met', {
        day: '2017-11-14',
      }),
      {
        date: '2017-11-13',
        basis: 'relative',
      },
    );
    assert.deepEqual(
      dateOf('The two leaders will hold talks tomorrow.', 'will hold', { day: '2017-11-14', planned: true }),
      {
        date: '2017-11-15',
        basis: 'relative',
      },
    );
    assert.deepEqual(dateOf('They signed a memorandum on the same day.', 'signed', { day: '2017-11-14' }), {
      date: '2017-11-14',
      basis: 'relative',
    });
  });

  it('reads a subject’s "also" with no day as the day of the event reported before', () => {
    const afterTalks: DateContext = { ...publishedOn('2019-03-02'), previousDay: '2019-02-28' };
    const sameDay = { date: '2019-02-28', basis: 'relative' };
    assert.deepEqual(
      dateOf('He was also received by Lee Hsien Loong.', 'was also received by', { context: afterTalks }),
      sameDay,
    );
    assert.deepEqual(dateOf('Widodo also met Lee Hsien Loong.', 'met', { context: afterTalks }), sameDay);
    assert.deepEqual(
      dateOf('Joko Widodo also called on Nguyen Phu Trong.', 'called on', { context: afterTalks }),
      sameDay,
    );
    // Without "also", timed by a departure, or with the day before being only the page's, it is not told as that day's.
    assert.notDeepEqual(
      dateOf('Widodo also met Lee Hsien Loong before leaving for Jakarta.', 'met', { context: afterTalks }),
      sameDay,
    );
    assert.notDeepEqual(dateOf('Widodo met Lee Hsien Loong.', 'met', { context: afterTalks }), sameDay);
    assert.notDeepEqual(
      dateOf('Widodo also met Lee Hsien Loong.', 'met', {
        context: { ...publishedOn('2019-03-02'), previousDay: '2019-03-02' },
      }),
      { date: '2019-03-02', basis: 'relative' },
    );
  });

  it('reads the same evening and 当晚 as the day of the event reported before, not the article day', () => {
    const afterTalks: DateContext = { ...publishedOn('2019-03-02'), previousDay: '2019-02-28' };
    assert.deepEqual(
      dateOf('On the same evening, President Joko Widodo hosted a state banquet for his guest.', 'hosted', {
        context: afterTalks,
      }),
      { date: '2019-02-28', basis: 'relative' },
    );
    assert.deepEqual(dateOf('当晚，佐科·维多多举行欢迎宴会。', '宴会', { chinese: true, context: afterTalks }), {
      date: '2019-02-28',
      basis: 'relative',
    });
    // "Yesterday" and "today" still count from the article's day, and a day the sentence names wins.
    assert.deepEqual(dateOf('Joko Widodo hosted a banquet yesterday.', 'hosted', { context: afterTalks }), {
      date: '2019-03-01',
      basis: 'relative',
    });
    assert.deepEqual(
      dateOf('On the same evening of March 1, Joko Widodo hosted a banquet.', 'hosted', { context: afterTalks }),
      { date: '2019-03-01', basis: 'explicit' },
    );
  });

  it('reads hier and aujourd’hui in a French sentence, and not the same letters inside a word', () => {
    const day = (sentence: string, cue: string) => dateOf(sentence, cue, { day: '2019-02-27' });
    assert.deepEqual(day('M. Widodo a été reçu hier par le Premier ministre.', 'a été reçu'), {
      date: '2019-02-26',
      basis: 'relative',
    });
    assert.deepEqual(day('Aujourd’hui, M. Widodo a rencontré le Premier ministre.', 'a rencontré'), {
      date: '2019-02-27',
      basis: 'relative',
    });
    assert.deepEqual(day('M. Widodo a rencontré le chef de la hiérarchie militaire.', 'a rencontré'), {
      date: '2019-02-27',
      basis: 'published',
    });
  });

  it('reads 昨天 and 前天 in a Chinese sentence', () => {
    assert.deepEqual(
      dateOf('国务院总理李克强昨天在北京会见了柬埔寨首相洪森。', '会见', { day: '2016-10-14', chinese: true }),
      {
        date: '2016-10-13',
        basis: 'relative',
      },
    );
    assert.deepEqual(dateOf('两国外长前天举行会谈。', '会谈', { day: '2016-10-14', chinese: true }), {
      date: '2016-10-12',
      basis: 'relative',
    });
  });

  it('gives a Chinese day of the month printed alone the month nearest the article day', () => {
    assert.deepEqual(dateOf('2日上午，两国领导人举行会谈。', '会谈', { day: '2016-09-29', chinese: true }), {
      date: '2016-10-02',
      basis: 'explicit',
    });
    assert.deepEqual(
      dateOf('越共中央总书记阮富仲27日在河内会见金正恩。', '会见', { day: '2019-02-28', chinese: true }),
      { date: '2019-02-27', basis: 'explicit' },
    );
    assert.deepEqual(dateOf('两国元首28日于河内举行会谈。', '会谈', { day: '2019-03-01', chinese: true }), {
      date: '2019-02-28',
      basis: 'explicit',
    });
  });

  it('reads the day a visitor arrived, 于7日抵达, as the first day of the visit', () => {
    assert.deepEqual(
      dateOf('洪玛奈是于3日抵达北京，对中国进行正式访问的。', '正式访问', {
        day: '2024-03-05',
        chinese: true,
        visit: true,
      }),
      { date: '2024-03-03', basis: 'explicit' },
    );
  });

  it('does not read a count of days or a dateline as the day of the month', () => {
    const published = { date: '2019-02-28', basis: 'published' };
    assert.deepEqual(
      dateOf('金正恩结束为期三日的访问后会见阮富仲。', '会见', { day: '2019-02-28', chinese: true }),
      published,
    );
    // The dateline's day is the article's to give (ingestion reads it into its date), not the sentence's.
    assert.deepEqual(
      dateOf('新华社河内27日电 阮富仲会见金正恩。', '会见', { day: '2019-02-28', chinese: true }),
      published,
    );
  });

  it('puts a weekday of a report on the latest such day not after the article, of a plan on the next', () => {
    // 12 June 2019 was a Wednesday.
    assert.equal(weekdayOf('2019-06-12'), 3);
    assert.deepEqual(
      dateOf('Malaysian Prime Minister Mahathir Mohamad met Japanese Prime Minister Shinzo Abe on Monday.', 'met', {
        day: '2019-06-12',
      }),
      {
        date: '2019-06-10',
        basis: 'relative',
      },
    );
    assert.deepEqual(
      dateOf('The two prime ministers will meet on Monday.', 'will meet', { day: '2019-06-12', planned: true }),
      {
        date: '2019-06-17',
        basis: 'relative',
      },
    );
    assert.deepEqual(dateOf('They held talks on Wednesday.', 'held talks', { day: '2019-06-12' }), {
      date: '2019-06-12',
      basis: 'relative',
    });
  });

  it('reads a weekday span and a visit of several days starting on a weekday', () => {
    assert.deepEqual(
      dateOf('He is paying a visit to Tokyo from Tuesday to Thursday.', 'visit', { day: '2019-06-12', visit: true }),
      {
        date: '2019-06-11',
        endDate: '2019-06-13',
        basis: 'relative',
      },
    );
    assert.deepEqual(
      dateOf('He arrived in Tokyo on Monday for a three-day official visit.', 'visit', {
        day: '2019-06-12',
        visit: true,
      }),
      {
        date: '2019-06-10',
        endDate: '2019-06-12',
        basis: 'relative',
      },
    );
  });

  it('counts a visit back from its second or later day to the first, and to the last when it is the last', () => {
    const day = { date: '2023-03-21', basis: 'relative' as const };
    assert.deepEqual(spanFromFirstDay('on Tuesday, the second day of Xi’s state visit to Russia', day), {
      date: '2023-03-20',
      basis: 'relative',
    });
    assert.deepEqual(spanFromFirstDay('lundi, au deuxième et dernier jour de sa visite en Chine', day), {
      date: '2023-03-20',
      endDate: '2023-03-21',
      basis: 'relative',
    });
    assert.deepEqual(spanFromFirstDay('on Tuesday, the third day of a four-day visit', day), {
      date: '2023-03-19',
      endDate: '2023-03-22',
      basis: 'relative',
    });
    // "the second day of talks" is no visit's day: only visits are read so, and a plain day stays.
    assert.deepEqual(spanFromFirstDay('on Tuesday, in Moscow', day), day);
  });

  it('spans a visit given in hours, a day or more of them, into the days they reach', () => {
    const day = { date: '2011-11-16', basis: 'relative' as const };
    assert.deepEqual(
      spanFromFirstDay('Obama arrived in Canberra on Wednesday afternoon for a 27-hour visit to Australia.', day),
      { date: '2011-11-16', endDate: '2011-11-17', basis: 'relative' },
    );
    // A stay of hours within the day stays one day.
    assert.deepEqual(spanFromFirstDay('Putin arrived in New Delhi on Monday for a six-hour visit.', day), day);
    assert.deepEqual(spanFromFirstDay('Putin arrived in New Delhi on Monday for a 6-hour visit.', day), day);
  });

  it('counts a visit back from the weekday it "ends on", ahead when told in the present', () => {
    // 2019-06-11 is a Tuesday: the visit that ends on Wednesday began on the Monday.
    assert.deepEqual(
      dateOf(
        'They dined on Monday, hours after he arrived in Tokyo for the three-day visit, which ends on Wednesday.',
        'visit',
        { day: '2019-06-11', visit: true },
      ),
      { date: '2019-06-10', endDate: '2019-06-12', basis: 'relative' },
    );
    // Told in the past, the visit ended on the Wednesday before the article's Friday.
    assert.deepEqual(
      dateOf('He arrived in Tokyo for a three-day visit that ended on Wednesday.', 'visit', {
        day: '2019-06-14',
        visit: true,
      }),
      { date: '2019-06-10', endDate: '2019-06-12', basis: 'relative' },
    );
    // Without a length, "ends on" alone does not make a span.
    assert.deepEqual(
      dateOf('He arrived in Tokyo on Monday for a visit.', 'visit', { day: '2019-06-11', visit: true }),
      { date: '2019-06-10', basis: 'relative' },
    );
  });

  it('counts a visit ended on the article\'s day from the weekday it "began on", evening or not', () => {
    // 2025-04-17 is a Thursday: the three-day visit that began on Tuesday ran from the 15th.
    assert.deepEqual(
      dateOf(
        'Xi left for Cambodia this morning, ending a three-day state visit to Malaysia that began on Tuesday evening.',
        'visit',
        { day: '2025-04-17', visit: true },
      ),
      { date: '2025-04-15', endDate: '2025-04-17', basis: 'relative' },
    );
    // A weekday a leaving verb names is still the last day.
    assert.deepEqual(
      dateOf('Xi left Malaysia on Tuesday evening, ending a three-day state visit.', 'visit', {
        day: '2025-04-17',
        visit: true,
      }),
      { date: '2025-04-13', endDate: '2025-04-15', basis: 'relative' },
    );
  });

  it('counts a visit "through" a weekday back from that last day, and reads an arrival through a weekday as a span', () => {
    // A Thursday: the visit arrived that day and lasts through the coming Sunday.
    assert.deepEqual(
      dateOf(
        'Lee, who arrived in Jakarta earlier in the day for a four-day official visit through Sunday, met Widodo.',
        'official visit',
        { day: '2019-02-28', visit: true },
      ),
      { date: '2019-02-28', endDate: '2019-03-03', basis: 'relative' },
    );
    assert.deepEqual(
      dateOf('Lee arrived in Jakarta on Wednesday for a working trip through Friday.', 'trip', {
        day: '2019-03-01',
        visit: true,
      }),
      { date: '2019-02-27', endDate: '2019-03-01', basis: 'relative' },
    );
    // Without "through", an arrival still starts the visit.
    assert.deepEqual(
      dateOf('Lee arrived in Jakarta on Wednesday for a three-day visit.', 'visit', { day: '2019-03-01', visit: true }),
      { date: '2019-02-27', endDate: '2019-03-01', basis: 'relative' },
    );
  });

  it('does not date an event by a weekday only in an aside about the arrival', () => {
    assert.deepEqual(
      dateOf(
        'Lee, who arrived on Sunday for a four-day visit, was welcomed by Widodo with a ceremony.',
        'was welcomed',
        {
          day: '2019-02-26',
        },
      ),
      { date: '2019-02-26', basis: 'published' },
    );
  });

  it('dates an event told in the pluperfect by the weekday its own clause names', () => {
    // 2012-06-05 is a Tuesday: the Monday before it is the 4th.
    assert.deepEqual(
      dateOf(
        'Putin arrived in Beijing on Tuesday morning from Tashkent, where he had held talks with Uzbek President Islam Karimov on Monday.',
        'held talks',
        { day: '2012-06-05' },
      ),
      { date: '2012-06-04', basis: 'relative' },
    );
    // A pluperfect naming no weekday of its own leaves the sentence's weekday to date the event.
    assert.deepEqual(
      dateOf(
        'Putin arrived in Beijing on Tuesday morning from Tashkent, where he had held talks with Uzbek President Islam Karimov.',
        'held talks',
        { day: '2012-06-07' },
      ),
      { date: '2012-06-05', basis: 'relative' },
    );
  });

  it('gives an earlier stop told in a "where" clause its own length, counted back from the day the clause names', () => {
    // 2015-05-17 is a Sunday.
    const sentence =
      'Modi arrived in Ulaanbaatar on Sunday morning from Shanghai, where he had ended a three-day visit to China the day before, becoming the first Indian prime minister to visit Mongolia.';
    assert.deepEqual(dateOf(sentence, 'visit to China', { day: '2015-05-17', visit: true }), {
      date: '2015-05-14',
      endDate: '2015-05-16',
      basis: 'relative',
    });
    // The arrival, and the visit the sentence ranks after the clause, keep their own day.
    assert.deepEqual(dateOf(sentence, 'arrived in', { day: '2015-05-17', visit: true }), {
      date: '2015-05-17',
      basis: 'relative',
    });
    assert.deepEqual(dateOf(sentence, 'to visit Mongolia', { day: '2015-05-17', visit: true }), {
      date: '2015-05-17',
      basis: 'relative',
    });
    // A visit that began the day before runs on from it.
    assert.deepEqual(
      dateOf(
        'Modi flew to Seoul on Tuesday from Ulaanbaatar, where he had started a two-day visit to Mongolia the day before.',
        'visit to Mongolia',
        { day: '2015-05-19', visit: true },
      ),
      { date: '2015-05-18', endDate: '2015-05-19', basis: 'relative' },
    );
  });

  it('leaves the length of a visit told outside a "where" clause to that visit', () => {
    // 2015-05-17 is a Sunday: a three-day visit that begins on it runs to the Tuesday.
    assert.deepEqual(
      dateOf(
        'Modi arrived in Ulaanbaatar on Sunday for a three-day visit, from Shanghai, where he had attended a business forum the day before.',
        'arrived in',
        { day: '2015-05-17', visit: true },
      ),
      { date: '2015-05-17', endDate: '2015-05-19', basis: 'relative' },
    );
    // A "where" clause that counts no day of the trip dates nothing of its own.
    assert.deepEqual(
      dateOf(
        'Modi arrived in Ulaanbaatar on Sunday morning from Shanghai, where he had ended a three-day visit to China.',
        'visit to China',
        { day: '2015-05-17', visit: true },
      ),
      { date: '2015-05-15', endDate: '2015-05-17', basis: 'relative' },
    );
  });

  it('dates an event said to follow the arrival by the weekday of an aside telling that arrival', () => {
    // 2017-09-07 is a Thursday: the Tuesday before it is the 5th.
    assert.deepEqual(
      dateOf(
        'Modi, who arrived on Tuesday evening from Xiamen, where he had attended the BRICS summit, called on President U Htin Kyaw at the Presidential Palace soon after landing.',
        'called on',
        { day: '2017-09-07' },
      ),
      { date: '2017-09-05', basis: 'relative' },
    );
    // Not said to follow the arrival, the event keeps the article's day.
    assert.deepEqual(
      dateOf(
        'Modi, who arrived on Tuesday evening from Xiamen, called on President U Htin Kyaw at the Presidential Palace.',
        'called on',
        { day: '2017-09-07' },
      ),
      { date: '2017-09-07', basis: 'published' },
    );
  });

  it('dates an event "following the talks" or 会谈前 by the day of the talks reported before', () => {
    const context: DateContext = { ...publishedOn('2019-02-27'), encounterDay: '2019-02-25' };
    assert.deepEqual(dateOf('Following the talks, Widodo met Kim Jong Un.', 'met', { context }), {
      date: '2019-02-25',
      basis: 'relative',
    });
    assert.deepEqual(dateOf('会谈前，佐科为李显龙举行欢迎仪式。', '欢迎仪式', { context, chinese: true }), {
      date: '2019-02-25',
      basis: 'relative',
    });
    // A weekday of its own wins; with no talks reported, the article's day stays.
    assert.deepEqual(dateOf('On Tuesday, after the talks, Widodo met Kim Jong Un.', 'met', { context }), {
      date: '2019-02-26',
      basis: 'relative',
    });
    assert.deepEqual(dateOf('Following the talks, Widodo met Kim Jong Un.', 'met', { day: '2019-02-27' }), {
      date: '2019-02-27',
      basis: 'published',
    });
    // A later sentence about something else is not moved to the talks' day.
    assert.deepEqual(dateOf('Widodo met Kim Jong Un at the palace.', 'met', { context }), {
      date: '2019-02-27',
      basis: 'published',
    });
  });

  it('dates an event by the weekday after its words when the one before is in an aside about another', () => {
    const sentence = 'Hun Manet, who arrived in Beijing on Sunday for a three-day visit, met Li Qiang on Monday.';
    assert.deepEqual(dateOf(sentence, 'met', { day: '2024-03-05' }), { date: '2024-03-04', basis: 'relative' });
    assert.deepEqual(dateOf(sentence, 'arrived in', { day: '2024-03-05', visit: true }), {
      date: '2024-03-03',
      endDate: '2024-03-05',
      basis: 'relative',
    });
    // An opening weekday dates the whole sentence, whatever weekday a later clause names.
    assert.deepEqual(
      dateOf('On Monday, Hun Manet met Li Qiang, a day before leaving on Tuesday.', 'met', { day: '2024-03-05' }),
      {
        date: '2024-03-04',
        basis: 'relative',
      },
    );
  });

  it('dates a plan by a weekday opening its own clause, not by one in a reporting clause', () => {
    assert.deepEqual(
      dateOf('On Monday, the Indian Prime Minister will hold talks with him.', 'will hold', {
        day: '2019-06-12',
        planned: true,
      }),
      {
        date: '2019-06-17',
        basis: 'relative',
      },
    );
    assert.deepEqual(
      dateOf('On Monday, the ministry announced that the Indian Prime Minister will visit.', 'will visit', {
        day: '2019-06-12',
        planned: true,
      }),
      {},
    );
  });

  it('reads figures day first when the weekday beside them, or the article’s day, says so', () => {
    // Saturday 9 November 2024; 11 September 2024 was a Wednesday.
    assert.deepEqual(
      dateOf('Prabowo held talks with Xi in Beijing on Saturday (9/11/2024).', 'held talks', { day: '2024-11-10' }),
      {
        date: '2024-11-09',
        basis: 'explicit',
      },
    );
    assert.deepEqual(
      dateOf('Prabowo held talks with Xi in Beijing on 9/11/2024.', 'held talks', { day: '2024-11-10' }),
      {
        date: '2024-11-09',
        basis: 'explicit',
      },
    );
    // Month first, as printed, when that is the reading the weekday gives.
    assert.deepEqual(
      dateOf('Biden held talks with Xi on Wednesday (9/11/2024).', 'held talks', { day: '2024-09-12' }),
      {
        date: '2024-09-11',
        basis: 'explicit',
      },
    );
  });

  it('dates a Chinese plan by a day opening its sentence after 今日', () => {
    assert.deepEqual(
      dateOf('今日（13日），佐科·维多多将会见阮富仲。', '会见', { day: '2017-11-13', planned: true, chinese: true }),
      { date: '2017-11-13', basis: 'explicit' },
    );
  });

  it('dates a plan by a day of the month opening its own clause, not by one in a reporting clause', () => {
    assert.deepEqual(
      dateOf('On December 13 morning, Xi is scheduled to meet with Prime Minister Chinh.', 'scheduled to meet', {
        day: '2023-12-12',
        planned: true,
      }),
      { date: '2023-12-13', basis: 'explicit' },
    );
    // A short phrase placing it beside another event, set off by commas, breaks no clause.
    assert.deepEqual(
      dateOf('On June 14, after the summit, Jeenbekov is to hold talks with Modi.', 'hold talks', {
        day: '2019-06-13',
        planned: true,
      }),
      { date: '2019-06-14', basis: 'explicit' },
    );
    assert.deepEqual(
      dateOf('On June 14, after the summit ended, the ministry said that Jeenbekov will hold talks.', 'will hold', {
        day: '2019-06-13',
        planned: true,
      }),
      {},
    );
    assert.deepEqual(
      dateOf('On December 12, the ministry announced that the Indian Prime Minister will visit.', 'will visit', {
        day: '2023-12-12',
        planned: true,
      }),
      {},
    );
  });

  it('takes a year that dates a thing named after the event for that thing’s, not a look back', () => {
    assert.deepEqual(
      dateOf(
        'Bolsonaro and Modi held talks in New Delhi on Saturday and signed a plan to deepen the partnership they set up in 2006.',
        'held talks',
        { day: '2020-01-26' },
      ),
      { date: '2020-01-25', basis: 'relative' },
    );
    assert.equal(
      dateOf('Bolsonaro and Modi held talks in 2019 on the partnership.', 'held talks', { day: '2020-01-26' }),
      undefined,
    );
    assert.equal(
      dateOf('In a partnership set up in 2006, Bolsonaro and Modi held talks.', 'held talks', { day: '2020-01-26' }),
      undefined,
    );
  });

  it('reads a visit that arrived on a day and stays "until" a later one as that span', () => {
    const stay = (text: string) => dateOf(text, 'arrived in', { day: '2019-06-13', visit: true });
    assert.deepEqual(
      stay('Xi arrived in Bishkek on June 12 and is staying in Kyrgyzstan until June 14 on a state visit.'),
      {
        date: '2019-06-12',
        basis: 'explicit',
        endDate: '2019-06-14',
      },
    );
    assert.deepEqual(stay('Xi arrived in Bishkek on June 12 for a state visit.'), {
      date: '2019-06-12',
      basis: 'explicit',
    });
    // Not a visit's, an event's "until": no span.
    assert.deepEqual(
      dateOf('Xi arrived in Bishkek on June 12 and is staying until June 14.', 'arrived in', { day: '2019-06-13' }),
      {
        date: '2019-06-12',
        basis: 'explicit',
      },
    );
  });

  it('reads last month, 下个月 and the start of the year as months', () => {
    assert.deepEqual(dateOf('The two foreign ministers met in Canberra last month.', 'met', { day: '2018-01-15' }), {
      date: '2017-12',
      basis: 'relative',
    });
    assert.deepEqual(dateOf('双方将于下个月举行会谈。', '将于', { day: '2018-12-20', chinese: true, planned: true }), {
      date: '2019-01',
      basis: 'relative',
    });
    assert.deepEqual(dateOf('The leaders met at the start of the year in Manila.', 'met', { day: '2018-06-20' }), {
      date: '2018-01',
      basis: 'relative',
    });
  });

  it('reads a month named in the event clause back to its last occurrence', () => {
    assert.deepEqual(dateOf('The two leaders met last November in Da Nang.', 'met', { day: '2018-03-01' }), {
      date: '2017-11',
      basis: 'relative',
    });
    assert.deepEqual(dateOf('In March, the two leaders met in Hanoi.', 'met', { day: '2018-05-01' }), {
      date: '2018-03',
      basis: 'relative',
    });
  });

  it('does not date the event by a month in a clause about something else', () => {
    const fallback = { date: '2018-02-10', basis: 'published' };
    assert.deepEqual(
      dateOf('He met Malcolm Turnbull, who is due to step down in March.', 'met', { day: '2018-02-10' }),
      fallback,
    );
    assert.deepEqual(dateOf('Since taking office in March, he has met the envoys.', 'met', { day: '2018-05-10' }), {
      date: '2018-05-10',
      basis: 'published',
    });
    assert.deepEqual(
      dateOf('The agreement signed in March was discussed when they met.', 'met', { day: '2018-05-10' }),
      { date: '2018-05-10', basis: 'published' },
    );
  });

  it('does not let a plan take last month', () => {
    assert.deepEqual(
      dateOf('The two sides will sign the deal, agreed last month.', 'will sign', { day: '2018-05-10', planned: true }),
      {},
    );
  });
});

describe('an earlier year in a ranking after the cue', () => {
  it('is the last such event’s, and the visit keeps the days its sentence gives', () => {
    for (const ranking of [
      'the first by a Chinese head of state since 2006',
      'his first since visiting Lahore in 2006',
      'the first by a U.S. president since Bill Clinton in 2006',
    ])
      assert.deepEqual(
        dateOf(
          `Mr Xi landed at Nur Khan airbase on Monday morning for a two-day state visit, ${ranking}.`,
          'state visit',
          {
            day: '2015-04-21',
            visit: true,
          },
        ),
        { date: '2015-04-20', endDate: '2015-04-21', basis: 'relative' },
      );
  });

  it("dates an event told after a ranking of the one before it by the sentence's day, not the ranking's year", () => {
    assert.deepEqual(
      dateOf(
        'Obama arrived on Wednesday evening for a three-day state visit, the first by a U.S. president since 1996, and went straight to a private dinner with Abe.',
        'private dinner',
        { day: '2014-04-25' },
      ),
      { date: '2014-04-23', basis: 'relative' },
    );
    assert.equal(
      dateOf('Obama held talks with Abe in 1996, the first by a U.S. president since 1990.', 'held talks', {
        day: '2014-04-25',
      }),
      undefined,
    );
  });

  it('still makes a look back of a sentence whose own year is earlier, or whose "since" ranks nothing', () => {
    assert.equal(
      dateOf(
        'Mr Xi paid a two-day state visit in 2006, the first by a Chinese head of state since 1996.',
        'state visit',
        {
          day: '2015-04-21',
          visit: true,
        },
      ),
      undefined,
    );
    assert.equal(
      dateOf('Mr Xi has paid two state visits since 2006.', 'state visits', { day: '2015-04-21', visit: true }),
      undefined,
    );
    assert.equal(
      dateOf('Mr Obama paid a state visit to Japan in 2006, the first by a U.S. president since 1996.', 'state visit', {
        day: '2015-04-21',
        visit: true,
      }),
      undefined,
    );
  });
});

describe('sentences without a day', () => {
  it('gives a held event the article day with the basis it was found by', () => {
    assert.deepEqual(
      dateOf('Australian Prime Minister Scott Morrison met New Zealand Prime Minister Jacinda Ardern.', 'met', {
        day: '2019-02-22',
      }),
      {
        date: '2019-02-22',
        basis: 'published',
      },
    );
    const dateline: DateContext = { reference: '2019-02-21', fallback: { date: '2019-02-21', basis: 'dateline' } };
    assert.deepEqual(dateOf('The two prime ministers met in Sydney.', 'met', { context: dateline }), {
      date: '2019-02-21',
      basis: 'dateline',
    });
  });

  it('leaves a plan undated rather than give it the day it was announced', () => {
    assert.deepEqual(
      dateOf('Ardern will visit Beijing.', 'will visit', { day: '2019-02-22', planned: true, visit: true }),
      {},
    );
  });

  it('gives no date to a look back at an earlier year', () => {
    assert.equal(
      dateOf('It was his first meeting with Morrison since they met in 2016.', 'met', { day: '2019-02-22' }),
      undefined,
    );
    assert.equal(dateOf('Back in 2017 the two ministers met in Perth.', 'met'), undefined);
  });

  it('dates an event in the article year or naming a later year as the article day', () => {
    assert.deepEqual(dateOf('The ministers met to prepare the 2020 summit.', 'met', { day: '2019-02-22' }), {
      date: '2019-02-22',
      basis: 'published',
    });
  });

  it('keeps a weekday an undated article names, for another report to settle', () => {
    assert.deepEqual(dateOf('They met in Beijing on Wednesday.', 'met'), { weekday: { day: 3, role: 'day' } });
    assert.deepEqual(dateOf('He wrapped up a four-day visit on Friday.', 'visit', { visit: true }), {
      weekday: { day: 5, role: 'end', days: 4 },
    });
  });

  it('reads a visit a landing on a weekday came "at the end of" as ending that day', () => {
    const sentence = 'Obama landed in Jakarta on Tuesday from New Delhi at the end of a four-day visit to India.';
    assert.deepEqual(dateOf(sentence, 'visit', { visit: true }), { weekday: { day: 2, role: 'end', days: 4 } });
    // A landing for a visit of days, with no end told, still opens it.
    assert.deepEqual(dateOf('Obama landed in Jakarta on Tuesday for a two-day visit.', 'visit', { visit: true }), {
      weekday: { day: 2, role: 'start', days: 2 },
    });
  });

  it('gives the landing itself neither the length nor the end of the stop it came "at the end of"', () => {
    const sentence = 'Obama landed in Jakarta on Tuesday from New Delhi at the end of a four-day visit to India.';
    assert.deepEqual(dateOf(sentence, 'landed in ', { visit: true }), { weekday: { day: 2, role: 'start' } });
    // A landing for a visit of days is that visit's first day, its length its own.
    assert.deepEqual(dateOf('Obama landed in Jakarta on Tuesday for a two-day visit.', 'landed in ', { visit: true }), {
      weekday: { day: 2, role: 'start', days: 2 },
    });
  });

  it('reads yesterday against the dateline rather than the publication date', () => {
    const sentence =
      'HANOI, Sept. 10 (VNA) -- Vietnamese Prime Minister Nguyen Xuan Phuc met Singaporean Prime Minister Lee Hsien Loong yesterday.';
    assert.deepEqual(dateOf(sentence, 'met', { day: '2019-09-12' }), { date: '2019-09-09', basis: 'relative' });
    assert.deepEqual(dateOf('HANOI, Sept. 10 (VNA) -- Phuc met Lee in Hanoi.', 'met', { day: '2019-09-12' }), {
      date: '2019-09-10',
      basis: 'dateline',
    });
  });
});

describe('article days and weekdays', () => {
  it('prefers the day the dateline names, then the publication date, then an inferred day', () => {
    assert.equal(articleDay(article({ date: '2020-01-02', eventDate: '2020-01-01' })), '2020-01-01');
    assert.equal(articleDay(article({ date: '2020-01-02' })), '2020-01-02');
    assert.equal(articleDay(article({})), undefined);
    assert.deepEqual(dateContextOf(article({ date: '2020-01-02', eventDate: '2020-01-01' })), {
      reference: '2020-01-01',
      fallback: { date: '2020-01-01', basis: 'dateline' },
    });
    assert.deepEqual(dateContextOf(article({ date: '2020-01-02' })), {
      reference: '2020-01-02',
      fallback: { date: '2020-01-02', basis: 'published' },
    });
    assert.deepEqual(dateContextOf(article({ partialDate: '--04-23' }), '2019-04-23'), {
      reference: '2019-04-23',
      fallback: { date: '2019-04-23', basis: 'dateline' },
    });
    assert.deepEqual(dateContextOf(article({ partialDate: '--04-23' })), {
      fallback: { partialDate: '--04-23', basis: 'dateline' },
    });
    assert.deepEqual(dateContextOf(article({})), { fallback: {} });
  });

  it('distrusts a lead day after the publication day, which was misread, and allows a day of slack', () => {
    assert.equal(articleDay(article({ date: '2025-05-11', eventDate: '2025-10-05' })), '2025-05-11');
    assert.deepEqual(dateContextOf(article({ date: '2025-05-11', eventDate: '2025-10-05' })), {
      reference: '2025-05-11',
      fallback: { date: '2025-05-11', basis: 'published' },
    });
    assert.equal(articleDay(article({ date: '2025-05-11', eventDate: '2025-05-12' })), '2025-05-12');
    assert.equal(articleDay(article({ eventDate: '2025-10-05' })), '2025-10-05');
  });

  it('names weekdays in English and Chinese, and nothing else', () => {
    assert.equal(weekdayNamed('The talks were held on Tuesday in Seoul.'), 2);
    assert.equal(weekdayNamed('双方于星期日签署协议。'), 0);
    assert.equal(weekdayNamed('周六举行'), 6);
    assert.equal(weekdayNamed('The talks were held in Seoul in May.'), undefined);
  });

  it('adds days across months and leap days', () => {
    assert.equal(addDays('2020-02-28', 1), '2020-02-29');
    assert.equal(addDays('2019-02-28', 1), '2019-03-01');
    assert.equal(addDays('2020-01-01', -1), '2019-12-31');
    assert.equal(weekdayOf('2020-02-29'), 6);
  });
});
describe('addDays, at the ends of months and years', () => {
  it('counts across the ends of months and years, and through leap days', () => {
    assert.equal(addDays('2024-01-31', 1), '2024-02-01');
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2023-02-28', 1), '2023-03-01');
    assert.equal(addDays('2100-02-28', 1), '2100-03-01');
    assert.equal(addDays('2000-02-28', 1), '2000-02-29');
    assert.equal(addDays('2024-12-31', 1), '2025-01-01');
    assert.equal(addDays('2025-01-01', -1), '2024-12-31');
    assert.equal(addDays('2024-03-01', -1), '2024-02-29');
    assert.equal(addDays('2024-06-15', 0), '2024-06-15');
    assert.equal(addDays('2024-06-15', -400), '2023-05-12');
    assert.equal(addDays('2024-06-15', 365), '2025-06-15');
  });

  it('reads a month alone as its first day, and rolls a day past its month over, as a date string is read', () => {
    assert.equal(addDays('2024-07', 1), '2024-07-02');
    assert.equal(addDays('2024-07', -1), '2024-06-30');
    assert.equal(addDays('2024-02-30', 0), '2024-03-01');
  });
});

describe('days counted from another event of the article', () => {
  const after = (previousDay: string, extra: Partial<DateContext> = {}): DateContext => ({
    ...publishedOn('2023-10-21'),
    previousDay,
    ...extra,
  });

  it('reads an opening "Earlier," as the day of the event before, and not an "earlier" inside the sentence', () => {
    const day = (sentence: string, cue: string) => dateOf(sentence, cue, { context: after('2023-10-20') });
    assert.deepEqual(day('Earlier, she held talks with Premier Li Qiang.', 'held talks'), {
      date: '2023-10-20',
      basis: 'relative',
    });
    assert.deepEqual(day('She had earlier held talks with Premier Li Qiang.', 'held talks'), {
      date: '2023-10-21',
      basis: 'published',
    });
  });

  it('counts "a day earlier", "two days later", "the following day" and "le lendemain" from the event before', () => {
    const day = (sentence: string, cue: string) => dateOf(sentence, cue, { context: after('2023-10-20') });
    assert.deepEqual(day('Thuong was also received by Premier Li Qiang a day earlier.', 'received by'), {
      date: '2023-10-19',
      basis: 'relative',
    });
    assert.deepEqual(day('Two days later, Chinh hosted a reception for the ambassador.', 'hosted'), {
      date: '2023-10-22',
      basis: 'relative',
    });
    assert.deepEqual(day('The following day, Li met with Tran Thanh Man.', 'met'), {
      date: '2023-10-21',
      basis: 'relative',
    });
    assert.deepEqual(day('Le lendemain, M. Bounnhang a été reçu par le Premier ministre.', 'a été reçu par'), {
      date: '2023-10-21',
      basis: 'relative',
    });
    assert.deepEqual(day('La veille, M. Bounnhang a rencontré le Premier ministre.', 'a rencontré'), {
      date: '2023-10-19',
      basis: 'relative',
    });
  });

  it('does not count from the event before a day before something else, nor without an event before', () => {
    assert.deepEqual(
      dateOf('Li met Chinh on Tuesday, a day before the summit.', 'met', { context: after('2023-10-20') }),
      { date: '2023-10-17', basis: 'relative' },
    );
    assert.deepEqual(dateOf('Li met Chinh the day before the summit.', 'met', { context: after('2023-10-20') }), {
      date: '2023-10-21',
      basis: 'published',
    });
    assert.deepEqual(dateOf('Thuong was received by Li Qiang a day earlier.', 'received by', { day: '2023-10-21' }), {
      date: '2023-10-21',
      basis: 'published',
    });
  });

  it('gives "the same afternoon" after an arrival for a visit of several days the arrival’s day', () => {
    const context: DateContext = { ...publishedOn('2022-08-10'), arrivalDay: '2022-08-09' };
    assert.deepEqual(dateOf('The two leaders held talks the same afternoon.', 'held talks', { context }), {
      date: '2022-08-09',
      basis: 'relative',
    });
    // An event reported since the arrival is the day "the same afternoon" points to.
    assert.deepEqual(
      dateOf('The two leaders held talks the same afternoon.', 'held talks', {
        context: { ...context, previousDay: '2022-08-10' },
      }),
      { date: '2022-08-10', basis: 'relative' },
    );
    assert.deepEqual(dateOf('The two leaders held talks the same afternoon.', 'held talks', { day: '2022-08-10' }), {
      date: '2022-08-10',
      basis: 'relative',
    });
  });

  it('gives 会前 and "on the sidelines of the summit" the day the article says the conference was held', () => {
    const context: DateContext = { ...publishedOn('2020-02-21'), gatheringDay: '2020-02-20' };
    assert.deepEqual(dateOf('会前，老挝政府总理在万象会见了王毅。', '会见', { chinese: true, context }), {
      date: '2020-02-20',
      basis: 'relative',
    });
    assert.deepEqual(
      dateOf('Wang Yi met Saleumxay on the sidelines of the ASEAN foreign ministers’ meetings.', 'met', { context }),
      { date: '2020-02-20', basis: 'relative' },
    );
    assert.deepEqual(dateOf('老挝政府总理在万象会见了王毅。', '会见', { chinese: true, context }), {
      date: '2020-02-21',
      basis: 'published',
    });
    assert.deepEqual(dateOf('会前，老挝政府总理在万象会见了王毅。', '会见', { chinese: true, day: '2020-02-21' }), {
      date: '2020-02-21',
      basis: 'published',
    });
  });

  it('reads the day a conference was held from a sentence saying so, and none from other sentences', () => {
    const context = publishedOn('2020-02-21');
    assert.equal(
      gatheringDayOf('中国—东盟关于新冠肺炎问题特别外长会20日在老挝万象举行。', true, context),
      '2020-02-20',
    );
    assert.equal(gatheringDayOf('The ASEAN summit opened in Jakarta on Thursday.', false, context), '2020-02-20');
    assert.equal(gatheringDayOf('王毅20日抵达万象。', true, context), undefined);
    assert.equal(gatheringDayOf('The summit was held in Jakarta.', false, context), undefined);
  });
});

describe('a Chinese day of the month before the event’s words, and French dates', () => {
  it('reads "5日应约同…通电话" and "5日同…会谈" as the 5th, and a dateline day as none', () => {
    assert.deepEqual(
      dateOf('外交部长王毅5日应约同越南外长黎怀忠通电话。', '通电话', { chinese: true, day: '2025-11-06' }),
      {
        date: '2025-11-05',
        basis: 'explicit',
      },
    );
    assert.deepEqual(dateOf('王毅5日同越南外长举行会谈。', '会谈', { chinese: true, day: '2025-11-06' }), {
      date: '2025-11-05',
      basis: 'explicit',
    });
    assert.deepEqual(dateOf('王毅应约同越南外长黎怀忠通电话。', '通电话', { chinese: true, day: '2025-11-06' }), {
      date: '2025-11-06',
      basis: 'published',
    });
  });

  it('reads a French day and a French span', () => {
    assert.deepEqual(
      dateOf('Le Président a effectué une visite officielle au Viet Nam du 6 au 8 juin.', 'visite officielle', {
        day: '2016-06-09',
        visit: true,
      }),
      { date: '2016-06-06', endDate: '2016-06-08', basis: 'explicit' },
    );
    assert.deepEqual(dateOf('Le 9 octobre, il a rencontré son homologue.', 'a rencontré', { day: '2024-10-10' }), {
      date: '2024-10-09',
      basis: 'explicit',
    });
    assert.deepEqual(dateOf('Hier, il a rencontré son homologue.', 'a rencontré', { day: '2024-10-10' }), {
      date: '2024-10-09',
      basis: 'relative',
    });
  });
});

describe('Vietnamese days, printed day first', () => {
  it('reads "Chiều 10/5" as 10 May and "từ ngày 9 đến 11/5" as the span from 9 to 11 May', () => {
    assert.deepEqual(
      dateOf('Chiều 10/5, Tổng thống Widodo hội đàm với Thủ tướng Anwar.', 'hội đàm', { day: '2025-05-11' }),
      {
        date: '2025-05-10',
        basis: 'explicit',
      },
    );
    assert.deepEqual(
      dateOf('Tổng thống Widodo đang thăm chính thức Malaysia từ ngày 9 đến 11/5.', 'thăm chính thức', {
        day: '2025-05-11',
        visit: true,
      }),
      { date: '2025-05-09', endDate: '2025-05-11', basis: 'explicit' },
    );
  });

  it('reads a day joined to its month by a hyphen ("Sáng 12-7", "từ ngày 11 đến 12-7") as with a slash', () => {
    assert.deepEqual(
      dateOf('Sáng 12-7, Tổng thống Widodo hội kiến Thủ tướng Anwar.', 'hội kiến', { day: '2025-07-13' }),
      { date: '2025-07-12', basis: 'explicit' },
    );
    assert.deepEqual(
      dateOf('Tổng thống Widodo thăm cấp nhà nước Malaysia từ ngày 11 đến 12-7.', 'thăm cấp nhà nước', {
        day: '2025-07-13',
        visit: true,
      }),
      { date: '2025-07-11', endDate: '2025-07-12', basis: 'explicit' },
    );
    // A score or a range of numbers is no day: without a day word before it, the article's day stays.
    assert.deepEqual(
      dateOf('Đội tuyển thắng 3-1, và Tổng thống Widodo hội kiến Thủ tướng Anwar.', 'hội kiến', { day: '2025-07-13' }),
      dateOf('Tổng thống Widodo hội kiến Thủ tướng Anwar.', 'hội kiến', { day: '2025-07-13' }),
    );
  });

  it('keeps a single day when no first day stands before it', () => {
    assert.deepEqual(
      dateOf('Tổng thống Widodo đang thăm chính thức Malaysia ngày 11/5.', 'thăm chính thức', {
        day: '2025-05-11',
        visit: true,
      }),
      { date: '2025-05-11', basis: 'explicit' },
    );
  });
});

describe('a sentence opening on the day of the event before it', () => {
  it('is told by "That evening", "Later that day", "On the same day" and 当晚', () => {
    for (const sentence of [
      'That evening, Trong hosted a state banquet.',
      'Later that day, the two leaders met the press.',
      'On the same day, he also met with the Prime Minister.',
      '当晚，阮富仲举行欢迎宴会。',
    ])
      assert.ok(opensOnTheSameDay(sentence), sentence);
  });

  it('is not a sentence opening on a day of its own', () => {
    for (const sentence of [
      'On Saturday, Trong hosted a state banquet.',
      'The evening news reported the talks.',
      '次日，阮富仲会见佐科。',
    ])
      assert.ok(!opensOnTheSameDay(sentence), sentence);
  });
});
