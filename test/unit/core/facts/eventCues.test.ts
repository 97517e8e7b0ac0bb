/** The words in a sentence that report an event: which format, whether planned, and look-backs. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findCues, type EventCue } from '../../../../server/src/core/facts/eventCues.js';

/** Each cue as `format "covered words"`, with `planned`, `separately` or `retrospective` when set. */
function cues(sentence: string, chinese = false): string[] {
  return findCues(sentence, chinese).map((c: EventCue) =>
    [
      `${c.format} "${sentence.slice(c.start, c.end)}"`,
      c.planned ? 'planned' : '',
      c.separately ? 'separately' : '',
      c.retrospective ? 'retrospective' : '',
    ]
      .filter(Boolean)
      .join(' '),
  );
}

describe('English cues', () => {
  it('finds the format of each report, the most specific phrase winning', () => {
    assert.deepEqual(
      cues('Russian President Vladimir Putin held a virtual meeting with Chinese President Xi Jinping.'),
      ['virtual meeting "held a virtual meeting"'],
    );
    assert.deepEqual(
      cues(
        'Japanese Prime Minister Fumio Kishida held a phone conversation with South Korean President Yoon Suk Yeol.',
      ),
      ['phone call "held a phone conversation"'],
    );
    assert.deepEqual(cues('Modi had telephoned PM Nawaz from Kabul earlier on Friday.'), ['phone call "telephoned "']);
    assert.deepEqual(cues('Abe phoned the Indian prime minister on Monday.'), ['phone call "phoned "']);
    assert.deepEqual(cues('The correspondent phoned in her report.'), []);
    assert.deepEqual(
      cues('Indian Prime Minister Narendra Modi met with Bangladeshi Prime Minister Sheikh Hasina in New Delhi.'),
      ['meeting "met with"'],
    );
    assert.deepEqual(cues('Cambodian Prime Minister Hun Manet paid an official visit to Thailand.'), [
      'official visit "official visit"',
    ]);
    assert.deepEqual(cues('The two leaders held talks in the Great Hall of the People.'), ['talks "held talks"']);
  });

  it('finds several cues in order without overlaps', () => {
    assert.deepEqual(
      cues('After the talks with Modi, the two prime ministers witnessed the signing of 12 agreements.'),
      ['talks "talks with"', 'signing "witnessed the signing"'],
    );
  });

  it('marks plans announced with will, to or set to', () => {
    assert.deepEqual(cues('Philippine President Ferdinand Marcos Jr. will pay a state visit to Vietnam.'), [
      'state visit "state visit" planned',
    ]);
    assert.deepEqual(cues('Prime Minister Anwar Ibrahim is set to visit Beijing next week.'), [
      'visit "to visit " planned',
    ]);
    assert.deepEqual(cues('An agreement is to be signed next month.'), ['signing "to be signed" planned']);
    assert.deepEqual(cues('On June 14, Jeenbekov is to hold talks with Modi.'), ['talks "hold talks" planned']);
    assert.deepEqual(cues('Jeenbekov held talks with Modi, who is to leave on Friday.'), ['talks "held talks"']);
  });

  it('takes a guest met at an airport for a greeting, and one met elsewhere for a meeting', () => {
    assert.deepEqual(cues('Jeenbekov met the Chinese leader at Manas International Airport on Wednesday.'), []);
    assert.deepEqual(cues('Widodo met Lee at the airport.'), []);
    assert.deepEqual(cues('Jeenbekov met the Chinese leader at the Ala-Archa residence on Wednesday.'), [
      'meeting "met"',
    ]);
  });

  it('does not take the first leader to visit since a date for a plan', () => {
    assert.deepEqual(cues('He is the first foreign leader to visit Beijing this year.'), ['visit "to visit "']);
    assert.equal(findCues('He is the first foreign leader to visit Beijing this year.', false)[0]?.planned, false);
  });

  it('does not take a first told with an abbreviation among its words for a plan', () => {
    assert.deepEqual(cues('Barack Obama on Monday became the first sitting U.S. president to visit Myanmar.'), [
      'visit "to visit "',
    ]);
    assert.deepEqual(cues('Obama on Monday made history as the first sitting U.S. president to visit Myanmar.'), [
      'visit "to visit "',
    ]);
    // Announced, it stays a plan.
    assert.deepEqual(cues('Obama will on Monday become the first sitting U.S. president to visit Myanmar.'), [
      'visit "to visit " planned',
    ]);
    assert.deepEqual(cues('The U.S. president is to visit Myanmar on Monday.'), ['visit "to visit " planned']);
  });

  it('marks meetings held separately with each person', () => {
    assert.deepEqual(cues('Wang Yi met separately with the foreign ministers of Laos and Myanmar.'), [
      'meeting "met separately with" separately',
    ]);
  });

  it('keeps an event ranked among others by an apposition that looks back ("his first trip since")', () => {
    assert.deepEqual(
      cues(
        'Widodo arrived in Hanoi on Monday for a three-day state visit, his first trip abroad since he was re-elected last year.',
      ),
      ['visit "arrived in "', 'state visit "state visit"'],
    );
    // Without the ranking, "since" after the visit still makes it a look back.
    assert.deepEqual(cues('Widodo has made a state visit to Hanoi since he was re-elected last year.'), []);
  });

  it('drops look-backs, and keeps a recent one as retrospective', () => {
    assert.deepEqual(cues('Modi has visited China many times.'), []);
    assert.deepEqual(cues('Since the last meeting in Bali, trade has grown.'), []);
    assert.deepEqual(cues('The two leaders recently met in San Francisco.'), ['meeting "met" retrospective']);
    assert.deepEqual(cues('Swaraj visited Islamabad earlier this month for the Heart of Asia conference.'), []);
  });

  it('reads a welcome "received by" two hosts as one ceremony they hold, and a meeting so as one with each', () => {
    assert.deepEqual(
      cues('The guest was received by President Kovind and Prime Minister Modi at a ceremonial welcome.').map((c) =>
        c.replace(/"[^"]*"/, '…'),
      ),
      ['welcome ceremony …'],
    );
    assert.deepEqual(cues('The guest was received by President Kovind and Prime Minister Modi.'), [
      'meeting "was received by" separately',
    ]);
  });

  it('reads a guest received, a courtesy call and a co-chaired meeting as meetings', () => {
    assert.deepEqual(cues('Deputy Prime Minister Le Van Thanh received Chinese Ambassador Xiong Bo in Hanoi.'), [
      'meeting "received "',
    ]);
    assert.deepEqual(cues('In the afternoon, the President received the visiting Cambodian Prime Minister.'), [
      'meeting "received the visiting "',
    ]);
    assert.deepEqual(cues('The minister paid a courtesy call on King Norodom Sihamoni.'), [
      'meeting "paid a courtesy call on"',
    ]);
    assert.deepEqual(
      cues('The two ministers co-chaired the fifth meeting of the Joint Committee on Trade in Vientiane.'),
      ['meeting "co-chaired the fifth meeting"'],
    );
  });

  it('reads a congratulatory message handed over as a letter, and greetings passed on as none', () => {
    assert.deepEqual(cues('会见通伦时，王沪宁转达了习近平总书记的亲切问候，并转交习近平总书记贺电。', true), [
      'meeting "会见"',
      'letter "转交习近平总书记贺电"',
    ]);
    assert.deepEqual(cues('王沪宁转达了习近平总书记的亲切问候和良好祝愿。', true), []);
  });

  it('reads two people shaking hands as a meeting, and no hand shaken otherwise', () => {
    assert.deepEqual(cues('Trump and Kim shook hands at the Metropole hotel on Wednesday evening.'), [
      'meeting "shook hands"',
    ]);
    assert.deepEqual(cues('Xi Jinping is shaking hands with Joe Biden in Woodside.'), ['meeting "shaking hands"']);
    assert.deepEqual(cues('The minister shook his head and left the hall in Hanoi.'), []);
  });

  it('reads welcome ceremonies chaired, or ones an event followed', () => {
    assert.deepEqual(cues('The Prime Minister chaired an official welcome ceremony for his Thai guest.'), [
      'welcome ceremony "chaired an official welcome ceremony for"',
    ]);
    assert.deepEqual(cues('The talks began following a grand welcome ceremony for the Lao President.'), [
      'welcome ceremony "following a grand welcome ceremony for"',
    ]);
  });

  it('takes no honour, gift or delivery received for a guest', () => {
    assert.deepEqual(cues('The hospital received vaccines donated by Japan.'), []);
    assert.deepEqual(cues('The general received the Order of Friendship from the state.'), []);
    assert.deepEqual(cues('The ministry received a letter of thanks from the embassy.'), []);
    assert.deepEqual(cues('He chaired the welcome dinner.'), []);
  });

  it('stays quiet on sentences that report no event', () => {
    assert.deepEqual(cues('The project met the targets ahead of schedule.'), []);
    assert.deepEqual(cues('During the meeting, both sides stressed the importance of trade.'), []);
    assert.deepEqual(cues('The economy grew by five percent.'), []);
    assert.deepEqual(cues('The delegation arrived in time for dinner.'), []);
  });
});

