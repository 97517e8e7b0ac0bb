import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { AliasAutomaton } from '../../../server/src/core/mentions/aliasAutomaton.js';
import { foldText } from '../../../server/src/core/text/fold.js';

function found(patterns: string[], text: string): string[] {
  return new AliasAutomaton(patterns).findAll(text).map((m) => `${patterns[m.pattern]}@${m.start}`);
}

test('finds overlapping patterns in one pass', () => {
  assert.deepEqual(found(['he', 'she', 'his', 'hers'], 'ushers'), []); // word boundaries: none is a whole word
  assert.deepEqual(found(['Xi Jinping', 'Xi', 'Jinping'], 'President Xi Jinping said'), [
    'Xi@10',
    'Xi Jinping@10',
    'Jinping@13',
  ]);
});

test('respects word boundaries in Latin script only', () => {
  assert.deepEqual(found(['Lao'], 'Laos and Lao and Lao-China'), ['Lao@9', 'Lao@17']);
  assert.deepEqual(found(['习近平'], '会见习近平总书记'), ['习近平@2']);
});

test('folds case, diacritics, quotes and script variants', () => {
  assert.deepEqual(found(['To Lam'], 'Tổng Bí thư Tô Lâm'), ['To Lam@12']);
  assert.deepEqual(found(["Lao People's Revolutionary Party"], 'Lao People’s Revolutionary Party'), [
    "Lao People's Revolutionary Party@0",
  ]);
  assert.deepEqual(found(['习近平'], '國家主席習近平'), ['习近平@4']);
});

test('reads a run of spaces, a line break and the indentation after it as one space', () => {
  const match = (text: string) =>
    new AliasAutomaton(['Xi Jinping']).findAll(text).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(match('General Secretary Xi  Jinping said'), ['Xi  Jinping']);
  assert.deepEqual(match('- General Secretary Xi\n  Jinping said'), ['Xi\n  Jinping']);
  assert.deepEqual(match('Xi\r\n\tJinping'), ['Xi\r\n\tJinping']);
  assert.deepEqual(
    new AliasAutomaton(['Sonexay  Siphandone']).findAll('PM Sonexay Siphandone').map((m) => m.start),
    [3],
  );
  assert.deepEqual(match('Xi Jin ping'), [], 'a space inside a word is not a run of spaces');
});

test('keeps UTF-16 offsets across astral characters', () => {
  assert.deepEqual(found(['Xi'], '😀 Xi'), ['Xi@3']);
});

test('agrees with a naive search on random texts', () => {
  const alphabet = fc.constantFrom('a', 'b', 'c', ' ', '习', '近');
  const word = fc
    .array(alphabet, { minLength: 1, maxLength: 4 })
    .map((chars) => chars.join('').trim())
    .filter((w) => w.length > 0);
  fc.assert(
    fc.property(
      fc.uniqueArray(word, { minLength: 1, maxLength: 8 }),
      fc.array(alphabet, { maxLength: 60 }).map((c) => c.join('')),
      (patterns, text) => {
        const automaton = new AliasAutomaton(patterns);
        const actual = automaton
          .findAll(text)
          .map((m) => `${m.pattern}:${m.start}`)
          .sort();
        const expected: string[] = [];
        const folded = foldText(text);
        // The naive search reads a run of spaces as one, as the automaton does: it searches the
        // text with runs collapsed and maps each hit back to where it starts in the text.
        let collapsed = '';
        const origin: number[] = [];
        for (let i = 0; i < folded.length; i++) {
          if (folded[i] === ' ' && folded[i - 1] === ' ') continue;
          collapsed += folded[i];
          origin.push(i);
        }
        const isWord = (c: string | undefined) => c !== undefined && /[a-c]/.test(c);
        patterns.forEach((written, index) => {
          const pattern = written.replace(/ +/g, ' ');
          for (let at = collapsed.indexOf(pattern); at !== -1; at = collapsed.indexOf(pattern, at + 1)) {
            const start = origin[at]!;
            const end = origin[at + pattern.length - 1]! + 1;
            if (isWord(pattern[0]) && isWord(folded[start - 1])) continue;
            if (isWord(pattern[pattern.length - 1]) && isWord(folded[end])) continue;
            expected.push(`${index}:${start}`);
          }
        });
        assert.deepEqual(actual, expected.sort());
      },
    ),
    { numRuns: 1000 },
  );
});
