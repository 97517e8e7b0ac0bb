/**
 * Shapes of reporting that recur across outlets and languages, each read as one class rather than
 * one sentence at a time: words between a verb and its event noun, look-back tenses that order
 * the steps of the trip reported, spans and lengths of visits in every language read, days
 * relative to the article, a call named as the cause of something else, a call or a video link
 * named after the verb, a meal given for a guest, talks that follow a ceremony, and the cities
 * where summits and visits are held. Every class is checked on sentences that must stay quiet too.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findCues, type EventCue } from '../../../../server/src/core/facts/eventCues.js';
import {
  dateOfReport,
  spanFromFirstDay,
  type DateContext,
  type ReportDate,
} from '../../../../server/src/core/facts/eventDates.js';
import { capitalOf, findVenues } from '../../../../server/src/core/facts/venues.js';

function cues(sentence: string): string[] {
  return findCues(sentence, false).map(
    (c: EventCue) => `${c.format} "${sentence.slice(c.start, c.end)}"${c.retrospective ? ' retrospective' : ''}`,
  );
}

function publishedOn(day: string): DateContext {
  return { reference: day, fallback: { date: day, basis: 'published' } };
}

/** The date of the event whose words are the first occurrence of `cue` in `sentence`. */
function dateOf(sentence: string, cue: string, day: string, chinese = false, visit = false): ReportDate | undefined {
  const start = sentence.indexOf(cue);
  assert.ok(start >= 0, `cue "${cue}" is in the sentence`);
  return dateOfReport(sentence, chinese, publishedOn(day), false, { start, end: start + cue.length }, visit);
}

describe('words between a verb and its event noun', () => {
  it('reads talks and meetings described by up to a few words', () => {
    assert.deepEqual(cues('Modi and Xi held their first bilateral talks in five years today.'), [
      'talks "held their first bilateral talks"',
    ]);
    assert.deepEqual(cues('Srettha held a productive round of talks with Xi Jinping on Thursday.'), [
      'talks "held a productive round of talks"',
    ]);
    assert.deepEqual(cues('The two presidents held wide-ranging official talks at the Kremlin.'), [
      'talks "held wide-ranging official talks"',
    ]);
    assert.deepEqual(cues('Xi and Putin held a closed-door bilateral meeting in Astana.'), [
      'meeting "held a closed-door bilateral meeting"',
    ]);
  });

  it('does not reach past a place or a clause to a later noun', () => {
    assert.deepEqual(cues('The forum held in Vientiane where talks were first proposed drew 30 countries.'), []);
    assert.deepEqual(cues('The party held that talks should resume.'), []);
    assert.deepEqual(cues('The Politburo held a meeting of its members.'), []);
  });
});

describe('a pluperfect that orders the steps of the trip reported', () => {
  it('reads "avait d’abord rencontré" and the visit of the opening phrase as reports', () => {
    assert.deepEqual(
      cues(
        "Arrivé jeudi en Chine pour une visite officielle de deux jours, M. Sánchez avait d'abord rencontré le Premier ministre Li Qiang à Boao.",
      ),
      ['official visit "visite officielle"', 'meeting "avait d\'abord rencontré"'],
    );
    assert.deepEqual(cues('Le président a également rencontré le Premier ministre.'), [
      'meeting "a également rencontré"',
    ]);
  });

  it('still drops a pluperfect that looks back', () => {
    assert.deepEqual(cues("Xi Jinping s'était rendu en visite d'État en Espagne en novembre 2018."), []);
    assert.deepEqual(cues('Les deux hommes avaient rencontré le pape en 2019.'), []);
  });
});

describe('talks in French with words before the noun', () => {
  it('reads "ont tenu ... des pourparlers"', () => {
    assert.deepEqual(cues('Les deux présidents ont tenu jeudi au Kremlin plusieurs heures de pourparlers.'), [
      'talks "ont tenu jeudi au Kremlin plusieurs heures de pourparlers"',
    ]);
    assert.deepEqual(cues('Les pourparlers de paix reprendront en mai.'), []);
  });
});