describe('English cues of talks, welcomes, meetings and visits written another way', () => {
  it('reads talks reported by what was agreed in them, not talks referred back to', () => {
    assert.deepEqual(cues('Joko Widodo and Lee Hsien Loong agreed on Tuesday to expand trade during talks in Bogor.'), [
      'talks "during talks"',
    ]);
    assert.deepEqual(cues('Widodo said during the talks that trade had grown.'), []);
  });

  it('reads a meeting reported by what was agreed at it on a day of the week, and not one recalled or referred back to', () => {
    assert.deepEqual(cues('Widodo and Lee agreed at their meeting in Bogor on Friday to expand trade.'), [
      'meeting "at their meeting"',
    ]);
    assert.deepEqual(cues('Widodo and Lee agreed during their first summit today to expand trade.'), [
      'meeting "during their first summit"',
    ]);
    assert.deepEqual(cues('The commitments Widodo and Lee made at their summit in Bogor are being kept.'), []);
    assert.deepEqual(cues('Widodo said at the meeting on Friday that trade had grown.'), []);
    assert.deepEqual(cues('Widodo and Lee agreed at their last meeting on Friday to expand trade.'), []);
  });

  it('reads a meeting whose day comes before it with the verb of what was agreed, and not a day of another verb', () => {
    assert.deepEqual(
      cues(
        'Widodo and Lee agreed Friday to raise trade to $10 billion by 2020 during their summit at the palace in Bogor.',
      ),
      ['meeting "during their summit"'],
    );
    assert.deepEqual(cues('Widodo and Lee pledged on Monday at their meeting in Bogor to expand trade.'), [
      'meeting "at their meeting"',
    ]);
    assert.deepEqual(cues('Widodo recalled on Monday the pledges made at their summit in Bogor.'), []);
    assert.deepEqual(cues('Widodo and Lee agreed Friday to keep the pledges made at their last summit in Bogor.'), []);
  });

  it('reads a present perfect as news when the next sentence tells the pair again on a day of the week', () => {
    const call = 'Widodo has spoken by phone with Lee Hsien Loong.';
    const found = (next?: string) => findCues(call, false, next).map((c) => `${c.format} ${c.retrospective ?? false}`);
    assert.deepEqual(found('The two leaders spoke on Sunday morning.'), ['phone call false']);
    assert.deepEqual(found('They met on Friday.'), ['phone call false']);
    assert.deepEqual(found(), []);
    assert.deepEqual(found('The two leaders spoke about trade.'), []);
    assert.deepEqual(found('Lee spoke with Biden on Sunday.'), []);
  });

  it('reads a passive welcome with a ceremony, and not a greeting without one', () => {
    assert.deepEqual(cues('Lee was welcomed by Widodo with a ceremony at the Merdeka Palace.'), [
      'welcome ceremony "was welcomed by"',
    ]);
    assert.deepEqual(cues('Lee was warmly welcomed by officials and students at the airport.'), []);
  });

  it('reads a guest welcomed at a seat of state as a welcome, and not a guest at an airport nor a thing welcomed', () => {
    assert.deepEqual(
      cues('Widodo welcomed Singaporean Prime Minister Lee Hsien Loong at the Merdeka Palace on Tuesday.'),
      ['welcome ceremony "welcomed"'],
    );
    assert.deepEqual(cues('Biden welcomed the delegation at the White House.'), []);
    assert.deepEqual(cues('Biden welcomed the Indian Prime Minister at the White House.'), [
      'welcome ceremony "welcomed"',
    ]);
    assert.deepEqual(cues('Widodo welcomed Lee at Halim Perdanakusuma airport on Tuesday.'), []);
    assert.deepEqual(cues('Widodo welcomed the agreement at the Merdeka Palace on Tuesday.'), []);
    assert.deepEqual(cues("Widodo welcomed Lee's remarks at the Merdeka Palace on Tuesday."), []);
  });

  it('reads a private dinner gone straight to as a meeting at table, and no other place gone to', () => {
    assert.deepEqual(cues('Widodo arrived on Wednesday and went straight to a private dinner with Lee.'), [
      'meeting "private dinner"',
    ]);
    assert.deepEqual(cues('Widodo went straight to a press conference at the palace.'), []);
  });

  it('reads a guest received or greeted with a ceremony named a welcome as a welcome, and not one of another name', () => {
    assert.deepEqual(
      cues('Xi received Jokowi with a welcoming ceremony at the Great Hall shortly before their talks.'),
      ['welcome ceremony "received Jokowi with a welcoming ceremony"', 'talks "before their talks"'],
    );
    assert.deepEqual(cues('Quang greeted Moon with an official welcoming ceremony at the palace before the summit.'), [
      'welcome ceremony "greeted Moon with an official welcoming ceremony"',
    ]);
    assert.deepEqual(cues('The crowd greeted the result with a closing ceremony at the stadium.'), []);
    assert.deepEqual(cues('The museum received the donation with a small ceremony on Monday.'), []);
  });

  it('reads a guest greeted with an honor guard or arrival honors as welcomed, and an honor guard alone as none', () => {
    assert.deepEqual(cues('Hu greeted Obama on Tuesday morning with a military honor guard and a 21-gun salute.'), [
      'welcome ceremony "greeted Obama on Tuesday morning with a military honor guard"',
    ]);
    assert.deepEqual(cues('Duterte welcomed Abe with arrival honors at the palace grounds.'), [
      'welcome ceremony "welcomed Abe with arrival honors"',
    ]);
    assert.deepEqual(
      cues(
        'President Abdul Hamid received him at the airport, where he was given a 21-gun salute and a guard of honour.',
      ),
      ['welcome ceremony "received him at the airport, where he was given a 21-gun salute"'],
    );
    assert.deepEqual(cues('Hamid received him at the airport, where he was given flowers by pupils.'), []);
    assert.deepEqual(
      cues(
        'Earlier, Obama welcomed Modi at the South Lawn, where the two leaders reviewed troops of the honour guard.',
      ),
      ['welcome ceremony "welcomed Modi at the South Lawn, where the two leaders reviewed troops"'],
    );
    assert.deepEqual(cues('Putin reviewed troops at the Victory Day parade in Red Square.'), []);
    assert.deepEqual(cues('Obama welcomed the report, where the two leaders reviewed the budget.'), []);
    assert.deepEqual(cues('The soldiers of the honor guard marched past the palace.'), []);
    assert.deepEqual(cues('The arrival honors were rehearsed at the palace grounds.'), []);
  });

  it('reads a guest received with a ceremonial welcome, or welcomed at a ceremony, as welcomed, and a thing welcomed or a warm welcome as none', () => {
    assert.deepEqual(
      cues('Widodo received Modi at the palace with a ceremonial welcome and a guard of honour before the talks.'),
      ['welcome ceremony "received Modi at the palace with a ceremonial welcome"'],
    );
    assert.deepEqual(cues('Phuc and Trong received Widodo at a ceremonial welcome in the forecourt.'), [
      'welcome ceremony "received Widodo at a ceremonial welcome"',
    ]);
    assert.deepEqual(cues('Hu welcomed Medvedev at a ceremony outside the Great Hall of the People.'), [
      'welcome ceremony "welcomed Medvedev at a ceremony"',
    ]);
    assert.deepEqual(cues('Widodo welcomed the agreement at a ceremony on Monday.'), []);
    assert.deepEqual(cues("Widodo welcomed Lee's remarks at a ceremony on Monday."), []);
    assert.deepEqual(cues('Widodo received Modi at the palace with a warm welcome.'), ['meeting "received "']);
  });

  it('reads "will meet" and "is scheduled to meet" as meetings announced, and an expectation as none', () => {
    assert.deepEqual(cues('Widodo will meet Lee on Friday.'), ['meeting "will meet" planned']);
    assert.deepEqual(cues('Widodo is scheduled to meet with Lee on Friday.'), [
      'meeting "is scheduled to meet with" planned',
    ]);
    assert.deepEqual(cues('Analysts expect Widodo to meet Lee later this year.'), []);
    assert.deepEqual(cues('Widodo is expected to meet Lee later this year.'), []);
  });

  it('reads an encounter a journey told in the present tense is for as planned, and one told in the past as held', () => {
    assert.deepEqual(cues('Widodo flies to Singapore on Wednesday for talks with Lee Hsien Loong.'), [
      'talks "talks with" planned',
    ]);
    assert.deepEqual(cues('Widodo leaves for Singapore on Monday for a meeting with Lee.'), [
      'meeting "meeting with" planned',
    ]);
    assert.deepEqual(cues('Widodo flew to Singapore on Wednesday for talks with Lee Hsien Loong.'), [
      'visit "flew to "',
      'talks "talks with"',
    ]);
    assert.deepEqual(cues('The delegation heads home on Friday after talks with Lee.'), ['talks "talks with"']);
  });

  it('reads a wish to meet or to visit as no event', () => {
    assert.deepEqual(cues('Widodo said he looks forward to meeting with Lee in Singapore.'), []);
    assert.deepEqual(cues('Widodo hopes to visit Singapore next year.'), []);
    assert.deepEqual(cues('Widodo met Lee in Singapore and said he looked forward to closer ties.'), ['meeting "met"']);
  });

  it('reads a visit someone is expected to make as no event, and one announced as planned', () => {
    assert.deepEqual(cues('Widodo is expected to visit Singapore later this year.'), []);
    assert.deepEqual(cues('Analysts expect Widodo to visit Singapore in the first half of the year.'), []);
    assert.deepEqual(cues('Widodo is widely expected to pay a state visit to Singapore.'), []);
    assert.deepEqual(cues('预计佐科将于年内访问新加坡。', true), []);
    assert.deepEqual(cues('Widodo will visit Singapore later this year.'), ['visit "will visit " planned']);
    assert.deepEqual(cues('Widodo visited Singapore, as had been expected.'), ['visit "visited "']);
    assert.deepEqual(cues('佐科将于下周访问新加坡。', true), ['visit "访问" planned']);
  });

  it('marks encounters told as separate meetings, courtesy calls on several, or a guest received by several', () => {
    assert.deepEqual(cues('Widodo met Lee and Kim in separate meetings on Monday.'), ['meeting "met" separately']);
    assert.deepEqual(cues('Widodo met Lee and Kim separately before leaving for home.'), ['meeting "met" separately']);
    assert.deepEqual(cues('Widodo also called on President Trong and Prime Minister Phuc before leaving Hanoi.'), [
      'meeting "called on " separately',
    ]);
    assert.deepEqual(cues('On Monday, Widodo paid courtesy calls on President Lee and Chairman Kim.'), [
      'meeting "paid courtesy calls on" separately',
    ]);
    assert.deepEqual(cues('Widodo was also received by Lee and Kim on Monday.'), [
      'meeting "was also received by" separately',
    ]);
    assert.deepEqual(cues('Later that day, Widodo had separate meetings with President Lee and Chairman Kim.'), [
      'meeting "had separate meetings with" separately',
    ]);
    // Separate meetings with no one named after them are no encounter of the subject's.
    assert.deepEqual(cues('The ministries will hold separate meetings on trade next month.'), []);
    // One meeting of three, one call on one person: nothing to split.
    assert.deepEqual(cues('Widodo met Lee and Kim on Monday.'), ['meeting "met"']);
    assert.deepEqual(cues('Widodo paid a courtesy call on President Lee.'), ['meeting "paid a courtesy call on"']);
  });

  it('reads a visitor who "is in" a country for a purpose as a visit under way, not one at a gathering', () => {
    assert.deepEqual(cues('Lee is in Indonesia to discuss the new capital with Widodo.'), ['visit "is in "']);
    assert.deepEqual(cues('Lee is in Jakarta to attend the ASEAN summit.'), []);
    assert.deepEqual(cues('The new capital is in East Kalimantan.'), []);
    // Presence "for" a summit, forum or conference is attendance too; "for" talks is a visit.
    assert.deepEqual(cues('Lee is in Malaysia for the East Asia Summit 2025.'), []);
    assert.deepEqual(cues('Widodo is in Japan for an investment forum with business leaders.'), []);
    assert.deepEqual(cues('Lee is in Indonesia for talks with Widodo.'), ['visit "is in "', 'talks "talks with"']);
  });

  it('reads a present perfect dated by a day of this week as a report, and one with "since" as a look back', () => {
    assert.deepEqual(cues('Lee and Widodo have held formal talks at the palace on Tuesday.'), [
      'talks "held formal talks"',
    ]);
    assert.deepEqual(cues('Lee has met Widodo today in Bogor.'), ['meeting "met"']);
    assert.deepEqual(cues('Lee and Widodo have held talks twice since 2020.'), []);
    assert.deepEqual(cues('Lee has visited Indonesia many times.'), []);
    assert.deepEqual(cues('Lee has met Widodo three times, most recently on Tuesday, since he took office.'), []);
  });

  it('reads a pluperfect dated by a day of the trip as its earlier step, and one without as a look back', () => {
    assert.deepEqual(
      cues(
        'Lee arrived in Malaysia on Wednesday evening from Jakarta, where he had held talks with Widodo earlier in the day.',
      ),
      ['visit "arrived in "', 'talks "held talks"'],
    );
    assert.deepEqual(cues('The two leaders had held talks on Thursday evening at a hotel in Bogor.'), [
      'talks "held talks"',
    ]);
    assert.deepEqual(cues('He had held talks with Widodo in Jakarta in 2019.'), []);
    assert.deepEqual(cues('He had held talks with Widodo in Jakarta the year before.'), []);
    assert.deepEqual(cues('Lee, who had met Widodo in May, arrived in Malaysia on Wednesday.'), [
      'visit "arrived in "',
    ]);
    assert.deepEqual(cues('The two leaders had held talks twice since 2020, most recently on Thursday.'), []);
  });

  it('takes no event from a visit told in reported speech with "would", and keeps one made', () => {
    assert.deepEqual(cues('Widodo said that Lee would make a visit to Indonesia after that.'), []);
    assert.deepEqual(cues('Widodo said Lee would also pay a visit to Indonesia.'), []);
    assert.deepEqual(cues('Lee made a visit to Indonesia, which Widodo said would deepen ties.'), [
      'visit "made a visit"',
    ]);
  });

  it('takes no visit from an invitation to make one, and keeps the visit made at an invitation', () => {
    assert.deepEqual(cues('Widodo invited Lee to visit Indonesia at a convenient time, and Lee accepted.'), []);
    // The period of an honorific does not end the invitation.
    assert.deepEqual(cues('Mr. Widodo invited Mr. Lee to visit Indonesia.'), []);
    // In the passive too.
    assert.deepEqual(cues('The palace said the Prime Minister had been invited to visit Jakarta.'), []);
    assert.deepEqual(
      cues('Mr. Lee arrived in Jakarta on Thursday on a two-day visit at the invitation of Mr. Widodo.'),
      ['visit "arrived in "'],
    );
    assert.deepEqual(cues('Lee accepted the invitation to pay a state visit to Indonesia.'), []);
    assert.deepEqual(cues('At the invitation of Widodo, Lee will pay a state visit to Indonesia.'), [
      'state visit "state visit" planned',
    ]);
    assert.deepEqual(cues('Lee, who was invited by Widodo, is paying a state visit to Indonesia.'), [
      'state visit "state visit"',
    ]);
    assert.deepEqual(cues('佐科邀请李显龙在方便的时候访问印度尼西亚。', true), []);
    assert.deepEqual(cues('李显龙应佐科邀请对印度尼西亚进行国事访问。', true), ['state visit "国事访问"']);
  });
});

