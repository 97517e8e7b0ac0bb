/** The events one article reports: one report per encounter, pronouns, signings, durations, stops and look-backs. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../../../server/src/core/articles.js';
import {
  dateFields,
  onDifferentDays,
  reportsOfArticle,
  type ReportDraft,
} from '../../../../server/src/core/facts/articleEvents.js';
import { viewArticle } from '../../../../server/src/core/facts/articleView.js';
import { dateContextOf } from '../../../../server/src/core/facts/eventDates.js';
import { readSentenceTitles } from '../../../../server/src/core/facts/sentenceTitles.js';
import { memoryArticle } from '../../../support/memoryArticle.js';
import { SMALL_KB_YAML, smallKnowledgeBase } from '../../../support/smallKnowledgeBase.js';

const { kb, index } = smallKnowledgeBase();

function reports(paragraphs: string[], fields: Partial<Article>): ReportDraft[] {
  const article = memoryArticle(paragraphs, fields);
  const view = viewArticle(article, index);
  const titles = view.sentences.map((s) => readSentenceTitles(view.text, s, kb, article.date));
  return reportsOfArticle(view, titles, { index, dates: dateContextOf(article) });
}

/** Each report as `format people date (basis) [place]`. */
function summary(drafts: readonly ReportDraft[]): string[] {
  return drafts.map(
    (d) =>
      `${d.report.format} ${d.persons.join('+')} ${d.report.date ?? '-'} (${d.report.dateBasis ?? '-'})${d.report.place ? ` ${d.report.place}` : ''}${d.report.planned ? ' planned' : ''}`,
  );
}

describe('a report dated from the event before it', () => {
  it('is held in that event’s city when it names none', () => {
    const drafts = reports(
      [
        'Vietnamese President Nguyen Xuan Phuc met Singaporean Prime Minister Lee Hsien Loong in Singapore on Friday.',
        'Trade between the two countries grew by a tenth last year.',
        'Both sides want it to grow faster.',
        'A day earlier he held talks with Indonesian President Joko Widodo on trade.',
      ],
      { date: '2019-03-02' },
    );
    assert.deepEqual(summary(drafts), [
      'meeting nguyen-xuan-phuc+lee-hsien-loong 2019-03-01 (relative) Singapore',
      'talks nguyen-xuan-phuc+joko-widodo 2019-02-28 (relative) Singapore',
    ]);
  });

  it('stays unplaced when it does not open on the counted day', () => {
    const drafts = reports(
      [
        'Vietnamese President Nguyen Xuan Phuc met Singaporean Prime Minister Lee Hsien Loong in Singapore on Friday.',
        'Trade between the two countries grew by a tenth last year.',
        'Both sides want it to grow faster.',
        'He held talks with Indonesian President Joko Widodo on trade a day earlier.',
      ],
      { date: '2019-03-02' },
    );
    assert.deepEqual(summary(drafts), [
      'meeting nguyen-xuan-phuc+lee-hsien-loong 2019-03-01 (relative) Singapore',
      'talks nguyen-xuan-phuc+joko-widodo 2019-02-28 (relative)',
    ]);
  });
});

describe('a visit dated by one of its days and by its span', () => {
  it('takes the span that holds the day read before, and reads a later day back to the first', () => {
    // 2019-02-27 is a Wednesday: the second day of the visit, which began on Tuesday.
    const drafts = reports(
      [
        'President Joko Widodo and Prime Minister Lee Hsien Loong held talks on Wednesday, the second day of Lee’s state visit to Indonesia.',
        'Lee arrived in Jakarta on Tuesday for the three-day visit, which ends on Thursday.',
      ],
      { date: '2019-02-27' },
    );
    const visit = drafts.find((d) => d.family === 'visit');
    assert.deepEqual([visit?.report.date, visit?.report.endDate], ['2019-02-26', '2019-02-28']);
  });

  it('keeps a day outside the span apart from it', () => {
    const drafts = reports(
      [
        'President Joko Widodo and Prime Minister Lee Hsien Loong held talks on Wednesday, the second day of Lee’s state visit to Indonesia.',
        // A span that does not hold that day (from Thursday) says nothing more of it.
        'Lee arrives in Jakarta on Thursday for a three-day visit.',
      ],
      { date: '2019-02-27' },
    );
    const visit = drafts.find((d) => d.family === 'visit');
    assert.deepEqual([visit?.report.date, visit?.report.endDate], ['2019-02-26', undefined]);
  });
});

describe('the reports of one article', () => {
  it('makes one report of an encounter the lead and later sentences describe, with the later signing’s figures and the duration', () => {
    const drafts = reports(
      [
        'BOGOR, Indonesia, Feb. 27 (Antara) -- Indonesian President Joko Widodo held talks with Singaporean Prime Minister Lee Hsien Loong on Tuesday.',
        'After the talks, the two leaders witnessed the signing of 5 agreements.',
        'Widodo and Lee spoke for about two hours in their talks.',
      ],
      { date: '2019-02-27', outlet: 'Antara' },
    );
    assert.deepEqual(summary(drafts), ['talks joko-widodo+lee-hsien-loong 2019-02-26 (relative) Bogor']);
    assert.deepEqual(
      drafts[0]!.report.numbers.map((n) => `${n.value} ${n.unit}`),
      ['5 agreement', 'about 2 hour'],
    );
    assert.equal(drafts[0]!.report.source.outlet, 'Antara');
  });

  it('gives a sentence whose subject is a pronoun the person the lead introduced', () => {
    const drafts = reports(
      [
        'Indonesian President Joko Widodo held talks with Singaporean Prime Minister Lee Hsien Loong in Bogor.',
        'He also met with Kim Jong Un.',
      ],
      { date: '2019-02-27' },
    );
    assert.deepEqual(summary(drafts), [
      'talks joko-widodo+lee-hsien-loong 2019-02-27 (published)',
      'meeting joko-widodo+kim-jong-un 2019-02-27 (published)',
    ]);
  });

  it('dates "the same evening" by the event the sentence before reported, not by the article', () => {
    const drafts = reports(
      [
        'Joko Widodo held talks with Lee Hsien Loong at the Merdeka Palace on Thursday.',
        'On the same evening, Widodo hosted a state banquet in honour of Lee.',
      ],
      { date: '2019-03-02' },
    );
    assert.deepEqual(summary(drafts), [
      'talks joko-widodo+lee-hsien-loong 2019-02-28 (relative) Jakarta',
      'banquet joko-widodo+lee-hsien-loong 2019-02-28 (relative) Jakarta',
    ]);
  });

  it('gives a welcome whose sentence names only its hosts the article’s visitor for guest', () => {
    const visit = '金正恩是应阮富仲邀请，于3月1日至2日对越南进行国事访问。';
    const talks = '3月1日下午，阮富仲同金正恩举行会谈。';
    assert.deepEqual(summary(reports([visit, talks, '当晚，阮富仲举行欢迎宴会。'], { date: '2019-03-01' })), [
      'state visit kim-jong-un 2019-03-01 (explicit)',
      'talks nguyen-phu-trong+kim-jong-un 2019-03-01 (explicit)',
      'banquet nguyen-phu-trong+kim-jong-un 2019-03-01 (relative)',
    ]);
  });

  it('reads 此前 before a day of the tour as its earlier stop, in the country named after 访问', () => {
    const visit = '金正恩于3月1日至2日对越南进行国事访问。';
    assert.deepEqual(summary(reports([visit, '此前，金正恩于2月27日至28日访问印度尼西亚。'], { date: '2019-03-02' })), [
      'state visit kim-jong-un 2019-03-01 (explicit)',
      'visit kim-jong-un 2019-02-27 (explicit) Indonesia',
    ]);
  });

  it('reads 此前 before a span of days without its month as the earlier stop, in the month of the later one', () => {
    const visit = '金正恩于4日至5日对越南进行国事访问。';
    assert.deepEqual(summary(reports([visit, '此前，金正恩于1日至3日访问印度尼西亚。'], { date: '2019-03-05' })), [
      'state visit kim-jong-un 2019-03-04 (explicit)',
      'visit kim-jong-un 2019-03-01 (explicit) Indonesia',
    ]);
    assert.deepEqual(summary(reports([visit, '此前，金正恩曾于1日至3日访问印度尼西亚。'], { date: '2019-03-05' })), [
      'state visit kim-jong-un 2019-03-04 (explicit)',
    ]);
  });

  it('still takes 此前 with 曾, or before a day of another year, for a look back', () => {
    const visit = '金正恩于3月1日至2日对越南进行国事访问。';
    for (const earlier of ['此前，金正恩曾于2月27日访问印度尼西亚。', '此前，金正恩于2017年2月27日访问印度尼西亚。'])
      assert.deepEqual(summary(reports([visit, earlier], { date: '2019-03-02' })), [
        'state visit kim-jong-un 2019-03-01 (explicit)',
      ]);
  });

  it('gives a welcome no guest when the article reports no visitor, or the visit is over', () => {
    const talks = '3月1日下午，阮富仲同金正恩举行会谈。';
    assert.deepEqual(summary(reports([talks, '当晚，阮富仲举行欢迎宴会。'], { date: '2019-03-01' })), [
      'talks nguyen-phu-trong+kim-jong-un 2019-03-01 (explicit)',
    ]);
    assert.deepEqual(
      summary(
        reports(['金正恩于2月25日至26日对越南进行国事访问。', '3月1日晚，阮富仲举行欢迎宴会。'], {
          date: '2019-03-01',
        }),
      ),
      ['state visit kim-jong-un 2019-02-25 (explicit)'],
    );
  });

  it('places a later meeting with no place in the city of the article’s event that day with one of its people', () => {
    const article = (day: string) =>
      reports(
        [
          'On February 27, Nguyen Phu Trong met with Kim Jong Un in Hanoi.',
          'Lee Hsien Loong praised the summit.',
          'The economy grew by five percent.',
          `On ${day}, Kim Jong Un also met with Nguyen Xuan Phuc.`,
        ],
        { date: '2019-02-28' },
      );
    assert.deepEqual(summary(article('the same day')), [
      'meeting nguyen-phu-trong+kim-jong-un 2019-02-27 (explicit) Hanoi',
      'meeting kim-jong-un+nguyen-xuan-phuc 2019-02-27 (relative) Hanoi',
    ]);
    assert.deepEqual(summary(article('February 28')), [
      'meeting nguyen-phu-trong+kim-jong-un 2019-02-27 (explicit) Hanoi',
      'meeting kim-jong-un+nguyen-xuan-phuc 2019-02-28 (explicit)',
    ]);
  });

  it('does not place a visitor’s meeting abroad at the dateline of a story filed at home', () => {
    const article = (country: string, city: string) =>
      reports(
        [
          `HANOI, Feb. 27 (VNA) -- Nguyen Phu Trong is paying a state visit to ${country} from February 26 to 28.`,
          `Nguyen Phu Trong held talks with Joko Widodo in ${city}, ${country} on Tuesday.`,
          'On Wednesday, Nguyen Phu Trong met with Lee Hsien Loong.',
        ],
        { date: '2019-02-27' },
      );
    assert.deepEqual(summary(article('Indonesia', 'Jakarta')).slice(1), [
      'talks nguyen-phu-trong+joko-widodo 2019-02-26 (relative) Jakarta',
      'meeting nguyen-phu-trong+lee-hsien-loong 2019-02-27 (relative) Jakarta',
    ]);
    // A visit inside the dateline's country leaves the dateline's city alone.
    assert.deepEqual(summary(article('Viet Nam', 'Hanoi')).slice(2), [
      'meeting nguyen-phu-trong+lee-hsien-loong 2019-02-27 (relative) Hanoi',
    ]);
  });

  it('places a meeting announced for a day abroad in the visit’s city, not at the dateline', () => {
    const article = (announcement: string) =>
      reports(
        [
          'HANOI – Nguyen Phu Trong left for Jakarta yesterday after a visit to Hanoi by Kim Jong Un.',
          'Nguyen Phu Trong arrived in Jakarta yesterday evening for a two-day official visit.',
          announcement,
        ],
        { date: '2019-02-27' },
      );
    assert.deepEqual(
      summary(article('He is scheduled to hold talks with Joko Widodo today.')).filter((s) => s.startsWith('talks')),
      ['talks nguyen-phu-trong+joko-widodo 2019-02-27 (relative) Jakarta planned'],
    );
    // A place the sentence names is where it will be held.
    assert.deepEqual(
      summary(article('He is scheduled to hold talks with Joko Widodo in Bandung today.')).filter((s) =>
        s.startsWith('talks'),
      ),
      ['talks nguyen-phu-trong+joko-widodo 2019-02-27 (relative) Bandung planned'],
    );
  });

  it('leaves an announced meeting at the dateline when no one in it is abroad that day', () => {
    assert.deepEqual(
      summary(
        reports(
          [
            'HANOI – Nguyen Phu Trong received Kim Jong Un at the Presidential Palace yesterday.',
            'He is scheduled to hold talks with Joko Widodo today.',
          ],
          { date: '2019-02-27' },
        ),
      ).filter((s) => s.startsWith('talks')),
      ['talks nguyen-phu-trong+joko-widodo 2019-02-27 (relative) Hanoi planned'],
    );
  });

  it('makes one report per country of a trip', () => {
    assert.deepEqual(
      summary(
        reports(['Kim Jong Un will pay state visits to Viet Nam and Indonesia next month.'], { date: '2019-02-01' }),
      ),
      [
        'state visit kim-jong-un 2019-03 (relative) Viet Nam planned',
        'state visit kim-jong-un 2019-03 (relative) Indonesia planned',
      ],
    );
  });

  it('dates and places a Chinese lead by the day of the month and the city it names', () => {
    assert.deepEqual(
      summary(reports(['越共中央总书记阮富仲27日在河内会见金正恩。'], { date: '2019-02-28', language: 'zh' })),
      ['meeting nguyen-phu-trong+kim-jong-un 2019-02-27 (explicit) Hanoi'],
    );
  });

  it('reports nothing for a look back at an earlier year, or a meeting with no one to meet', () => {
    assert.deepEqual(reports(['Nguyen Phu Trong held talks with Kim Jong Un in 2018.'], { date: '2019-02-28' }), []);
    assert.deepEqual(reports(['Kim Jong Un met the press in Hanoi.'], { date: '2019-02-28' }), []);
    assert.deepEqual(reports(['The economy of Viet Nam grew by seven percent.'], { date: '2019-02-28' }), []);
  });
});

describe('encounters told as several, from the guest’s side, and where', () => {
  it('makes one meeting per person met, separate meetings told or not, and one of three when the three met', () => {
    const split = reports(
      [
        'Indonesian President Joko Widodo met Lee Hsien Loong and Kim Jong Un in separate meetings in Bangkok on Monday.',
      ],
      { date: '2019-02-27' },
    );
    assert.deepEqual(summary(split), [
      'meeting joko-widodo+lee-hsien-loong 2019-02-25 (relative) Bangkok',
      'meeting joko-widodo+kim-jong-un 2019-02-25 (relative) Bangkok',
    ]);
    const listed = reports(
      ['Indonesian President Joko Widodo met Lee Hsien Loong and Kim Jong Un in Bangkok on Monday.'],
      { date: '2019-02-27' },
    );
    assert.deepEqual(summary(listed), summary(split));
    const together = reports(
      ['Indonesian President Joko Widodo, Lee Hsien Loong and Kim Jong Un met in Bangkok on Monday.'],
      {
        date: '2019-02-27',
      },
    );
    assert.equal(together.length, 1);
    assert.deepEqual(together[0]!.persons, ['joko-widodo', 'lee-hsien-loong', 'kim-jong-un']);
  });

  it('reads a guest received by two hosts as two meetings, and takes no dateline city for a person', () => {
    const drafts = reports(
      [
        'Hanoi - Indonesian President Joko Widodo was received by Prime Minister Nguyen Xuan Phuc and General Secretary Nguyen Phu Trong on 20 February.',
      ],
      { date: '2019-02-21' },
    );
    assert.deepEqual(
      drafts.map((d) => `${d.report.format} ${[...d.persons].sort().join('+')} ${d.report.date ?? '-'}`),
      ['meeting joko-widodo+nguyen-xuan-phuc 2019-02-20', 'meeting joko-widodo+nguyen-phu-trong 2019-02-20'],
    );
  });

  it('gives "He was received by" the person who opened the sentence before, dated by the talks, not the visit’s first day', () => {
    const drafts = reports(
      [
        'Indonesian President Joko Widodo held talks with Kim Jong Un in Bogor on Monday.',
        'Lee Hsien Loong, who took office in 2004, is paying an official visit to Indonesia from February 24 to 27.',
        'He was received by President Joko Widodo later the same day.',
      ],
      { date: '2019-02-27' },
    );
    assert.deepEqual(
      drafts.map((d) => `${d.report.format} ${d.persons.join('+')} ${d.report.date ?? '-'}`),
      [
        'talks joko-widodo+kim-jong-un 2019-02-25',
        'official visit lee-hsien-loong 2019-02-24',
        'meeting lee-hsien-loong+joko-widodo 2019-02-25',
      ],
    );
  });

  it('places a meeting in a city a forum or a provincial stop takes leaders to', () => {
    const drafts = reports(['Joko Widodo met Lee Hsien Loong in Dalian on Tuesday.'], { date: '2019-06-26' });
    assert.equal(drafts[0]?.report.place, 'Dalian');
    const chinese = reports(['金正恩25日在天津会见阮富仲。'], { date: '2019-06-26', language: 'zh' });
    assert.equal(chinese[0]?.report.place, 'Tianjin');
  });
});

