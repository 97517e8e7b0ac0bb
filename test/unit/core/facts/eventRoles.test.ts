/** People a sentence names only by their office, as person mentions at the title's place. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { viewArticle } from '../../../../server/src/core/facts/articleView.js';
import { roleMentions } from '../../../../server/src/core/facts/eventRoles.js';
import { readSentenceTitles } from '../../../../server/src/core/facts/sentenceTitles.js';
import { memoryArticle } from '../../../support/memoryArticle.js';
import { smallKnowledgeBase } from '../../../support/smallKnowledgeBase.js';

const { kb, index } = smallKnowledgeBase();

interface ArticleKnowledge {
  /** Office id → the people the article itself gives that office. */
  offices?: Map<string, Set<string>>;
  /** Everyone the article names. */
  people?: Set<string>;
}

/** The people named by office in a one-sentence article, as `words@offset → person`. */
function byOffice(sentence: string, date: string | undefined, known: ArticleKnowledge = {}): string[] {
  const view = viewArticle(memoryArticle([sentence]), index);
  const [read] = view.sentences;
  assert.ok(read);
  const titles = readSentenceTitles(view.text, read, kb, date);
  return roleMentions(view, read, titles, known.offices ?? new Map(), known.people ?? new Set(), index, date).map(
    (m) => {
      assert.equal(m.entity.type, 'person');
      return `${m.text}@${m.start} → ${m.entity.id}`;
    },
  );
}

/** The people named by office in the last sentence of an article, read on `date`. */
function inLast(paragraphs: string[], date: string): string[] {
  const view = viewArticle(memoryArticle(paragraphs), index);
  const read = view.sentences[view.sentences.length - 1];
  assert.ok(read);
  const titles = readSentenceTitles(view.text, read, kb, date);
  return roleMentions(view, read, titles, new Map(), new Set(), index, date).map((m) => `${m.text} → ${m.entity.id}`);
}