describe('Chinese cues', () => {
  it('tells 会见 from 会谈, and finds visits and signings', () => {
    assert.deepEqual(cues('国家主席习近平在人民大会堂会见印度尼西亚总统佐科。', true), ['meeting "会见"']);
    assert.deepEqual(cues('两国领导人举行会谈，并共同见证签署合作文件。', true), ['talks "会谈"', 'signing "见证签"']);
    assert.deepEqual(cues('应邀对日本进行正式访问。', true), ['official visit "正式访问"']);
  });

  it('marks plans with 将于 and meetings held 分别', () => {
    assert.deepEqual(cues('柬埔寨首相洪玛奈将于下周对中国进行正式访问。', true), ['official visit "正式访问" planned']);
    assert.deepEqual(cues('王毅分别会见老挝和缅甸外长。', true), ['meeting "会见" separately']);
  });

  it('takes 会谈后 and 会见结束后 as times after an encounter already reported, not as encounters', () => {
    assert.deepEqual(cues('会谈后，佐科还分别会见了李显龙和金正恩。', true), ['meeting "会见" separately']);
    assert.deepEqual(cues('会见结束后，佐科还分别会见了李显龙和金正恩。', true), ['meeting "会见" separately']);
    assert.deepEqual(cues('会谈后，两国领导人共同出席了欢迎宴会。', true), ['banquet "欢迎宴会"']);
    // The encounter itself, and the talks held before something else, stay cues.
    assert.deepEqual(cues('佐科与李显龙举行会谈。', true), ['talks "会谈"']);
    assert.deepEqual(cues('佐科在会谈中表示，双方应加强合作。', true), ['talks "会谈"']);
  });

  it('drops 去年 and 曾 look-backs, and keeps 不久前 as retrospective', () => {
    assert.deepEqual(cues('两国领导人去年在旧金山会晤。', true), []);
    assert.deepEqual(cues('他曾多次访问中国。', true), []);
    // 曾 right before the event's verb or preposition looks back too; 曾 opening a name does not.
    assert.deepEqual(cues('今年2月，阮富仲曾对印度尼西亚进行国事访问。', true), []);
    assert.deepEqual(cues('佐科曾赴河内出席东盟峰会。', true), []);
    assert.deepEqual(cues('曾庆红会见佐科。', true), ['meeting "会见"']);
    assert.deepEqual(cues('今年2月，阮富仲对印度尼西亚进行国事访问。', true), ['state visit "国事访问"']);
    assert.deepEqual(cues('两国领导人不久前在旧金山会晤。', true), ['meeting "会晤" retrospective']);
  });

  it('reads a banquet told by its meal, 晚宴 or 午宴, and no meal words as none', () => {
    assert.deepEqual(cues('当晚，佐科在雅加达为李显龙举行欢迎晚宴。', true), ['banquet "晚宴"']);
    assert.deepEqual(cues('次日，李显龙出席佐科举行的午宴。', true), ['banquet "午宴"']);
    assert.deepEqual(cues('当晚，佐科在雅加达观看文艺演出。', true), []);
  });

  it('reads a visit told after an announced departure, 将离开…，前往…, as planned', () => {
    assert.deepEqual(cues('18日，胡锦涛将离开莫斯科，前往斯洛伐克进行国事访问。', true), [
      'state visit "国事访问" planned',
    ]);
    // A departure told as done leaves the visit held.
    assert.deepEqual(cues('18日，胡锦涛离开莫斯科，前往斯洛伐克进行国事访问。', true), ['state visit "国事访问"']);
  });

  it('reads a private or working meal, 私人晚宴 or 工作午宴, as a meeting and not a banquet', () => {
    assert.deepEqual(cues('当晚，奥巴马在白宫为胡锦涛举行小范围私人晚宴。', true), ['meeting "小范围私人晚宴"']);
    assert.deepEqual(cues('次日，李显龙在总统府为佐科举行工作午宴。', true), ['meeting "工作午宴"']);
    // A welcome dinner or a state banquet stays a banquet.
    assert.deepEqual(cues('19日晚，奥巴马夫妇在白宫为胡锦涛举行国宴。', true), ['banquet "国宴"']);
  });

  it('reads 通过视频连线…会晤 as a video meeting, whatever a later clause looks back on', () => {
    assert.deepEqual(
      cues('佐科15日下午在雅加达通过视频连线同李显龙举行会晤，两国领导人回顾了今年以来双边关系的发展。', true),
      ['virtual meeting "通过视频连线同李显龙举行会晤"'],
    );
    // A look back in the encounter's own clause still drops it.
    assert.deepEqual(cues('两国领导人今年以来三次通过视频连线举行会晤。', true), []);
  });

  it('reads a wish for an encounter to come as no event, over "，并" too', () => {
    assert.deepEqual(cues('佐科表示，期待明年赴新加坡出席峰会，并同李显龙举行会晤。', true), []);
    assert.deepEqual(cues('佐科表示，期待同李显龙举行会晤。', true), []);
    assert.deepEqual(cues('佐科同李显龙举行会晤，双方期待进一步加强合作。', true), ['meeting "会晤"']);
  });

  it('stays quiet on a sentence that reports no event', () => {
    assert.deepEqual(cues('两国经贸合作不断深化。', true), []);
  });
});

