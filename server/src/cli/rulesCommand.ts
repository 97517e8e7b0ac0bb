import { ALL_RULES } from '../core/checks/allChecks.js';
import { settingUsage } from '../core/checks/ruleSettings.js';
import { parseCommandLine, parseFormat, UsageError, type CliIO } from './cliSupport.js';
import { toJson } from './terminal.js';

/** A rule as `attache rules` lists it. */
export interface RuleListing {
  id: string;
  severity: string;
  description: string;
  /** `check` for Attaché's own rules, `retext` for the bundled retext plugins (off until turned on). */
  kind: 'check' | 'retext';
  /** The house-style settings the rule reads, with the values each takes (a list setting: none). */
  settings: { key: string; default: string | readonly string[]; values?: readonly string[] }[];
}

/** Every rule, from the rules' declarations: Attaché's checks, then the bundled retext plugins. */
export function ruleListing(): RuleListing[] {
  return ALL_RULES.map((rule) => ({
    id: rule.id,
    severity: rule.defaultSeverity,
    description: rule.description,
    kind: rule.kind,
    settings: (rule.settings ?? []).map((setting) => ({
      key: setting.key,
      default: setting.default,
      ...(setting.kind === 'choice' ? { values: setting.values } : {}),
    })),
  }));
}

/** `attache rules [--format text|json]`: the rules, their default severity and what each finds. */
export async function runRules(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {} as const);
  if (positionals.length > 0) throw new UsageError(`rules takes no FILE (got "${positionals[0]}")`);
  const format = parseFormat(values.format, ['text', 'json'] as const);
  const rules = ruleListing();
  if (format === 'json') {
    io.stdout.write(`${toJson({ version: 1, rules })}\n`);
    return 0;
  }
  const width = Math.max(...rules.map((rule) => rule.id.length));
  // One line per rule, so that the list can be searched line by line; a rule's settings end its line.
  for (const rule of ALL_RULES) {
    const note = rule.kind === 'retext' ? ' (off unless turned on: --retext or attache.retext.plugins)' : '';
    const settings = (rule.settings ?? []).map((setting) => ` [--house-style ${settingUsage(setting)}]`).join('');
    io.stdout.write(
      `${rule.id.padEnd(width)}  ${rule.defaultSeverity.padEnd(11)}  ${rule.description}${note}${settings}\n`,
    );
  }
  return 0;
}
