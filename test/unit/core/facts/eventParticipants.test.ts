/** Who took part in the event each cue of a sentence reports. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { viewArticle } from '../../../../server/src/core/facts/articleView.js';
import { findCues } from '../../../../server/src/core/facts/eventCues.js';
import { participantsOfCues } from '../../../../server/src/core/facts/eventParticipants.js';
import { readSentenceTitles } from '../../../../server/src/core/facts/sentenceTitles.js';
import { memoryArticle } from '../../../support/memoryArticle.js';
import { smallKnowledgeBase } from '../../../support/smallKnowledgeBase.js';

const { kb, index } = smallKnowledgeBase();

/** For each cue of the one-sentence article, `format: people of each encounter` (ids joined by +, encounters by |). */
function participants(sentence: string): string[] {
  const view = viewArticle(memoryArticle([sentence]), index);
  const [read] = view.sentences;
  assert.ok(read);
  const cues = findCues(read.text, read.chinese);
  const titles = readSentenceTitles(view.text, read, kb, '2019-02-27');
  return participantsOfCues(view.text, read, cues, titles).map(
    (encounters, i) =>
      `${cues[i]!.format}: ${encounters.map((e) => [...e.persons.map((p) => p.entity.id), ...e.parties.map((p) => p.entity.id)].join('+')).join(' | ')}`,
  );
}

describe('a message handed over', () => {
  it('is between the one it is from and the one its bearer met, not the bearer', () => {
    const read = participants('会见金正恩时，佐科·维多多转交阮富仲总书记贺电。');
    assert.ok(read.includes('letter: nguyen-phu-trong+kim-jong-un'), JSON.stringify(read));
  });

  it('has its sender alone when the sentence names no one met', () => {
    const read = participants('佐科·维多多转交阮富仲总书记贺电。');
    assert.deepEqual(read, ['letter: nguyen-phu-trong']);
  });
});