describe('French cues, the counterparts of English ones', () => {
  it('reads visits, talks, meetings and a passive reception', () => {
    assert.deepEqual(cues("Le Président a effectué une visite officielle d'amitié au Viet Nam du 6 au 8 juin."), [
      'official visit "visite officielle d\'amitié"',
    ]);
    assert.deepEqual(cues("Le Premier ministre s'est entretenu à Hanoï avec son homologue."), [
      'talks "s\'est entretenu"',
    ]);
    assert.deepEqual(cues('Le lendemain, M. Widodo a été reçu par le Premier ministre.'), [
      'meeting "a été reçu par" separately',
    ]);
    assert.deepEqual(cues('Le 9 octobre, le Premier ministre a rencontré son homologue.'), ['meeting "a rencontré"']);
  });

  it('reads a French future as a plan', () => {
    assert.deepEqual(cues("Le Président effectuera une visite d'État en Chine la semaine prochaine."), [
      'state visit "visite d\'État" planned',
    ]);
  });

  it('reads no event in a French look back, a letter received or a sentence with no event', () => {
    assert.deepEqual(cues('Le Président avait rencontré M. Widodo en 2019.'), []);
    assert.deepEqual(cues('Il a reçu une lettre du Président.'), []);
    assert.deepEqual(cues('Les deux pays ont convenu de renforcer leur coopération.'), []);
  });
});

