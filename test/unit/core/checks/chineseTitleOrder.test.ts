/**
 * Chinese writes a title after the name as often as before it ("李强总理", "习近平总书记"). A title
 * right after a person's name, with no person after the title, belongs to that person: it is
 * resolved to that person's office and judged at the document's date like "Premier Li Qiang".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, findingsOf, mentionsOf } from '../../../support/bundled.js';

test('a title after a Chinese name resolves to that person’s office', () => {
  const mentions = mentionsOf('习近平总书记出席会议，李强总理主持。');
  assert.ok(mentions.includes('总书记 → General Secretary of the Communist Party of China Central Committee'), mentions.join(' | '));
  assert.ok(mentions.includes('总理 → Premier of the State Council of the People’s Republic of China') || mentions.includes("总理 → Premier of the State Council of the People's Republic of China"), mentions.join(' | '));
});

test('a title after a Chinese name that the person did not hold at the date is flagged', () => {
  assert.deepEqual(
    findingsOf('李克强总理会见了老挝客人。', '2024-06-12').filter((f) => f.startsWith('title/')),
    ['title/not-held "李克强总理"'],
  );
});

test('a title after a Chinese name held at the date stays quiet, and a title before the next name still goes to that name', () => {
  assert.deepEqual(findingsOf('李强总理会见了老挝国家主席通伦。习近平总书记出席。', '2024-06-12').filter((f) => f.startsWith('title/')), []);
  assert.deepEqual(findingsOf('李克强总理会见了老挝客人。', '2019-04-26').filter((f) => f.startsWith('title/')), []);
  // "国务院总理李强": the title comes first and goes to the name after it, as in English.
  assert.deepEqual(findingsOf('国务院总理李克强会见了客人。', '2024-06-12').filter((f) => f.startsWith('title/')), ['title/not-held "国务院总理李克强"']);
});

test('the fix for a Chinese name writes the holder in Chinese characters, in the script the text uses', () => {
  const fixOf = (text: string) => analyze(text, '2024-06-12').find((f) => f.code === 'title/not-held')?.fixes[0]?.edits[0]?.newText;
  assert.equal(fixOf('李克强总理会见了老挝客人。'), '李强');
  assert.equal(fixOf('國務院總理李克強會見了客人。'), '李強');
  assert.equal(fixOf('Premier Li Keqiang met the delegation.'), 'Li Qiang');
});