describe('English sentences', () => {
  it('leaves to another encounter the person met in a clause "hours before" a gerund opens', () => {
    assert.deepEqual(
      participants(
        'Vietnamese President Nguyen Phu Trong held talks with Indonesian President Joko Widodo on Wednesday, hours before sitting down to dinner with Singaporean Prime Minister Lee Hsien Loong.',
      ),
      ['talks: nguyen-phu-trong+joko-widodo'],
    );
  });

  it('leaves out the people a closed "who" aside before the cue names', () => {
    assert.deepEqual(
      participants(
        'Indonesian President Joko Widodo, who flew in on Tuesday for his summit with Lee Hsien Loong, held talks with Nguyen Phu Trong in Hanoi.',
      ),
      ['visit: joko-widodo', 'talks: joko-widodo+nguyen-phu-trong'],
    );
    // Without the aside's commas, the person named is the cue's subject as before.
    assert.deepEqual(
      participants('Indonesian President Joko Widodo and Lee Hsien Loong held talks with Nguyen Phu Trong in Hanoi.'),
      ['talks: joko-widodo+lee-hsien-loong+nguyen-phu-trong'],
    );
  });

  it('takes the people named before and after a meeting', () => {
    assert.deepEqual(
      participants('Indonesian President Joko Widodo met Singaporean Prime Minister Lee Hsien Loong in Bogor.'),
      ['meeting: joko-widodo+lee-hsien-loong'],
    );
  });

  it('reads one "met" whose object is people joined by "and" as a meeting with each, and a meeting of them all as one', () => {
    assert.deepEqual(participants('Joko Widodo met Nguyen Xuan Phuc and Nguyen Phu Trong in Hanoi on Friday.'), [
      'meeting: joko-widodo+nguyen-xuan-phuc | joko-widodo+nguyen-phu-trong',
    ]);
    assert.deepEqual(
      participants('Joko Widodo also met with Nguyen Xuan Phuc, Nguyen Phu Trong and Lee Hsien Loong in Hanoi.'),
      ['meeting: joko-widodo+nguyen-xuan-phuc | joko-widodo+nguyen-phu-trong | joko-widodo+lee-hsien-loong'],
    );
    // "met with A and with B", B named after an office and a comma: a meeting with each.
    assert.deepEqual(
      participants(
        'Joko Widodo also met with Prime Minister Nguyen Xuan Phuc and with the General Secretary of the Communist Party of Vietnam Central Committee, Nguyen Phu Trong.',
      ),
      ['meeting: joko-widodo+nguyen-xuan-phuc | joko-widodo+nguyen-phu-trong'],
    );
    // A "with" that is not a second "met with" ("together with") joins the second to the first.
    assert.deepEqual(participants('Joko Widodo met Nguyen Xuan Phuc together with Nguyen Phu Trong in Hanoi.'), [
      'meeting: joko-widodo+nguyen-xuan-phuc+nguyen-phu-trong',
    ]);
    // Three leaders meeting one another, and people named after the place, are one meeting.
    assert.deepEqual(participants('Joko Widodo, Nguyen Xuan Phuc and Lee Hsien Loong met in Hanoi on Friday.'), [
      'meeting: joko-widodo+nguyen-xuan-phuc+lee-hsien-loong',
    ]);
    assert.deepEqual(
      participants(
        'Joko Widodo met Lee Hsien Loong in Singapore, in the presence of Nguyen Xuan Phuc and Nguyen Phu Trong.',
      ),
      ['meeting: joko-widodo+lee-hsien-loong+nguyen-xuan-phuc+nguyen-phu-trong'],
    );
    // Talks with two people are not split: they may be talks of three.
    assert.deepEqual(participants('Joko Widodo held talks with Nguyen Xuan Phuc and Lee Hsien Loong in Hanoi.'), [
      'talks: joko-widodo+nguyen-xuan-phuc+lee-hsien-loong',
    ]);
  });

  it('gives the visit of a main verb after a "who" clause to the subject, not to the one the clause named last', () => {
    assert.deepEqual(
      participants(
        'Joko Widodo, who arrived in Hanoi on Wednesday from Singapore, where he held talks with Lee Hsien Loong on Monday, is on a four-day state visit to Vietnam.',
      ),
      ['visit: joko-widodo', 'talks: joko-widodo+lee-hsien-loong', 'state visit: joko-widodo'],
    );
    // A "who" clause about the one met, ending the sentence, is that person's visit.
    assert.deepEqual(participants('Joko Widodo met Lee Hsien Loong, who is on a four-day state visit to Indonesia.'), [
      'meeting: joko-widodo+lee-hsien-loong',
      'state visit: lee-hsien-loong',
    ]);
  });

  it('takes the guest a banquet is given in the honour of, named with a possessive, and no other possessive', () => {
    assert.deepEqual(
      participants("Joko Widodo hosted a state banquet in Lee Hsien Loong's honour at the palace on Monday."),
      ['banquet: joko-widodo+lee-hsien-loong'],
    );
    assert.deepEqual(participants("Joko Widodo hosted a state banquet at Lee Hsien Loong's residence on Monday."), [
      'banquet: joko-widodo',
    ]);
  });

  it('gives a visit told as the time of the main clause ("during a one-day official visit") to its subject', () => {
    assert.deepEqual(
      participants(
        'Joko Widodo held talks with Lee Hsien Loong in Singapore on Monday, during a one-day official visit to Singapore.',
      ),
      ['talks: joko-widodo+lee-hsien-loong', 'official visit: joko-widodo'],
    );
    // A host's active verb makes the one named last the guest, whose visit it is.
    assert.deepEqual(
      participants(
        'Lee Hsien Loong received Joko Widodo in Singapore on Monday, during a one-day official visit to Singapore.',
      ),
      ['meeting: lee-hsien-loong+joko-widodo', 'official visit: joko-widodo'],
    );
  });

  it('reads a letter sent with its recipient before it ("sent Lee a letter") as a letter between the two', () => {
    assert.deepEqual(participants('On Wednesday, Joko Widodo sent Lee Hsien Loong a letter of thanks.'), [
      'letter: joko-widodo+lee-hsien-loong',
    ]);
    // Something else sent to someone is no letter.
    assert.deepEqual(participants('On Wednesday, Joko Widodo sent Lee Hsien Loong a gift.'), []);
  });

  it('stops at a clause about something else, and leaves out a sender of greetings and a possessive', () => {
    assert.deepEqual(participants('Joko Widodo met Lee Hsien Loong and told him that Kim Jong Un would come.'), [
      'meeting: joko-widodo+lee-hsien-loong',
    ]);
    assert.deepEqual(participants('Kim Jong Un met Lee Hsien Loong and passed on greetings from Joko Widodo.'), [
      'meeting: kim-jong-un+lee-hsien-loong',
    ]);
    assert.deepEqual(participants('Kim Jong Un met Lee Hsien Loong and praised Joko Widodo’s remarks.'), [
      'meeting: kim-jong-un+lee-hsien-loong',
    ]);
  });

  it('keeps the person met out of the luncheon the subject attends "before attending"', () => {
    assert.deepEqual(
      participants('Joko Widodo met Lee Hsien Loong before attending a state luncheon hosted by Nguyen Phu Trong.'),
      ['meeting: joko-widodo+lee-hsien-loong', 'banquet: joko-widodo+nguyen-phu-trong'],
    );
    // Without "before", a banquet both attended keeps them both.
    assert.deepEqual(
      participants('Joko Widodo and Lee Hsien Loong attended a state luncheon hosted by Nguyen Phu Trong.'),
      ['banquet: joko-widodo+lee-hsien-loong+nguyen-phu-trong'],
    );
  });

  it('makes one meeting per person met separately, and per person meeting when two meet one', () => {
    assert.deepEqual(participants('Joko Widodo met separately with Lee Hsien Loong and Nguyen Phu Trong.'), [
      'meeting: joko-widodo+lee-hsien-loong | joko-widodo+nguyen-phu-trong',
    ]);
    assert.deepEqual(participants('Joko Widodo and Lee Hsien Loong also met with Kim Jong Un.'), [
      'meeting: joko-widodo+kim-jong-un | lee-hsien-loong+kim-jong-un',
    ]);
  });

  it('makes one encounter per official of one government met, each under the title of another office', () => {
    assert.deepEqual(
      participants(
        'Joko Widodo held talks with CPV General Secretary Nguyen Phu Trong and Vietnamese President Nguyen Xuan Phuc.',
      ),
      ['talks: joko-widodo+nguyen-phu-trong | joko-widodo+nguyen-xuan-phuc'],
    );
    // Leaders of two countries at one table, or two people named without their offices: one encounter.
    assert.deepEqual(
      participants(
        'Joko Widodo held talks with Singaporean Prime Minister Lee Hsien Loong and CPV General Secretary Nguyen Phu Trong.',
      ),
      ['talks: joko-widodo+lee-hsien-loong+nguyen-phu-trong'],
    );
    assert.deepEqual(participants('Joko Widodo held talks with Nguyen Phu Trong and Nguyen Xuan Phuc.'), [
      'talks: joko-widodo+nguyen-phu-trong+nguyen-xuan-phuc',
    ]);
  });

  it('gives "sa visite" after a French reception to the guest named first, and "qui ... sa visite" to the one it describes', () => {
    assert.deepEqual(
      participants(
        'Joko Widodo a été reçu lundi par Lee Hsien Loong à Singapour, au deuxième et dernier jour de sa visite en Malaisie.',
      ),
      ['meeting: joko-widodo+lee-hsien-loong', 'visit: joko-widodo'],
    );
    assert.deepEqual(participants('Joko Widodo a rencontré Lee Hsien Loong, qui achevait sa visite en Indonésie.'), [
      'meeting: joko-widodo+lee-hsien-loong',
      'visit: lee-hsien-loong',
    ]);
  });

  it('gives a visit its visitor only, not the host who invited them', () => {
    assert.deepEqual(
      participants('At the invitation of Nguyen Phu Trong, Kim Jong Un paid a state visit to Viet Nam.'),
      ['state visit: kim-jong-un'],
    );
    assert.deepEqual(participants('Nguyen Phu Trong met with visiting Indonesian President Joko Widodo.'), [
      'meeting: nguyen-phu-trong+joko-widodo',
      'visit: joko-widodo',
    ]);
  });

  it('gives "his visit" after a meeting to the sentence\'s subject, and "who is on his visit" to the one it describes', () => {
    assert.deepEqual(
      participants(
        'Joko Widodo held talks with Lee Hsien Loong in Singapore, as part of his state visit to Singapore.',
      ),
      ['talks: joko-widodo+lee-hsien-loong', 'state visit: joko-widodo'],
    );
    assert.deepEqual(
      participants('Lee Hsien Loong held talks with Joko Widodo, who is on his state visit to Singapore.'),
      ['talks: lee-hsien-loong+joko-widodo', 'state visit: joko-widodo'],
    );
    assert.deepEqual(participants('Lee Hsien Loong welcomed Joko Widodo on his state visit to Singapore.'), [
      'state visit: joko-widodo',
    ]);
  });

  it('keeps a person whose title after the name holds a country’s possessive', () => {
    assert.deepEqual(
      participants('Joko Widodo met Kim Jong Un, General Secretary of North Korea’s ruling party, on Friday.'),
      ['meeting: joko-widodo+kim-jong-un'],
    );
    // The person's own possessive still leaves him out.
    assert.deepEqual(participants('Joko Widodo met Kim Jong Un’s sister on Friday.'), ['meeting: joko-widodo']);
  });

  it('takes parties named outside a title', () => {
    assert.deepEqual(participants('Delegations of the CPV and the WPK held talks in Hanoi.'), ['talks: cpv+wpk']);
  });
});

