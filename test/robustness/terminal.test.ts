/** Control characters and escape sequences are kept from the terminal, and kept as data in JSON. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forTerminal, toJson } from '../../server/src/cli/terminal.js';

describe('forTerminal', () => {
  const cases: [string, string, string][] = [
    ['a colour (CSI)', '\u001b[1;31mXinhua\u001b[0m', 'Xinhua'],
    ['a screen clear in its one-byte C1 form', 'Vientiane\u009b2J Times', 'Vientiane Times'],
    ['a hyperlink (OSC 8) ended by BEL', '\u001b]8;;https://attacker.example\u0007VNA\u001b]8;;\u0007', 'VNA'],
    ['a window title (OSC 0) ended by ESC \\', '\u001b]0;owned\u001b\\KPL', 'KPL'],
    ['a device control string', '\u001bPq#0;2;0;0;0\u001b\\Nhan Dan', 'Nhan Dan'],
    ['a two-byte escape (reset)', '\u001bcLao News Agency', 'Lao News Agency'],
    ['a carriage return, backspace and bell', 'gov.cn\r\b\u0007', 'gov.cn'],
    ['a truncated sequence at the end', 'Xinhua\u001b[31', 'Xinhua'],
  ];
  for (const [what, input, expected] of cases) {
    it(`removes ${what}`, () => assert.equal(forTerminal(input), expected));
  }

  it('keeps tabs, newlines and every other script', () => {
    const text = 'Tô Lâm\t苏林\nທອງລຸນ — «Xinhua»\n';
    assert.equal(forTerminal(text), text);
  });
});

describe('toJson', () => {
  it('writes C1 controls and DEL as escapes and reads back the same data', () => {
    const value = { outlet: '\u009b2J\u001b[31m\u007fX' };
    const json = toJson(value);
    // eslint-disable-next-line no-control-regex -- control characters are what is looked for
    assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(json), JSON.stringify(json));
    assert.deepEqual(JSON.parse(json), value);
  });
});