describe('events told in French, beside a conference, and with an ambassador left unnamed', () => {
  it('reads a French visit, talks with a pronoun subject, and a passive reception the next day', () => {
    const drafts = reports(
      [
        "Le Président Joko Widodo a effectué une visite officielle d'amitié au Viet Nam du 6 au 8 juin.",
        "Le 6 juin, il s'est entretenu à Hanoï avec le Secrétaire général Nguyen Phu Trong.",
        'Le lendemain, M. Widodo a été reçu par Nguyen Xuan Phuc.',
      ],
      { date: '2016-06-09' },
    );
    assert.deepEqual(summary(drafts), [
      'official visit joko-widodo 2016-06-06 (explicit) Viet Nam',
      'talks joko-widodo+nguyen-phu-trong 2016-06-06 (explicit) Hanoi',
      'meeting joko-widodo+nguyen-xuan-phuc 2016-06-07 (relative) Hanoi',
    ]);
  });

  it('reads no event in a French look back', () => {
    assert.deepEqual(
      reports(['M. Widodo avait rencontré Nguyen Phu Trong à Hanoï en 2015.'], { date: '2016-06-09' }),
      [],
    );
  });

  it('dates 会前 and 当天 after it by the day the article gives the conference', () => {
    const drafts = reports(
      [
        '东盟特别外长会20日在万象举行。',
        '会前，佐科·维多多在万象会见了金正恩。',
        '佐科·维多多当天还同阮富仲举行会谈。',
      ],
      { date: '2020-02-21', language: 'zh' },
    );
    assert.deepEqual(summary(drafts), [
      'meeting joko-widodo+kim-jong-un 2020-02-20 (relative) Vientiane',
      'talks joko-widodo+nguyen-phu-trong 2020-02-20 (relative) Vientiane',
    ]);
  });

  it('gives "the ambassador" the one ambassador the article named before, and no one when it named none', () => {
    const withEnvoy = smallKnowledgeBase(
      SMALL_KB_YAML.replace(
        'offices:\n',
        `offices:
  - id: ambassador-indonesia-to-vietnam
    name: Ambassador of Indonesia to Viet Nam
    country: indonesia
    titles: [Ambassador, Indonesian Ambassador]
  - id: ambassador-singapore-to-vietnam
    name: Ambassador of Singapore to Viet Nam
    country: singapore
    titles: [Ambassador, Singaporean Ambassador]
`,
      ).replace(
        'people:\n',
        `people:
  - id: denny-abdi
    name: Denny Abdi
    country: indonesia
    convention: given-name
    roles:
      - { office: ambassador-indonesia-to-vietnam, from: 2021-01-01, source: Credentials presented in Hanoi in 2021 }
  - id: jaya-ratnam
    name: Jaya Ratnam
    country: singapore
    convention: given-name
    roles:
      - { office: ambassador-singapore-to-vietnam, from: 2021-01-01, source: Credentials presented in Hanoi in 2021 }
`,
      ),
    );
    const read = (paragraphs: string[]) => {
      const article = memoryArticle(paragraphs, { date: '2022-01-20' });
      const view = viewArticle(article, withEnvoy.index);
      const titles = view.sentences.map((s) => readSentenceTitles(view.text, s, withEnvoy.kb, article.date));
      return summary(reportsOfArticle(view, titles, { index: withEnvoy.index, dates: dateContextOf(article) }));
    };
    assert.deepEqual(
      read([
        'Nguyen Phu Trong received Indonesian Ambassador Denny Abdi in Hanoi on January 16.',
        'Two days later, Nguyen Xuan Phuc hosted a reception for the ambassador.',
      ]),
      [
        'meeting nguyen-phu-trong+denny-abdi 2022-01-16 (explicit) Hanoi',
        'meeting nguyen-xuan-phuc+denny-abdi 2022-01-18 (relative) Hanoi',
      ],
    );
    // Two ambassadors in office and none named before: no one to give the reception to.
    assert.deepEqual(
      read([
        'Nguyen Phu Trong met Kim Jong Un in Hanoi on January 16.',
        'Two days later, Nguyen Xuan Phuc hosted a reception for the ambassador.',
      ]),
      ['meeting nguyen-phu-trong+kim-jong-un 2022-01-16 (explicit) Hanoi'],
    );
  });
});

describe('date fields of a report', () => {
  it('keeps the fields a date gives, and its basis only with a date', () => {
    assert.deepEqual(dateFields({ date: '2019-02-26', endDate: '2019-02-28', basis: 'explicit' }), {
      date: '2019-02-26',
      endDate: '2019-02-28',
      dateBasis: 'explicit',
    });
    assert.deepEqual(dateFields({ partialDate: '--02-27', basis: 'dateline' }), {
      partialDate: '--02-27',
      dateBasis: 'dateline',
    });
    assert.deepEqual(dateFields({ basis: 'published' }), {});
  });
});

describe('people and days an article gives by reference', () => {
  it('gives "the two leaders" of an announced visit its visitor and the host who invited it', () => {
    const drafts = reports(
      [
        'At the invitation of President Joko Widodo, Prime Minister Lee Hsien Loong will pay an official visit to Indonesia from 9 to 10 January.',
        'During the visit, the two leaders will hold talks.',
      ],
      { date: '2019-01-07' },
    );
    assert.deepEqual(summary(drafts), [
      'official visit lee-hsien-loong 2019-01-09 (explicit) Indonesia planned',
      'talks lee-hsien-loong+joko-widodo - (-) planned',
    ]);
    // "the two party leaders", "the two state leaders": the same pair.
    const qualified = reports(
      [
        'At the invitation of President Joko Widodo, Prime Minister Lee Hsien Loong will pay an official visit to Indonesia from 9 to 10 January.',
        'During the visit, the two state leaders will hold talks.',
      ],
      { date: '2019-01-07' },
    );
    assert.deepEqual(summary(qualified).slice(1), ['talks lee-hsien-loong+joko-widodo - (-) planned']);
  });

  it('finds no pair for "the two leaders" when no one invited the visit', () => {
    const drafts = reports(
      [
        'Prime Minister Lee Hsien Loong will pay an official visit to Indonesia from 9 to 10 January.',
        'During the visit, the two leaders will hold talks.',
      ],
      { date: '2019-01-07' },
    );
    assert.deepEqual(summary(drafts), ['official visit lee-hsien-loong 2019-01-09 (explicit) Indonesia planned']);
  });

  it('dates a meeting "following the talks" and a welcome 会谈前 by the talks’ day', () => {
    const english = reports(
      [
        'Joko Widodo held talks with Lee Hsien Loong in Bogor on Monday.',
        'Following the talks, Widodo met with Kim Jong Un.',
      ],
      { date: '2019-02-27' },
    );
    assert.deepEqual(summary(english), [
      'talks joko-widodo+lee-hsien-loong 2019-02-25 (relative)',
      'meeting joko-widodo+kim-jong-un 2019-02-25 (relative)',
    ]);
    const chinese = reports(['3月1日下午，阮富仲同金正恩举行会谈。', '会谈前，阮富仲为金正恩举行欢迎仪式。'], {
      date: '2019-03-02',
    });
    assert.deepEqual(summary(chinese), [
      'talks nguyen-phu-trong+kim-jong-un 2019-03-01 (explicit)',
      'welcome ceremony nguyen-phu-trong+kim-jong-un 2019-03-01 (relative)',
    ]);
  });
});

describe('visits told around another event', () => {
  it('gives a visit timed by a phrase after a comma to the sentence’s subject, not to the one named last', () => {
    const counterpart = reports(
      [
        'Joko Widodo held talks with his Vietnamese counterpart Nguyen Xuan Phuc in Hanoi yesterday, the first day of a two-day official visit to Viet Nam.',
      ],
      { date: '2019-02-27' },
    );
    assert.deepEqual(summary(counterpart), [
      'talks joko-widodo+nguyen-xuan-phuc 2019-02-26 (relative) Hanoi',
      'official visit joko-widodo 2019-02-26 (relative) Hanoi',
    ]);
    assert.equal(counterpart[1]!.report.endDate, '2019-02-27');
    const arriving = reports(
      [
        'Kim Jong Un held talks with Nguyen Phu Trong on Monday, hours after arriving in Hanoi for a two-day state visit.',
      ],
      { date: '2019-02-27' },
    );
    assert.deepEqual(
      arriving.filter((d) => d.family === 'visit').map((d) => d.persons.join('+')),
      ['kim-jong-un'],
    );
  });

  it('leaves the visit to the guest when the host welcomes the guest in the active voice', () => {
    const drafts = reports(
      [
        'Nguyen Xuan Phuc welcomed Joko Widodo in Hanoi on Monday, at the start of a two-day official visit to Viet Nam.',
      ],
      { date: '2019-02-27' },
    );
    assert.deepEqual(
      drafts.filter((d) => d.family === 'visit').map((d) => d.persons.join('+')),
      ['joko-widodo'],
    );
  });

  it('reads "is visiting" as a visit under way by the one named before it', () => {
    const drafts = reports(
      ['Joko Widodo is visiting Viet Nam from 25 to 27 February at the invitation of Nguyen Xuan Phuc.'],
      { date: '2019-02-26' },
    );
    assert.deepEqual(summary(drafts), ['visit joko-widodo 2019-02-25 (explicit) Viet Nam']);
    assert.equal(drafts[0]!.report.endDate, '2019-02-27');
  });

  it('takes no visit given only an earlier month as a report: it is a look back', () => {
    const lookBack = reports(
      [
        'Lee Hsien Loong held talks with Nguyen Xuan Phuc in Hanoi on September 10.',
        'Nguyen Xuan Phuc paid a state visit to Singapore in July.',
      ],
      { date: '2019-09-11' },
    );
    assert.deepEqual(summary(lookBack), ['talks lee-hsien-loong+nguyen-xuan-phuc 2019-09-10 (explicit) Hanoi']);
    const announced = reports(['Joko Widodo will pay a state visit to Singapore in October.'], { date: '2019-09-11' });
    assert.deepEqual(summary(announced), ['state visit joko-widodo 2019-10 (relative) Singapore planned']);
  });
});

describe('calls and talks dated by the events before them', () => {
  it('reads "called on" and 拜会 as meetings, on the day of the talks before them', () => {
    const english = reports(
      [
        'Joko Widodo held talks with Nguyen Xuan Phuc in Hanoi yesterday.',
        'Widodo also called on Nguyen Phu Trong at the palace in the afternoon.',
      ],
      { date: '2019-02-27' },
    );
    assert.deepEqual(summary(english), [
      'talks joko-widodo+nguyen-xuan-phuc 2019-02-26 (relative) Hanoi',
      'meeting joko-widodo+nguyen-phu-trong 2019-02-26 (relative) Hanoi',
    ]);
    const chinese = reports(['3月1日上午，阮富仲同金正恩在河内举行会谈。', '同日，金正恩拜会了佐科·维多多。'], {
      date: '2019-03-02',
    });
    assert.deepEqual(
      summary(chinese).map((s) => s.split(' (')[0]),
      ['talks nguyen-phu-trong+kim-jong-un 2019-03-01', 'meeting kim-jong-un+joko-widodo 2019-03-01'],
    );
  });

  it('reads no meeting in a call on someone to do something', () => {
    const drafts = reports(['Joko Widodo called on Lee Hsien Loong to respect the agreement.'], { date: '2019-02-27' });
    assert.deepEqual(summary(drafts), []);
  });

  it('dates talks "shortly after his arrival" by the day of the arrival', () => {
    const drafts = reports(
      [
        'Kim Jong Un arrived in Hanoi on Monday for a two-day state visit to Viet Nam.',
        'Kim and Nguyen Phu Trong held talks at the Presidential Palace shortly after his arrival.',
      ],
      { date: '2019-02-27' },
    );
    assert.deepEqual(
      summary(drafts).filter((s) => s.startsWith('talks')),
      ['talks kim-jong-un+nguyen-phu-trong 2019-02-25 (relative) Hanoi'],
    );
  });

  it('dates a meeting "the same day" by the arrival the sentence before told alone, not by the talks before it', () => {
    const drafts = reports(
      [
        'Kim Jong Un and Nguyen Phu Trong held talks in Hanoi on Tuesday.',
        'Kim arrived in Hanoi on Monday for a three-day state visit.',
        'He also met Nguyen Xuan Phuc the same day.',
      ],
      { date: '2019-02-27' },
    );
    assert.deepEqual(
      summary(drafts).filter((s) => s.startsWith('meeting')),
      ['meeting kim-jong-un+nguyen-xuan-phuc 2019-02-25 (relative) Hanoi'],
    );
    // The arrival told beside the talks of the next day: "the same day" is the talks'.
    const beside = reports(
      [
        'Kim Jong Un held talks with Nguyen Phu Trong in Hanoi on Tuesday, a day after arriving for a three-day state visit.',
        'He also met Nguyen Xuan Phuc the same day.',
      ],
      { date: '2019-02-27' },
    );
    assert.deepEqual(
      summary(beside).filter((s) => s.startsWith('meeting')),
      ['meeting kim-jong-un+nguyen-xuan-phuc 2019-02-26 (relative) Hanoi'],
    );
  });

  it('dates "later" and "in the afternoon" by the talks, not by an arrival of an earlier day told after them', () => {
    const drafts = reports(
      [
        'Kim Jong Un and Nguyen Phu Trong held talks in Hanoi on Wednesday.',
        'Kim arrived in Hanoi on Monday night for a state visit to Vietnam.',
        'In the afternoon, Kim also met Nguyen Xuan Phuc.',
        'Nguyen Phu Trong later hosted a state banquet in honour of Kim.',
      ],
      { date: '2019-02-27' },
    );
    assert.deepEqual(
      summary(drafts)
        .filter((s) => s.startsWith('meeting') || s.startsWith('banquet'))
        .map((s) => s.split(' ').slice(0, 3).join(' ')),
      ['meeting kim-jong-un+nguyen-xuan-phuc 2019-02-27', 'banquet nguyen-phu-trong+kim-jong-un 2019-02-27'],
    );
    // Told first, the arrival is the day "later" counts from.
    const first = reports(
      ['Kim Jong Un arrived in Hanoi on Monday night for a state visit to Vietnam.', 'He later met Nguyen Xuan Phuc.'],
      { date: '2019-02-27' },
    );
    assert.deepEqual(
      summary(first)
        .filter((s) => s.startsWith('meeting'))
        .map((s) => s.split(' ').slice(0, 3).join(' ')),
      ['meeting kim-jong-un+nguyen-xuan-phuc 2019-02-25'],
    );
    // "The same day" after the arrival told after the talks is still the arrival's.
    const same = reports(
      [
        'Kim Jong Un and Nguyen Phu Trong held talks in Hanoi on Wednesday.',
        'Kim arrived in Hanoi on Monday night for a state visit to Vietnam.',
        'He also met Nguyen Xuan Phuc the same day.',
      ],
      { date: '2019-02-27' },
    );
    assert.deepEqual(
      summary(same)
        .filter((s) => s.startsWith('meeting'))
        .map((s) => s.split(' ').slice(0, 3).join(' ')),
      ['meeting kim-jong-un+nguyen-xuan-phuc 2019-02-25'],
    );
  });

  it('gives "the two leaders then held talks" the pair and the day of the welcome ceremony before', () => {
    const drafts = reports(
      [
        'Joko Widodo was welcomed by his Vietnamese counterpart Nguyen Xuan Phuc at an official ceremony in Hanoi on Sunday, at the start of a two-day official visit to Viet Nam.',
        'The two leaders then held talks.',
      ],
      { date: '2019-02-26' },
    );
    assert.deepEqual(summary(drafts), [
      'welcome ceremony joko-widodo+nguyen-xuan-phuc 2019-02-24 (relative) Hanoi',
      'official visit joko-widodo 2019-02-24 (relative) Hanoi',
      'talks joko-widodo+nguyen-xuan-phuc 2019-02-24 (relative) Hanoi',
    ]);
  });

  it('gives "the two presidents held talks" with no day of their own the day of the welcome before', () => {
    const welcome =
      'Joko Widodo welcomed his Vietnamese counterpart Nguyen Xuan Phuc with a ceremony at the Merdeka Palace in Jakarta on Monday.';
    const drafts = reports([welcome, 'The two presidents held talks at the palace.'], { date: '2019-02-26' });
    assert.deepEqual(summary(drafts), [
      'welcome ceremony joko-widodo+nguyen-xuan-phuc 2019-02-25 (relative) Jakarta',
      'talks joko-widodo+nguyen-xuan-phuc 2019-02-25 (relative) Jakarta',
    ]);
    const ownDay = reports([welcome, 'The two presidents held talks at the palace on Tuesday.'], {
      date: '2019-02-27',
    });
    assert.deepEqual(
      summary(ownDay).filter((s) => s.startsWith('talks')),
      ['talks joko-widodo+nguyen-xuan-phuc 2019-02-26 (relative) Jakarta'],
    );
    const named = reports([welcome, 'Joko Widodo and Nguyen Xuan Phuc held talks at the palace.'], {
      date: '2019-02-26',
    });
    assert.deepEqual(
      summary(named).filter((s) => s.startsWith('talks')),
      ['talks joko-widodo+nguyen-xuan-phuc 2019-02-26 (published) Jakarta'],
    );
  });

  it('places a courtesy call with no city where the visit’s other events are', () => {
    const drafts = reports(
      [
        'From 25 to 27 February, Joko Widodo paid an official visit to Viet Nam.',
        'On 25 February, Nguyen Xuan Phuc chaired a welcome ceremony for Joko Widodo in Hanoi.',
        'On 26 February, Joko Widodo paid a courtesy call on Nguyen Phu Trong.',
      ],
      { date: '2019-02-28' },
    );
    assert.deepEqual(
      summary(drafts).filter((s) => s.startsWith('meeting')),
      ['meeting joko-widodo+nguyen-phu-trong 2019-02-26 (explicit) Hanoi'],
    );
    const noVisit = reports(['On 26 February, Joko Widodo paid a courtesy call on Nguyen Phu Trong.'], {
      date: '2019-02-28',
    });
    assert.deepEqual(summary(noVisit), ['meeting joko-widodo+nguyen-phu-trong 2019-02-26 (explicit)']);
  });
});

describe('an unnamed counterpart', () => {
  it('is the one person of that country the article named before, on the day "earlier in the day" points to', () => {
    const drafts = reports(
      [
        'Nguyen Xuan Phuc was received by Kim Jong Un in Hanoi on 20 February.',
        'Earlier in the day, Joko Widodo and his Vietnamese counterpart held talks.',
      ],
      { date: '2019-02-21' },
    );
    assert.deepEqual(summary(drafts), [
      'meeting nguyen-xuan-phuc+kim-jong-un 2019-02-20 (explicit) Hanoi',
      'talks joko-widodo+nguyen-xuan-phuc 2019-02-20 (relative) Hanoi',
    ]);
  });

  it('is the person named after "counterpart" when a name follows, and no one when none was named before', () => {
    const named = reports(
      [
        'Nguyen Phu Trong met Kim Jong Un in Hanoi on 19 February.',
        'Joko Widodo held talks with his Vietnamese counterpart Nguyen Xuan Phuc in Hanoi on 20 February.',
      ],
      { date: '2019-02-21' },
    );
    assert.deepEqual(summary(named).slice(1), ['talks joko-widodo+nguyen-xuan-phuc 2019-02-20 (explicit) Hanoi']);
    const nobody = reports(['Joko Widodo and his Vietnamese counterpart held talks in Hanoi on 20 February.'], {
      date: '2019-02-21',
    });
    assert.deepEqual(summary(nobody), []);
  });
});

