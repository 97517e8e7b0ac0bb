import assert from 'node:assert/strict';
import { it } from 'node:test';
import { addCantoneseReadings } from '../../../server/src/kb/cantoneseReadings.js';
import type { KnowledgeBaseFile, PersonEntry } from '../../../server/src/kb/types.js';

function person(id: string, country: string, names?: PersonEntry['names']): PersonEntry {
  return { id, name: id, country, convention: 'surname-first', ...(names ? { names } : {}) };
}

it('gives a Chinese person the Jyutping readings of their name, the traditional rendering first', () => {
  const file: KnowledgeBaseFile = {
    people: [person('xi-jinping', 'china', { 'zh-Hans': '习近平', 'zh-Hant': '習近平' })],
  };
  addCantoneseReadings(file);
  const readings = file.people![0]!.cantoneseReadings;
  assert.equal(readings?.length, 3);
  assert.equal(readings[0]![0], 'zaap6');
  assert.ok(readings[1]!.includes('kan5'), 'the literary reading of 近 is among its readings');
});

it('leaves alone people of other countries, names not in Han characters, and readings already given', () => {
  const given = [['can4'], ['gong1']];
  const file: KnowledgeBaseFile = {
    people: [
      person('nguyen-tan-dung', 'vietnam', { 'zh-Hans': '阮晋勇' }),
      person('no-chinese-name', 'china'),
      person('middle-dot', 'china', { 'zh-Hans': '通伦·西苏里' }),
      { ...person('chen-gang', 'china', { 'zh-Hans': '陈刚' }), cantoneseReadings: given },
    ],
  };
  addCantoneseReadings(file);
  assert.deepEqual(
    file.people!.map((p) => p.cantoneseReadings),
    [undefined, undefined, undefined, given],
  );
});
