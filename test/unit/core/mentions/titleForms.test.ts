/** Other forms of an office's titles: other hyphens and word order accepted, another system's words wrong. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { OfficeEntity } from '../../../../server/src/kb/knowledgeBase.js';
import { titleVariants, titleVariantsOf } from '../../../../server/src/core/mentions/titleForms.js';
import { smallKnowledgeBase } from '../../../support/smallKnowledgeBase.js';

const { kb } = smallKnowledgeBase(`countries:
  - id: vietnam
    name: Viet Nam
    adjective: Vietnamese
  - id: singapore
    name: Singapore
    adjective: Singaporean
offices:
  - id: chair-national-assembly-vietnam
    name: Chairman of the National Assembly of Viet Nam
    country: vietnam
    titles: [Chairman of the National Assembly, 国会主席]
  - id: prime-minister-singapore
    name: Prime Minister of Singapore
    country: singapore
    titles: [Prime Minister, Singaporean Prime Minister]
    wrongForms:
      - form: Singaporean Premier
        use: Singaporean Prime Minister
        reason: Singapore's head of government is the Prime Minister.
  - id: vice-president-vietnam
    name: Vice President of Viet Nam
    country: vietnam
    titles: [Vice President, Vietnamese Vice President]
`);

function office(id: string): OfficeEntity {
  const entity = kb.entities.get(id);
  assert.equal(entity?.kind, 'office');
  return entity;
}

/** The generated forms as `text: form (variant) → fix`. */
function variants(id: string): string[] {
  return titleVariantsOf(office(id))
    .map((a) => `${a.text}: ${a.form} (${a.titleVariant})${a.replacement ? ` → ${a.replacement}` : ''}`)
    .sort();
}

describe('title forms of an office', () => {
  it('accepts the other word order, and marks another system’s head word wrong with the office title as fix', () => {
    assert.deepEqual(variants('chair-national-assembly-vietnam'), [
      'National Assembly Chairman: title (form)',
      'National Assembly President: wrong (system) → Chairman of the National Assembly',
      'National Assembly Speaker: wrong (system) → Chairman of the National Assembly',
      'President of the National Assembly: wrong (system) → Chairman of the National Assembly',
      'Speaker of the National Assembly: wrong (system) → Chairman of the National Assembly',
    ]);
  });

  it('accepts other hyphens, leaves listed wrong forms to the list, and hyphenates them as wrong too', () => {
    const forms = variants('prime-minister-singapore');
    assert.ok(forms.includes('Prime-Minister: title (form)'), forms.join('\n'));
    assert.ok(forms.includes('Singaporean Prime-Minister: title (form)'));
    assert.ok(!forms.some((f) => f.startsWith('Singaporean Premier:')), 'a listed wrong form is not generated again');
    // A single word ("Premier") would match too much on its own: it is never generated.
    assert.ok(!forms.some((f) => f.startsWith('Premier:')));
  });

  it('reads Vice Chairman as another system’s Vice President, and never the reverse of a form the office lists', () => {
    const forms = variants('vice-president-vietnam');
    assert.ok(forms.includes('Vice-President: title (form)'));
    assert.ok(forms.includes('Vietnamese Vice Chairman: wrong (system) → Vice President'));
    assert.ok(!forms.some((f) => f.startsWith('Vice President:')), 'a listed title is not generated');
  });

  it('generates nothing from Chinese titles, and covers every office', () => {
    assert.ok(!variants('chair-national-assembly-vietnam').some((f) => /\p{Script=Han}/u.test(f)));
    const all = new Set(titleVariants(kb).map((a) => a.entityId));
    assert.deepEqual([...all].sort(), [
      'chair-national-assembly-vietnam',
      'prime-minister-singapore',
      'vice-president-vietnam',
    ]);
  });
});
