/**
 * Look-back words scoped to their clause, dinners as encounters of their own, meetings "on the
 * sidelines", a stay's city ending at its first "for", and the onward legs of a tour.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../../../server/src/core/articles.js';
import { reportsOfArticle, type ReportDraft } from '../../../../server/src/core/facts/articleEvents.js';
import { viewArticle } from '../../../../server/src/core/facts/articleView.js';
import { findCues, type EventCue } from '../../../../server/src/core/facts/eventCues.js';
import { dateContextOf } from '../../../../server/src/core/facts/eventDates.js';
import { groupReports } from '../../../../server/src/core/facts/groupReports.js';
import { readSentenceTitles } from '../../../../server/src/core/facts/sentenceTitles.js';
import { memoryArticle } from '../../../support/memoryArticle.js';
import { smallKnowledgeBase } from '../../../support/smallKnowledgeBase.js';

const { kb, index } = smallKnowledgeBase();

function cues(sentence: string, chinese = false): string[] {
  return findCues(sentence, chinese).map(
    (c: EventCue) => `${c.format} "${sentence.slice(c.start, c.end)}"${c.planned ? ' planned' : ''}`,
  );
}

function reports(paragraphs: string[], fields: Partial<Article>): ReportDraft[] {
  const article = memoryArticle(paragraphs, fields);
  const view = viewArticle(article, index);
  const titles = view.sentences.map((s) => readSentenceTitles(view.text, s, kb, article.date));
  return reportsOfArticle(view, titles, { index, dates: dateContextOf(article) });
}

function summary(drafts: readonly ReportDraft[]): string[] {
  return drafts.map((d) => `${d.report.format} ${d.persons.join('+')} ${d.report.date ?? '-'}`);
}

describe('a look-back word in an aside', () => {
  it('marks only the aside, not the event outside it', () => {
    assert.deepEqual(
      cues('Widodo, on his first trip to Asia since returning to office, also held a bilateral meeting with Lee.'),
      ['meeting "meeting with"'],
    );
    assert.deepEqual(cues("Widodo effectue du 7 au 10 mai une visite d'État au Viet Nam, sa troisième depuis 2019."), [
      'state visit "visite d\'État"',
    ]);
    assert.deepEqual(cues('Widodo, who had visited Singapore in May, met Lee in Jakarta on Monday.'), [
      'meeting "met"',
    ]);
    assert.deepEqual(cues('2月16日，佐科会见李显龙，这是两人今年以来首次面对面会晤。', true), ['meeting "会见"']);
    assert.deepEqual(
      cues(
        'Widodo is on a state visit to Singapore from May 3 to 5 — the first by an Indonesian leader since 2019 — and met Lee on Friday.',
      ),
      ['state visit "state visit"', 'meeting "met"'],
    );
  });

  it('still makes a look back of the event it holds, or of a sentence with no aside', () => {
    // The visit named inside the aside is the one looked back at.
    assert.deepEqual(cues('Lee, who had visited Jakarta since 2019, said trade had grown.'), []);
    assert.deepEqual(cues('Widodo has made a state visit to Hanoi since he was re-elected last year.'), []);
    assert.deepEqual(cues('Since 2019, Widodo has visited Singapore four times.'), []);
    assert.deepEqual(cues('Les deux hommes se sont déjà rencontrés depuis 2019, a rappelé Widodo.'), []);
    assert.deepEqual(cues('此前，佐科曾同李显龙会见，这是两人以来首次。', true), []);
  });
});

describe('a dinner', () => {
  it('is an encounter: hosted for dinner, an informal dinner, un dîner partagé', () => {
    assert.deepEqual(cues('Lee hosted Widodo for an informal dinner at the Istana last night.'), [
      'meeting "hosted Widodo for an informal dinner"',
    ]);
    assert.deepEqual(cues('The two leaders had a private dinner on Sunday.'), ['meeting "had a private dinner"']);
    assert.deepEqual(cues('La veille au soir, les deux dirigeants avaient partagé un dîner informel.'), [
      'meeting "partagé un dîner"',
    ]);
    assert.deepEqual(cues('Lee hosted a state dinner for Widodo.'), ['banquet "hosted a state dinner"']);
  });

  it('is no encounter when it is only a time of day or a meal of one', () => {
    assert.deepEqual(cues('The talks ran until dinner time.'), []);
    assert.deepEqual(cues('Widodo ate dinner at his hotel.'), []);
  });

  it('the evening before talks with the same people is its own event; the same day it is one', () => {
    const apart = reports(
      [
        'Singaporean Prime Minister Lee Hsien Loong hosted Indonesian President Joko Widodo for an informal dinner last night.',
        'Lee and Widodo held talks at the Istana today.',
      ],
      { date: '2019-10-08' },
    );
    assert.deepEqual(summary(apart), [
      'meeting lee-hsien-loong+joko-widodo 2019-10-07',
      'talks lee-hsien-loong+joko-widodo 2019-10-08',
    ]);
    // Across articles too: the day's slack between outlets does not join what one text told apart.
    assert.equal(groupReports(apart).length, 2);
    const sameDay = reports(
      [
        'Singaporean Prime Minister Lee Hsien Loong held talks with Indonesian President Joko Widodo at the Istana today.',
        'Lee then hosted Widodo for an informal dinner.',
      ],
      { date: '2019-10-08' },
    );
    assert.deepEqual(summary(sameDay), ['talks lee-hsien-loong+joko-widodo 2019-10-08']);
  });
});

describe('a meeting "of" or "on"', () => {
  it('reads a meeting on the sidelines, not a meeting of a body', () => {
    assert.deepEqual(cues('Widodo and Lee held a closed-door meeting on the sidelines of the summit on Wednesday.'), [
      'meeting "held a closed-door meeting"',
    ]);
    assert.deepEqual(cues('Trong held a meeting of the Politburo on Monday.'), []);
    assert.deepEqual(cues('Widodo held a meeting on the work of the standing committee.'), []);
  });
});

describe('a stay in a city', () => {
  it('ends the city at its first "for", so a forum after it is attendance', () => {
    assert.deepEqual(cues('Widodo is in Beijing for the third Belt and Road Forum for International Cooperation.'), []);
    assert.deepEqual(cues('Widodo is in Singapore for talks with Lee.'), ['visit "is in "', 'talks "talks with"']);
  });
});

describe('the next leg of a tour', () => {
  it('is no event, held or planned, while a visit announced for itself stays planned', () => {
    assert.deepEqual(cues('Sau Singapore, Tổng thống sẽ thăm chính thức Việt Nam.'), []);
    assert.deepEqual(cues('From Singapore, Widodo will travel to Hanoi.'), []);
    assert.deepEqual(cues('Widodo will travel on to Hanoi for a state visit.'), []);
    assert.deepEqual(cues('Widodo will pay a state visit to Viet Nam next year.'), [
      'state visit "state visit" planned',
    ]);
  });

  it('is a planned visit when its visit words name where it goes, or it is given days of its own', () => {
    assert.deepEqual(cues('Widodo will then travel to Dhaka for a state visit to Bangladesh.'), [
      'state visit "state visit" planned',
    ]);
    assert.deepEqual(cues('Sau Singapore, Tổng thống sẽ thăm chính thức Việt Nam từ ngày 27 đến 29/9.'), [
      'official visit "thăm chính thức" planned',
    ]);
  });
});

describe('the next leg of a tour in Chinese', () => {
  it('is no event after "…后，" or "随后" when its words name no place, while a visit announced for itself stays planned', () => {
    assert.deepEqual(cues('会议结束后，王毅还将继续出访。', true), []);
    assert.deepEqual(cues('会议结束后，王毅将进行正式访问。', true), []);
    // Announced for itself, the same words are a plan.
    assert.deepEqual(cues('王毅将进行正式访问。', true), ['official visit "正式访问" planned']);
    assert.deepEqual(cues('应邀请，王毅将于2月18日至19日访问西班牙。', true), ['visit "访问" planned']);
  });

  it('is a planned visit when its visit words name where it goes', () => {
    assert.deepEqual(cues('慕安会后，王毅还将访问西班牙和法国。', true), ['visit "访问" planned']);
    assert.deepEqual(cues('王毅出席会议，随后将对西班牙进行正式访问。', true), ['official visit "正式访问" planned']);
    // The journey's "将" makes the visit of the clause after it a plan.
    assert.deepEqual(cues('14日，习近平将前往达卡，对孟加拉国进行国事访问。', true), [
      'state visit "国事访问" planned',
    ]);
  });
});

describe('three leaders who met, and a bilateral meeting after', () => {
  it('keeps the subjects of a bare "met" together, and the bilateral meeting apart', () => {
    const drafts = reports(
      [
        'Vietnamese President Nguyen Xuan Phuc and Indonesian President Joko Widodo met in Singapore yesterday, in the presence of Singaporean Prime Minister Lee Hsien Loong.',
        'Lee, on his first trip abroad since the election, also held a bilateral meeting with Widodo after the meeting.',
      ],
      { date: '2019-10-08' },
    );
    assert.deepEqual(summary(drafts), [
      'meeting nguyen-xuan-phuc+joko-widodo+lee-hsien-loong 2019-10-07',
      'meeting lee-hsien-loong+joko-widodo 2019-10-07',
    ]);
    assert.equal(groupReports(drafts).length, 2);
  });

  it('still makes two meetings of "A and B met with C"', () => {
    const drafts = reports(
      [
        'Vietnamese President Nguyen Xuan Phuc and Indonesian President Joko Widodo met with Lee Hsien Loong on Monday.',
      ],
      { date: '2019-10-08' },
    );
    assert.deepEqual(summary(drafts), [
      'meeting nguyen-xuan-phuc+lee-hsien-loong 2019-10-07',
      'meeting joko-widodo+lee-hsien-loong 2019-10-07',
    ]);
  });
});
