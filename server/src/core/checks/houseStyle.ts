import { HOUSE_STYLE_SETTINGS } from './allChecks.js';
import { readHouseStyle, type HouseStyle } from './ruleSettings.js';

export type { HouseStyle } from './ruleSettings.js';

/**
 * The house style with every setting at its default. The settings are declared by the rules
 * that read them (`settings` on a check or a bundled retext plugin); `HOUSE_STYLE_SETTINGS`
 * gathers them.
 */
export const DEFAULT_HOUSE_STYLE: HouseStyle = readHouseStyle(HOUSE_STYLE_SETTINGS, {});
