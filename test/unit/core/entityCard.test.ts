import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { entityCard } from '../../../server/src/core/entityCard.js';
import { extractFacts } from '../../../server/src/core/facts/extractFacts.js';
import type { FactIndex } from '../../../server/src/core/facts/types.js';
import { readCorpus } from '../../../server/src/corpus/readCorpus.js';
import { bundled } from '../../support/bundled.js';

const FIXTURES = fileURLToPath(new URL('../../../../test/fixtures/facts/', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../../../../samples/corpus/', import.meta.url));

describe('entity card with corpus facts', () => {
  let facts: FactIndex;
  before(async () => {
    facts = extractFacts(await readCorpus([FIXTURES]), bundled().index);
  });

  const card = (id: string, date: string) =>
    entityCard(bundled().kb.entities.get(id)!, {
      date,
      kb: bundled().kb,
      facts,
      linkTo: (path, at) => `file://${path}#${'line' in at ? at.line : at.start}`,
    });

  it('shows the latest events with counterpart and sources, and where sources disagree', () => {
    const text = card('xi-jinping', '2024-09-01');
    assert.match(text, /\*\*Latest events\*\*/);
    assert.match(text, /with To Lam/);
    assert.match(text, /\*\*Sources disagree\*\*/);
    assert.match(text, /date: 2021\\-11\\-16 .* vs 2021\\-11\\-15|date: 2021\\-11\\-15 .* vs 2021\\-11\\-16/);
  });

  it('gives the December 2025 letter as the latest with Xi Jinping, the September 2025 meeting in Beijing before it, with how their dates were found', async () => {
    const sample = extractFacts(await readCorpus([SAMPLE]), bundled().index);
    const text = entityCard(bundled().kb.entities.get('thongloun-sisoulith')!, {
      date: '2025-12-31',
      kb: bundled().kb,
      facts: sample,
      linkTo: () => 'file:///x',
    });
    const lines = text.split('\n').filter((line) => /^- .*with Xi Jinping/.test(line));
    // Xi's message handed over by Wang Huning on the days of his meeting with Thongloun.
    assert.match(lines[0]!, /^- 2025\\-12\\-01 – 2025\\-12\\-03 \\\(stated\\\): letter with Xi Jinping — /);
    assert.match(lines[1]!, /^- by 2025\\-09\\-05 \\\(published\\\): meeting with Xi Jinping in Beijing — /);
    const xi = entityCard(bundled().kb.entities.get('xi-jinping')!, {
      date: '2025-12-31',
      kb: bundled().kb,
      facts: sample,
      linkTo: () => 'file:///x',
    });
    const latest = xi.split('\n').find((line) => /meeting with Thongloun Sisoulith/.test(line));
    assert.match(latest!, /2025\\-09\\-05 \\\(published\\\): meeting with Thongloun Sisoulith in Beijing/);
    assert.doesNotMatch(latest!, /2023/);
  });

  it('shows roles held on the date and over time, and nothing about the corpus when it has nothing', () => {
    const text = entityCard(bundled().kb.entities.get('li-keqiang')!, {
      date: '2019-04-26',
      kb: bundled().kb,
      facts,
      linkTo: () => 'file:///x',
    });
    assert.match(text, /\*\*On 2019-04-26:\*\* Premier of the State Council/);
    assert.doesNotMatch(text, /Latest events|In the corpus/);
  });
});