describe('a phone call named as a cause or a topic', () => {
  it('is no call held', () => {
    assert.deepEqual(
      cues(
        'The court suspended Paetongtarn Shinawatra over her leaked phone call with Cambodian Senate President Hun Sen.',
      ),
      [],
    );
    assert.deepEqual(cues('Reporters asked about the phone call with Trump.'), []);
  });

  it('leaves a call reported as held', () => {
    assert.deepEqual(cues('Xi Jinping had a phone call with Donald Trump on Thursday.'), [
      'phone call "had a phone call"',
    ]);
    assert.deepEqual(cues('In a phone call with Putin, Modi raised the issue.'), ['phone call "phone call with"']);
  });
});

describe('days counted from the article', () => {
  it('reads "last night", "tối qua" and "hôm nay" against the article’s day', () => {
    assert.deepEqual(
      dateOf('The King hosted a state banquet at the Royal Palace last night.', 'hosted a state banquet', '2016-10-14'),
      {
        date: '2016-10-13',
        basis: 'relative',
      },
    );
    assert.deepEqual(dateOf('Tối qua, Thủ tướng đã hội đàm với Tổng thống.', 'hội đàm', '2024-10-02'), {
      date: '2024-10-01',
      basis: 'relative',
    });
    assert.deepEqual(dateOf('Sáng nay, Thủ tướng đã hội đàm với Tổng thống.', 'hội đàm', '2024-10-02'), {
      date: '2024-10-02',
      basis: 'relative',
    });
  });

  it('reads a French weekday as the English one', () => {
    assert.deepEqual(dateOf('M. Sánchez a rencontré jeudi le Premier ministre.', 'a rencontré', '2023-03-31'), {
      date: '2023-03-30',
      basis: 'relative',
    });
  });

  it('does not take "last" before another word, nor "qua" inside a word, for a day', () => {
    assert.deepEqual(dateOf('The two leaders last met in Lima.', 'met', '2024-11-17'), {
      date: '2024-11-17',
      basis: 'published',
    });
    assert.deepEqual(dateOf('Thủ tướng đã hội đàm thông qua cầu truyền hình.', 'hội đàm', '2024-10-02'), {
      date: '2024-10-02',
      basis: 'published',
    });
  });
});

describe('spans across two months, in every language read', () => {
  const visits: [string, string, boolean][] = [
    ['Tổng Bí thư thăm cấp nhà nước Mông Cổ từ ngày 30/9 đến 1/10.', 'thăm cấp nhà nước', false],
    ['习近平于9月30日至10月1日对老挝进行国事访问。', '国事访问', true],
    ['Xi Jinping paid a state visit to Laos from September 30 to October 1.', 'state visit', false],
    ["Xi Jinping effectue du 30 septembre au 1er octobre une visite d'État au Laos.", "visite d'État", false],
  ];
  for (const [sentence, cue, chinese] of visits) {
    it(`reads "${sentence}" from its first day to its last`, () => {
      const read = dateOf(sentence, cue, '2024-10-02', chinese, true);
      assert.equal(read?.date, '2024-09-30');
      assert.equal(read?.endDate, '2024-10-01');
    });
  }

  it('keeps one day where no span is given', () => {
    const read = dateOf('Chiều 30/9, Tổng Bí thư đã hội đàm với Tổng thống.', 'hội đàm', '2024-10-02');
    assert.equal(read?.date, '2024-09-30');
    assert.equal(read?.endDate, undefined);
  });
});

describe('a visit’s length in days, in every language read', () => {
  const first: ReportDate = { date: '2024-05-16', basis: 'relative' };
  it('spans a visit from its day of arrival', () => {
    for (const sentence of [
      '普京于周四凌晨抵达北京，开始为期两天的对华国事访问。',
      'Arrivé jeudi en Chine pour une visite officielle de deux jours, M. Sánchez a rencontré Li Qiang.',
      'Modi arrived in Kazan yesterday on a two-day visit to Russia.',
      'Thủ tướng đến Bắc Kinh, bắt đầu chuyến thăm hai ngày.',
    ])
      assert.deepEqual(spanFromFirstDay(sentence, first), { ...first, endDate: '2024-05-17' }, sentence);
  });

  it('does not span a visit whose first day is not the day read', () => {
    assert.deepEqual(spanFromFirstDay('普京结束为期两天的对华国事访问。', first), first);
    assert.deepEqual(spanFromFirstDay('Năm 2022, Thủ tướng thăm Lào.', first), first);
  });
});