describe('a welcome ceremony in its other phrasings', () => {
  it('reads "after an official welcome ceremony" with no "for" as a welcome of the same day', () => {
    const drafts = reports(
      [
        'Nguyen Xuan Phuc held talks with Joko Widodo in Hanoi on May 16, after an official welcome ceremony at the Presidential Palace.',
      ],
      { date: '2025-05-16' },
    );
    assert.deepEqual(
      summary(drafts).filter((s) => s.startsWith('welcome')),
      ['welcome ceremony nguyen-xuan-phuc+joko-widodo 2025-05-16 (explicit) Hanoi'],
    );
  });

  it('reads "welcomed him with a ceremony" and "a ceremonial welcome for" as welcome ceremonies', () => {
    const active = reports(['Nguyen Phu Trong welcomed Kim Jong Un with a grand ceremony in Hanoi on Tuesday.'], {
      date: '2024-06-26',
    });
    assert.deepEqual(
      summary(active).map((s) => s.split(' ').slice(0, 3).join(' ')),
      ['welcome ceremony nguyen-phu-trong+kim-jong-un'],
    );
    const adjective = reports(['Nguyen Xuan Phuc hosted a ceremonial welcome for Joko Widodo in Hanoi on Monday.'], {
      date: '2019-02-26',
    });
    assert.deepEqual(
      summary(adjective).map((s) => s.split(' ').slice(0, 3).join(' ')),
      ['welcome ceremony nguyen-xuan-phuc+joko-widodo'],
    );
  });

  it('reads a guest received by two hosts at a ceremonial welcome as one welcome of the three, and no meeting', () => {
    const drafts = reports(
      [
        'Earlier in the morning, President Nguyen Xuan Phuc and Nguyen Phu Trong received Joko Widodo at a ceremonial welcome in the forecourt of the Presidential Palace.',
      ],
      { date: '2019-03-05' },
    );
    assert.deepEqual(
      summary(drafts).map((s) => s.split(' ').slice(0, 3).join(' ')),
      ['welcome ceremony nguyen-xuan-phuc+nguyen-phu-trong+joko-widodo'],
    );
  });

  it('places a welcome its sentence does not place where its people held talks that day, and a welcome of another day in the city of the visit', () => {
    const talks = 'Nguyen Phu Trong and Joko Widodo held talks at the Presidential Palace in Hanoi on Tuesday.';
    const arrival = 'Widodo arrived in Ho Chi Minh City on Sunday for a four-day state visit.';
    const sameDay = reports(
      [talks, 'Nguyen Phu Trong greeted Joko Widodo on Tuesday morning with a guard of honour.', arrival],
      { date: '2019-03-05' },
    );
    assert.deepEqual(summary(sameDay).slice(0, 2), [
      'talks nguyen-phu-trong+joko-widodo 2019-03-05 (relative) Hanoi',
      'welcome ceremony nguyen-phu-trong+joko-widodo 2019-03-05 (relative) Hanoi',
    ]);
    const dayBefore = reports(
      [talks, 'Nguyen Phu Trong greeted Joko Widodo on Monday morning with a guard of honour.', arrival],
      { date: '2019-03-05' },
    );
    assert.deepEqual(
      summary(dayBefore)[1],
      'welcome ceremony nguyen-phu-trong+joko-widodo 2019-03-04 (relative) Ho Chi Minh City',
    );
  });

  it('reads a ceremonial or red-carpet welcome in every phrasing as a welcome ceremony', () => {
    const first3 = (drafts: ReportDraft[]) => summary(drafts).map((s) => s.split(' ').slice(0, 3).join(' '));
    for (const sentence of [
      'Nguyen Phu Trong welcomed Kim Jong Un at the Presidential Palace with a ceremonial welcome on Tuesday.',
      'Kim Jong Un was accorded a ceremonial welcome in Hanoi on Tuesday, with Nguyen Phu Trong receiving him.',
      'Nguyen Phu Trong gave Kim Jong Un a red-carpet welcome in Hanoi on Tuesday.',
      'Kim Jong Un received a red carpet welcome from Nguyen Phu Trong in Hanoi on Tuesday.',
    ])
      assert.deepEqual(
        first3(reports([sentence], { date: '2024-06-26' })),
        [
          'welcome ceremony ' +
            (sentence.startsWith('Kim') ? 'kim-jong-un+nguyen-phu-trong' : 'nguyen-phu-trong+kim-jong-un'),
        ],
        sentence,
      );
    for (const sentence of ['12月5日，阮富仲在主席府举行仪式，欢迎金正恩。', '12月5日，阮富仲在主席府隆重欢迎金正恩。'])
      assert.deepEqual(first3(reports([sentence], { date: '2024-12-06', language: 'zh' })), [
        'welcome ceremony nguyen-phu-trong+kim-jong-un',
      ]);
  });

  it('takes no ceremony from a warm welcome, nor from a guest 受到隆重欢迎', () => {
    assert.deepEqual(
      summary(
        reports(['Kim Jong Un received a warm welcome from Nguyen Phu Trong in Hanoi on Tuesday.'], {
          date: '2024-06-26',
        }),
      ),
      [],
    );
    assert.deepEqual(
      summary(reports(['12月5日，金正恩抵达河内，受到当地民众隆重欢迎。'], { date: '2024-12-06', language: 'zh' })),
      // The arrival is a visit; the guest's warm reception is no ceremony.
      ['visit kim-jong-un 2024-12-05 (explicit) Hanoi'],
    );
  });

  it('takes no ceremony from a welcome without one, nor from a ceremony that is no welcome', () => {
    assert.deepEqual(
      summary(
        reports(['Nguyen Phu Trong welcomed the progress made by Kim Jong Un on Tuesday.'], { date: '2024-06-26' }),
      ),
      [],
    );
    assert.deepEqual(
      summary(
        reports(
          [
            'Nguyen Xuan Phuc and Joko Widodo attended a ceremony marking the anniversary of relations in Hanoi on Monday.',
          ],
          {
            date: '2024-06-26',
          },
        ),
      ),
      [],
    );
  });
});

describe('two encounters of one subject in one sentence', () => {
  it('gives "held talks with A and then met B" one encounter apiece', () => {
    const drafts = reports(
      ['Joko Widodo held talks with Nguyen Phu Trong in Hanoi on Monday and then met Nguyen Xuan Phuc.'],
      { date: '2019-02-26' },
    );
    assert.deepEqual(
      summary(drafts).map((s) => s.split(' ').slice(0, 2).join(' ')),
      ['talks joko-widodo+nguyen-phu-trong', 'meeting joko-widodo+nguyen-xuan-phuc'],
    );
  });

  it('gives "met Premier A and senior leader B" of one government one meeting apiece', () => {
    const drafts = reports(
      ['Joko Widodo met General Secretary Nguyen Phu Trong and senior leader Nguyen Xuan Phuc in Hanoi on Monday.'],
      { date: '2019-02-26' },
    );
    assert.deepEqual(
      summary(drafts).map((s) => s.split(' ').slice(0, 2).join(' ')),
      ['meeting joko-widodo+nguyen-phu-trong', 'meeting joko-widodo+nguyen-xuan-phuc'],
    );
  });

  it('gives "met A and B" one meeting apiece when the second is named without a role too', () => {
    const drafts = reports(
      ['Joko Widodo met General Secretary Nguyen Phu Trong and Nguyen Xuan Phuc in Hanoi on Monday.'],
      { date: '2019-02-26' },
    );
    assert.deepEqual(
      summary(drafts).map((s) => s.split(' ').slice(0, 2).join(' ')),
      ['meeting joko-widodo+nguyen-phu-trong', 'meeting joko-widodo+nguyen-xuan-phuc'],
    );
  });
});

describe('a meeting inside a visit span the sentence gives', () => {
  it('is dated by its own weekday when that day is inside the span; the visit keeps the span', () => {
    const drafts = reports(
      ['Joko Widodo, who is on a state visit to Viet Nam from 24 to 27 February, met Nguyen Phu Trong on Tuesday.'],
      { date: '2019-02-28' },
    );
    assert.deepEqual(summary(drafts), [
      'state visit joko-widodo 2019-02-24 (explicit) Viet Nam',
      'meeting joko-widodo+nguyen-phu-trong 2019-02-26 (relative)',
    ]);
  });

  it('keeps the span when the weekday falls outside it', () => {
    const drafts = reports(
      ['Joko Widodo, who is on a state visit to Viet Nam from 24 to 25 February, met Nguyen Phu Trong on Tuesday.'],
      { date: '2019-02-28' },
    );
    assert.equal(drafts.find((d) => d.report.format === 'meeting')?.report.date, '2019-02-24');
  });
});

describe('a Chinese title that names a building', () => {
  const earlier = '阮富仲在河内出席活动。';

  it('takes no office holder from "国家主席府" (the Presidential Palace) or "总理府"', () => {
    const drafts = reports([earlier, '3月1日下午，金正恩在国家主席府同佐科·维多多举行会谈。'], { date: '2019-03-01' });
    assert.deepEqual(
      summary(drafts).map((s) => s.split(' ').slice(0, 2).join(' ')),
      ['talks kim-jong-un+joko-widodo'],
    );
  });

  it('still takes the holder of a bare title that names a person', () => {
    const drafts = reports([earlier, '3月1日下午，金正恩同国家主席举行会谈。'], { date: '2019-03-01' });
    assert.deepEqual(
      summary(drafts).map((s) => s.split(' ').slice(0, 2).join(' ')),
      ['talks kim-jong-un+nguyen-phu-trong'],
    );
  });
});

describe('a title after an indefinite article', () => {
  it('is nobody in particular: no office holder joins the encounter', () => {
    const drafts = reports(
      [
        'Joko Widodo met Nguyen Phu Trong in Hanoi on Monday, the first such meeting with a Singaporean Prime Minister present.',
      ],
      { date: '2019-02-26' },
    );
    assert.deepEqual(
      summary(drafts).map((s) => s.split(' ').slice(0, 2).join(' ')),
      ['meeting joko-widodo+nguyen-phu-trong'],
    );
  });

  it('is still the holder after "the"', () => {
    const drafts = reports(['Joko Widodo met the Singaporean Prime Minister in Hanoi on Monday.'], {
      date: '2019-02-26',
    });
    assert.deepEqual(
      summary(drafts).map((s) => s.split(' ').slice(0, 2).join(' ')),
      ['meeting joko-widodo+lee-hsien-loong'],
    );
  });
});

describe('a welcome ceremony inside a sentence whose main clause is talks', () => {
  it('reads "welcomed H.E. A with a grand ceremony ... before the two leaders held talks" as both, the same day', () => {
    const drafts = reports(
      [
        'Nguyen Phu Trong welcomed H.E. Joko Widodo with a grand ceremony in Hanoi on Thursday morning before the two leaders held talks.',
      ],
      { date: '2018-09-14' },
    );
    assert.deepEqual(summary(drafts).sort(), [
      'talks nguyen-phu-trong+joko-widodo 2018-09-13 (relative) Hanoi',
      'welcome ceremony nguyen-phu-trong+joko-widodo 2018-09-13 (relative) Hanoi',
    ]);
  });

  it('takes no ceremony from a welcome at the airport before talks', () => {
    const drafts = reports(
      ['Nguyen Phu Trong welcomed H.E. Joko Widodo at the airport on Thursday before the two leaders held talks.'],
      { date: '2018-09-14' },
    );
    assert.deepEqual(
      summary(drafts).map((s) => s.split(' ')[0]),
      ['talks'],
    );
  });
});

describe('a dateline that prints the day before the month', () => {
  it('gives way to a weekday the sentence names, and places the event in its city', () => {
    const drafts = reports(
      ['NAY PYI TAW, 18 Jan — Nguyen Xuan Phuc hosted a ceremonial welcome for Joko Widodo on Friday evening.'],
      { date: '2020-01-19' },
    );
    assert.deepEqual(summary(drafts), [
      'welcome ceremony nguyen-xuan-phuc+joko-widodo 2020-01-17 (relative) Naypyidaw',
    ]);
  });

  it('dates a sentence that names no other day by the dateline’s day', () => {
    const drafts = reports(['NAY PYI TAW, 18 Jan — Nguyen Xuan Phuc held talks with Joko Widodo.'], {
      date: '2020-01-19',
    });
    assert.deepEqual(summary(drafts), ['talks nguyen-xuan-phuc+joko-widodo 2020-01-18 (dateline) Naypyidaw']);
  });
});

describe('news told first in the present perfect', () => {
  const call = 'Joko Widodo has spoken by phone with Singapore’s prime minister, Lee Hsien Loong';

  it('has the day the next sentence gives when it tells the pair again, not one of its own sentence’s asides', () => {
    for (const first of [`${call}.`, `${call}, in one of his first calls since he took office on Wednesday.`]) {
      const drafts = reports([first, 'The two leaders spoke on Sunday morning and agreed to deepen ties.'], {
        date: '2020-09-21',
      });
      assert.deepEqual(summary(drafts), ['phone call joko-widodo+lee-hsien-loong 2020-09-20 (relative)'], first);
    }
  });

  it('stays a look back when the next sentence tells of someone else, or names no day', () => {
    const other = reports([`${call}.`, 'Nguyen Xuan Phuc spoke with Kim Jong Un on Sunday.'], { date: '2020-09-21' });
    assert.deepEqual(
      summary(other).filter((line) => line.includes('lee-hsien-loong')),
      [],
    );
    const noDay = reports([`${call}.`, 'The two leaders spoke about trade.'], { date: '2020-09-21' });
    assert.deepEqual(summary(noDay), []);
  });
});

describe('a dateline of a city and a full stop', () => {
  const lead = (dateline: string, sentences: string[]) =>
    summary(
      reports(
        [
          `${dateline} Trade between Indonesia and Singapore grew by a tenth last year, officials said on Tuesday.`,
          ...sentences,
        ],
        { date: '2019-03-06' },
      ),
    );

  it('places the lead’s three sentences after it, as a dateline of a city and a dash does', () => {
    const third = ['Both sides want it to grow faster.', 'Joko Widodo met Lee Hsien Loong on Tuesday.'];
    assert.deepEqual(lead('Jakarta.', third), ['meeting joko-widodo+lee-hsien-loong 2019-03-05 (relative) Jakarta']);
    assert.deepEqual(lead('JAKARTA —', third), ['meeting joko-widodo+lee-hsien-loong 2019-03-05 (relative) Jakarta']);
  });

  it('places no sentence after the lead’s three', () => {
    const fourth = [
      'Both sides want it to grow faster.',
      'Both sides said so again.',
      'Joko Widodo met Lee Hsien Loong on Tuesday.',
    ];
    assert.deepEqual(lead('Jakarta.', fourth), ['meeting joko-widodo+lee-hsien-loong 2019-03-05 (relative)']);
    assert.deepEqual(lead('JAKARTA —', fourth), ['meeting joko-widodo+lee-hsien-loong 2019-03-05 (relative)']);
  });
});

describe('two days joined by "and"', () => {
  const span = (text: string) =>
    reports([text], { date: '2020-01-19' }).map((d) => `${d.report.date ?? '-'}..${d.report.endDate ?? '-'}`);

  it('are a span of two days, the month printed after them or before them', () => {
    assert.deepEqual(span('Joko Widodo paid a state visit to Viet Nam on 17 and 18 January.'), [
      '2020-01-17..2020-01-18',
    ]);
    assert.deepEqual(span('Joko Widodo paid a state visit to Viet Nam on January 17 and 18.'), [
      '2020-01-17..2020-01-18',
    ]);
  });

  it('are no span when the days are not consecutive', () => {
    assert.deepEqual(span('Joko Widodo paid a state visit to Viet Nam on 15 and 18 January.'), ['2020-01-18..-']);
  });
});

describe('a dinner "a day after" which the sentence’s event was held', () => {
  it('is an encounter of its own, the day before the day the sentence names', () => {
    const drafts = reports(
      [
        'Nguyen Phu Trong and Kim Jong Un held formal talks in Hanoi on Tuesday, a day after a four-and-a-half-hour informal dinner.',
      ],
      { date: '2019-02-27' },
    );
    assert.deepEqual(summary(drafts).sort(), [
      'meeting nguyen-phu-trong+kim-jong-un 2019-02-25 (relative) Hanoi',
      'talks nguyen-phu-trong+kim-jong-un 2019-02-26 (relative) Hanoi',
    ]);
  });

  it('takes no dinner from "a day after" something else', () => {
    const drafts = reports(
      ['Nguyen Phu Trong and Kim Jong Un held formal talks in Hanoi on Tuesday, a day after a long train journey.'],
      { date: '2019-02-27' },
    );
    assert.deepEqual(summary(drafts), ['talks nguyen-phu-trong+kim-jong-un 2019-02-26 (relative) Hanoi']);
  });
});

describe('a Chinese report line', () => {
  it('is the day of publication: the day the sentence names after it dates the event', () => {
    const drafts = reports(['参考消息网5月17日报道 5月16日上午，阮富仲在河内同佐科·维多多举行会谈。'], {
      date: '2024-05-17',
    });
    assert.deepEqual(summary(drafts), ['talks nguyen-phu-trong+joko-widodo 2024-05-16 (explicit) Hanoi']);
  });

  it('dates by its day, as a dateline does, a sentence that names no other', () => {
    const drafts = reports(['参考消息网5月17日报道 阮富仲在河内同佐科·维多多举行会谈。'], { date: '2024-05-17' });
    assert.deepEqual(summary(drafts), ['talks nguyen-phu-trong+joko-widodo 2024-05-17 (dateline) Hanoi']);
  });
});