describe('a reception hosted for a guest', () => {
  it('is a meeting with the guest, like "received"', () => {
    assert.deepEqual(cues('Prime Minister Pham Minh Chinh hosted a reception for the ambassador.'), [
      'meeting "hosted a reception for"',
    ]);
    assert.deepEqual(cues('The embassy hosted a reception to mark National Day.'), []);
  });
});

describe('a visit named after an arrival', () => {
  it('reads "arrived on Friday for a three-day visit" as a visit, the aside after it no look back', () => {
    assert.deepEqual(cues('Blinken, who arrived on Friday for a three-day visit, his first since 2020, met Chinh.'), [
      'visit "arrived on Friday for a three-day visit"',
      'meeting "met"',
    ]);
  });

  it('reads no visit from an arrival for something else', () => {
    assert.deepEqual(cues('The delegation arrived on Friday for a match against the hosts.'), []);
    assert.deepEqual(cues('The ship arrived on time for a refit.'), []);
  });
});

describe('a summit two leaders held', () => {
  it('reaches the cue patterns: "held an informal summit" is a meeting', () => {
    assert.deepEqual(cues('Modi and Putin held an informal summit in Sochi on Monday.'), [
      'meeting "held an informal summit"',
    ]);
  });

  it('reads no event in a summit attended or travelled to', () => {
    assert.deepEqual(cues('Modi attended the G20 summit in Rome.'), []);
    assert.deepEqual(cues('Putin will travel to India in October for the annual summit.'), []);
  });

  it('reaches the patterns for separate audiences and a landing as well', () => {
    assert.deepEqual(cues('The King held separate audiences with the two envoys.'), [
      'meeting "held separate audiences with" separately',
    ]);
    assert.deepEqual(cues('Landing in Hanoi on Friday, the president was greeted by students.'), [
      'visit "Landing in "',
    ]);
  });
});