describe('people named by their office', () => {
  it('reads a French office with its country’s adjective as the holder, and a French title before a name as a title', () => {
    assert.deepEqual(byOffice('Le lendemain, le président vietnamien a reçu M. Widodo.', '2019-02-27'), [
      'président vietnamien@17 → nguyen-phu-trong',
    ]);
    assert.deepEqual(
      byOffice('Le lendemain, le chef du gouvernement vietnamien a été reçu par M. Widodo.', '2019-02-27', {
        offices: new Map([['prime-minister-vietnam', new Set(['nguyen-xuan-phuc'])]]),
      }),
      ['chef du gouvernement vietnamien@17 → nguyen-xuan-phuc'],
    );
    // A name after the office: the office is its title, and the name the person.
    assert.deepEqual(byOffice('Le président vietnamien Nguyen Phu Trong a reçu M. Widodo.', '2019-02-27'), []);
    // No one held the office that day, or the adjective is not one of the table's countries.
    assert.deepEqual(byOffice('Le lendemain, le président vietnamien a reçu M. Widodo.', '2023-02-27'), []);
    assert.deepEqual(byOffice('Le lendemain, le président thaïlandais a reçu M. Lee.', '2019-02-27'), []);
    assert.deepEqual(byOffice('Le lendemain, le président indonésien a reçu M. Lee.', '2019-02-27'), [
      'président indonésien@17 → joko-widodo',
    ]);
  });

  it('resolves a title without a name to the holder on the article’s day', () => {
    assert.deepEqual(byOffice('The Indonesian President arrived in Hanoi.', '2019-02-27'), [
      'Indonesian President@4 → joko-widodo',
    ]);
    assert.deepEqual(
      byOffice('The Indonesian President arrived in Hanoi.', '2025-02-27'),
      [],
      'the knowledge base names no holder then',
    );
    assert.deepEqual(byOffice('The Indonesian President arrived in Hanoi.', undefined), []);
  });

  it('prefers the one person the article itself gives the office', () => {
    const offices = new Map([['president-indonesia', new Set(['joko-widodo'])]]);
    assert.deepEqual(byOffice('The Indonesian President arrived in Hanoi.', '2025-02-27', { offices }), [
      'Indonesian President@4 → joko-widodo',
    ]);
  });

  it('reads role descriptions journalists write', () => {
    assert.deepEqual(byOffice("Singapore's head of government met them.", '2019-02-27'), [
      "Singapore's head of government@0 → lee-hsien-loong",
    ]);
    assert.deepEqual(byOffice('The Vietnamese head of state met Kim Jong Un.', '2019-02-27'), [
      'Vietnamese head of state@4 → nguyen-phu-trong',
    ]);
  });

  it('resolves a bare title to the one person of the article who held it then and is not in the sentence', () => {
    const people = new Set(['nguyen-phu-trong', 'kim-jong-un']);
    assert.deepEqual(byOffice('金正恩会见总书记。', '2019-02-27', { people }), ['总书记@5 → nguyen-phu-trong']);
    assert.deepEqual(byOffice('The General Secretary met Kim Jong Un.', '2022-02-27', { people }), [
      'General Secretary@4 → nguyen-phu-trong',
    ]);
    assert.deepEqual(
      byOffice('The General Secretary met the press.', '2022-02-27', { people }),
      [],
      'two general secretaries then: no one',
    );
  });

  it("reads a bare title set off by a comma after a name as that person's, not another holder of it", () => {
    const people = new Set(['nguyen-phu-trong', 'kim-jong-un', 'joko-widodo']);
    assert.deepEqual(
      byOffice('Joko Widodo met Kim Jong Un, the general secretary of the party, on Monday.', '2019-02-27', { people }),
      [],
    );
    // Without a name before it, the title is still its one holder in the article.
    assert.deepEqual(
      byOffice('Joko Widodo met the general secretary of the party on Monday.', '2019-02-27', { people }),
      ['general secretary@20 → nguyen-phu-trong'],
    );
  });

  it('resolves a bare title two of the article held to the one from abroad of the people met', () => {
    // Trong and Widodo were both presidents then; Phuc is Vietnamese, Lee Singaporean.
    const people = new Set(['nguyen-phu-trong', 'joko-widodo', 'nguyen-xuan-phuc', 'lee-hsien-loong']);
    assert.deepEqual(byOffice('The president also met Nguyen Xuan Phuc on Monday.', '2019-02-27', { people }), [
      'president@4 → joko-widodo',
    ]);
    assert.deepEqual(
      byOffice('The president also met Lee Hsien Loong on Monday.', '2019-02-27', { people }),
      [],
      'both presidents are from abroad: no one',
    );
    assert.deepEqual(
      byOffice('The president also met Nguyen Xuan Phuc and Lee Hsien Loong.', '2019-02-27', { people }),
      [],
      'the people met are of two countries: no one',
    );
    assert.deepEqual(
      byOffice('The president also met the press on Monday.', '2019-02-27', { people }),
      [],
      'no one met: no one',
    );
  });

  it('takes no title printed beside a name, a spouse’s, or a past holder’s for a person', () => {
    assert.deepEqual(byOffice('Indonesian President Joko Widodo arrived in Hanoi.', '2019-02-27'), []);
    assert.deepEqual(byOffice('The wife of the Indonesian President arrived in Hanoi.', '2019-02-27'), []);
    assert.deepEqual(byOffice('The former Indonesian President arrived in Hanoi.', '2019-02-27'), []);
    assert.deepEqual(byOffice('The weather in Hanoi was fine.', '2019-02-27'), []);
  });
});

describe('a title the knowledge base gives one country’s office', () => {
  // "Prime Minister" is, in this knowledge base, the title of Singapore's prime minister alone.
  it('is that office’s holder in an article about its country', () => {
    assert.deepEqual(byOffice('The Prime Minister arrived in Singapore on Monday.', '2019-02-27'), [
      'Prime Minister@4 → lee-hsien-loong',
    ]);
  });

  it('is no one in an article that names neither the country nor any of its people', () => {
    assert.deepEqual(
      byOffice('The Prime Minister told reporters that Widodo had met Trong in Hanoi.', '2019-02-27'),
      [],
    );
  });

  it('is no one after another country’s adjective', () => {
    assert.deepEqual(byOffice('The Vietnamese Prime Minister arrived in Singapore on Monday.', '2019-02-27'), []);
  });

  it('is the title of a person it introduces, unknown to the knowledge base, and not the holder', () => {
    assert.deepEqual(
      byOffice('In Singapore, Prime Minister Anwar Ibrahim told reporters the talks had gone well.', '2019-02-27'),
      [],
    );
  });

  it('is still the holder when the name after it is the holder’s, in an order the knowledge base does not list', () => {
    assert.deepEqual(byOffice('President of Indonesia Widodo Joko opened the talks.', '2019-02-27'), [
      'President of Indonesia@0 → joko-widodo',
    ]);
    assert.deepEqual(byOffice('President of Indonesia Prabowo Subianto opened the talks.', '2019-02-27'), []);
  });
});