describe('the cities of summits and visits', () => {
  it('knows capitals and summit hosts in English, French, Vietnamese and Chinese forms', () => {
    const names = (text: string) => findVenues(text).map((v) => v.venue.name);
    assert.deepEqual(names('in Bali, in Lima, in Astana and in New York'), ['Bali', 'Lima', 'Astana', 'New York']);
    assert.deepEqual(names('à Moscou, à Londres et à Genève'), ['Moscow', 'London', 'Geneva']);
    assert.deepEqual(names('tại Luân Đôn và Phnôm Pênh'), ['London', 'Phnom Penh']);
    assert.deepEqual(names('在利马、巴厘岛和阿斯塔纳'), ['Lima', 'Bali', 'Astana']);
    assert.equal(capitalOf('kazakhstan')?.name, 'Astana');
    assert.equal(capitalOf('indonesia')?.name, 'Jakarta');
  });

  it('does not take words that only look like a city', () => {
    const names = (text: string) => findVenues(text).map((v) => v.venue.name);
    assert.deepEqual(names('Limassol, Parisian cafés and a Romeo'), []);
    assert.deepEqual(names('the Mexico talks'), []);
  });
});

describe('a call or a video link after the verb, with a length or a day between', () => {
  it('reads two sides speaking by phone or by video as one encounter', () => {
    assert.deepEqual(
      cues(
        'US President Joe Biden and Chinese President Xi Jinping spoke by phone for more than two hours on Thursday.',
      ),
      ['phone call "spoke by phone"'],
    );
    assert.deepEqual(cues('Trump and Putin talked for roughly 90 minutes by telephone on Wednesday.'), [
      'phone call "talked for roughly 90 minutes by telephone"',
    ]);
    assert.deepEqual(cues('The two prime ministers held talks over the phone on Monday.'), [
      'phone call "held talks over the phone"',
    ]);
    assert.deepEqual(cues('Xi and Putin spoke by video link on Tuesday afternoon.'), [
      'virtual meeting "spoke by video link"',
    ]);
    assert.deepEqual(cues('The foreign ministers held talks by videoconference on Friday.'), [
      'virtual meeting "held talks by videoconference"',
    ]);
  });

  it('leaves a call spoken about, a word that only starts with "phone", and a last call alone', () => {
    assert.deepEqual(cues('Trump spoke about the phone call at length on Friday.'), []);
    assert.deepEqual(cues('The minister spoke on phone-hacking at the inquiry.'), []);
    assert.deepEqual(cues('The two leaders last spoke by phone on Jan. 17.'), []);
    assert.deepEqual(cues('The minister spoke on television on Friday.'), []);
  });
});

describe('a meal given for a named guest', () => {
  it('reads a dinner, luncheon or banquet hosted, given or offered for someone as a banquet', () => {
    assert.deepEqual(cues('The Senior General hosted a dinner for Wang at his residence that evening.'), [
      'banquet "hosted a dinner for"',
    ]);
    assert.deepEqual(cues('The king offered a state luncheon in honour of the visiting president.'), [
      'banquet "offered a state luncheon in honour of"',
    ]);
    assert.deepEqual(cues('The president gave an official dinner for the Lao delegation.'), [
      'banquet "gave an official dinner for"',
    ]);
  });

  it('reads a private or working meal given for a guest as a banquet, and one shared as a meeting', () => {
    assert.deepEqual(cues('Xi hosted a private dinner for Modi.'), ['banquet "hosted a private dinner for"']);
    assert.deepEqual(cues('In the evening, Chinh hosted a working lunch for the visiting delegation.'), [
      'banquet "hosted a working lunch for"',
    ]);
    assert.deepEqual(cues('Xi and Modi had a private dinner on the lake shore.'), ['meeting "had a private dinner"']);
  });

  it('reads no event in a dinner for no one', () => {
    assert.deepEqual(cues('The embassy hosted a dinner party on Friday.'), []);
    assert.deepEqual(cues('The chef gave a dinner talk.'), []);
  });
});