describe('a welcome ceremony named before its hosts', () => {
  it('reads "was welcomed at an official ceremony ... hosted by" as a welcome ceremony', () => {
    assert.deepEqual(
      cues('Chinh was welcomed at an official ceremony at Rashtrapati Bhavan, hosted by Prime Minister Modi.'),
      ['welcome ceremony "was welcomed at an official ceremony"'],
    );
  });

  it('reads no ceremony in a welcome with no host named, nor at the airport', () => {
    assert.deepEqual(cues('Chinh was welcomed at an official ceremony at the palace.'), []);
    assert.deepEqual(cues('Chinh was welcomed at the airport, hosted by the embassy.'), []);
  });
});

describe('a banquet given for a guest (设宴款待)', () => {
  it('reads 设宴款待 as a banquet', () => {
    assert.deepEqual(cues('当晚，西哈莫尼国王在王宫设宴款待习近平。', true), ['banquet "设宴"']);
  });

  it('reads none where nothing is given', () => {
    assert.deepEqual(cues('双方同意设立联合工作组。', true), []);
  });
});

describe('the announced end of a visit', () => {
  it('is no visit, held or planned', () => {
    assert.deepEqual(cues('胡锦涛定于明日结束访问返回北京。', true), []);
    assert.deepEqual(cues('习近平将于明日结束对越南的国事访问。', true), []);
    assert.deepEqual(cues('Modi will conclude his state visit to Vietnam tomorrow.'), []);
    assert.deepEqual(cues('Lam is scheduled to end his official visit to Laos on Friday.'), []);
  });

  it('leaves a visit that ended, and a visit announced, as they were', () => {
    assert.deepEqual(cues('Modi concluded his state visit to Vietnam on Tuesday.'), ['state visit "state visit"']);
    assert.deepEqual(cues('Modi will pay a state visit to Vietnam next month.'), ['state visit "state visit" planned']);
    assert.deepEqual(cues('习近平将于明日对越南进行国事访问。', true), ['state visit "国事访问" planned']);
  });

  it('reads 定于 (is scheduled for) as a plan', () => {
    assert.deepEqual(cues('阮富仲定于明日同习近平举行会谈。', true), ['talks "会谈" planned']);
  });
});

describe('a day of talks counted among their days', () => {
  it('is talks: "held a second day of informal talks"', () => {
    assert.deepEqual(cues('Modi and Xi held a second day of informal talks in Wuhan on Saturday.'), [
      'talks "held a second day of informal talks"',
    ]);
    assert.deepEqual(cues('The two sides held the final day of talks in Geneva.'), [
      'talks "held the final day of talks"',
    ]);
  });

  it('is no talks when the day held is of something else', () => {
    assert.deepEqual(cues('The country held a second day of mourning for the victims of the talks collapse.'), []);
  });
});

describe('a banquet after "and" in a sentence that gave something else', () => {
  it('is a banquet', () => {
    assert.deepEqual(
      cues(
        'Mukherjee hosted a ceremonial welcome for Obama on Sunday, and a state banquet in his honour that evening.',
      ),
      ['welcome ceremony "hosted a ceremonial welcome"', 'banquet ", and a state banquet"'],
    );
  });

  it('is none without a verb of giving before it', () => {
    assert.deepEqual(cues('The two held talks and a working dinner.'), ['talks "held talks"']);
    assert.deepEqual(cues('Officials said talks and a state dinner were planned.'), []);
  });
});