describe('Chinese sentences', () => {
  it('takes the subject before the cue and the people in its clause', () => {
    assert.deepEqual(participants('越共中央总书记阮富仲在河内会见金正恩。'), ['meeting: nguyen-phu-trong+kim-jong-un']);
  });

  it('makes one meeting per person met 分别', () => {
    assert.deepEqual(participants('阮富仲分别会见金正恩和佐科·维多多。'), [
      'meeting: nguyen-phu-trong+kim-jong-un | nguyen-phu-trong+joko-widodo',
    ]);
  });

  it('makes one encounter per office holder met, but one occasion when two of them host it together', () => {
    assert.deepEqual(
      participants('Kim Jong Un held talks with General Secretary Nguyen Phu Trong and President Nguyen Xuan Phuc.'),
      ['talks: kim-jong-un+nguyen-phu-trong | kim-jong-un+nguyen-xuan-phuc'],
    );
    assert.deepEqual(
      participants(
        'Kim Jong Un was welcomed at an official ceremony hosted by General Secretary Nguyen Phu Trong and President Nguyen Xuan Phuc.',
      ),
      ['welcome ceremony: kim-jong-un+nguyen-phu-trong+nguyen-xuan-phuc'],
    );
  });

  it('makes one meeting per host when two hosts each met one guest 分别', () => {
    assert.deepEqual(participants('当天，越共中央总书记阮富仲、印尼总统佐科·维多多分别会见金正恩。'), [
      'meeting: nguyen-phu-trong+kim-jong-un | joko-widodo+kim-jong-un',
    ]);
    // The guest between 分别 and the cue: "分别同金正恩举行会谈".
    assert.deepEqual(participants('当天，越共中央总书记阮富仲、印尼总统佐科·维多多分别同金正恩举行会谈。'), [
      'talks: nguyen-phu-trong+kim-jong-un | joko-widodo+kim-jong-un',
    ]);
    assert.deepEqual(participants('当天，阮富仲分别同金正恩、佐科·维多多举行会谈。'), [
      'talks: nguyen-phu-trong+kim-jong-un | nguyen-phu-trong+joko-widodo',
    ]);
    // Without 分别 the two hosts met him together: one meeting of three.
    assert.deepEqual(participants('当天，越共中央总书记阮富仲、印尼总统佐科·维多多会见金正恩。'), [
      'meeting: nguyen-phu-trong+joko-widodo+kim-jong-un',
    ]);
  });

  it('does not take the host of 应…邀请 for the visitor', () => {
    assert.deepEqual(participants('应阮富仲邀请，金正恩对越南进行国事访问。'), ['state visit: kim-jong-un']);
    // The visitor first, the hosts inside 应…邀请 after him: the visitor is still the one before it.
    assert.deepEqual(participants('金正恩是应阮富仲和佐科·维多多邀请，于3月1日至2日对越南进行国事访问。'), [
      'state visit: kim-jong-un',
    ]);
    // Without an invitation, the subject before the cue is the visitor.
    assert.deepEqual(participants('金正恩于3月1日至2日对越南进行国事访问。'), ['state visit: kim-jong-un']);
  });

  it('gives a visit described by a 的 clause to the guest named after it, not to the host who met him', () => {
    const read = participants('阮富仲1日下午会见来华进行正式访问的金正恩。');
    assert.ok(read.includes('official visit: kim-jong-un'), read.join('; '));
    assert.ok(!read.some((r) => r.startsWith('official visit: nguyen-phu-trong')), read.join('; '));
    // A visit that is no 的 clause stays the subject's.
    assert.ok(participants('阮富仲1日在河内进行正式访问，会见金正恩。').includes('official visit: nguyen-phu-trong'));
  });
});

