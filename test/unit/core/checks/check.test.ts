import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleAnchor } from '../../../../server/src/core/checks/check.js';

describe('a rule’s anchor in the documentation', () => {
  it('is its id with every run of other characters as one hyphen', () => {
    assert.equal(ruleAnchor('title/not-held'), 'title-not-held');
    assert.equal(ruleAnchor('org/acronym-undefined'), 'org-acronym-undefined');
    assert.equal(ruleAnchor('retext-quotes'), 'retext-quotes');
  });
});