describe('talks that follow a ceremony', () => {
  it('reads "followed by talks" or "a meeting" after a ceremony as an encounter of its own', () => {
    assert.deepEqual(
      cues(
        'Khurelsukh welcomed Putin with an official ceremony at Chinggis Square on Tuesday, followed by official talks at the State Palace.',
      ),
      ['welcome ceremony "welcomed Putin with an official ceremony"', 'talks "followed by official talks"'],
    );
    assert.deepEqual(cues('The president hosted a ceremonial welcome for him, followed by a bilateral meeting.'), [
      'welcome ceremony "hosted a ceremonial welcome"',
      'meeting "followed by a bilateral meeting"',
    ]);
  });

  it('reads "before their talks" after a ceremony as the talks that followed it', () => {
    assert.deepEqual(
      cues('Earlier in the day, Premier Li Qiang held a welcome ceremony for Hun Manet before their talks.'),
      ['welcome ceremony "held a welcome ceremony for"', 'talks "before their talks"'],
    );
  });

  it('does not read "before the talks", which refers back, nor "before their talks" without a ceremony', () => {
    assert.deepEqual(
      cues('Trump was greeted with an official welcome ceremony before the talks.').filter((c) =>
        c.startsWith('talks'),
      ),
      [],
    );
    assert.deepEqual(cues('The two ministers toured the museum before their talks.'), []);
  });

  it('reads a guest received at a ceremony named a welcome, and the meeting that followed it', () => {
    assert.deepEqual(
      cues(
        'On Wednesday morning, His Majesty Sultan Ibrahim, King of Malaysia, received Xi at an official welcoming ceremony at Istana Negara, followed by a bilateral meeting.',
      ),
      ['welcome ceremony "received Xi at an official welcoming ceremony"', 'meeting "followed by a bilateral meeting"'],
    );
  });

  it('does not read one received at a ceremony not named a welcome', () => {
    assert.deepEqual(cues('The minister received the award at an official ceremony in Hanoi.'), []);
  });

  it('reads a flight to a named place as a visit there, and no flight home, to no place or planned', () => {
    assert.deepEqual(cues('Later on Monday, Obama flew to Phnom Penh, where he met Prime Minister Hun Sen.'), [
      'visit "flew to "',
      'meeting "met"',
    ]);
    assert.deepEqual(cues('Putin flies to Seoul on Wednesday.'), []);
    assert.deepEqual(cues('Obama flew back to Washington on Tuesday.'), []);
    assert.deepEqual(cues('The envoy flew to the region on Tuesday.'), []);
  });

  it('does not read "followed by talks" after anything else', () => {
    assert.deepEqual(cues('The summit was followed by talks on trade.'), []);
    assert.deepEqual(cues('A concert was followed by a meeting of the committee.'), []);
  });
});

describe('talks or a meeting held over video, wherever the medium stands', () => {
  it('reads the medium between commas, before the verb or as "virtually" beside it', () => {
    assert.deepEqual(cues('On December 30, Vladimir Putin held talks, via videoconference, with Xi Jinping.'), [
      'virtual meeting "held talks"',
    ]);
    assert.deepEqual(cues('By video link from Hanoi, the two prime ministers held talks on trade.'), [
      'virtual meeting "held talks"',
    ]);
    assert.deepEqual(cues('Lee and Widodo met virtually on Tuesday.'), ['virtual meeting "met"']);
  });

  it('leaves talks in person, a video message and "virtually" meaning almost alone', () => {
    assert.deepEqual(cues('Putin held talks with Xi in the Kremlin on Tuesday.'), ['talks "held talks"']);
    assert.deepEqual(cues('Putin held talks with Xi, who addressed the forum by video message.'), [
      'talks "held talks"',
    ]);
    assert.deepEqual(cues('The two leaders met on Monday and agreed on virtually every point.'), ['meeting "met"']);
    assert.deepEqual(cues('Putin held talks with Xi in Moscow on Tuesday; the forum later heard Modi by video link.'), [
      'talks "held talks"',
    ]);
    // Something else than an encounter done over video: a railway's test run watched together.
    assert.deepEqual(
      cues('Widodo and Xi jointly inspected the test run of the Jakarta-Bandung high-speed railway via video link.'),
      [],
    );
    assert.deepEqual(cues('Xi met Putin via video link on Tuesday.'), ['virtual meeting "met"']);
  });
});

