import { agreementDetails } from './agreementDetails.js';
import type { Check } from './check.js';
import { claimDiffers } from './claimDiffers.js';
import { figureDiffers } from './figureDiffers.js';
import { nameInconsistent } from './nameInconsistent.js';
import { nameKnownWrongForm } from './nameKnownWrongForm.js';
import { nameNonStandard } from './nameNonStandard.js';
import { nameSecondMention } from './nameSecondMention.js';
import { orgAcronymMismatch } from './orgAcronymMismatch.js';
import { orgAcronymUndefined } from './orgAcronymUndefined.js';
import { orgNonOfficialName } from './orgNonOfficialName.js';
import { quoteMismatch } from './quoteMismatch.js';
import { styleCountryAdjective } from './styleCountryAdjective.js';
import { styleCountryName } from './styleCountryName.js';
import { styleLaoLaos } from './styleLaoLaos.js';
import { titleNotHeld } from './titleNotHeld.js';
import { titleWrongSystem } from './titleWrongSystem.js';

/** Every check, in the order their findings are reported for the same position. */
export const ALL_CHECKS: readonly Check[] = [
  nameKnownWrongForm,
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
  figureDiffers,
];

/** One line per rule id: what `attache rules` prints (with the bundled retext plugins) and SARIF lists. */
export function ruleDescriptions(): { id: string; severity: string; description: string }[] {
  const seen = new Map<string, { id: string; severity: string; description: string }>();
  for (const check of ALL_CHECKS) {
    if (!seen.has(check.id)) seen.set(check.id, { id: check.id, severity: check.defaultSeverity, description: check.description });
  }
  return [...seen.values()];
}