describe('an encounter told in passing with a bare earlier month', () => {
  it('is a look back after the lead, not a report', () => {
    const drafts = reports(
      [
        'Nguyen Xuan Phuc met Lee Hsien Loong in Singapore on Saturday.',
        'Trade between the two countries grew by a tenth last year.',
        'Both sides want it to grow faster.',
        'Joko Widodo spoke with Nguyen Xuan Phuc by phone in March and invited him to visit Indonesia.',
      ],
      { date: '2023-04-15' },
    );
    assert.deepEqual(summary(drafts), ['meeting nguyen-xuan-phuc+lee-hsien-loong 2023-04-15 (relative) Singapore']);
  });

  it('is a look back told with "last" and a month older than the one before the article’s, wherever it stands', () => {
    const lookBack = (sentence: string) =>
      summary(reports(['Joko Widodo met Lee Hsien Loong in Jakarta on Thursday.', sentence], { date: '2016-10-21' }));
    assert.deepEqual(
      lookBack(
        'His predecessor, Nguyen Xuan Phuc, met Lee Hsien Loong only briefly, at the summit in Manila last November.',
      ),
      ['meeting joko-widodo+lee-hsien-loong 2016-10-20 (relative) Jakarta'],
    );
    // A day of this week or last keeps its reading.
    assert.deepEqual(lookBack('Nguyen Xuan Phuc met Lee Hsien Loong in Manila last Tuesday.'), [
      'meeting joko-widodo+lee-hsien-loong 2016-10-20 (relative) Jakarta',
      'meeting nguyen-xuan-phuc+lee-hsien-loong 2016-10-18 (relative) Manila',
    ]);
  });

  it('is still reported when the article recounts it as "last March"', () => {
    const drafts = reports(
      [
        'Nguyen Xuan Phuc met Lee Hsien Loong in Singapore on Saturday.',
        'Trade between the two countries grew by a tenth last year.',
        'Both sides want it to grow faster.',
        'Joko Widodo spoke with Nguyen Xuan Phuc by phone last March and invited him to visit Indonesia.',
      ],
      { date: '2023-04-15' },
    );
    assert.deepEqual(
      drafts.map((d) => `${d.report.format} ${d.report.date}`),
      ['meeting 2023-04-15', 'phone call 2023-03'],
    );
  });
});

describe('a rank alone', () => {
  it('stands for the person the text last named with it', () => {
    const drafts = reports(
      [
        'Senior General Kim Jong Un held talks with Nguyen Phu Trong in Hanoi on 26 February.',
        'The Senior General is on an official goodwill visit to Viet Nam from 25 to 27 February.',
      ],
      { date: '2019-02-27' },
    );
    assert.deepEqual(
      drafts.map((d) => `${d.report.format} ${d.persons.join('+')} ${d.report.date}..${d.report.endDate ?? '-'}`),
      ['talks kim-jong-un+nguyen-phu-trong 2019-02-26..-', 'official visit kim-jong-un 2019-02-25..2019-02-27'],
    );
  });

  it('stands for no one when two people were named with it', () => {
    const drafts = reports(
      [
        'Senior General Kim Jong Un met Senior General Nguyen Phu Trong in Hanoi on 26 February.',
        'The Senior General is on an official goodwill visit to Viet Nam from 25 to 27 February.',
      ],
      { date: '2019-02-27' },
    );
    assert.deepEqual(
      drafts.map((d) => d.report.format),
      ['meeting'],
    );
  });
});

describe('a meal given for a guest the evening before talks', () => {
  it('is a banquet on its own day, not merged into the next day’s talks', () => {
    // 2019-03-02 is a Saturday: Thursday is 28 February, Friday 1 March.
    const drafts = reports(
      [
        'SINGAPORE: Prime Minister Lee Hsien Loong held talks with President Joko Widodo on Friday.',
        'On Thursday evening, Lee hosted a private dinner for Widodo at his residence.',
      ],
      { date: '2019-03-02' },
    );
    assert.deepEqual(summary(drafts), [
      'talks lee-hsien-loong+joko-widodo 2019-03-01 (relative) Singapore',
      'banquet lee-hsien-loong+joko-widodo 2019-02-28 (relative) Singapore',
    ]);
  });

  it('stays a meeting when the two leaders only share it', () => {
    const drafts = reports(['Lee Hsien Loong and Joko Widodo had a private dinner on Thursday evening.'], {
      date: '2019-03-02',
    });
    assert.deepEqual(summary(drafts), ['meeting lee-hsien-loong+joko-widodo 2019-02-28 (relative)']);
  });
});

describe('the stops of a tour', () => {
  it('reads an arrival "here" in the dateline’s city, on the day its clause names, beside the stop before', () => {
    const drafts = reports(
      [
        'SINGAPORE: President Joko Widodo arrived here yesterday evening from Hanoi, where he concluded a state visit to Viet Nam from May 24 to 26.',
      ],
      { date: '2019-05-27' },
    );
    assert.deepEqual(summary(drafts), [
      'visit joko-widodo 2019-05-26 (relative) Singapore',
      'state visit joko-widodo 2019-05-24 (explicit) Viet Nam',
    ]);
  });

  it('gives the stop where the tour began to the subject after the clause', () => {
    // 2019-05-28 is a Tuesday: Sunday is 26 May.
    const drafts = reports(
      ['In Hanoi, where the tour began on Sunday, Lee Hsien Loong laid a wreath at the war memorial.'],
      { date: '2019-05-28' },
    );
    assert.deepEqual(summary(drafts), ['visit lee-hsien-loong 2019-05-26 (relative) Hanoi']);
  });

  it('gives it to no one when the sentence names no subject after it', () => {
    const drafts = reports(['In Hanoi, where the tour began on Sunday, the weather was mild.'], {
      date: '2019-05-28',
    });
    assert.deepEqual(summary(drafts), []);
  });
});

describe('a video meeting in traditional characters', () => {
  it('is read as one, and the wish for a meeting after it as no event', () => {
    const drafts = reports(
      [
        '金正恩15日下午在平壤通過視頻連線同阮富仲舉行會晤，兩國領導人回顧了今年以來兩黨關係的發展。',
        '阮富仲表示，期待明年赴平壤出席慶典，並同金正恩舉行會晤。',
      ],
      { date: '2021-12-16' },
    );
    assert.deepEqual(
      drafts.map((d) => `${d.report.format} ${[...d.persons].sort().join('+')} ${d.report.date ?? '-'}`),
      ['virtual meeting kim-jong-un+nguyen-phu-trong 2021-12-15'],
    );
  });
});

describe('a sentence that goes on with the day of the event before it', () => {
  it('is held where that day was spent, not at the dateline', () => {
    const drafts = reports(
      [
        'JAKARTA, Feb. 28 (Antara) – President Joko Widodo returned home on Thursday from a state visit to Viet Nam.',
        'In Hanoi, Joko Widodo held talks with General Secretary Nguyen Phu Trong on Tuesday.',
        'That evening, Nguyen Phu Trong hosted a state banquet in honour of Joko Widodo.',
      ],
      { date: '2019-02-28' },
    );
    assert.deepEqual(summary(drafts.filter((d) => d.family !== 'visit')), [
      'talks joko-widodo+nguyen-phu-trong 2019-02-26 (relative) Hanoi',
      'banquet nguyen-phu-trong+joko-widodo 2019-02-26 (relative) Hanoi',
    ]);
  });

  it('keeps a place of its own', () => {
    const drafts = reports(
      [
        'JAKARTA, Feb. 28 (Antara) – President Joko Widodo returned home on Thursday from a state visit to Viet Nam.',
        'In Hanoi, Joko Widodo held talks with General Secretary Nguyen Phu Trong on Tuesday.',
        'That evening, Nguyen Phu Trong hosted a state banquet in honour of Joko Widodo in Hai Phong.',
      ],
      { date: '2019-02-28' },
    );
    assert.deepEqual(summary(drafts.filter((d) => d.family === 'banquet')), [
      'banquet nguyen-phu-trong+joko-widodo 2019-02-26 (relative) Hai Phong',
    ]);
  });
});

describe('calls made before leaving a city', () => {
  const opening = [
    'PYONGYANG, March 3 (KCNA) – Kim Jong Un returned home on Saturday from an official goodwill visit to Viet Nam.',
    'In Hanoi, Kim Jong Un was welcomed with a 21-gun salute at the Presidential Palace on Friday by President Nguyen Phu Trong.',
  ];

  it('are one meeting with each host, on the last day the article spends in that city, held there', () => {
    const drafts = reports(
      [
        ...opening,
        'Kim Jong Un also called on Prime Minister Nguyen Xuan Phuc and General Secretary Nguyen Phu Trong before leaving Hanoi.',
      ],
      { date: '2019-03-03' },
    );
    assert.deepEqual(summary(drafts.filter((d) => d.family === 'meeting')), [
      'meeting kim-jong-un+nguyen-xuan-phuc 2019-03-01 (relative) Hanoi',
      'meeting kim-jong-un+nguyen-phu-trong 2019-03-01 (relative) Hanoi',
    ]);
  });

  it('take no day from a stay elsewhere when the city named is where the people went next', () => {
    const drafts = reports(
      [
        ...opening,
        'Kim Jong Un also called on Prime Minister Nguyen Xuan Phuc and General Secretary Nguyen Phu Trong before leaving for Pyongyang.',
      ],
      { date: '2019-03-03' },
    );
    const meetings = drafts.filter((d) => d.family === 'meeting');
    assert.equal(meetings.length, 2);
    for (const meeting of meetings) assert.notEqual(meeting.report.dateBasis, 'relative', summary([meeting])[0]);
  });
});

describe('an encounter named in a city the reader does not know', () => {
  const talks =
    'JAKARTA, Feb. 28 – Joko Widodo and Lee Hsien Loong held talks at Merdeka Palace in Jakarta on Thursday.';
  const arrival =
    'Lee Hsien Loong arrived in Surakarta on Wednesday afternoon at the start of a two-day state visit to Indonesia.';

  it('is an event apart from one in another city, on the day of the arrival in its city, and held there', () => {
    const drafts = reports(
      [
        talks,
        arrival,
        'Joko Widodo received Lee Hsien Loong at his residence in Surakarta, where two agreements were signed.',
        'That evening, Joko Widodo hosted a private dinner for Lee Hsien Loong.',
      ],
      { date: '2019-02-28' },
    );
    // The arrival's words make "Surakarta" a city: the meeting there, and the dinner of its evening.
    assert.deepEqual(summary(drafts.filter((d) => d.family !== 'visit')), [
      'talks joko-widodo+lee-hsien-loong 2019-02-28 (relative) Jakarta',
      'meeting joko-widodo+lee-hsien-loong 2019-02-27 (relative) Surakarta',
      'banquet joko-widodo+lee-hsien-loong 2019-02-27 (relative) Surakarta',
    ]);
  });

  it('is not placed in a city no arrival was told in', () => {
    const drafts = reports(
      [
        talks,
        arrival,
        'Joko Widodo received Lee Hsien Loong at his residence in Bogor, where two agreements were signed.',
      ],
      { date: '2019-02-28' },
    );
    const meeting = drafts.find((d) => d.report.format === 'meeting');
    assert.equal(meeting?.namedPlace, 'Bogor');
    assert.equal(meeting?.report.place, undefined);
  });

  it('does not move the visit to the city of its arrival', () => {
    const drafts = reports([talks, arrival], { date: '2019-02-28' });
    assert.notEqual(drafts.find((d) => d.family === 'visit')?.report.place, 'Surakarta');
  });

  it('is merged with the encounter of the same people when its sentence names no city', () => {
    const drafts = reports(
      [talks, arrival, 'Joko Widodo received Lee Hsien Loong at his residence, where two agreements were signed.'],
      { date: '2019-02-28' },
    );
    assert.deepEqual(summary(drafts.filter((d) => d.family !== 'visit')), [
      'talks joko-widodo+lee-hsien-loong 2019-02-28 (relative) Jakarta',
    ]);
  });
});

describe('an event whose sentence names a building and no city', () => {
  it('is held in the dateline’s city, beyond the lead too', () => {
    const drafts = reports(
      [
        'HANOI — Vietnamese President Nguyen Phu Trong held talks with Indonesian President Joko Widodo on Wednesday.',
        'Trade between the two countries grew by a tenth last year.',
        'Both sides want it to grow faster.',
        'Widodo later met Prime Minister Nguyen Xuan Phuc at the Government Office.',
      ],
      { date: '2019-02-28' },
    );
    assert.deepEqual(summary(drafts), [
      'talks nguyen-phu-trong+joko-widodo 2019-02-27 (relative) Hanoi',
      'meeting joko-widodo+nguyen-xuan-phuc 2019-02-27 (relative) Hanoi',
    ]);
  });

  it('stays unplaced beyond the lead when it names no building either', () => {
    const drafts = reports(
      [
        'HANOI — Vietnamese President Nguyen Phu Trong held talks with Indonesian President Joko Widodo on Wednesday.',
        'Trade between the two countries grew by a tenth last year.',
        'Both sides want it to grow faster.',
        'Widodo later met Prime Minister Nguyen Xuan Phuc.',
      ],
      { date: '2019-02-28' },
    );
    assert.deepEqual(summary(drafts), [
      'talks nguyen-phu-trong+joko-widodo 2019-02-27 (relative) Hanoi',
      'meeting joko-widodo+nguyen-xuan-phuc 2019-02-27 (relative)',
    ]);
  });

  it('is held in the city the visitor arrived in, before the dateline’s', () => {
    const drafts = reports(
      [
        'HCMC – Indonesian President Joko Widodo left Hanoi on Monday evening, ending a two-day state visit to Vietnam that began on Sunday.',
        'Widodo arrived in Hanoi on Sunday afternoon.',
        'On Monday morning, President Nguyen Phu Trong hosted an official welcome ceremony for Widodo at the Presidential Palace.',
      ],
      { date: '2019-03-05' },
    );
    assert.deepEqual(summary(drafts).slice(1), [
      'welcome ceremony nguyen-phu-trong+joko-widodo 2019-03-04 (relative) Hanoi',
    ]);
  });

  it('keeps a city of its own', () => {
    const drafts = reports(
      [
        'HCMC – Indonesian President Joko Widodo left Hanoi on Monday evening, ending a two-day state visit to Vietnam that began on Sunday.',
        'Widodo arrived in Hanoi on Sunday afternoon.',
        'On Monday morning, President Nguyen Phu Trong hosted an official welcome ceremony for Widodo at the Presidential Palace in Da Nang.',
      ],
      { date: '2019-03-05' },
    );
    assert.deepEqual(summary(drafts).slice(1), [
      'welcome ceremony nguyen-phu-trong+joko-widodo 2019-03-04 (relative) Da Nang',
    ]);
  });
});

describe('an event of a stay abroad told under a dateline at home', () => {
  const lead =
    'JAKARTA: Indonesian President Joko Widodo and Singaporean Prime Minister Lee Hsien Loong held a second day of talks in Singapore on Saturday.';

  it('is held in the city of the stay, not the dateline’s, when it names none', () => {
    const drafts = reports(
      [
        lead,
        'Lee received Widodo at the National Museum on Friday afternoon.',
        'Lee later hosted a dinner for Widodo.',
      ],
      { date: '2019-03-03' },
    );
    assert.deepEqual(summary(drafts), [
      'talks joko-widodo+lee-hsien-loong 2019-03-02 (relative) Singapore',
      'meeting lee-hsien-loong+joko-widodo 2019-03-01 (relative) Singapore',
      'banquet lee-hsien-loong+joko-widodo 2019-03-01 (relative) Singapore',
    ]);
  });

  it('keeps the dateline’s city for an event days away from the stay', () => {
    const drafts = reports([lead, 'Lee later hosted a dinner for Widodo on Tuesday.'], { date: '2019-03-03' });
    assert.deepEqual(summary(drafts), [
      'talks joko-widodo+lee-hsien-loong 2019-03-02 (relative) Singapore',
      'banquet lee-hsien-loong+joko-widodo 2019-02-26 (relative) Jakarta',
    ]);
  });
});

describe('an encounter announced for a later month', () => {
  it('is not the one held', () => {
    const drafts = reports(
      [
        'Indonesian President Joko Widodo met Singaporean Prime Minister Lee Hsien Loong in Singapore on Friday.',
        'The two leaders will meet again at the Shanghai Cooperation Organisation summit in Qingdao in June.',
      ],
      { date: '2019-03-03' },
    );
    assert.deepEqual(summary(drafts), [
      'meeting joko-widodo+lee-hsien-loong 2019-03-01 (relative) Singapore',
      'meeting joko-widodo+lee-hsien-loong 2019-06 (relative) Qingdao planned',
    ]);
  });

  it('is the one held when announced for its day', () => {
    const drafts = reports(
      [
        'Indonesian President Joko Widodo will meet Singaporean Prime Minister Lee Hsien Loong in Singapore on Friday.',
        'Widodo met Lee in Singapore on Friday.',
      ],
      { date: '2019-03-01' },
    );
    assert.equal(drafts.length, 1);
    assert.equal(drafts[0]!.report.planned, false);
  });
});

