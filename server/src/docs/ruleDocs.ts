import type { ListedRule } from '../core/checks/allChecks.js';
import { ruleAnchor, type RuleExample } from '../core/checks/check.js';
import type { HouseStyleSetting } from '../core/checks/ruleSettings.js';
import { PARAGRAPH_BREAK } from '../core/text/paragraphs.js';

/**
 * What `npm run docs` writes from the rules' declarations: the rules' sections of
 * `docs/rules.md`, the rule table in the README and the house-style settings in `package.json`.
 * Pure: each function takes a file's current text and returns it with the generated parts
 * replaced, so a test can say whether the files on disk are up to date, and can generate the
 * documentation of a rule that only the test declares.
 */

/** The files generated in part, by their paths in the repository. */
export const GENERATED_FILES = ['docs/rules.md', 'README.md', 'package.json'] as const;
/** One of {@link GENERATED_FILES}. */
export type GeneratedFile = (typeof GENERATED_FILES)[number];

/** The generated version of each file, from its current text. */
export function generateDocs(
  rules: readonly ListedRule[],
  current: Readonly<Record<GeneratedFile, string>>,
): Record<GeneratedFile, string> {
  const checks = rules.filter((rule) => rule.kind === 'check');
  const plugins = rules.filter((rule) => rule.kind === 'retext');
  let rulesMd = replaceSection(current['docs/rules.md'], 'checks', checks.map(ruleSection).join('\n'));
  rulesMd = replaceSection(rulesMd, 'retext plugins', plugins.map(ruleSection).join('\n'));
  return {
    'docs/rules.md': rulesMd,
    'README.md': replaceSection(
      replaceSection(current['README.md'], 'rule table', ruleTable(rules)),
      'house style',
      settingsTable(rules),
    ),
    'package.json': withSettings(current['package.json'], rules),
  };
}

/**
 * A Markdown file's text with what lies between `<!-- NAME: generated ... -->` and
 * `<!-- NAME: end -->` replaced by `content`. The markers stay, so the file can be generated again.
 */
export function replaceSection(text: string, name: string, content: string): string {
  const open = new RegExp(`<!-- ${name}: generated[^>]*-->\\n`);
  const start = open.exec(text);
  const close = `<!-- ${name}: end -->`;
  const end = start ? text.indexOf(close, start.index) : -1;
  if (!start || end < 0) throw new Error(`no "<!-- ${name}: generated ... -->" ... "${close}" markers`);
  return `${text.slice(0, start.index + start[0].length)}\n${content}\n${text.slice(end)}`;
}

/** One rule's section of `docs/rules.md`: heading (its anchor), id and severity, documentation, settings, examples. */
export function ruleSection(rule: ListedRule): string {
  const parts = [
    `## ${ruleAnchor(rule.id)}`,
    wrapped(`\`${rule.id}\` (${rule.defaultSeverity}). ${rule.documentation}`),
  ];
  for (const setting of rule.settings ?? []) parts.push(settingDocumentation(setting));
  if (rule.examples.flags.length > 0) {
    parts.push(
      'Flagged:',
      rule.examples.flags
        .map(
          (example) =>
            `- ${exampleText(example)} — ${example.fix === undefined ? `\`${example.flagged}\`` : `\`${example.flagged}\` → \`${example.fix}\``}`,
        )
        .join('\n'),
    );
  }
  if (rule.examples.passes.length > 0)
    parts.push('Not flagged:', rule.examples.passes.map((example) => `- ${exampleText(example)}`).join('\n'));
  return `${parts.join('\n\n')}\n`;
}

/** The documentation's paragraphs filled to the width of the rest of the file. */
function wrapped(text: string, width = 96): string {
  return text
    .split(PARAGRAPH_BREAK)
    .map((paragraph) => {
      const lines: string[] = [];
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const last = lines.length - 1;
        if (last >= 0 && lines[last]!.length + 1 + word.length <= width) lines[last] += ` ${word}`;
        else lines.push(word);
      }
      return lines.join('\n');
    })
    .join('\n\n');
}

function exampleText(example: RuleExample): string {
  const style = Object.entries(example.houseStyle ?? {}).map(
    ([key, value]) => `\`${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}\``,
  );
  const conditions = [
    ...(example.date ? [`dated ${example.date}`] : []),
    ...(style.length > 0 ? [`house style ${style.join(', ')}`] : []),
    ...(example.corpus ? ['against the sample corpus'] : []),
  ];
  return `“${example.text.trim().replace(/\s*\n\s*/g, ' ')}”${conditions.length > 0 ? ` (${conditions.join('; ')})` : ''}`;
}

function settingDocumentation(setting: HouseStyleSetting): string {
  const where = `Setting \`attache.houseStyle.${setting.key}\` (on the command line \`--house-style ${setting.key}=...\`): ${setting.description}`;
  if (setting.kind === 'list')
    return wrapped(`${where} Default: ${setting.default.map((word) => `\`${word}\``).join(', ')}.`);
  const values = setting.values.map((value, index) => {
    const meaning = setting.valueDescriptions?.[index];
    return `- \`${value}\`${value === setting.default ? ' (default)' : ''}${meaning ? `: ${meaning}` : ''}`;
  });
  return `${wrapped(where)}\n\n${values.join('\n')}`;
}

