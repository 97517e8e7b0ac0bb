import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { entityCard } from '../../../server/src/core/entityCard.js';
import { extractFacts } from '../../../server/src/core/facts/extractFacts.js';
import type { FactIndex } from '../../../server/src/core/facts/types.js';
import { readCorpus } from '../../../server/src/corpus/readCorpus.js';
import { bundled } from '../../support/bundled.js';

const FIXTURES = fileURLToPath(new URL('../../../../test/fixtures/facts/', import.meta.url));

describe('entity card with corpus facts', () => {
  let facts: FactIndex;
  before(async () => {
    facts = extractFacts(await readCorpus([FIXTURES]), bundled().index);
  });

  const card = (id: string, date: string) =>
    entityCard(bundled().kb.entities.get(id)!, { date, kb: bundled().kb, facts, linkTo: (path, at) => `file://${path}#${'line' in at ? at.line : at.start}` });

  it('shows the latest events with counterpart and sources, and where sources disagree', () => {
    const text = card('xi-jinping', '2024-09-01');
    assert.match(text, /\*\*Latest events\*\*/);
    assert.match(text, /with To Lam/);
    assert.match(text, /\*\*Sources disagree\*\*/);
    assert.match(text, /date: 2021\\-11\\-16 .* vs 2021\\-11\\-15|date: 2021\\-11\\-15 .* vs 2021\\-11\\-16/);
  });

  it('shows roles held on the date and over time, and nothing about the corpus when it has nothing', () => {
    const text = entityCard(bundled().kb.entities.get('li-keqiang')!, { date: '2019-04-26', kb: bundled().kb, facts, linkTo: () => 'file:///x' });
    assert.match(text, /\*\*On 2019-04-26:\*\* Premier of the State Council/);
    assert.doesNotMatch(text, /Latest events|In the corpus/);
  });
});