describe('a visit told as a first', () => {
  it('is held on the weekday it names when told in the past', () => {
    const drafts = reports(
      [
        'SINGAPORE (AP) -- Vietnamese President Nguyen Xuan Phuc on Monday became the first sitting U.S.-educated Vietnamese leader to visit Singapore.',
      ],
      { date: '2019-03-06' },
    );
    assert.deepEqual(summary(drafts), ['visit nguyen-xuan-phuc 2019-03-04 (relative) Singapore']);
  });

  it('stays in the country it names under that country’s dateline, whatever stop came later that day', () => {
    const drafts = reports(
      [
        'JAKARTA, Indonesia (AP) -- Vietnamese President Nguyen Xuan Phuc on Monday became the first sitting Vietnamese head of state to visit Indonesia, a six-hour stop.',
        'Later on Monday, Nguyen Xuan Phuc met Singaporean Prime Minister Lee Hsien Loong in Singapore.',
      ],
      { date: '2019-03-06' },
    );
    assert.deepEqual(summary(drafts), [
      'visit nguyen-xuan-phuc 2019-03-04 (relative) Jakarta',
      'meeting nguyen-xuan-phuc+lee-hsien-loong 2019-03-04 (relative) Singapore',
    ]);
  });

  it('dates an event "shortly after landing" to its day, and keeps it there when its people visited two countries that day', () => {
    const lead =
      'JAKARTA, Indonesia (AP) -- Vietnamese President Nguyen Xuan Phuc on Monday became the first sitting Vietnamese head of state to visit Indonesia, a six-hour stop.';
    const onward =
      'Later on Monday, Nguyen Xuan Phuc arrived in Singapore, where he met Singaporean Prime Minister Lee Hsien Loong.';
    assert.deepEqual(
      summary(
        reports(
          [
            lead,
            'Shortly after landing, Nguyen Xuan Phuc met Indonesian President Joko Widodo at the Parliament building.',
            onward,
          ],
          { date: '2019-03-06' },
        ),
      ),
      [
        'visit nguyen-xuan-phuc 2019-03-04 (relative) Jakarta',
        'meeting nguyen-xuan-phuc+joko-widodo 2019-03-04 (relative) Jakarta',
        'visit nguyen-xuan-phuc 2019-03-04 (relative) Singapore',
        'meeting nguyen-xuan-phuc+lee-hsien-loong 2019-03-04 (relative) Singapore',
      ],
    );
    // Nothing ties a meeting told without it to the day of the visit.
    assert.deepEqual(
      summary(
        reports([lead, 'Nguyen Xuan Phuc met Indonesian President Joko Widodo at the Parliament building.'], {
          date: '2019-03-06',
        }),
      ),
      [
        'visit nguyen-xuan-phuc 2019-03-04 (relative) Jakarta',
        'meeting nguyen-xuan-phuc+joko-widodo 2019-03-06 (published) Jakarta',
      ],
    );
  });

  it('stays a plan when announced', () => {
    const drafts = reports(
      [
        'SINGAPORE (AP) -- Vietnamese President Nguyen Xuan Phuc will on Monday become the first sitting U.S.-educated Vietnamese leader to visit Singapore.',
      ],
      { date: '2019-03-06' },
    );
    assert.deepEqual(summary(drafts), ['visit nguyen-xuan-phuc 2019-03-11 (relative) Singapore planned']);
  });
});

describe('an announced visit to the next country of a tour', () => {
  it('is a plan of its own there, not the visit under way', () => {
    const drafts = reports(
      [
        'HANOI, March 1 (VNA) -- Indonesian President Joko Widodo arrived here on Friday for a state visit to Viet Nam.',
        'Widodo will then travel to Dhaka for a state visit to Bangladesh.',
      ],
      { date: '2019-03-01' },
    );
    assert.deepEqual(summary(drafts), [
      'state visit joko-widodo 2019-03-01 (relative) Hanoi',
      'state visit joko-widodo - (-) Bangladesh planned',
    ]);
  });

  it('in Chinese too, told after the journey to its city', () => {
    const drafts = reports(
      ['新华社河内3月1日电 国家主席阮富仲1日抵达河内。', '2日，阮富仲将前往达卡，对孟加拉国进行国事访问。'],
      { date: '2019-03-01', language: 'zh' },
    );
    assert.deepEqual(
      summary(drafts).filter((line) => line.includes('孟加拉国')),
      ['state visit nguyen-phu-trong 2019-03-02 (explicit) 孟加拉国 planned'],
    );
  });
});

describe('an event in the clause "a day after" opens', () => {
  it('is of the day before the sentence’s', () => {
    const drafts = reports(
      [
        'JAKARTA: Indonesian President Joko Widodo on Monday became the first foreign leader to address the parliament, a day after he held talks with Singaporean Prime Minister Lee Hsien Loong.',
      ],
      { date: '2019-03-05' },
    );
    assert.deepEqual(summary(drafts), ['talks joko-widodo+lee-hsien-loong 2019-03-03 (relative) Jakarta']);
  });

  it('is of the day before when the clause’s subject is two people joined by "and"', () => {
    for (const [partner, date] of [
      ['Prime Minister Lee Hsien Loong', '2019-03-03'],
      ['his Singaporean counterpart Lee Hsien Loong', '2019-03-03'],
    ] as const) {
      const drafts = reports(
        [
          `JAKARTA: Indonesian President Joko Widodo on Monday became the first foreign leader to address the parliament, a day after he and ${partner} held talks.`,
        ],
        { date: '2019-03-05' },
      );
      assert.deepEqual(summary(drafts), [`talks joko-widodo+lee-hsien-loong ${date} (relative) Jakarta`]);
    }
  });

  it('is of the sentence’s day when a comma closes the clause before two people joined by "and"', () => {
    const drafts = reports(
      [
        'JAKARTA: A day after the summit ended, Indonesian President Joko Widodo and Prime Minister Lee Hsien Loong held talks on Monday.',
      ],
      { date: '2019-03-05' },
    );
    assert.deepEqual(summary(drafts), ['talks joko-widodo+lee-hsien-loong 2019-03-04 (relative) Jakarta']);
  });

  it('is of the sentence’s day when a comma closes that clause first', () => {
    const drafts = reports(
      [
        'A day after the summit, Indonesian President Joko Widodo held talks with Singaporean Prime Minister Lee Hsien Loong in Singapore on Monday.',
      ],
      { date: '2019-03-05' },
    );
    assert.deepEqual(summary(drafts), ['talks joko-widodo+lee-hsien-loong 2019-03-04 (relative) Singapore']);
  });
});

describe('a banquet "in his honour" or "for him"', () => {
  it('has the article’s lead person for its guest when its host is the subject right before it', () => {
    for (const guest of ['in his honour', 'for him']) {
      const drafts = reports(
        [
          'Indonesian President Joko Widodo arrived in Singapore on Monday morning for a state visit.',
          `Singaporean Prime Minister Lee Hsien Loong hosted a state banquet ${guest} on Monday evening.`,
        ],
        { date: '2019-03-05' },
      );
      assert.ok(
        summary(drafts).includes('banquet lee-hsien-loong+joko-widodo 2019-03-04 (relative) Singapore'),
        JSON.stringify(summary(drafts)),
      );
    }
  });

  it('is a banquet whatever the adjective of the meal given in his honour, and a meal given with no guest is none', () => {
    const banquet = (meal: string) =>
      summary(
        reports(
          [
            'Indonesian President Joko Widodo arrived in Singapore on Monday morning for a state visit.',
            `Singaporean Prime Minister Lee Hsien Loong hosted ${meal} on Monday night.`,
          ],
          { date: '2019-03-05' },
        ),
      ).filter((line) => line.startsWith('banquet'));
    assert.deepEqual(banquet('a parliamentary dinner in his honour'), [
      'banquet lee-hsien-loong+joko-widodo 2019-03-04 (relative) Singapore',
    ]);
    assert.deepEqual(banquet('a parliamentary dinner'), []);
  });

  it('takes no lead person when the one named is the guest an earlier verb of the sentence took', () => {
    const drafts = reports(
      [
        'Indonesian President Joko Widodo held talks with Vietnamese President Nguyen Phu Trong in Hanoi on Monday.',
        'On Tuesday the King welcomed Singaporean Prime Minister Lee Hsien Loong with a ceremony at the palace and hosted a state banquet in his honour that evening.',
      ],
      { date: '2019-03-05' },
    );
    assert.ok(
      summary(drafts).every(
        (line) => !line.includes('joko-widodo+lee-hsien-loong') && !line.includes('lee-hsien-loong+joko-widodo'),
      ),
      JSON.stringify(summary(drafts)),
    );
  });
});

describe('a message handed over when meeting someone', () => {
  it('is of the days of that meeting, not the dateline’s', () => {
    const drafts = reports(
      [
        '新华社河内12月3日电 佐科·维多多于12月1日至3日对越南进行正式访问，在河内会见阮富仲。',
        '会见阮富仲时，佐科·维多多转交金正恩总书记贺电。',
      ],
      { date: '2025-12-03', language: 'zh' },
    );
    const letter = drafts.find((d) => d.family === 'letter');
    assert.deepEqual(
      [letter?.persons, letter?.report.date, letter?.report.endDate],
      [['kim-jong-un', 'nguyen-phu-trong'], '2025-12-01', '2025-12-03'],
    );
  });

  it('keeps the day it had when no meeting with its recipient was told', () => {
    const drafts = reports(['新华社河内12月3日电 会见阮富仲时，佐科·维多多转交金正恩总书记贺电。'], {
      date: '2025-12-03',
      language: 'zh',
    });
    const letter = drafts.find((d) => d.family === 'letter');
    assert.equal(letter?.report.endDate, undefined);
  });
});

describe('a welcome and a meal given to the object of a welcoming verb', () => {
  it('are kept with their guest when the host is no one known', () => {
    // 2019-03-07 is a Thursday.
    const drafts = reports(
      [
        'Singaporean Prime Minister Lee Hsien Loong held talks with Indonesian President Joko Widodo in Singapore on Wednesday.',
        'On Tuesday the King welcomed the Indonesian leader with a ceremony at the palace and hosted a state banquet in his honour that evening.',
        'Widodo arrived in Singapore on Monday evening for a state visit.',
      ],
      { date: '2019-03-07' },
    );
    const found = summary(drafts);
    assert.ok(
      found.some((line) => line.startsWith('welcome ceremony joko-widodo 2019-03-05')),
      JSON.stringify(found),
    );
    assert.ok(
      found.some((line) => line.startsWith('banquet joko-widodo 2019-03-05')),
      JSON.stringify(found),
    );
  });

  it('are not kept when the one person named is the subject who welcomed', () => {
    const drafts = reports(
      [
        'On Tuesday Indonesian President Joko Widodo welcomed the delegation with a ceremony at the palace and hosted a state banquet in its honour that evening.',
      ],
      { date: '2019-03-07' },
    );
    assert.deepEqual(summary(drafts), []);
  });
});

describe('a welcome told in the passive of its guest', () => {
  it('is given by the other side of the talks it was held before', () => {
    const drafts = reports(
      [
        'HANOI — Indonesian President Joko Widodo held talks with Vietnamese President Nguyen Phu Trong on Wednesday.',
        'Widodo, who flew in late on Tuesday, was greeted with an official welcome ceremony before the talks.',
        'He later met Prime Minister Nguyen Xuan Phuc.',
      ],
      { date: '2019-02-28' },
    );
    assert.deepEqual(summary(drafts), [
      'talks joko-widodo+nguyen-phu-trong 2019-02-27 (relative) Hanoi',
      'welcome ceremony nguyen-phu-trong+joko-widodo 2019-02-27 (relative) Hanoi',
      'meeting joko-widodo+nguyen-xuan-phuc 2019-02-27 (relative) Hanoi',
    ]);
  });

  it('is given by the other side of the talks when it names the site of the talks', () => {
    const drafts = reports(
      [
        'HANOI — Indonesian President Joko Widodo held talks with Vietnamese President Nguyen Phu Trong at the Presidential Palace on Wednesday.',
        'He was given a ceremonial welcome at the palace before the talks.',
      ],
      { date: '2019-02-28' },
    );
    assert.deepEqual(summary(drafts), [
      'talks joko-widodo+nguyen-phu-trong 2019-02-27 (relative) Hanoi',
      'welcome ceremony nguyen-phu-trong+joko-widodo 2019-02-27 (relative) Hanoi',
    ]);
  });

  it('takes no host it was not told when it names a site the talks were not told to be held at', () => {
    const drafts = reports(
      [
        'Indonesian President Joko Widodo and Vietnamese President Nguyen Phu Trong held talks in Hanoi on Wednesday.',
        'He was given a ceremonial welcome at the palace on Wednesday morning before the talks.',
      ],
      { date: '2019-02-28' },
    );
    assert.deepEqual(
      summary(drafts).filter((line) => line.startsWith('welcome')),
      ['welcome ceremony joko-widodo 2019-02-27 (relative) Hanoi'],
    );
  });

  it("is the visit's host's, wherever it was, when the visitor met that one person alone", () => {
    const drafts = reports(
      [
        'HANOI — Indonesian President Joko Widodo, on a three-day state visit to Viet Nam, held talks with Vietnamese President Nguyen Phu Trong in Hanoi on Wednesday.',
        'He was given a ceremonial welcome at the palace on Wednesday morning before the talks.',
      ],
      { date: '2019-02-28' },
    );
    assert.deepEqual(
      summary(drafts).filter((line) => line.startsWith('welcome')),
      ['welcome ceremony nguyen-phu-trong+joko-widodo 2019-02-27 (relative) Hanoi'],
    );
  });

  it('takes no host at a site the talks were not told at when the visitor met two people', () => {
    const drafts = reports(
      [
        'HANOI — Indonesian President Joko Widodo, on a three-day state visit to Viet Nam, held talks with Vietnamese President Nguyen Phu Trong in Hanoi on Wednesday.',
        'He was given a ceremonial welcome at the palace on Wednesday morning before the talks.',
        'He later met Prime Minister Nguyen Xuan Phuc.',
      ],
      { date: '2019-02-28' },
    );
    assert.deepEqual(
      summary(drafts).filter((line) => line.startsWith('welcome')),
      ['welcome ceremony joko-widodo 2019-02-27 (relative) Hanoi'],
    );
  });

  it('keeps its guest alone when no encounter of the day names the host, and a warm greeting is none', () => {
    assert.deepEqual(
      summary(
        reports(
          ['Indonesian President Joko Widodo was greeted with an official welcome ceremony in Hanoi on Wednesday.'],
          {
            date: '2019-02-28',
          },
        ),
      ),
      ['welcome ceremony joko-widodo 2019-02-27 (relative) Hanoi'],
    );
    assert.deepEqual(
      summary(
        reports(['Indonesian President Joko Widodo was greeted with a warm smile in Hanoi on Wednesday.'], {
          date: '2019-02-28',
        }),
      ),
      [],
    );
  });
});

describe('a banquet given as the second object of a welcome’s verb', () => {
  it('is an event of its own, on the day of its evening', () => {
    const drafts = reports(
      [
        'President Nguyen Phu Trong hosted a ceremonial welcome for Indonesian President Joko Widodo on Sunday, and a state banquet in his honour that evening.',
      ],
      { date: '2019-03-05' },
    );
    assert.deepEqual(summary(drafts), [
      'welcome ceremony nguyen-phu-trong+joko-widodo 2019-03-03 (relative)',
      'banquet nguyen-phu-trong+joko-widodo 2019-03-03 (relative)',
    ]);
  });
});

describe('a visit told by the summit or talks it was for', () => {
  it('goes where its visitor’s events of its days were held, not to the dateline’s city', () => {
    const drafts = reports(
      [
        'JAKARTA: Indonesian President Joko Widodo and Singaporean Prime Minister Lee Hsien Loong held a second day of talks in Singapore on Saturday.',
        'Lee received Widodo at the National Museum on Friday afternoon, hours after the president landed in the city for the two-day summit.',
      ],
      { date: '2019-03-03' },
    );
    assert.deepEqual(summary(drafts).slice(1), [
      'meeting lee-hsien-loong+joko-widodo 2019-03-01 (relative) Singapore',
      'visit joko-widodo 2019-03-01 (relative) Singapore',
    ]);
    assert.equal(drafts[2]!.report.endDate, '2019-03-02');
  });

  it('stays at the dateline’s city when the events of its days were held there', () => {
    const drafts = reports(
      [
        'SINGAPORE: Indonesian President Joko Widodo and Singaporean Prime Minister Lee Hsien Loong held a second day of talks in Singapore on Saturday.',
        'Lee received Widodo at the National Museum on Friday afternoon, hours after the president landed in the city for the two-day summit.',
      ],
      { date: '2019-03-03' },
    );
    assert.equal(drafts.find((d) => d.family === 'visit')?.report.place, 'Singapore');
  });

  it('in Chinese, spans the days of talks held over days, which keep the day they were filed', () => {
    const drafts = reports(
      [
        '本报雅加达10月12日电 越共中央总书记阮富仲11日至12日在雅加达同印度尼西亚总统佐科·维多多举行会谈。',
        '11日下午，阮富仲乘专机抵达雅加达。当晚，佐科·维多多为阮富仲举行欢迎宴会。',
      ],
      { date: '2019-10-13' },
    );
    assert.deepEqual(summary(drafts), [
      'visit nguyen-phu-trong 2019-10-11 (explicit) Jakarta',
      'talks nguyen-phu-trong+joko-widodo 2019-10-12 (explicit) Jakarta',
      'banquet nguyen-phu-trong+joko-widodo 2019-10-11 (explicit) Jakarta',
    ]);
    assert.equal(drafts[0]!.report.endDate, '2019-10-12');
    assert.equal(drafts[1]!.report.endDate, undefined);
  });
});

describe('a look back opening on a bare month', () => {
  const lead = [
    'Indonesian President Joko Widodo held talks with Singaporean Prime Minister Lee Hsien Loong in Singapore on Monday.',
    'Trade between the two countries grew by a tenth last year.',
    'Both sides want it to grow faster.',
  ];

  it('is no report: "In June he met ..."', () => {
    const drafts = reports([...lead, 'In June he met Vietnamese President Nguyen Phu Trong in Hanoi.'], {
      date: '2021-12-07',
    });
    assert.deepEqual(summary(drafts), ['talks joko-widodo+lee-hsien-loong 2021-12-06 (relative) Singapore']);
  });

  it('is a report with its day', () => {
    const drafts = reports([...lead, 'On June 3 he met Vietnamese President Nguyen Phu Trong in Hanoi.'], {
      date: '2021-12-07',
    });
    assert.equal(drafts.length, 2);
  });

  it('is no report in the lead either when its month is older than the one before the article’s', () => {
    const drafts = reports(
      [
        'Indonesian President Joko Widodo held talks with Singaporean Prime Minister Lee Hsien Loong in Singapore on Monday.',
        'Mr Lee held talks with Mr Widodo in Jakarta in April, during his first visit as prime minister.',
      ],
      { date: '2021-12-07' },
    );
    assert.deepEqual(summary(drafts), ['talks joko-widodo+lee-hsien-loong 2021-12-06 (relative) Singapore']);
  });

  it('stays a report in the lead when its month is the one before the article’s', () => {
    const drafts = reports(
      [
        'Singaporean Prime Minister Lee Hsien Loong held talks with Indonesian President Joko Widodo in Jakarta in November.',
      ],
      { date: '2021-12-07' },
    );
    assert.deepEqual(summary(drafts), ['talks lee-hsien-loong+joko-widodo 2021-11 (relative) Jakarta']);
  });
});