describe('the stops of a tour', () => {
  it('reads a landing, an arrival "here", the place where the tour began and a last stop that was as visits', () => {
    assert.deepEqual(cues('Putin landed in Abu Dhabi on Wednesday morning, the first leg of a one-day tour.'), [
      'visit "landed in "',
    ]);
    assert.deepEqual(cues('Li Qiang arrived here yesterday evening from Jakarta.'), ['visit "arrived here"']);
    assert.deepEqual(cues('In Kuala Lumpur, where the tour began on Sunday, Trump attended the summit.'), [
      'visit "where the tour began"',
    ]);
    assert.deepEqual(cues('The last stop was Riyadh, where Putin arrived in the evening.'), [
      'visit "The last stop was"',
    ]);
  });

  it('leaves a stop still to come, a landing that is no place and a tour of no one alone', () => {
    assert.deepEqual(
      cues('Xi leaves for Malaysia later on Tuesday, the second stop of a Southeast Asian tour that ends in Cambodia.'),
      [],
    );
    assert.deepEqual(cues('The talks landed in difficulty over tariffs.'), []);
    assert.deepEqual(cues('He flies on to Hanoi, where the tour will begin on Monday.'), []);
  });

  it('dates an arrival by the day in its own clause, not by a span told of the stop before', () => {
    const sentence =
      'KUALA LUMPUR: Li Qiang arrived here yesterday evening from Jakarta, where he concluded an official visit to Indonesia from May 24 to 26.';
    assert.deepEqual(dateOf(sentence, 'arrived here', '2025-05-27', false, true), {
      date: '2025-05-26',
      basis: 'relative',
    });
    assert.equal(dateOf(sentence, 'official visit', '2025-05-27', false, true)?.date, '2025-05-24');
  });
});

function chineseCues(sentence: string): string[] {
  return findCues(sentence, true).map((c: EventCue) => `${c.format} "${sentence.slice(c.start, c.end)}"`);
}

describe('a meeting held over video in Chinese, the medium before the verb', () => {
  it('reads 以视像方式, 以视频方式 and 通过视频连线 before 会晤 as one virtual meeting', () => {
    assert.deepEqual(chineseCues('国家主席习近平16日上午在北京以视像方式同美国总统拜登会晤。'), [
      'virtual meeting "以视像方式同美国总统拜登会晤"',
    ]);
    assert.deepEqual(chineseCues('国家主席习近平15日下午在北京通过视频连线同俄罗斯总统普京举行会晤。'), [
      'virtual meeting "通过视频连线同俄罗斯总统普京举行会晤"',
    ]);
    assert.deepEqual(chineseCues('两国元首举行视像会晤。'), ['virtual meeting "视像会晤"']);
  });

  it('leaves a meeting in person, and a video shown at another clause, as they are', () => {
    assert.deepEqual(chineseCues('国家主席习近平16日上午在北京同美国总统拜登会晤。'), ['meeting "会晤"']);
    assert.deepEqual(chineseCues('论坛以视频方式开幕，习近平会见了与会代表。'), ['meeting "会见"']);
  });
});

describe('a visit named by one of its days, ranked with "since"', () => {
  const sentence =
    'Prime Minister Hun Manet met Chinese President Xi Jinping in Beijing on Friday, on the second day of his first official visit to China since taking office.';

  it('reads the visit a day of it names, its "since" ranking that visit', () => {
    assert.deepEqual(cues(sentence), ['meeting "met"', 'official visit "official visit"']);
    const cue = 'official visit';
    const start = sentence.indexOf(cue);
    const read = dateOfReport(
      sentence,
      false,
      publishedOn('2023-09-16'),
      false,
      { start, end: start + cue.length },
      true,
    );
    assert.equal(read && spanFromFirstDay(sentence, read).date, '2023-09-14');
  });

  it('keeps a ranking without a day of the visit a look back in its aside or its "since … when"', () => {
    assert.deepEqual(
      cues(
        'Trump, on his first trip to Asia since returning to the White House, also held a bilateral meeting with Hun Manet.',
      ),
      ['meeting "meeting with"'],
    );
    assert.deepEqual(
      cues('It will be the first such meeting between the two leaders since 2019, when Xi met Bounnhang in Beijing.'),
      [],
    );
  });
});

