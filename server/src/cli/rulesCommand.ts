import { ruleDescriptions } from '../core/checks/allChecks.js';
import { BUNDLED_RETEXT_PLUGINS } from '../core/retext/bundledPlugins.js';
import { parseCommandLine, parseFormat, UsageError, type CliIO } from './cliSupport.js';
import { toJson } from './terminal.js';

/** A rule as `attache rules` lists it. */
export interface RuleListing {
  id: string;
  severity: string;
  description: string;
  /** `check` for Attaché's own rules, `retext` for the bundled retext plugins (off until turned on). */
  kind: 'check' | 'retext';
}

/** Every rule: Attaché's checks, then the bundled retext plugins. */
export function ruleListing(): RuleListing[] {
  return [
    ...ruleDescriptions().map((rule) => ({ ...rule, kind: 'check' as const })),
    ...BUNDLED_RETEXT_PLUGINS.map((plugin) => ({ id: plugin.name, severity: plugin.defaultSeverity, description: plugin.description, kind: 'retext' as const })),
  ];
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
  for (const rule of rules) {
    const note = rule.kind === 'retext' ? ' (off unless turned on: --retext or attache.retext.plugins)' : '';
    io.stdout.write(`${rule.id.padEnd(width)}  ${rule.severity.padEnd(11)}  ${rule.description}${note}\n`);
  }
  return 0;
}