describe('two reports of one pair, one dated by a day and one by a month', () => {
  const [talks] = reports(['Joko Widodo held talks with Lee Hsien Loong on Monday.'], { date: '2014-11-18' });
  /** That report of talks, dated `date` by the text's own words. */
  const held = (date: string) => ({ ...talks!.report, date, dateBasis: 'relative' as const });

  it('are of two days when the month does not hold the day', () => {
    assert.equal(onDifferentDays(held('2014-11-17'), held('2014-04')), true);
    assert.equal(onDifferentDays(held('2014-04'), held('2014-11-17')), true);
  });

  it('may be of one day when the month holds it, or when a day is only the publication’s', () => {
    assert.equal(onDifferentDays(held('2014-11-17'), held('2014-11')), false);
    assert.equal(onDifferentDays(held('2014-11-17'), { ...held('2014-04'), dateBasis: 'published' }), false);
    assert.equal(onDifferentDays(held('2014-11'), held('2014-04')), false);
  });
});

describe('a welcome whose host is not named', () => {
  it('keeps its guest alone when it names no encounter, even with talks that day', () => {
    const drafts = reports(
      [
        'NEW DELHI: Indonesian President Joko Widodo and Vietnamese President Nguyen Phu Trong held talks on Saturday.',
        'Widodo was given a ceremonial welcome at the forecourt on Saturday morning.',
      ],
      { date: '2018-03-04' },
    );
    assert.deepEqual(summary(drafts), [
      'talks joko-widodo+nguyen-phu-trong 2018-03-03 (relative) New Delhi',
      'welcome ceremony joko-widodo 2018-03-03 (relative) New Delhi',
    ]);
  });

  it('is given by the other side of the one encounter of its day held at the site it names', () => {
    const talks =
      'BERLIN - Indonesian President Joko Widodo and Vietnamese President Nguyen Phu Trong held talks at the Chancellery on Tuesday.';
    const greeted = "Widodo was greeted with military honours in the Chancellery's forecourt on Tuesday morning.";
    assert.deepEqual(summary(reports([talks, greeted], { date: '2017-05-30' })), [
      'talks joko-widodo+nguyen-phu-trong 2017-05-30 (relative) Berlin',
      'welcome ceremony nguyen-phu-trong+joko-widodo 2017-05-30 (relative) Berlin',
    ]);
    // Another site than the talks': the host is not told.
    const elsewhere = greeted.replace("the Chancellery's forecourt", 'the Bellevue Palace');
    assert.deepEqual(
      summary(reports([talks, elsewhere], { date: '2017-05-30' })).map((line) => line.split(' (')[0]),
      ['talks joko-widodo+nguyen-phu-trong 2017-05-30', 'welcome ceremony joko-widodo 2017-05-30'],
    );
  });
});

describe('a meal given for a guest', () => {
  it('is kept with its guest when its host is no one known', () => {
    const drafts = reports(
      ['Kovind hosted a state banquet for Indonesian President Joko Widodo in Jakarta on Tuesday.'],
      {
        date: '2020-02-26',
      },
    );
    assert.deepEqual(summary(drafts), ['banquet joko-widodo 2020-02-25 (relative) Jakarta']);
  });

  it('is not kept when the one person named gave it', () => {
    const drafts = reports(['Indonesian President Joko Widodo hosted a state banquet for the delegation on Tuesday.'], {
      date: '2020-02-26',
    });
    assert.deepEqual(summary(drafts), []);
  });

  it('goes to the article’s visitor named "the visiting leader"', () => {
    const drafts = reports(
      [
        'Vietnamese President Nguyen Phu Trong began a three-day state visit to Indonesia on Friday.',
        'Indonesian President Joko Widodo hosted a lunch for the visiting leader on Saturday.',
      ],
      { date: '2018-03-04' },
    );
    assert.deepEqual(summary(drafts).slice(1), ['banquet joko-widodo+nguyen-phu-trong 2018-03-03 (relative)']);
  });

  it('goes to no one for "the visiting delegation"', () => {
    const drafts = reports(
      [
        'Vietnamese President Nguyen Phu Trong began a three-day state visit to Indonesia on Friday.',
        'Indonesian President Joko Widodo hosted a lunch for the visiting delegation on Saturday.',
      ],
      { date: '2018-03-04' },
    );
    assert.equal(drafts.length, 1);
  });
});

describe('a visit to a city', () => {
  it('goes to that city and its country', () => {
    const drafts = reports(
      ['Indonesian President Joko Widodo returned home on Tuesday after a visit to Hanoi of barely six hours.'],
      { date: '2021-12-08' },
    );
    assert.equal(drafts[0]!.report.place, 'Hanoi');
    assert.equal(drafts[0]!.placeCountry, 'vietnam');
  });

  it('goes nowhere for "a visit to the city"', () => {
    const drafts = reports(
      ['Indonesian President Joko Widodo returned home on Tuesday after a visit to the city of barely six hours.'],
      { date: '2021-12-08' },
    );
    assert.equal(drafts[0]?.report.place, undefined);
  });
});

describe('an event under the dateline of the country its people were visiting', () => {
  it('is not moved to the city of the stop before', () => {
    const drafts = reports(
      [
        '新华社雅加达9月15日电 越共中央总书记阮富仲14日晚乘专机抵达雅加达，开始对印度尼西亚进行国事访问。',
        '此前，阮富仲当天在河内同金正恩举行会谈。',
        '15日上午，阮富仲同印度尼西亚总统佐科·维多多举行会谈。',
      ],
      { date: '2022-09-16' },
    );
    assert.deepEqual(summary(drafts).slice(1), [
      'talks nguyen-phu-trong+kim-jong-un 2022-09-14 (relative) Hanoi',
      'talks nguyen-phu-trong+joko-widodo 2022-09-15 (explicit) Jakarta',
    ]);
  });
});

describe('a meeting that names no place, during a visit whose sentences name one city', () => {
  const lead =
    'HCMC – Indonesian President Joko Widodo left Hanoi on Monday evening, ending a two-day state visit to Vietnam that began on Sunday.';
  const arrival = 'Widodo arrived in Hanoi on Sunday afternoon from Singapore.';
  const aside = 'Trade between the two countries grew by a tenth last year.';
  const meeting = 'Widodo also met Prime Minister Nguyen Xuan Phuc on Monday.';

  it('is held in that city', () => {
    const drafts = reports([lead, arrival, aside, 'Nguyen Phu Trong held talks with Widodo on Sunday.', meeting], {
      date: '2019-02-26',
    });
    assert.deepEqual(summary(drafts.filter((d) => d.family !== 'visit')), [
      'talks nguyen-phu-trong+joko-widodo 2019-02-24 (relative) Hanoi',
      'meeting joko-widodo+nguyen-xuan-phuc 2019-02-25 (relative) Hanoi',
    ]);
  });

  it('is not placed when an event of the visit names another city', () => {
    const drafts = reports(
      [lead, arrival, aside, 'Nguyen Phu Trong held talks with Widodo at a resort in Sa Pa on Sunday.', meeting],
      { date: '2019-02-26' },
    );
    assert.deepEqual(summary(drafts.filter((d) => d.family !== 'visit')), [
      'talks nguyen-phu-trong+joko-widodo 2019-02-24 (relative)',
      'meeting joko-widodo+nguyen-xuan-phuc 2019-02-25 (relative)',
    ]);
  });

  it('is not placed when the visit names no city', () => {
    const drafts = reports(
      [
        'HCMC – Indonesian President Joko Widodo ended a two-day state visit to Vietnam on Monday.',
        aside,
        'Nguyen Phu Trong held talks with Widodo on Sunday.',
        meeting,
      ],
      { date: '2019-02-26' },
    );
    assert.deepEqual(summary(drafts.filter((d) => d.family !== 'visit')), [
      'talks nguyen-phu-trong+joko-widodo 2019-02-24 (relative)',
      'meeting joko-widodo+nguyen-xuan-phuc 2019-02-25 (relative)',
    ]);
  });
});

describe('a visit the article gives no span', () => {
  const talks =
    'HANOI – Joko Widodo and Nguyen Phu Trong on Tuesday agreed to new deals after talks at the Presidential Palace in Hanoi.';
  const arrival = 'Widodo, who arrived in Da Nang on Monday for his first visit to Vietnam, toured the port.';
  const welcome = 'Earlier on Tuesday, Widodo was accorded a ceremonial welcome at the Presidential Palace.';
  const visitDays = (paragraphs: string[]) => {
    const visit = reports(paragraphs, { date: '2019-02-27' }).find((d) => d.family === 'visit');
    return [visit?.report.date, visit?.report.endDate];
  };

  it('lasts from its arrival to the day of an event its visitor left the country after', () => {
    const banquet =
      'Nguyen Phu Trong hosted a state banquet for Widodo that evening, before the president left for Jakarta.';
    assert.deepEqual(visitDays([talks, arrival, welcome, banquet]), ['2019-02-25', '2019-02-26']);
  });

  it('stays the day of its arrival when its visitor leaves for a city of the same country, or is not told to leave', () => {
    const onward =
      'Nguyen Phu Trong hosted a state banquet for Widodo that evening, before the president left for Da Nang.';
    assert.deepEqual(visitDays([talks, arrival, welcome, onward]), ['2019-02-25', undefined]);
    const banquet = 'Nguyen Phu Trong hosted a state banquet for Widodo that evening.';
    assert.deepEqual(visitDays([talks, arrival, welcome, banquet]), ['2019-02-25', undefined]);
  });

  it('told by the return after it, is of the day of its visitor’s events there, not of the return', () => {
    const returned = 'Joko Widodo returned to Jakarta early on Tuesday after a visit to Hanoi of barely six hours.';
    assert.deepEqual(visitDays([returned, 'Nguyen Phu Trong held talks with Widodo in Hanoi on Monday afternoon.']), [
      '2019-02-25',
      undefined,
    ]);
    // No event of the visit told: the day it had.
    assert.deepEqual(visitDays([returned, 'Widodo and Trong agreed to meet again.']), ['2019-02-26', undefined]);
  });
});

describe('an event of other people told as of the day of the one before it', () => {
  const visit = 'Joko Widodo returned to Jakarta early on Tuesday after a visit to Hanoi.';
  const meetingOf = (paragraphs: string[]) =>
    reports(paragraphs, { date: '2019-02-27' }).find((d) => d.persons.includes('kim-jong-un'));

  it('is held in the city that event’s sentence named', () => {
    const meeting = meetingOf([
      visit,
      'Nguyen Phu Trong held talks with Widodo in Hanoi on Monday afternoon.',
      'Earlier in the day, Kim Jong Un met Lee Hsien Loong.',
    ]);
    assert.deepEqual([meeting?.report.date, meeting?.report.place], ['2019-02-25', 'Hanoi']);
  });

  it('is not placed when that event named no city, or when it does not open on that day', () => {
    const unnamed = meetingOf([
      visit,
      'Nguyen Phu Trong held talks with Widodo on Monday afternoon.',
      'Earlier in the day, Kim Jong Un met Lee Hsien Loong.',
    ]);
    assert.deepEqual([unnamed?.report.date, unnamed?.report.place], ['2019-02-25', undefined]);
    const ownDay = meetingOf([
      visit,
      'Nguyen Phu Trong held talks with Widodo in Hanoi on Monday afternoon.',
      'Kim Jong Un met Lee Hsien Loong on Monday.',
    ]);
    assert.deepEqual([ownDay?.report.date, ownDay?.report.place], ['2019-02-25', undefined]);
  });
});

describe('a visit whose sentence gives its length but not its arrival', () => {
  const opening = 'Indonesia and Vietnam agreed to boost trade.';
  const talks = 'Joko Widodo and Nguyen Phu Trong held talks in Hanoi on Wednesday.';
  const plan = 'The Indonesian leader, on a three-day state visit, will travel to Da Nang on Thursday.';
  const visitOf = (paragraphs: string[]) =>
    reports(paragraphs, { date: '2019-02-28' }).find((d) => d.family === 'visit')?.report;

  it('begins on the day its visitor’s arrival is told, not on the day of the plan beside it', () => {
    const arrival =
      'Widodo, who arrived on Tuesday evening from Singapore, called on Nguyen Xuan Phuc at the Government Office soon after landing.';
    const visit = visitOf([opening, talks, arrival, plan]);
    assert.deepEqual([visit?.date, visit?.endDate], ['2019-02-26', '2019-02-28']);
  });

  it('keeps its day when no arrival is told, or the arrival lies outside its length', () => {
    const alone = visitOf([opening, talks, plan]);
    assert.deepEqual([alone?.date, alone?.endDate], ['2019-02-28', undefined]);
    const early =
      'Widodo, who arrived on Sunday evening from Singapore, called on Nguyen Xuan Phuc at the Government Office soon after landing.';
    const short = visitOf([opening, talks, early, plan.replace('three-day', 'two-day')]);
    assert.deepEqual([short?.date, short?.endDate], ['2019-02-28', undefined]);
  });

  it('went to the country its visitor’s events of its days were in, when they name one', () => {
    const arrival =
      'Widodo, who arrived on Tuesday evening from Singapore, called on Nguyen Xuan Phuc at the Government Office soon after landing.';
    assert.equal(visitOf([opening, talks, arrival, plan])?.place, 'Viet Nam');
    // Events in two countries those days: no one place.
    const abroad =
      'Widodo, who arrived on Tuesday evening from Singapore, met Lee Hsien Loong in Singapore soon after landing.';
    assert.equal(visitOf([opening, talks, abroad, plan])?.place, undefined);
    // No event of its days: none.
    assert.equal(visitOf([opening, talks, plan])?.place, undefined);
  });
});

describe('a visit of a known length under way on the day it is read on', () => {
  // Friday 8 September 2017.
  const visit =
    'Joko Widodo, who is on a two-day state visit to Viet Nam, held talks with Nguyen Phu Trong in Hanoi on Friday.';
  const spanOf = (paragraphs: string[]) => {
    const report = reports(paragraphs, { date: '2017-09-08' }).find((d) => d.family === 'visit')?.report;
    return [report?.date, report?.endDate];
  };

  it('ends on the weekday a later sentence names its visitor in the country visited, as many days on as it lasts', () => {
    assert.deepEqual(spanOf([visit, 'Widodo is set to tour a shipyard in Da Nang on Saturday.']), [
      '2017-09-08',
      '2017-09-09',
    ]);
  });

  it('keeps its one day when the later day is nearer than its length, abroad, or of someone else', () => {
    const threeDays = visit.replace('two-day', 'three-day');
    assert.deepEqual(spanOf([threeDays, 'Widodo is set to tour a shipyard in Da Nang on Saturday.']), [
      '2017-09-08',
      undefined,
    ]);
    assert.deepEqual(spanOf([visit, 'Widodo is set to meet Lee Hsien Loong in Singapore on Saturday.']), [
      '2017-09-08',
      undefined,
    ]);
    assert.deepEqual(spanOf([visit, 'Nguyen Xuan Phuc is set to tour a shipyard in Da Nang on Saturday.']), [
      '2017-09-08',
      undefined,
    ]);
    assert.deepEqual(spanOf([visit, 'Widodo is set to tour a shipyard on Saturday.']), ['2017-09-08', undefined]);
  });
});

describe('a tour’s stop told by its place in the tour', () => {
  const first =
    'Joko Widodo landed in Singapore on Tuesday morning, the first leg of a one-day tour, and was received by Lee Hsien Loong.';
  const stops = (paragraphs: string[]) =>
    reports(paragraphs, { date: '2019-02-27' })
      .filter((d) => d.family === 'visit')
      .map((d) => `${d.persons.join('+')} ${d.report.date} ${d.report.place}`);

  it('is a visit by the one its "where" clause names first', () => {
    assert.deepEqual(
      stops([
        first,
        'The last stop was Hanoi, where Widodo arrived in the evening of the same day and held talks with Nguyen Phu Trong.',
      ]),
      ['joko-widodo 2019-02-26 Singapore', 'joko-widodo 2019-02-26 Hanoi'],
    );
  });

  it('is no visit when no one opens its "where" clause', () => {
    assert.deepEqual(
      stops([
        first,
        'The last stop was Hanoi, where trade was the main subject, and Widodo held talks with Nguyen Phu Trong.',
      ]),
      ['joko-widodo 2019-02-26 Singapore'],
    );
  });
});

describe('a meeting with a group rather than a person', () => {
  const lead = 'Joko Widodo held a meeting with Lee Hsien Loong in Singapore on Monday.';

  it('is a meeting of the one person named, apart from that person’s meetings with others', () => {
    const drafts = reports(
      [lead, 'Widodo also met with representatives of the Singapore business community on Monday.'],
      {
        date: '2019-02-26',
      },
    );
    assert.deepEqual(
      drafts.map((d) => `${d.report.format} ${d.persons.join('+')} ${d.report.date}`),
      ['meeting joko-widodo+lee-hsien-loong 2019-02-25', 'meeting joko-widodo 2019-02-25'],
    );
  });

  it('is no meeting when no group is named after the meeting’s words', () => {
    const drafts = reports([lead, 'Widodo also met with reporters in Singapore.'], { date: '2019-02-26' });
    assert.deepEqual(
      drafts.map((d) => `${d.report.format} ${d.persons.join('+')}`),
      ['meeting joko-widodo+lee-hsien-loong'],
    );
  });
});

describe('a building named during a visit to a city the reader does not know', () => {
  it('leaves the event unplaced, and the article is read', () => {
    const drafts = reports(
      [
        'Indonesian President Joko Widodo arrived in Surakarta on Monday for a two-day visit.',
        'He met Singaporean Prime Minister Lee Hsien Loong at the National Museum on Monday.',
      ],
      { date: '2019-03-05' },
    );
    assert.equal(drafts.find((d) => d.family === 'meeting')?.report.place, undefined);
  });
});