describe('the visitor a pronoun stands for', () => {
  it('is the guest named last, not the subject, when the visit goes to the subject’s own country', () => {
    const read = participants(
      'Nguyen Phu Trong hosted Joko Widodo for a dinner in Hanoi on Monday evening, hours after he arrived in Vietnam for a two-day visit.',
    );
    assert.ok(read.includes('visit: joko-widodo'), JSON.stringify(read));
  });

  it('is the subject, not the host named last, when "his" visit goes to the host’s country', () => {
    const read = participants(
      'Joko Widodo met with Vietnamese President Nguyen Phu Trong in Hanoi on Monday during his official visit to Vietnam.',
    );
    assert.ok(read.includes('official visit: joko-widodo'), JSON.stringify(read));
  });

  it('is still the subject when the visit goes to another country', () => {
    const read = participants(
      'Nguyen Phu Trong met Joko Widodo in Jakarta on Monday evening, hours after he arrived in Indonesia for a two-day visit.',
    );
    assert.ok(read.includes('visit: nguyen-phu-trong'), JSON.stringify(read));
  });
});

describe('a second encounter after ", and"', () => {
  it('has the sentence’s subject and its own counterpart, not the first encounter’s', () => {
    assert.deepEqual(
      participants(
        'Joko Widodo held a brief conversation with Lee Hsien Loong on Thursday, and is slated to meet Nguyen Phu Trong on Friday.',
      ),
      ['meeting: joko-widodo+lee-hsien-loong', 'meeting: joko-widodo+nguyen-phu-trong'],
    );
  });
});
