import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prepareAnalysis } from '../../../../server/src/core/analyze.js';
import { claimDiffers } from '../../../../server/src/core/checks/claimDiffers.js';
import { fixOf, memoryKnowledgeBase } from '../../../support/memoryKnowledgeBase.js';

const CHECKS = [claimDiffers];

/** Two leaders who meet, and the railway whose freight the articles report. */
const KB = memoryKnowledgeBase(`
countries:
  - { id: china, name: China, adjective: Chinese }
  - { id: laos, name: Laos, adjective: Lao }
agreements:
  - { id: china-laos-railway, name: China-Laos Railway, kind: project }
people:
  - { id: xi-jinping, name: Xi Jinping, country: china, convention: surname-first }
  - { id: thongloun-sisoulith, name: Thongloun Sisoulith, country: laos, convention: given-name }
`);

/** One meeting told by two outlets, and a statement of a figure. */
const CORPUS = KB.corpus({
  'corpus/xinhua-meeting.md': `---
title: Xi Jinping meets Thongloun Sisoulith
date: 2023-10-20
outlet: Xinhua
---

On October 20, 2023, Xi Jinping met with Thongloun Sisoulith in Beijing.
`,
  'corpus/vna-meeting.md': `---
title: Chinese and Lao leaders meet in Beijing
date: 2023-10-21
outlet: VNA
---

Xi Jinping met with Thongloun Sisoulith in Beijing on October 20, 2023.
`,
  'corpus/railway-freight.md': `---
title: China-Laos Railway freight passes 10 million tons
date: 2022-11-30
outlet: Xinhua
---

By November 2022, the freight transported by the China-Laos Railway had exceeded 10 million tons, China Railway said.
`,
});

const claims = (text: string) => KB.findings(CHECKS, text, { corpus: CORPUS });

describe('claim/differs for dates', () => {
  it('flags a date that differs from the sources for the same event, counting them, with each report as evidence', () => {
    const text =
      '---\ndate: 2023-10-25\n---\n\nOn October 21, 2023, Xi Jinping met with Thongloun Sisoulith in Beijing.\n';
    const [finding, ...rest] = claims(text);
    assert.equal(rest.length, 0);
    assert.equal(text.slice(finding!.start, finding!.end), 'October 21, 2023');
    assert.equal(fixOf(finding), 'October 20, 2023');
    assert.match(finding!.message, /2 independent sources/);
    assert.deepEqual(finding!.evidence.map((e) => e.path).sort(), [
      'corpus/vna-meeting.md',
      'corpus/xinhua-meeting.md',
    ]);
  });

  it('flags a date written day first, in a paragraph that opens with other sentences', () => {
    const text =
      '---\ndate: 2023-10-25\n---\n\nThe two parties have close ties. Xi Jinping met with Thongloun Sisoulith in Beijing on 21 October 2023.\n';
    const [finding, ...rest] = claims(text);
    assert.equal(rest.length, 0);
    assert.equal(text.slice(finding!.start, finding!.end), '21 October 2023');
    assert.equal(fixOf(finding), '20 October 2023');
  });

  it('is quiet when the date agrees, when the corpus has no such event, and without a corpus', () => {
    assert.deepEqual(
      claims(
        '---\ndate: 2023-10-25\n---\n\nOn October 20, 2023, Xi Jinping met with Thongloun Sisoulith in Beijing.\n',
      ),
      [],
    );
    assert.deepEqual(
      claims('---\ndate: 2019-05-02\n---\n\nOn April 30, 2019, Xi Jinping met with Thongloun Sisoulith in Beijing.\n'),
      [],
    );
    assert.deepEqual(
      KB.flagged(
        CHECKS,
        '---\ndate: 2023-10-25\n---\n\nOn October 21, 2023, Xi Jinping met with Thongloun Sisoulith in Beijing.\n',
      ),
      [],
    );
  });

  it('finds the same when the draft was read ahead, without a corpus, before the run with one', () => {
    const text =
      '---\ndate: 2023-10-25\n---\n\nOn October 22, 2023, Xi Jinping met with Thongloun Sisoulith in Beijing.\n\nNo date here.\n';
    prepareAnalysis(text, KB.kb, KB.index, { today: '2023-10-25', checks: CHECKS });
    const [finding, ...rest] = claims(text);
    assert.equal(rest.length, 0);
    assert.equal(text.slice(finding!.start, finding!.end), 'October 22, 2023');
    assert.equal(fixOf(finding), 'October 20, 2023');
  });

  it('reads the same paragraph against another corpus afresh: only its events are kept, not what a corpus said of them', () => {
    const text =
      '---\ndate: 2023-10-25\n---\n\nOn October 21, 2023, Xi Jinping met with Thongloun Sisoulith in Beijing.\n';
    const silent = KB.corpus({
      'corpus/railway-freight.md':
        '---\ntitle: Freight\ndate: 2022-11-30\noutlet: Xinhua\n---\n\nThe China-Laos Railway carried freight, China Railway said.\n',
    });
    assert.equal(claims(text).length, 1);
    assert.deepEqual(KB.findings(CHECKS, text, { corpus: silent }), [], 'a corpus without the event says nothing');
    assert.equal(claims(text).length, 1, 'and the first corpus still flags it');
  });
});

describe('claim/differs for figures', () => {
  it('flags a figure that differs from the source statement, offering the source figure', () => {
    const text = 'By November 2022, the China-Laos Railway had carried 20 million tons of freight, China Railway said.';
    const [finding, ...rest] = claims(text);
    assert.equal(rest.length, 0);
    assert.equal(text.slice(finding!.start, finding!.end), '20 million');
    assert.equal(fixOf(finding), '10 million');
    assert.equal(finding!.evidence[0]!.path, 'corpus/railway-freight.md');
  });

  it('is quiet when the figure agrees or the corpus says nothing like it', () => {
    assert.deepEqual(
      claims('By November 2022, the freight transported by the China-Laos Railway had exceeded 10 million tons.'),
      [],
    );
    assert.deepEqual(claims('The new bridge will carry 30 million passengers a year across the Mekong.'), []);
  });
});