describe('a sentence opened by a pronoun that stands for one of its side', () => {
  it('makes the pronoun the guest of a welcome in the passive that names no one', () => {
    assert.deepEqual(
      summary(
        reports(
          [
            'HANOI — Indonesian President Joko Widodo held talks with Vietnamese President Nguyen Phu Trong on Wednesday.',
            'He was given a ceremonial welcome at the Presidential Palace on Wednesday morning before the talks.',
          ],
          { date: '2019-02-28' },
        ),
      ),
      // Its host is not told: the talks were not said to be held at the palace.
      [
        'talks joko-widodo+nguyen-phu-trong 2019-02-27 (relative) Hanoi',
        'welcome ceremony joko-widodo 2019-02-27 (relative) Hanoi',
      ],
    );
  });

  it('makes the pronoun one of "the two" of a "where" clause after the one person named', () => {
    assert.deepEqual(
      summary(
        reports(
          [
            'HANOI — Indonesian President Joko Widodo arrived in Hanoi on Wednesday.',
            'He then drove to the home of Prime Minister Nguyen Xuan Phuc, where the two held talks for an hour.',
          ],
          { date: '2019-02-27' },
        ),
      ).filter((s) => s.startsWith('talks')),
      // "then drove": the day of the event before.
      ['talks joko-widodo+nguyen-xuan-phuc 2019-02-27 (relative) Hanoi'],
    );
    assert.deepEqual(
      summary(
        reports(
          [
            'HANOI — Indonesian President Joko Widodo arrived in Hanoi on Tuesday.',
            'He drove to the home of Prime Minister Nguyen Xuan Phuc, where the two held talks for an hour.',
          ],
          { date: '2019-02-27' },
        ),
      ).filter((s) => s.startsWith('talks')),
      ['talks joko-widodo+nguyen-xuan-phuc 2019-02-27 (published) Hanoi'],
    );
  });

  it('adds no one when the pronoun opens no such clause', () => {
    assert.deepEqual(
      summary(
        reports(
          [
            'HANOI — Indonesian President Joko Widodo arrived in Hanoi on Wednesday.',
            'He said Prime Minister Nguyen Xuan Phuc held talks with officials.',
            'He said a ceremonial welcome was planned.',
          ],
          { date: '2019-02-27' },
        ),
      ).filter((s) => !s.startsWith('visit')),
      [],
    );
  });
});

describe('a visit told "a day after" under a dateline that prints the day before the month', () => {
  it('reads the weekday of the talks against the dateline and begins the visit the day before', () => {
    const drafts = reports(
      [
        'HANOI, 17 May — Indonesian President Joko Widodo held talks with President Nguyen Phu Trong at the Presidential Palace on Wednesday, a day after arriving in Hanoi for a two-day state visit.',
      ],
      { date: '2017-05-17' },
    );
    assert.deepEqual(summary(drafts), [
      'talks joko-widodo+nguyen-phu-trong 2017-05-17 (relative) Hanoi',
      'state visit joko-widodo 2017-05-16 (relative) Hanoi',
    ]);
    assert.equal(drafts[1]!.report.endDate, '2017-05-17');
  });

  it('still reads a day the sentence prints after the dateline', () => {
    const drafts = reports(
      [
        'HANOI, 17 May — Indonesian President Joko Widodo held talks with President Nguyen Phu Trong at the Presidential Palace on 16 May, a day after the summit closed.',
      ],
      { date: '2017-05-17' },
    );
    assert.deepEqual(summary(drafts), ['talks joko-widodo+nguyen-phu-trong 2017-05-16 (explicit) Hanoi']);
  });
});

describe('a visit told as a first "a day after" which the sentence’s talks were held', () => {
  it('is of the day before the talks, and "later" in the next sentence is the talks’ day', () => {
    const drafts = reports(
      [
        'Jakarta, Sep 4 (PTI) Singaporean Prime Minister Lee Hsien Loong on Wednesday held talks with President Joko Widodo at the Merdeka Palace, a day after he became the first Singaporean prime minister to pay a bilateral visit to Indonesia.',
        'Widodo later hosted a banquet in honour of Lee at the palace.',
      ],
      { date: '2024-09-04' },
    );
    assert.deepEqual(summary(drafts), [
      'talks lee-hsien-loong+joko-widodo 2024-09-04 (relative) Jakarta',
      'visit lee-hsien-loong 2024-09-03 (relative) Jakarta',
      'banquet joko-widodo+lee-hsien-loong 2024-09-04 (relative) Jakarta',
    ]);
  });

  it('is of the talks’ day when the first is told in a clause of its own', () => {
    const drafts = reports(
      [
        'Jakarta, Sep 4 (PTI) Singaporean Prime Minister Lee Hsien Loong on Wednesday held talks with President Joko Widodo at the Merdeka Palace, on a visit that made him the first Singaporean prime minister to pay a bilateral visit to Indonesia.',
      ],
      { date: '2024-09-04' },
    );
    assert.deepEqual(
      summary(drafts).filter((line) => line.startsWith('visit')),
      ['visit lee-hsien-loong 2024-09-04 (relative) Jakarta'],
    );
  });
});

describe('talks told in the pluperfect at the stop a visitor flew in from', () => {
  it('are held there on the day of the arrival when a day of the trip dates them', () => {
    const drafts = reports(
      [
        'HANOI (AP) — Singaporean Prime Minister Lee Hsien Loong arrived in Vietnam on Wednesday evening, flying in from Jakarta, where he had held talks with Indonesian President Joko Widodo earlier in the day.',
      ],
      { date: '2019-03-07' },
    );
    assert.deepEqual(summary(drafts), [
      'visit lee-hsien-loong 2019-03-06 (relative) Viet Nam',
      'talks lee-hsien-loong+joko-widodo 2019-03-06 (relative) Jakarta',
    ]);
  });

  it('are held at the stop the "where" clause hangs on, on the weekday they name', () => {
    const drafts = reports(
      [
        'HANOI (AP) — Singaporean Prime Minister Lee Hsien Loong arrived in Hanoi on Wednesday evening from Jakarta, where he had held talks with Indonesian President Joko Widodo on Tuesday.',
      ],
      { date: '2019-03-07' },
    );
    assert.deepEqual(
      summary(drafts).filter((line) => line.startsWith('talks')),
      ['talks lee-hsien-loong+joko-widodo 2019-03-05 (relative) Jakarta'],
    );
  });

  it('are held in the country the "where" clause hangs on when it names no city', () => {
    const drafts = reports(
      [
        'Singaporean Prime Minister Lee Hsien Loong arrived in Hanoi on Wednesday evening for a three-day visit, flying in from Indonesia, where he had met Indonesian President Joko Widodo on Tuesday.',
      ],
      { date: '2019-03-08' },
    );
    assert.deepEqual(
      summary(drafts).filter((line) => line.startsWith('meeting')),
      ['meeting lee-hsien-loong+joko-widodo 2019-03-05 (relative) Indonesia'],
    );
  });

  it('stay a look back when the "where" clause or the pluperfect names no day of the trip', () => {
    const drafts = reports(
      [
        'HANOI (AP) — Singaporean Prime Minister Lee Hsien Loong arrived in Hanoi on Wednesday evening from Jakarta, where he had held talks with Indonesian President Joko Widodo last year.',
        'On Thursday Lee praised Indonesian President Joko Widodo, who had met him in May.',
      ],
      { date: '2019-03-07' },
    );
    assert.deepEqual(
      summary(drafts).filter((line) => !line.startsWith('visit')),
      [],
    );
  });

  it('are a look back when no day of the trip dates them', () => {
    const drafts = reports(
      [
        'HANOI (AP) — Singaporean Prime Minister Lee Hsien Loong arrived in Vietnam on Wednesday evening.',
        'He had held talks with Indonesian President Joko Widodo in Jakarta in 2019.',
      ],
      { date: '2019-03-07' },
    );
    assert.deepEqual(summary(drafts), ['visit lee-hsien-loong 2019-03-06 (relative) Viet Nam']);
  });
});

describe('a welcome at the airport of the arrival', () => {
  const landing =
    'Indonesian President Joko Widodo landed at Noi Bai International Airport on Monday afternoon on a three-day state visit.';

  it('is a ceremony when the guest, named by a pronoun, is given honours there, on the day of the landing', () => {
    const drafts = reports(
      [
        landing,
        'President Nguyen Phu Trong received him at the airport, where he was given a 21-gun salute and a guard of honour.',
      ],
      { date: '2019-09-11' },
    );
    assert.deepEqual(summary(drafts.filter((d) => d.family === 'ceremony')), [
      'welcome ceremony nguyen-phu-trong+joko-widodo 2019-09-09 (relative) Hanoi',
    ]);
  });

  it('is no event when the guest is given flowers, not honours', () => {
    const drafts = reports(
      [landing, 'President Nguyen Phu Trong received him at the airport, where he was given flowers by pupils.'],
      { date: '2019-09-11' },
    );
    assert.deepEqual(
      summary(drafts).filter((line) => !line.startsWith('state visit')),
      [],
    );
  });
});

describe('a banquet at a site named by its kind', () => {
  const talks = (guest: string) =>
    `HANOI – President Nguyen Phu Trong and ${guest} held talks at the Presidential Palace on Monday.`;
  const banquet = 'Nguyen Phu Trong then hosted a state banquet for Joko Widodo at the palace that evening.';
  const filler = ['Trade between the two countries grew by a tenth last year.', 'Both sides want it to grow faster.'];
  const banquetPlace = (paragraphs: string[]) =>
    reports(paragraphs, { date: '2019-09-09' }).find((d) => d.family === 'banquet')?.report.place;

  it('is held in the city of the day’s other events between the same people, the dateline’s too', () => {
    assert.equal(banquetPlace([talks('Indonesian President Joko Widodo'), ...filler, banquet]), 'Hanoi');
  });

  it('is so in French, "au palais présidentiel"', () => {
    const dîner =
      'Le soir, Nguyen Phu Trong a offert un dîner d’État au palais présidentiel en l’honneur de Joko Widodo.';
    assert.equal(banquetPlace([talks('Indonesian President Joko Widodo'), ...filler, dîner]), 'Hanoi');
    assert.equal(
      banquetPlace([
        talks('Indonesian President Joko Widodo'),
        ...filler,
        dîner.replace(' au palais présidentiel', ''),
      ]),
      undefined,
    );
  });

  it('is left unplaced when it names no site, when those events were in two cities, or between other people', () => {
    assert.equal(
      banquetPlace([talks('Indonesian President Joko Widodo'), ...filler, banquet.replace(' at the palace', '')]),
      undefined,
    );
    const inHaLong = 'Nguyen Phu Trong had welcomed Joko Widodo with a 21-gun salute in Ha Long on Monday morning.';
    assert.equal(banquetPlace([talks('Indonesian President Joko Widodo'), inHaLong, filler[1]!, banquet]), undefined);
    assert.equal(banquetPlace([talks('Singaporean Prime Minister Lee Hsien Loong'), ...filler, banquet]), undefined);
  });
});

describe('a state banquet told "that evening" after an earlier day', () => {
  // Wednesday 8 July 2015.
  const talks = 'Joko Widodo and Nguyen Phu Trong held talks in Hanoi today.';
  const welcome = 'Nguyen Phu Trong welcomed Widodo at an official ceremony before the talks.';
  const before = 'On Tuesday, Widodo met Nguyen Xuan Phuc in Hanoi.';
  const banquetOf = (paragraphs: string[]) =>
    reports(paragraphs, { date: '2015-07-08' }).find((d) => d.family === 'banquet')?.report.date;

  it('is given on the day its host welcomed its guest', () => {
    assert.equal(
      banquetOf([talks, welcome, before, 'In the evening, Nguyen Phu Trong hosted a state banquet for Widodo.']),
      '2015-07-08',
    );
  });

  it('keeps the evening the sentences before give it when private, or with no welcome told', () => {
    assert.equal(
      banquetOf([talks, welcome, before, 'In the evening, Nguyen Phu Trong hosted a private dinner for Widodo.']),
      '2015-07-07',
    );
    assert.equal(
      banquetOf([talks, before, 'In the evening, Nguyen Phu Trong hosted a state banquet for Widodo.']),
      '2015-07-07',
    );
  });
});

describe('a Chinese place in a clause ending with 后', () => {
  it('is where its people were before, not where the visit after it went', () => {
    const drafts = reports(['佐科·维多多11日结束在岘港出席会议后，抵达河内开始对越南进行国事访问。'], {
      date: '2017-11-12',
    });
    assert.deepEqual(
      drafts.filter((d) => d.family === 'visit').map((d) => d.report.place),
      ['Hanoi'],
    );
  });
});

describe('a trip of several stops told by its arrival at the first', () => {
  it('reports the stop arrived at, not the legs still to come', () => {
    const visits = reports(
      [
        'Joko Widodo arrived in Hanoi yesterday on the first leg of his three-nation visit to Vietnam, North Korea and Singapore.',
      ],
      { date: '2019-02-27' },
    ).filter((d) => d.family === 'visit');
    assert.deepEqual(
      visits.map((d) => `${d.report.date} ${d.report.place}`),
      ['2019-02-26 Hanoi'],
    );
  });
});

describe('a Vietnamese report of a visit', () => {
  const day = { date: '2020-10-19' };

  it('gives "hai nhà lãnh đạo đã hội đàm" (the two leaders held talks) the pair of the welcome before', () => {
    const drafts = reports(
      [
        'Sáng 19-10, Thủ tướng Lee Hsien Loong chủ trì lễ đón chính thức Tổng thống Joko Widodo.',
        'Ngay sau lễ đón, hai nhà lãnh đạo đã hội đàm.',
      ],
      day,
    );
    assert.ok(
      summary(drafts).some((line) =>
        /^talks (?:lee-hsien-loong\+joko-widodo|joko-widodo\+lee-hsien-loong) 2020-10-19/.test(line),
      ),
      summary(drafts).join('\n'),
    );
  });

  it('reads "đã chào A và hội kiến B" as the subject’s courtesy call on A and meeting with B', () => {
    const drafts = reports(
      [
        'Chiều 19-10, Tổng thống Joko Widodo đã chào Tổng Bí thư Nguyen Phu Trong và hội kiến Thủ tướng Lee Hsien Loong.',
      ],
      day,
    );
    assert.deepEqual(
      drafts.filter((d) => d.family === 'meeting').map((d) => [...d.persons].sort().join('+')),
      ['joko-widodo+nguyen-phu-trong', 'joko-widodo+lee-hsien-loong'],
    );
  });

  it('places the events of a day with no city in the city its visitor arrived in, "đến Hà Nội"', () => {
    const drafts = reports(
      [
        'Sáng 19-10, tại Phủ Chủ tịch, Tổng Bí thư Nguyen Phu Trong chủ trì lễ đón chính thức Tổng thống Joko Widodo.',
        'Ngay sau lễ đón, hai nhà lãnh đạo đã hội đàm.',
        'Tổng thống Joko Widodo đến Hà Nội chiều tối 18-10, bắt đầu chuyến thăm chính thức Việt Nam từ ngày 18 đến 20-10.',
      ],
      day,
    );
    assert.deepEqual(
      drafts.filter((d) => d.family !== 'ceremony').map((d) => `${d.report.format} ${d.report.place ?? '-'}`),
      ['talks Hanoi', 'official visit Hanoi'],
    );
  });

  it('keeps an onward leg given its own days as a visit planned to the country after "thăm", and drops one without', () => {
    const leg = (text: string) => summary(reports([text], day).filter((d) => d.family === 'visit'));
    assert.deepEqual(leg('Sau Việt Nam, Thủ tướng Lee Hsien Loong sẽ thăm Indonesia từ ngày 20 đến 21-10.'), [
      'visit lee-hsien-loong 2020-10-20 (explicit) Indonesia planned',
    ]);
    assert.deepEqual(leg('Sau Việt Nam, Thủ tướng Lee Hsien Loong sẽ thăm Indonesia.'), []);
  });
});

describe('a welcome with no day of its own, beside the talks or after the arrival', () => {
  it('takes the day of the talks it came before, when the two leaders "proceeded to" them', () => {
    const drafts = reports(
      [
        'General Secretary Nguyen Phu Trong and President Joko Widodo held talks at the Presidential Palace on Wednesday.',
        'Joko Widodo arrived in Hanoi on Wednesday morning for a three-day state visit.',
        'Nguyen Phu Trong welcomed his Indonesian counterpart with a 21-gun salute before the two leaders proceeded to their bilateral meeting.',
      ],
      { date: '2019-03-01' },
    );
    assert.deepEqual(
      summary(drafts.filter((d) => d.family === 'ceremony')).map((s) => s.split(' ').slice(0, 4).join(' ')),
      ['welcome ceremony nguyen-phu-trong+joko-widodo 2019-02-27'],
    );
  });

  it('takes the article’s day when no encounter was told before it', () => {
    const drafts = reports(
      [
        'Joko Widodo arrived in Hanoi for a state visit.',
        'Nguyen Phu Trong welcomed his Indonesian counterpart with a 21-gun salute before the two leaders proceeded to their bilateral meeting.',
      ],
      { date: '2019-03-01' },
    );
    assert.deepEqual(
      summary(drafts.filter((d) => d.family === 'ceremony')).map((s) => s.split(' ').slice(0, 5).join(' ')),
      ['welcome ceremony nguyen-phu-trong+joko-widodo 2019-03-01 (published)'],
    );
  });

  it('takes the day of an arrival told before it in Chinese: "抵达市区后" is after arriving in the city', () => {
    const drafts = reports(
      [
        '（平壤2日综合电）越共中央总书记阮富仲周三（1日）在平壤同朝鲜最高领导人金正恩举行会谈。',
        '阮富仲当天上午乘专机抵达平壤，展开为期三天的正式友好访问。',
        '抵达市区后，金正恩在广场为阮富仲举行了隆重欢迎仪式。',
        '当晚，金正恩为阮富仲举行欢迎宴会。',
      ],
      { date: '2019-03-02', language: 'zh' },
    );
    assert.deepEqual(summary(drafts.filter((d) => d.family === 'ceremony' || d.family === 'banquet')), [
      'welcome ceremony kim-jong-un+nguyen-phu-trong 2019-03-01 (relative) Pyongyang',
      'banquet kim-jong-un+nguyen-phu-trong 2019-03-01 (relative) Pyongyang',
    ]);
  });
});

describe('places named by a palace, an air base, or inside a "where" clause', () => {
  it('places talks at a palace or a seat of government in its city', () => {
    const drafts = reports(
      [
        'Indonesian President Joko Widodo held talks with Singaporean Prime Minister Lee Hsien Loong at the Istana on Monday.',
        'Lee Hsien Loong landed at Paya Lebar Air Base on Sunday night.',
      ],
      { date: '2019-03-05' },
    );
    assert.deepEqual(summary(drafts.filter((d) => d.family === 'meeting')), [
      'talks joko-widodo+lee-hsien-loong 2019-03-04 (relative) Singapore',
    ]);
  });

  it('places the event of a "where" clause in the place the clause itself names, not the one it hangs on', () => {
    const opening = 'Singaporean Prime Minister Lee Hsien Loong arrived in Hanoi on Tuesday.';
    const inClause = reports(
      [opening, 'Lee flew in from Jakarta, where he held talks with President Joko Widodo in Bandung on Monday.'],
      { date: '2019-03-06' },
    );
    assert.deepEqual(summary(inClause.filter((d) => d.family === 'meeting')), [
      'talks lee-hsien-loong+joko-widodo 2019-03-04 (relative) Bandung',
    ]);
    const onlyAntecedent = reports(
      [opening, 'Lee flew in from Jakarta, where he held talks with President Joko Widodo on Monday.'],
      { date: '2019-03-06' },
    );
    assert.deepEqual(summary(onlyAntecedent.filter((d) => d.family === 'meeting')), [
      'talks lee-hsien-loong+joko-widodo 2019-03-04 (relative) Jakarta',
    ]);
  });
});

