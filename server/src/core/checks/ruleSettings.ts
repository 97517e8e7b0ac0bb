/**
 * A rule's settings, declared beside the rule. Each is one house-style key: the editor's
 * `attache.houseStyle.<key>` setting, `--house-style <key>=<value>` on the command line. The
 * settings' documentation, the `package.json` entries and the command line's help are generated
 * from these declarations, and both the server and the command line read values through them.
 */

/** A setting with a fixed set of values: `vietNam` is `consistent`, `Viet Nam` or `Vietnam`. */
export interface ChoiceSetting<V extends string = string> {
  key: string;
  kind: 'choice';
  values: readonly V[];
  default: V;
  /** One sentence for the settings editor and the documentation. */
  description: string;
  /** What each value does, in the order of `values`, where the value's name does not say it. */
  valueDescriptions?: readonly string[];
  /** The value in a house style, or the default when it is missing or not one of `values`. */
  of(style: HouseStyle): V;
}

/** A setting that is a list of words: `wellKnownAcronyms`. */
export interface ListSetting {
  key: string;
  kind: 'list';
  default: readonly string[];
  description: string;
  /** The value in a house style, or the default when it is missing or not a list of words. */
  of(style: HouseStyle): readonly string[];
}

export type HouseStyleSetting = ChoiceSetting | ListSetting;

/**
 * House-style choices, by their settings' keys. They differ between ministries and outlets, so
 * they are settings (`attache.houseStyle.*`, `--house-style key=value`), not rules. Read a value
 * through its setting (`vietNam.of(style)`), which holds it to the declared values.
 */
export interface HouseStyle {
  readonly [key: string]: string | readonly string[] | undefined;
}

/** Declares a setting with a fixed set of values. */
export function choiceSetting<const V extends string>(
  declaration: Omit<ChoiceSetting<V>, 'kind' | 'of'>,
): ChoiceSetting<V> {
  const allowed = (value: unknown): value is V =>
    typeof value === 'string' && (declaration.values as readonly string[]).includes(value);
  return {
    ...declaration,
    kind: 'choice',
    of(style) {
      const value = style[declaration.key];
      return allowed(value) ? value : declaration.default;
    },
  };
}

/** Declares a setting that is a list of words. */
export function listSetting(declaration: Omit<ListSetting, 'kind' | 'of'>): ListSetting {
  return {
    ...declaration,
    kind: 'list',
    of(style) {
      const value = style[declaration.key];
      return Array.isArray(value) ? wordsOf(value) : declaration.default;
    },
  };
}

/** The house style a client sent (anything), each key held to its setting: what is missing or malformed keeps its default. */
export function readHouseStyle(settings: readonly HouseStyleSetting[], raw: unknown): HouseStyle {
  const given = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as HouseStyle) : {};
  return Object.fromEntries(settings.map((setting) => [setting.key, setting.of(given)]));
}

/**
 * One `--house-style` value as typed (`Viet Nam`; a list comma-separated, `ASEAN,UN`), or a
 * sentence saying what is allowed.
 */
export function parseSettingText(
  setting: HouseStyleSetting,
  text: string,
): { value: string | readonly string[] } | { problem: string } {
  if (setting.kind === 'list')
    return {
      value: text
        .split(',')
        .map((word) => word.trim())
        .filter(Boolean),
    };
  if (setting.values.includes(text)) return { value: text };
  return { problem: `house-style ${setting.key} must be one of: ${setting.values.join(', ')}` };
}

/** What `--house-style` takes for a setting, for the command line's help: `vietNam=consistent|"Viet Nam"|Vietnam`. */
export function settingUsage(setting: HouseStyleSetting): string {
  const shown = (value: string) => (/\s/.test(value) ? `"${value}"` : value);
  return setting.kind === 'list'
    ? `${setting.key}=WORD,WORD...`
    : `${setting.key}=${setting.values.map(shown).join('|')}`;
}

function wordsOf(values: readonly unknown[]): string[] {
  return values.filter((value): value is string => typeof value === 'string' && value.length > 0);
}
