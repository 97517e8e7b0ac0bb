import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  choiceSetting,
  listSetting,
  parseSettingText,
  readHouseStyle,
  settingUsage,
} from '../../../../server/src/core/checks/ruleSettings.js';

const capital = choiceSetting({
  key: 'capital',
  values: ['Vientiane', 'Viangchan'],
  default: 'Vientiane',
  description: 'How to write the Lao capital.',
});
const acronyms = listSetting({ key: 'acronyms', default: ['UN'], description: 'Acronyms.' });

describe('rule settings', () => {
  it('read a declared value, and the default for a missing or undeclared one', () => {
    assert.equal(capital.of({ capital: 'Viangchan' }), 'Viangchan');
    assert.equal(capital.of({}), 'Vientiane');
    assert.equal(capital.of({ capital: 'Paris' }), 'Vientiane');
    assert.deepEqual(acronyms.of({ acronyms: ['ASEAN', '', 'EU'] }), ['ASEAN', 'EU']);
    assert.deepEqual(acronyms.of({ acronyms: 'ASEAN' }), ['UN']);
  });

  it('hold a client’s house style to the settings: unknown keys dropped, malformed values defaulted', () => {
    assert.deepEqual(readHouseStyle([capital, acronyms], { capital: 'Viangchan', other: 'x', acronyms: 7 }), {
      capital: 'Viangchan',
      acronyms: ['UN'],
    });
    assert.deepEqual(readHouseStyle([capital], 'not an object'), { capital: 'Vientiane' });
  });

  it('parse a typed value, or say what is allowed', () => {
    assert.deepEqual(parseSettingText(capital, 'Viangchan'), { value: 'Viangchan' });
    assert.deepEqual(parseSettingText(capital, 'Paris'), {
      problem: 'house-style capital must be one of: Vientiane, Viangchan',
    });
    assert.deepEqual(parseSettingText(acronyms, ' ASEAN, UN ,'), { value: ['ASEAN', 'UN'] });
  });

  it('show the command line’s usage, quoting values with spaces', () => {
    assert.equal(
      settingUsage(
        choiceSetting({ key: 'vietNam', values: ['consistent', 'Viet Nam'], default: 'consistent', description: '.' }),
      ),
      'vietNam=consistent|"Viet Nam"',
    );
    assert.equal(settingUsage(acronyms), 'acronyms=WORD,WORD...');
  });
});