/** The README's table of rules: each id linked to its documentation, its default severity, what it finds, what it flags first among its examples, and its settings. */
export function ruleTable(rules: readonly ListedRule[]): string {
  const rows = rules.map((rule) => {
    const severity = rule.kind === 'retext' ? `${rule.defaultSeverity} (off until turned on)` : rule.defaultSeverity;
    const settings = (rule.settings ?? []).map((setting) => `\`${setting.key}\``).join(', ');
    const example = rule.examples.flags[0];
    const flagged = example
      ? `\`${shortened(example.flagged)}\`${example.fix === undefined ? '' : ` → \`${shortened(example.fix)}\``}`
      : '';
    return `| [\`${rule.id}\`](docs/rules.md#${ruleAnchor(rule.id)}) | ${severity} | ${rule.description.replace(/\|/g, '\\|')} | ${flagged.replace(/\|/g, '\\|')} | ${settings} |`;
  });
  return [
    '| rule | default severity | what it finds | for example | house style |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** The README's table of house-style settings: each with its default, its values and the rules that read it. */
export function settingsTable(rules: readonly ListedRule[]): string {
  const rows = rules.flatMap((rule) =>
    (rule.settings ?? []).map((setting) => {
      const shown = (value: string) => `\`${value}\``;
      const values = setting.kind === 'list' ? 'words' : setting.values.map(shown).join(', ');
      const defaults =
        typeof setting.default === 'string' ? shown(setting.default) : setting.default.map(shown).join(', ');
      return `| \`attache.houseStyle.${setting.key}\` | ${defaults} | ${values} | ${setting.description.replace(/\|/g, '\\|')} | [\`${rule.id}\`](docs/rules.md#${ruleAnchor(rule.id)}) |`;
    }),
  );
  return ['| setting | default | values | meaning | rule |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** A long example (a whole quotation) cut to a table cell's width. */
function shortened(text: string, width = 40): string {
  return text.length <= width ? text : `${text.slice(0, width - 1).trimEnd()}…`;
}

/** The `contributes.configuration` entry of one house-style setting. */
export function settingProperty(setting: HouseStyleSetting): object {
  if (setting.kind === 'list')
    return { type: 'array', items: { type: 'string' }, default: setting.default, description: setting.description };
  return {
    type: 'string',
    enum: setting.values,
    default: setting.default,
    ...(setting.valueDescriptions ? { enumDescriptions: setting.valueDescriptions } : {}),
    description: setting.description,
  };
}

/**
 * `package.json` with its `attache.houseStyle.*` settings replaced by the declared ones, in the
 * rules' order, where the first of them was (at the end when there was none).
 */
function withSettings(packageJson: string, rules: readonly ListedRule[]): string {
  const manifest = JSON.parse(packageJson) as {
    contributes: { configuration: { properties: Record<string, unknown> } };
  };
  const generated = rules
    .flatMap((rule) => rule.settings ?? [])
    .map((setting) => [`attache.houseStyle.${setting.key}`, settingProperty(setting)] as [string, unknown]);
  const properties: [string, unknown][] = [];
  let placed = false;
  for (const [key, value] of Object.entries(manifest.contributes.configuration.properties)) {
    if (!key.startsWith('attache.houseStyle.')) properties.push([key, value]);
    else if (!placed) {
      properties.push(...generated);
      placed = true;
    }
  }
  if (!placed) properties.push(...generated);
  manifest.contributes.configuration.properties = Object.fromEntries(properties);
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