describe("an event named as its subject's recent one", () => {
  it('reads "his recent visit to Ukraine" as a look back, no visit of the sentence', () => {
    assert.deepEqual(
      cues(
        'Prime Minister Narendra Modi on Tuesday spoke to Russian President Vladimir Putin over the phone and shared his perspectives from his recent visit to Ukraine.',
      ),
      ['phone call "spoke to Russian President Vladimir Putin over the phone"'],
    );
    assert.deepEqual(cues('They recalled their most recent meeting with the envoy.'), []);
  });

  it('leaves an event after "recent" elsewhere in the sentence a report', () => {
    assert.deepEqual(cues('Amid recent tensions, Xi met Biden on Monday.'), ['meeting "met"']);
    assert.deepEqual(cues('After a recent thaw, Modi paid a visit to Kyiv on Friday.'), ['visit "paid a visit"']);
  });
});

describe('a welcome told by its honours', () => {
  it('reads military honours, a guard of honour and a gun salute as a welcome ceremony', () => {
    assert.deepEqual(
      cues('Sánchez was welcomed with full military honours at the Presidential Palace on Wednesday by Chinh.'),
      ['welcome ceremony "welcomed with full military honours"'],
    );
    assert.deepEqual(cues('Phuc received Modi with a guard of honour on Saturday.'), [
      'welcome ceremony "received Modi with a guard of honour"',
    ]);
    assert.deepEqual(cues('Díaz-Canel was welcomed with a 21-gun salute at the Presidential Palace.'), [
      'welcome ceremony "welcomed with a 21-gun salute"',
    ]);
    assert.deepEqual(chineseCues('人民大会堂东门外广场鸣礼炮21响。'), ['welcome ceremony "鸣礼炮"']);
  });

  it('leaves honours paid to the dead, and a salute beside a named ceremony, alone', () => {
    assert.deepEqual(cues('The general was buried with full military honours on Friday.'), []);
    assert.deepEqual(cues('A guard of honour lined the route.'), []);
    assert.deepEqual(chineseCues('习近平为张晋创举行欢迎仪式，鸣礼炮21响。'), ['welcome ceremony "欢迎仪式"']);
  });
});

describe('a videoconference held', () => {
  it('is a virtual meeting, and a conference about video is not', () => {
    assert.deepEqual(cues('The two leaders held a videoconference on Monday.'), [
      'virtual meeting "held a videoconference"',
    ]);
    assert.deepEqual(cues('The ministry held a conference on video games.'), []);
  });
});

describe('此前 before a tour’s earlier stop', () => {
  it('is no look back before a day of the month or as 此前一站', () => {
    assert.deepEqual(chineseCues('此前，桑切斯于4月9日至10日访问越南。'), ['visit "访问"']);
    assert.deepEqual(chineseCues('此前一站，桑切斯访问了越南。'), ['visit "访问"']);
  });

  it('is no look back before a day, or a span of days, without its month', () => {
    assert.deepEqual(chineseCues('此前，习近平于3日至5日对土库曼斯坦进行了国事访问。'), ['state visit "国事访问"']);
    assert.deepEqual(chineseCues('此前，桑切斯于9日访问越南。'), ['visit "访问"']);
  });

  it('still looks back with 曾 before a day without its month', () => {
    assert.deepEqual(chineseCues('此前，习近平曾于3日至5日对土库曼斯坦进行国事访问。'), []);
  });

  it('still looks back with 曾, or before a day of another year', () => {
    assert.deepEqual(chineseCues('此前，两人曾于2月10日及9月9日两度通电话。'), []);
    assert.deepEqual(chineseCues('此前，桑切斯于2023年3月30日访问中国。'), []);
  });
});

describe('a meeting told in the passive, a place or a day before its agent', () => {
  it('reads "was received at ... by" and "was hosted on ... by" as a meeting', () => {
    assert.deepEqual(cues('Putin was received at Qasr Al Watan by UAE President Sheikh Mohamed bin Zayed.'), [
      'meeting "was received at Qasr Al Watan by"',
    ]);
    assert.deepEqual(cues('The minister was hosted on Wednesday by his counterpart.'), [
      'meeting "was hosted on Wednesday by"',
    ]);
  });

  it('does not reach across a clause for its agent', () => {
    assert.deepEqual(cues('The parcel was received at the embassy, and opened by the ambassador.'), []);
  });
});