describe('a state visit told by a French wire report', () => {
  // 2019-02-25 is a Monday.
  const wire = [
    "Hanoï (AFP) - Joko Widodo a été accueilli lundi en grande pompe par son homologue Nguyen Phu Trong au palais présidentiel, pour le premier jour plein d'une visite d'État.",
    "Joko Widodo s'est ensuite rendu au siège du gouvernement pour un entretien avec le Premier ministre Nguyen Xuan Phuc.",
    "Arrivé dimanche soir à Hanoï, le chef de l'État effectue jusqu'à mardi une visite d'État de trois jours.",
    "Lundi soir, le président vietnamien doit offrir un dîner d'État en l'honneur de Joko Widodo.",
  ];

  it('reads the welcome with pomp, the talks told as a noun, the visit of the guest and the dinner to come', () => {
    const drafts = reports(wire, { date: '2019-02-25' });
    assert.deepEqual(summary(drafts.filter((d) => d.family !== 'banquet')), [
      'welcome ceremony joko-widodo+nguyen-phu-trong 2019-02-25 (relative) Hanoi',
      'state visit joko-widodo 2019-02-24 (relative) Hanoi',
      'talks joko-widodo+nguyen-xuan-phuc 2019-02-25 (published) Hanoi',
    ]);
    const dinner = drafts.find((d) => d.family === 'banquet');
    assert.deepEqual(
      [dinner?.persons, dinner?.report.date, dinner?.report.planned],
      [['nguyen-phu-trong', 'joko-widodo'], '2019-02-25', true],
    );
  });
});

describe('the visit of a guest a passive names before the host', () => {
  it('is the guest’s, and an active host’s sentence gives it to the guest it names', () => {
    const visitor = (sentence: string) =>
      reports([sentence], { date: '2019-02-27' })
        .filter((d) => d.family === 'visit')
        .map((d) => d.persons.join('+'));
    assert.deepEqual(
      visitor(
        'Kim Jong Un was received by Nguyen Phu Trong at the Presidential Palace on the first day of a state visit.',
      ),
      ['kim-jong-un'],
    );
    assert.deepEqual(
      visitor('Nguyen Phu Trong received Kim Jong Un at the Presidential Palace on the first day of a state visit.'),
      ['kim-jong-un'],
    );
  });
});

describe('a French report of a day of two capitals', () => {
  it('reads the morning spent elsewhere as a step of the same day, a visit of its own, not a look back, and a visit "en" a country wherever the aside looks back to', () => {
    const drafts = reports(
      [
        'Joko Widodo effectuait vendredi sa première visite au Vietnam depuis son retour à Jakarta.',
        "Il avait passé le début de la journée à Singapour, où il s'était entretenu avec Lee Hsien Loong.",
      ],
      { date: '2019-03-01' },
    );
    assert.deepEqual(summary(drafts), [
      'visit joko-widodo 2019-03-01 (relative) Viet Nam',
      'visit joko-widodo 2019-03-01 (published) Singapore',
      'talks joko-widodo+lee-hsien-loong 2019-03-01 (published) Singapore',
    ]);
  });

  it('still reads a plain pluperfect as a look back', () => {
    const drafts = reports(
      [
        'Joko Widodo effectuait vendredi sa première visite au Vietnam.',
        "Il s'était entretenu avec Lee Hsien Loong à Singapour en 2015.",
      ],
      { date: '2019-03-01' },
    );
    assert.deepEqual(
      summary(drafts).filter((s) => s.startsWith('talks')),
      [],
    );
  });
});

describe('a Chinese report of meetings on a summit’s sidelines', () => {
  it('reads "先后会见了A和B" as one meeting with each, and a 这是 clause as a remark on the meeting just told', () => {
    const drafts = reports(
      [
        '新华社雅加达3月1日电 印尼总统佐科·维多多2月28日在雅加达会见了朝鲜最高领导人金正恩，这是两国领导人今年首次举行正式会晤。',
        '3月1日上午，阮富仲又在雅加达先后会见了佐科·维多多和金正恩。',
      ],
      { date: '2019-03-01', language: 'zh' },
    );
    assert.deepEqual(summary(drafts), [
      'meeting joko-widodo+kim-jong-un 2019-02-28 (explicit) Jakarta',
      'meeting nguyen-phu-trong+joko-widodo 2019-03-01 (explicit) Jakarta',
      'meeting nguyen-phu-trong+kim-jong-un 2019-03-01 (explicit) Jakarta',
    ]);
  });
});

describe('a stay told by its arrival and its departure', () => {
  it('spans from the day of the landing to the day of leaving', () => {
    const visit = (sentence: string) =>
      summary(reports([sentence], { date: '2019-03-02' }).filter((d) => d.family === 'visit'));
    assert.deepEqual(
      visit(
        'Kim Jong Un, who landed at Noi Bai International Airport on Tuesday afternoon, left for Pyongyang on Saturday morning.',
      ),
      ['visit kim-jong-un 2019-02-26 (relative) Hanoi'],
    );
    const drafts = reports(
      [
        'Kim Jong Un, who landed at Noi Bai International Airport on Tuesday afternoon, left for Pyongyang on Saturday morning.',
      ],
      { date: '2019-03-02' },
    );
    assert.equal(drafts.find((d) => d.family === 'visit')?.report.endDate, '2019-03-02');
    const arrivalOnly = reports(
      [
        'Kim Jong Un landed at Noi Bai International Airport on Tuesday afternoon, and the summit broke down on Thursday.',
      ],
      { date: '2019-03-02' },
    );
    assert.equal(arrivalOnly.find((d) => d.family === 'visit')?.report.endDate, undefined);
  });
});

describe('a stay whose weekdays a later sentence gives', () => {
  const landing =
    'Kim Jong Un called on Prime Minister Lee Hsien Loong at the Istana on Sunday evening, hours after landing at Changi Airport.';
  const endOf = (later: string) =>
    reports([landing, later], { date: '2018-06-12' }).find((d) => d.family === 'visit' && !d.retrospective)?.report;

  it('lasts to the last weekday the stay is told by, when it opens on the visit’s day and names its visitor', () => {
    const visit = endOf(
      "The three-day stay, from Sunday to Tuesday, was Kim Jong Un's farthest trip abroad since he took power in 2011.",
    );
    assert.equal(visit?.date, '2018-06-10');
    assert.equal(visit?.endDate, '2018-06-12');
  });

  it('keeps its one day when the stay is someone else’s, opens on another day, or is not as long as it says', () => {
    assert.equal(
      endOf('The three-day stay, from Sunday to Tuesday, was Lee Hsien Loong’s busiest week.')?.endDate,
      undefined,
    );
    assert.equal(
      endOf('The stay, from Monday to Tuesday, was Kim Jong Un’s first in the city-state.')?.endDate,
      undefined,
    );
    assert.equal(
      endOf('The two-day stay, from Sunday to Tuesday, was Kim Jong Un’s first abroad.')?.endDate,
      undefined,
    );
  });
});

describe('a visit under way whose end is announced', () => {
  const visitOf = (sentences: string[], date: string) =>
    reports(sentences, { date }).find((d) => d.family === 'visit' && !d.retrospective)?.report;

  it('ends on the day announced for its visitor, in Chinese by the day of the month and in English by the weekday', () => {
    const chinese = visitOf(
      [
        '阮富仲是19日下午抵达雅加达，开始对印度尼西亚进行国事访问的。',
        '按照日程，阮富仲将于21日结束对印度尼西亚的国事访问，启程回国。',
      ],
      '2024-11-20',
    );
    assert.deepEqual([chinese?.date, chinese?.endDate], ['2024-11-19', '2024-11-21']);
    const english = visitOf(
      [
        'Nguyen Phu Trong arrived in Jakarta on Tuesday for a state visit to Indonesia.',
        'Nguyen Phu Trong will wrap up his state visit on Thursday.',
      ],
      '2024-11-20',
    );
    assert.deepEqual([english?.date, english?.endDate], ['2024-11-19', '2024-11-21']);
  });

  it('keeps its one day when the end announced is another person’s, or of a visit to another country', () => {
    const someoneElse = visitOf(
      [
        '阮富仲是19日下午抵达雅加达，开始对印度尼西亚进行国事访问的。',
        '按照日程，金正恩将于21日结束对印度尼西亚的访问。',
      ],
      '2024-11-20',
    );
    assert.equal(someoneElse?.endDate, undefined);
    const elsewhere = visitOf(
      [
        'Nguyen Phu Trong arrived in Jakarta on Tuesday for a state visit to Indonesia.',
        'Nguyen Phu Trong will wrap up his visit to Singapore on Thursday.',
      ],
      '2024-11-20',
    );
    assert.equal(elsewhere?.endDate, undefined);
  });
});

describe('a place named as what was discussed', () => {
  const placeOf = (sentence: string) =>
    reports([sentence], { date: '2019-03-06' }).find((d) => d.family === 'meeting')?.report.place;

  it('is not where the talks were held', () => {
    assert.equal(
      placeOf(
        'Joko Widodo met Lee Hsien Loong on Monday, where the two leaders discussed trade and the situation in Vietnam.',
      ),
      undefined,
    );
    assert.equal(
      placeOf('Joko Widodo met Lee Hsien Loong on Monday and discussed the crisis in Singapore’s neighbourhood.'),
      undefined,
    );
  });

  it('leaves the place the talks name where they were held', () => {
    assert.equal(
      placeOf('Joko Widodo met Lee Hsien Loong in Vietnam on Monday, where the two leaders discussed trade.'),
      'Viet Nam',
    );
    assert.equal(
      placeOf('Joko Widodo met Lee Hsien Loong at the Istana on Monday and discussed the situation in Vietnam.'),
      'Singapore',
    );
  });
});

describe('a French state visit told by its host', () => {
  const visitOf = (sentence: string) =>
    reports([sentence], { date: '2019-03-06' }).find((d) => d.family === 'visit' && !d.retrospective)?.report;

  it('spans the two weekdays it is told by, whatever year its ranking names', () => {
    const visit = visitOf(
      "Lee Hsien Loong recevait lundi et mardi Joko Widodo pour une visite d'État de deux jours, la première d'un président indonésien à Singapour depuis celle de son prédécesseur en février 2008.",
    );
    assert.deepEqual([visit?.date, visit?.endDate], ['2019-03-04', '2019-03-05']);
  });

  it('keeps one day when the days it lasts do not agree with its two weekdays', () => {
    const visit = visitOf("Lee Hsien Loong recevait lundi et mardi Joko Widodo pour une visite d'État de trois jours.");
    assert.equal(visit?.endDate === '2019-03-05', false);
  });

  it('gives the dinner "en l’honneur de son hôte" to its guest', () => {
    const drafts = reports(
      [
        "Lee Hsien Loong recevait lundi et mardi Joko Widodo pour une visite d'État de deux jours.",
        "Lundi soir, Lee Hsien Loong a offert un dîner d'État en l'honneur de son hôte.",
      ],
      { date: '2019-03-06' },
    );
    assert.deepEqual(summary(drafts.filter((d) => d.family === 'banquet')), [
      'banquet lee-hsien-loong+joko-widodo 2019-03-04 (relative)',
    ]);
  });
});

describe('a building whose city the sentence names after it', () => {
  const placeOf = (sentence: string) =>
    reports([sentence], { date: '2019-03-06' }).find((d) => d.family === 'meeting')?.report.place;

  it('is placed in that city, not the one the building’s name is known in', () => {
    assert.equal(placeOf('Joko Widodo held talks with Lee Hsien Loong at the Istana in Jakarta on Monday.'), 'Jakarta');
  });

  it('is placed in its own city when no other follows it', () => {
    assert.equal(placeOf('Joko Widodo held talks with Lee Hsien Loong at the Istana on Monday.'), 'Singapore');
    assert.equal(
      placeOf('Joko Widodo held talks with Lee Hsien Loong at the Istana in Singapore on Monday.'),
      'Singapore',
    );
  });
});

describe('a visit’s days beside what it takes in and how it ended', () => {
  const visitOf = (sentences: string[], date: string) =>
    reports(sentences, { date }).find((d) => d.family === 'visit' && !d.retrospective)?.report;

  it('spans from the evening its visitor flew in to the day they left', () => {
    const visit = visitOf(
      ['Joko Widodo flew in on Wednesday night for a state visit to Singapore, and left late on Thursday.'],
      '2019-03-08',
    );
    assert.deepEqual([visit?.date, visit?.endDate], ['2019-03-06', '2019-03-07']);
  });

  it('is not dated by the days of a gathering it takes in', () => {
    const visit = visitOf(
      [
        'Joko Widodo arrived in Singapore on Monday on a four-day official visit, which also takes in the meeting of the ASEAN leaders on March 6 and 7.',
      ],
      '2019-03-05',
    );
    assert.deepEqual([visit?.date, visit?.endDate], ['2019-03-04', '2019-03-07']);
  });
});

describe('an encounter told again by its definite noun', () => {
  const meetings = (sentences: string[]) =>
    summary(reports(sentences, { date: '2019-03-06' }).filter((d) => d.family === 'meeting'));

  it('is the encounter told before, not one with the others the sentence names', () => {
    assert.deepEqual(
      meetings([
        'Joko Widodo met Lee Hsien Loong at the Istana on Monday.',
        'The meeting with Lee came on the second day of the Indonesian leader’s state visit, the first to be hosted by President Halimah Yacob since she took office.',
      ]),
      ['meeting joko-widodo+lee-hsien-loong 2019-03-04 (relative) Singapore'],
    );
  });

  it('stays an encounter when no other sentence reports it', () => {
    assert.equal(
      meetings(['The meeting between Joko Widodo and Lee Hsien Loong took place at the Istana on Monday.']).length,
      1,
    );
  });
});

describe('an event in a clause joined to one a weekday dated', () => {
  const meetingDay = (sentence: string) =>
    reports([sentence], { date: '2019-03-06' }).find((d) => d.family === 'meeting')?.report.date;

  it('is of the weekday its own clause names', () => {
    assert.equal(
      meetingDay('Joko Widodo paid a state visit to Singapore on Monday and met Lee Hsien Loong on Tuesday.'),
      '2019-03-05',
    );
  });

  it('is of the weekday before it when its own clause names none', () => {
    assert.equal(
      meetingDay('Joko Widodo arrived in Singapore on Monday and held talks with Lee Hsien Loong.'),
      '2019-03-04',
    );
  });
});

describe('a stay of hours or days in a place', () => {
  const visits = (sentences: string[]) =>
    summary(reports(sentences, { date: '2019-03-06' }).filter((d) => d.family === 'visit'));

  it('is a visit there, in English and in French', () => {
    assert.deepEqual(visits(['Joko Widodo spent Tuesday in Singapore.']), [
      'visit joko-widodo 2019-03-05 (relative) Singapore',
    ]);
    assert.deepEqual(visits(['Joko Widodo a passé la matinée à Singapour.']), [
      'visit joko-widodo 2019-03-06 (published) Singapore',
    ]);
  });

  it('is the visit of the person who opened the sentence before when its own opens on a pronoun', () => {
    assert.deepEqual(
      visits(['Joko Widodo held talks with Lee Hsien Loong in Singapore on Monday.', 'He spent Tuesday in Hanoi.']),
      ['visit joko-widodo 2019-03-05 (relative) Hanoi'],
    );
  });

  it('is no visit when no one before can be the pronoun', () => {
    assert.deepEqual(visits(['Trade grew by a tenth last year.', 'He spent Tuesday in Hanoi.']), []);
  });
});

describe('a Chinese banquet whose headline names only its host', () => {
  it('has the guests the text names', () => {
    const drafts = reports(
      [
        '阮富仲举行宴会 欢迎来访的外国元首',
        '昨晚，阮富仲在河内举行宴会，欢迎来访的印度尼西亚总统佐科·维多多和朝鲜最高领导人金正恩。',
      ],
      { date: '2019-03-06', language: 'zh' },
    );
    assert.deepEqual(summary(drafts.filter((d) => d.family === 'banquet')), [
      'banquet nguyen-phu-trong+joko-widodo+kim-jong-un 2019-03-05 (relative) Hanoi',
    ]);
  });
});

describe('Chinese talks held with each of a long list of guests', () => {
  it('are talks with each guest, however long their titles', () => {
    const drafts = reports(
      ['昨天，阮富仲还在河内分别同朝鲜劳动党总书记、国务委员会委员长金正恩、印度尼西亚共和国总统佐科·维多多举行会谈。'],
      { date: '2019-03-06', language: 'zh' },
    );
    assert.deepEqual(summary(drafts.filter((d) => d.family === 'meeting')).sort(), [
      'talks nguyen-phu-trong+joko-widodo 2019-03-05 (relative) Hanoi',
      'talks nguyen-phu-trong+kim-jong-un 2019-03-05 (relative) Hanoi',
    ]);
  });
});

describe('a bare title joined by "and" to the title of a name', () => {
  const meetings = (sentence: string) =>
    summary(reports([sentence], { date: '2019-03-06' }).filter((d) => d.family === 'meeting'));

  it('is the holder of that office when the person named never held it', () => {
    assert.deepEqual(meetings('The Singaporean Prime Minister and President Joko Widodo held talks on Monday.'), [
      'talks lee-hsien-loong+joko-widodo 2019-03-04 (relative)',
    ]);
  });

  it('stays the named person’s title when they held both', () => {
    assert.deepEqual(
      meetings('General Secretary and President Nguyen Phu Trong held talks with Joko Widodo on Monday.'),
      ['talks nguyen-phu-trong+joko-widodo 2019-03-04 (relative)'],
    );
  });
});
