/** The office a printed title names: from the title itself, the party or country inside it, or the person. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { officeOfTitle, officesNamed } from '../../../../server/src/core/facts/titleOffice.js';
import type { PersonEntity } from '../../../../server/src/kb/knowledgeBase.js';
import { findMentions } from '../../../../server/src/core/mentions/findMentions.js';
import type { Mention } from '../../../../server/src/core/mentions/mentionIndex.js';
import { smallKnowledgeBase } from '../../../support/smallKnowledgeBase.js';

const { kb, index } = smallKnowledgeBase();

function person(id: string): PersonEntity {
  const entity = kb.entities.get(id);
  assert.equal(entity?.kind, 'person');
  return entity;
}

/** A title the mention finder could not tie to one office ("general secretary"), as it leaves one. */
function generic(text: string): Mention {
  return {
    start: 0,
    end: text.length,
    text,
    entity: { id: `title:${text.toLowerCase().replace(/\s+/g, '-')}`, name: text, type: 'title' },
  };
}

describe('offices named by a title', () => {
  it('lists every office a title names, whatever its case and spacing', () => {
    assert.deepEqual(
      officesNamed(kb, 'General  Secretary').map((o) => o.id),
      ['general-secretary-cpv', 'general-secretary-wpk'],
    );
    assert.deepEqual(
      officesNamed(kb, 'singaporean prime minister').map((o) => o.id),
      ['prime-minister-singapore'],
    );
    assert.deepEqual(
      officesNamed(kb, 'Prime Minister of Singapore').map((o) => o.id),
      ['prime-minister-singapore'],
    );
    assert.deepEqual(officesNamed(kb, 'Chancellor'), []);
  });
});

describe('the office of a printed title', () => {
  it('takes the office the mention finder resolved', () => {
    const mentions = findMentions('Indonesian President', index);
    assert.equal(officeOfTitle(kb, mentions, undefined, undefined), 'president-indonesia');
  });

  it('settles a generic title by the party named inside the phrase, before the person', () => {
    const mentions = findMentions('general secretary of the WPK Central Committee', index);
    assert.equal(officeOfTitle(kb, mentions, person('nguyen-phu-trong'), '2019-02-27'), 'general-secretary-wpk');
  });

  it('settles a generic title by the office the person held on the day, then by any they held', () => {
    const title = [generic('General Secretary')];
    assert.equal(officeOfTitle(kb, title, person('kim-jong-un'), '2022-01-01'), 'general-secretary-wpk');
    assert.equal(officeOfTitle(kb, title, person('nguyen-phu-trong'), '2019-02-27'), 'general-secretary-cpv');
    assert.equal(officeOfTitle(kb, title, person('nguyen-phu-trong'), '2025-01-01'), 'general-secretary-cpv');
    assert.equal(
      officeOfTitle(kb, [generic('President')], person('nguyen-phu-trong'), '2012-01-01'),
      'president-vietnam',
    );
    assert.equal(officeOfTitle(kb, [generic('President')], person('joko-widodo'), '2019-02-27'), 'president-indonesia');
  });

  it('falls back to the office of the person’s country when they never held one it names', () => {
    assert.equal(
      officeOfTitle(kb, [generic('President')], person('nguyen-xuan-phuc'), '2021-06-01'),
      'president-vietnam',
    );
    assert.equal(officeOfTitle(kb, [generic('General Secretary')], person('joko-widodo'), '2019-02-27'), undefined);
    assert.equal(officeOfTitle(kb, [generic('President')], person('lee-hsien-loong'), '2019-02-27'), undefined);
  });

  it('names no office without a person, a country, or a title it knows', () => {
    assert.equal(officeOfTitle(kb, [generic('General Secretary')], undefined, '2019-02-27'), undefined);
    assert.equal(officeOfTitle(kb, [generic('Chancellor')], person('kim-jong-un'), '2022-01-01'), undefined);
    assert.equal(officeOfTitle(kb, findMentions('the WPK', index), person('kim-jong-un'), '2022-01-01'), undefined);
  });
});
