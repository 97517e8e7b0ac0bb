/** `attache rules` called directly: every rule once, from the declarations, as JSON and as text. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ruleListing, runRules } from '../../../server/src/cli/rulesCommand.js';
import { UsageError, type CliIO } from '../../../server/src/cli/cliSupport.js';
import { ALL_RULES } from '../../../server/src/core/checks/allChecks.js';

async function run(...argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const io: CliIO = { stdout: { write: (chunk: string) => (stdout += chunk) }, stderr: { write: () => undefined } };
  return { code: await runRules(argv, io), stdout };
}

describe('ruleListing', () => {
  it('lists every rule once with its declared severity, kind and settings', () => {
    const listing = ruleListing();
    assert.deepEqual(
      listing.map((rule) => rule.id),
      ALL_RULES.map((rule) => rule.id),
    );
    assert.equal(new Set(listing.map((rule) => rule.id)).size, listing.length);
    const withSetting = ALL_RULES.find((rule) => rule.settings?.some((setting) => setting.kind === 'choice'));
    assert.ok(withSetting, 'some rule has a choice setting');
    const listed = listing.find((rule) => rule.id === withSetting.id)!;
    const setting = withSetting.settings!.find((candidate) => candidate.kind === 'choice')!;
    assert.deepEqual(
      listed.settings.find((candidate) => candidate.key === setting.key)?.values,
      setting.kind === 'choice' ? setting.values : undefined,
    );
    assert.ok(listing.every((rule) => rule.kind === 'check' || rule.kind === 'retext'));
  });
});

describe('runRules', () => {
  it('prints the listing as JSON', async () => {
    const { code, stdout } = await run('--format', 'json');
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout), { version: 1, rules: ruleListing() });
  });

  it('prints one line per rule, retext plugins marked as off unless turned on', async () => {
    const lines = (await run()).stdout.trimEnd().split('\n');
    assert.equal(lines.length, ALL_RULES.length);
    ALL_RULES.forEach((rule, n) => {
      assert.ok(lines[n]!.startsWith(`${rule.id} `), lines[n]);
      assert.equal(lines[n]!.includes('(off unless turned on'), rule.kind === 'retext', lines[n]);
    });
  });

  it('refuses a file argument', async () => {
    await assert.rejects(
      run('draft.md'),
      (error) => error instanceof UsageError && error.message === 'rules takes no FILE (got "draft.md")',
    );
  });
});