describe('an arrival for a summit or talks, and a summit held over days', () => {
  it('is a visit: "flew in late on Tuesday for his second summit", "landed in the city for the two-day summit"', () => {
    assert.deepEqual(cues('Trump, who flew in late on Tuesday for his second summit with Kim, was greeted warmly.'), [
      'visit "flew in late on Tuesday for his second summit"',
    ]);
    assert.deepEqual(cues('Modi landed in the city for the two-day summit.'), [
      'visit "landed in the city for the two-day summit"',
    ]);
  });

  it('is no visit when the arrival is not for the summit or talks', () => {
    assert.deepEqual(cues('Modi flew in to attend the summit.'), []);
    assert.deepEqual(cues('The delegation landed in the city for the night.'), []);
  });

  it('is a visit: a landing at an airport it names, and not at one it does not', () => {
    assert.deepEqual(cues('Obama landed at Halim Perdanakusuma airport from New Delhi.'), ['visit "landed at "']);
    assert.deepEqual(cues('Modi landed at Noi Bai International Airport on Tuesday evening.'), ['visit "landed at "']);
    assert.deepEqual(cues('Obama landed at the airport from New Delhi.'), []);
    assert.deepEqual(cues('The plane landed at an angle.'), []);
  });

  it('is talks: consultations between two governments, and no other consultations', () => {
    assert.deepEqual(
      cues('Merkel and Modi held the fourth round of German-Indian government consultations at the Chancellery.'),
      ['talks "held the fourth round of German-Indian government consultations"'],
    );
    assert.deepEqual(cues('Li and Merkel hold intergovernmental consultations in Berlin on Monday.'), [
      'talks "hold intergovernmental consultations"',
    ]);
    assert.deepEqual(cues('The deputy foreign ministers held political consultations in Hanoi.'), []);
    assert.deepEqual(cues('Modi held consultations with party members on Monday.'), []);
    assert.deepEqual(cues('The government consultations were postponed.'), []);
  });

  it('is a visit: an arrival at an airport or an air base it names, and not at anything else', () => {
    assert.deepEqual(cues('Modi arrived at Waterkloof Air Force Base late on Thursday from Mozambique.'), [
      'visit "arrived at "',
    ]);
    assert.deepEqual(cues('Abe arrives at Ninoy Aquino International Airport on Thursday.'), ['visit "arrives at "']);
    assert.deepEqual(cues('Obama landed at Andrews Air Force Base from Hanoi.'), ['visit "landed at "']);
    assert.deepEqual(cues('Modi arrived at the airport from Mozambique.'), []);
    assert.deepEqual(cues('The two sides arrived at Agreement House late.'), []);
    assert.deepEqual(cues('The ministers arrived at a consensus on Thursday.'), []);
  });

  it('in Chinese, is a visit for an arrival in a place and for talks held over days with a host', () => {
    assert.deepEqual(cues('11日下午，习近平乘专机抵达金奈。', true), ['visit "抵达"']);
    assert.deepEqual(cues('国家主席习近平11日至12日在印度金奈同印度总理莫迪举行非正式会晤。', true), [
      'visit "在"',
      'meeting "会晤"',
    ]);
  });

  it('in Chinese, is no visit after arriving, nor for talks of one day', () => {
    assert.deepEqual(cues('抵达后，习近平会见了印度总理莫迪。', true), ['meeting "会见"']);
    assert.deepEqual(cues('国家主席习近平11日在金奈同印度总理莫迪举行非正式会晤。', true), ['meeting "会晤"']);
  });

  it('in Chinese, is no visit for an arrival at a building, but one for an arrival in a city told with 时', () => {
    assert.deepEqual(cues('佐科抵达总统府时，阮富仲在门前热情迎接，并为佐科举行隆重欢迎仪式。', true), [
      'welcome ceremony "隆重欢迎"',
    ]);
    assert.deepEqual(cues('佐科抵达主席府。', true), []);
    assert.deepEqual(cues('佐科抵达河内。', true), ['visit "抵达"']);
    assert.deepEqual(cues('佐科抵达河内时，受到热烈欢迎。', true), ['visit "抵达"']);
  });
});

describe('talks told by what came after them', () => {
  it('are talks: "agreed to deals after talks at Hyderabad House"', () => {
    assert.deepEqual(cues('Trump and Modi on Tuesday agreed to deals after talks at Hyderabad House.'), [
      'talks "after talks"',
    ]);
  });

  it('are no cue when "after the talks" refers back', () => {
    assert.deepEqual(cues('After the talks, the two leaders addressed the press.'), []);
  });
});

describe('此前 with "that same day"', () => {
  it('tells the tour’s earlier leg that day, not a look back', () => {
    assert.deepEqual(
      cues('此前，习近平当天对哈萨克斯坦进行国事访问，在努尔苏丹同哈萨克斯坦总统托卡耶夫举行会谈。', true),
      ['state visit "国事访问"', 'talks "会谈"'],
    );
  });

  it('still looks back with no day of this trip', () => {
    assert.deepEqual(cues('此前，习近平对哈萨克斯坦进行国事访问。', true), []);
  });
});

describe('此前 with its day after the subject', () => {
  it('tells an earlier event of the trip when the day follows the subject with no 于', () => {
    assert.deepEqual(
      cues('此前，习近平11日在杜尚别同俄罗斯总统普京、蒙古国总统额勒贝格道尔吉举行中俄蒙三国元首会晤。', true),
      ['meeting "会晤"'],
    );
  });

  it('still looks back when the day is of another year', () => {
    assert.deepEqual(cues('此前，习近平2013年9月7日在阿斯塔纳同纳扎尔巴耶夫举行会谈。', true), []);
    assert.deepEqual(cues('此前，两国元首2013年9月会晤。', true), []);
  });
});

describe('a visit told by its start or its end', () => {
  it('is a visit, whatever its length or kind', () => {
    assert.deepEqual(cues('The Australian leader, who began his four-day visit in Ahmedabad on Wednesday, left.'), [
      'visit "began his four-day visit"',
    ]);
    assert.deepEqual(cues('Lula kicked off a three-day trip on Thursday.'), ['visit "kicked off a three-day trip"']);
    assert.deepEqual(cues('Xi began a three-nation tour in Paris.'), ['visit "began a three-nation tour"']);
  });

  it('is no visit when the tour is of a place in town', () => {
    assert.deepEqual(cues('Xi began a tour of the exhibition at the museum.'), []);
  });
});

describe('a guest received in the place clause of a welcome', () => {
  it('is the welcome told from its hosts’ side, not a meeting besides it', () => {
    assert.deepEqual(
      cues(
        'Albanese was accorded a ceremonial welcome at the forecourt of the palace, where he was received by President Murmu and Modi.',
      ),
      ['welcome ceremony "accorded a ceremonial welcome"'],
    );
  });

  it('is a meeting when received later, apart from the welcome', () => {
    assert.deepEqual(
      cues('Albanese was accorded a ceremonial welcome at the palace, and was later received by President Murmu.'),
      ['welcome ceremony "accorded a ceremonial welcome"', 'meeting "was later received by" separately'],
    );
  });
});

describe('talks or a summit introduced as what was done at it', () => {
  it('reads talks ranked or introduced by an indefinite article, and a summit likewise', () => {
    assert.deepEqual(
      cues('Kishida and Xi on Thursday reaffirmed their commitment in their first face-to-face talks in a year.'),
      ['talks "in their first face-to-face talks"'],
    );
    assert.deepEqual(cues('Kim and Putin signed a treaty on Wednesday during a summit in Pyongyang.'), [
      'signing "signed"',
      'meeting "during a summit"',
    ]);
  });

  it('reads no gathering named by its name, and no talks referred back to', () => {
    assert.deepEqual(cues('Xi and Biden agreed on a hotline at a summit of the G20 in Bali.'), []);
    assert.deepEqual(cues('Xi and Widodo discussed trade during an ASEAN summit in Jakarta.'), []);
    assert.deepEqual(cues('In their talks, the two leaders discussed trade.'), []);
  });
});

