import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HOUSE_STYLE_SETTINGS } from '../../../../server/src/core/checks/allChecks.js';
import { DEFAULT_HOUSE_STYLE } from '../../../../server/src/core/checks/houseStyle.js';

describe('the default house style', () => {
  it('holds every declared setting at its declared default, and nothing else', () => {
    assert.deepEqual(
      Object.keys(DEFAULT_HOUSE_STYLE).sort(),
      HOUSE_STYLE_SETTINGS.map((setting) => setting.key).sort(),
    );
    for (const setting of HOUSE_STYLE_SETTINGS)
      assert.deepEqual(DEFAULT_HOUSE_STYLE[setting.key], setting.default, setting.key);
    assert.equal(DEFAULT_HOUSE_STYLE.vietNam, 'consistent');
  });
});