describe('a person named by their country and “leader”', () => {
  it('is the one person of that country the article named before', () => {
    assert.deepEqual(
      inLast(
        ['Kim Jong Un hosted Joko Widodo in Pyongyang.', 'The Indonesian leader arrived on Sunday.'],
        '2019-02-27',
      ),
      ['Indonesian leader → joko-widodo'],
    );
  });

  it('reads “the Vietnamese Government leader” as the one Vietnamese named before', () => {
    assert.deepEqual(
      inLast(
        ['Nguyen Xuan Phuc held talks with Kim Jong Un.', 'Kim chaired a dinner for the Vietnamese Government leader.'],
        '2019-02-27',
      ),
      ['Vietnamese Government leader → nguyen-xuan-phuc'],
    );
    assert.deepEqual(
      inLast(
        ['Nguyen Xuan Phuc held talks with Kim Jong Un.', 'Kim praised the Vietnamese Government budget.'],
        '2019-02-27',
      ),
      [],
    );
  });

  it('is no one when the article named nobody of that country, or two of them', () => {
    assert.deepEqual(
      inLast(['Kim Jong Un hosted Lee Hsien Loong.', 'The Indonesian leader arrived.'], '2019-02-27'),
      [],
    );
    assert.deepEqual(
      inLast(['Nguyen Phu Trong and Nguyen Xuan Phuc met Kim Jong Un.', 'The Vietnamese leader left.'], '2019-02-27'),
      [],
    );
  });
});

describe('a head of state or of government named by that description alone', () => {
  const talks = 'Joko Widodo held talks with Lee Hsien Loong in Jakarta.';

  it('is the one person the article named before who held such an office on the day', () => {
    assert.deepEqual(inLast([talks, 'In the evening, the Head of State hosted a dinner.'], '2019-02-27'), [
      'the Head of State → joko-widodo',
    ]);
    assert.deepEqual(inLast([talks, 'Later, the head of government left for Bali.'], '2019-02-27'), [
      'the head of government → lee-hsien-loong',
    ]);
  });

  it('reads "le chef de l’État" as the English is read, and leaves one with its country to the French roles', () => {
    assert.deepEqual(inLast([talks, 'Le soir, le chef de l’État a offert un dîner.'], '2019-02-27'), [
      'le chef de l’État → joko-widodo',
    ]);
  });

  it('reads "le Premier ministre" alone so, but not one with a name or a country after it', () => {
    assert.deepEqual(inLast([talks, 'Le soir, le Premier ministre a quitté Jakarta.'], '2019-02-27'), [
      'le Premier ministre → lee-hsien-loong',
    ]);
    for (const after of ['britannique', 'malaisien', 'Mahathir Mohamad', ', Mahathir Mohamad,'])
      assert.deepEqual(
        inLast([talks, `Le soir, le Premier ministre ${after} a quitté Jakarta.`], '2019-02-27'),
        [],
        after,
      );
  });

  it('of two such people named before, is the one not of the country the sentence goes to', () => {
    const named = 'Joko Widodo et Nguyen Phu Trong se sont entretenus à Hanoï.';
    assert.deepEqual(
      inLast([named, 'Arrivé lundi, le chef de l’État effectue sa première visite au Viet Nam.'], '2019-02-27'),
      ['le chef de l’État → joko-widodo'],
    );
    assert.deepEqual(
      inLast([named, 'In the evening, the Head of State left for Hanoi on his first trip to Viet Nam.'], '2019-02-27'),
      ['the Head of State → joko-widodo'],
    );
    assert.deepEqual(inLast([named, 'Le chef de l’État a salué un partenariat historique.'], '2019-02-27'), []);
    assert.deepEqual(inLast([named, 'Le chef de l’État a salué le Viet Nam.'], '2019-02-27'), []);
  });

  it('is no one when the article named two such people before, or none', () => {
    assert.deepEqual(
      inLast(
        [
          'Joko Widodo held talks with Nguyen Phu Trong in Hanoi.',
          'In the evening, the Head of State hosted a dinner.',
        ],
        '2019-02-27',
      ),
      [],
    );
    assert.deepEqual(
      inLast(
        ['Lee Hsien Loong arrived in Jakarta.', 'In the evening, the Head of State hosted a dinner.'],
        '2019-02-27',
      ),
      [],
    );
  });
});