describe('a conversation', () => {
  it('is a meeting in person, and a call by telephone', () => {
    assert.deepEqual(cues('Kishida also held a brief conversation with US President Joe Biden on Thursday.'), [
      'meeting "held a brief conversation with"',
    ]);
    assert.deepEqual(cues('Kishida had a telephone conversation with Biden on Thursday.'), [
      'phone call "had a telephone conversation"',
    ]);
  });
});

describe('a welcome and a state meal told with the guest before them', () => {
  it('reads "welcomed X to the White House on Thursday with an elaborate arrival ceremony"', () => {
    assert.deepEqual(
      cues(
        'President Joe Biden welcomed Indian Prime Minister Narendra Modi to the White House on Thursday with an elaborate arrival ceremony.',
      ),
      [
        'welcome ceremony "welcomed Indian Prime Minister Narendra Modi to the White House on Thursday with an elaborate arrival ceremony"',
      ],
    );
  });

  it('reads "hosted X for a state dinner" as a banquet, and an informal dinner as a meeting at table', () => {
    assert.deepEqual(cues('Biden and first lady Jill Biden hosted Modi for a state dinner Thursday night.'), [
      'banquet "hosted Modi for a state dinner"',
    ]);
    assert.deepEqual(cues('Biden hosted Modi for an informal dinner on Thursday.'), [
      'meeting "hosted Modi for an informal dinner"',
    ]);
  });
});

describe('a visit or a plan called off', () => {
  it('is no event, held or planned, in each language', () => {
    assert.deepEqual(cues('Widodo was due to visit Hanoi in March but postponed the trip because of the floods.'), []);
    assert.deepEqual(cues('His state visit to Canberra was cancelled at the last minute.'), []);
    assert.deepEqual(cues('The postponed state visit will now take place in the spring.'), []);
    assert.deepEqual(cues('原定于下月对日本进行的国事访问因故推迟。', true), []);
    assert.deepEqual(cues('Sa visite d’État en Algérie, prévue en mai, a été reportée.'), []);
    assert.deepEqual(cues('Chuyến thăm chính thức của ông tới Lào đã bị hoãn.'), []);
  });

  it('leaves an encounter that was held, whatever was called off beside it, and a visit that was not', () => {
    assert.deepEqual(cues('Kim met Trong in Hanoi on Friday, after the first summit had been postponed twice.'), [
      'meeting "met"',
    ]);
    assert.deepEqual(cues('Widodo paid a state visit to Vietnam, which had called off the naval drills.'), [
      'state visit "state visit"',
    ]);
    assert.deepEqual(cues('Widodo will pay a state visit to Vietnam next month.'), [
      'state visit "state visit" planned',
    ]);
  });
});

describe('a guest received at an official ceremony', () => {
  it('is a welcome, and an honour received at one is none', () => {
    assert.deepEqual(
      cues('Before the talks, the two hosts received President Xi at an official ceremony at the palace.'),
      ['welcome ceremony "received President Xi at an official ceremony"'],
    );
    assert.deepEqual(cues('Xi received the Order of Zayed at an official ceremony in the palace.'), []);
    assert.deepEqual(cues('Lee received Widodo at the Istana on Monday.'), ['meeting "received "']);
  });
});

describe('a Chinese remark on the event just told', () => {
  it('names no event of its own in a clause opened by 这是', () => {
    assert.deepEqual(cues('习近平18日在里约热内卢会见了英国首相，这是两国领导人近年来首次举行正式会晤。', true), [
      'meeting "会见"',
    ]);
    assert.deepEqual(cues('习近平18日会见了英国首相，随后两国领导人举行会晤。', true), [
      'meeting "会见"',
      'meeting "会晤"',
    ]);
  });
});

describe('a guest hosted for a meeting or a meal', () => {
  it('is a meeting; a host of no named guest, or of no meeting, is none', () => {
    assert.deepEqual(cues('On Monday, Mr Lee hosted Mr Widodo at the Istana for a meeting and a working lunch.'), [
      'meeting "hosted "',
    ]);
    assert.deepEqual(cues('Singapore hosted the Shangri-La Dialogue for a week.'), []);
    assert.deepEqual(cues('The city hosted thousands of visitors for a festival.'), []);
  });
});

describe('an encounter proposed or asked for', () => {
  it('is no event', () => {
    assert.deepEqual(
      cues(
        'Dhaka has also proposed a meeting between Yunus and Indian prime minister Narendra Modi on the sidelines of the summit next week.',
      ),
      [],
    );
    assert.deepEqual(cues('Manila sought talks with Beijing over the shoal.'), []);
    assert.deepEqual(cues('Seoul has requested a bilateral meeting with Tokyo.'), []);
  });

  it('leaves the encounter held after it', () => {
    assert.deepEqual(cues('Modi requested a bilateral meeting, and the two leaders met on Friday in Beijing.'), [
      'meeting "met"',
    ]);
  });
});

describe('a guest received with the wire’s "here today" before the name', () => {
  it('is a meeting', () => {
    assert.deepEqual(cues('President Arif Alvi received here today Crown Prince Mohammed bin Salman.'), [
      'meeting "received here today "',
    ]);
  });

  it('is none when what was received is an honour', () => {
    assert.deepEqual(cues('The Crown Prince received here today the Order of Pakistan.'), []);
  });
});

describe('a pair’s first encounter', () => {
  it('is a look back', () => {
    assert.deepEqual(
      cues('The two leaders first met on the sidelines of the Group of 20 summit in Hamburg in July last year.'),
      [],
    );
  });

  it('leaves a first summit reported as news', () => {
    assert.deepEqual(cues('Trump and Putin held their first summit in Helsinki on Monday.'), [
      'meeting "held their first summit"',
    ]);
  });
});

describe('an encounter told in a clause of time', () => {
  it('is a meeting: "after meeting Premier Li Keqiang"', () => {
    assert.deepEqual(cues('Gillard has secured a deal after meeting Premier Li Keqiang yesterday.'), [
      'meeting "after meeting "',
    ]);
    assert.deepEqual(cues('Before meeting with Lee Hsien Loong, Widodo toured the port.'), [
      'meeting "Before meeting with "',
    ]);
  });

  it('is none when no one is named: "before meeting reporters"', () => {
    assert.deepEqual(cues('He looked tired before meeting reporters.'), []);
  });
});
