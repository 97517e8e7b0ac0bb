import { BUNDLED_RETEXT_PLUGINS } from '../retext/bundledPlugins.js';
import { agreementDetails } from './agreementDetails.js';
import type { Check, RuleDeclaration } from './check.js';
import { claimDiffers } from './claimDiffers.js';
import { nameInconsistent } from './nameInconsistent.js';
import { nameMisspelled } from './nameMisspelled.js';
import { nameNonStandard } from './nameNonStandard.js';
import { nameSecondMention } from './nameSecondMention.js';
import { orgAcronymMismatch } from './orgAcronymMismatch.js';
import { orgAcronymUndefined } from './orgAcronymUndefined.js';
import { orgNonOfficialName } from './orgNonOfficialName.js';
import { quoteMismatch } from './quoteMismatch.js';
import type { HouseStyleSetting } from './ruleSettings.js';
import { styleCountryAdjective } from './styleCountryAdjective.js';
import { styleCountryName } from './styleCountryName.js';
import { styleLaoLaos } from './styleLaoLaos.js';
import { titleNotHeld } from './titleNotHeld.js';
import { titleWrongSystem } from './titleWrongSystem.js';

/**
 * Every check: the one list a new rule is added to. The order is the order of the rules'
 * documentation and of findings at the same position; which finding stands when two rules see
 * the same fault is declared (`supersedes`), not taken from here.
 */
export const ALL_CHECKS: readonly Check[] = [
  nameMisspelled,
  nameInconsistent,
  nameSecondMention,
  nameNonStandard,
  titleNotHeld,
  titleWrongSystem,
  orgAcronymMismatch,
  orgNonOfficialName,
  orgAcronymUndefined,
  styleCountryName,
  styleLaoLaos,
  styleCountryAdjective,
  agreementDetails,
  quoteMismatch,
  claimDiffers,
];

/** A rule as the documentation, `attache rules` and SARIF list it: an Attaché check, or a bundled retext plugin (off until turned on). */
export interface ListedRule extends RuleDeclaration {
  kind: 'check' | 'retext';
}

/** Every rule's declaration, checks first: what `npm run docs` generates the documentation and settings from. */
export const ALL_RULES: readonly ListedRule[] = [
  ...ALL_CHECKS.map((check) => declared(check, 'check')),
  ...BUNDLED_RETEXT_PLUGINS.map((plugin) => declared({ ...plugin, id: plugin.name }, 'retext')),
];

/** The house-style settings every rule declares, in the rules' order. */
export const HOUSE_STYLE_SETTINGS: readonly HouseStyleSetting[] = ALL_RULES.flatMap((rule) => rule.settings ?? []);

function declared(rule: RuleDeclaration, kind: ListedRule['kind']): ListedRule {
  const { id, defaultSeverity, description, documentation, examples, settings, marksMentions, supersedes } = rule;
  return {
    id,
    kind,
    defaultSeverity,
    description,
    documentation,
    examples,
    ...(settings ? { settings } : {}),
    ...(marksMentions ? { marksMentions } : {}),
    ...(supersedes ? { supersedes } : {}),
  };
}
