/**
 * The knowledge base as it appears in YAML files (`server/kb/*.yaml`, `.attache/kb/*.yaml`).
 * `schema.json` beside this file is the JSON Schema of the same shapes; keep the two in step.
 *
 * Dates are ISO calendar dates (`YYYY-MM-DD`). A role's `from` and `to` may also be only a
 * month (`YYYY-MM`) or a year (`YYYY`) when no day is known: the bound then covers the whole
 * month or year (see roleDates.ts). A role with no `to` is still held as far as the knowledge
 * base knows (see {@link KnowledgeBaseFile.verifiedThrough}).
 */

/** How a person is referred to after the first, full mention. */
export type NamingConvention =
  /** Chinese order: surname first, second mention by surname ("Xi Jinping" → "Xi"). */
  | 'surname-first'
  /** Lao usage: second mention by given name, which comes first ("Thongloun Sisoulith" → "Thongloun"). */
  | 'given-name'
  /** Vietnamese usage: the full name, or the last syllable, the given name ("Pham Minh Chinh" → "Chinh"). */
  | 'full-or-given-name'
  /** Western usage: surname last ("Antony Blinken" → "Blinken"). */
  | 'surname-last';

/** Names in other scripts. */
export interface NativeNames {
  /** Simplified Chinese. */
  'zh-Hans'?: string;
  /** Traditional Chinese. */
  'zh-Hant'?: string;
  /** Lao script. */
  lo?: string;
  /** Vietnamese with diacritics. */
  vi?: string;
  /** French, where it differs from the English name ("Inde", "Corée du Sud"). */
  fr?: string;
}

/** A form that must not be used, and the form to use instead. */
export interface WrongForm {
  form: string;
  /** The correct replacement; defaults to the entry's canonical name. */
  use?: string;
  /** Why the form is wrong ("machine translation of 苏林", "misspelling"). */
  reason?: string;
}

/** Sentences that an entry's rules must flag, and sentences they must leave alone. */
/**
 * Sentences that show what the entry means for a check, each judged at a date: a `flag`
 * example must produce its rule, a `pass` example nothing at all. The tests run every one
 * through the analyzer.
 */
export interface Examples {
  flag?: { text: string; date: string; rule: string }[];
  pass?: { text: string; date: string }[];
}

/** A dated office held by a person. */
export interface RoleEntry {
  /** Id of an office in `offices`. */
  office: string;
  /**
   * First day held (`YYYY-MM-DD`), or only the month (`YYYY-MM`) or year (`YYYY`) when that is all
   * that is known. With `startUnknown`, the first date a source shows the office held instead.
   */
  from: string;
  /** Last day held, at the same choice of precision; absent while the role is held. */
  to?: string;
  /** Where this is documented: an outlet and date, an official list. */
  source: string;
  /** Set when the person held the office in an acting capacity. */
  acting?: boolean;
  /**
   * Set when the day the person took the office is not known, only that they held it by `from`
   * ("already minister on 2020-02-11"). On and after `from` the role reads as held; before it
   * nothing is known: the person is not counted as holding the office, nor judged not to hold it
   * (see roleDates.ts).
   */
  startUnknown?: boolean;
}

interface EntryBase {
  /** Stable kebab-case id, unique across all files. */
  id: string;
  /** Canonical English name, as house style writes it. */
  name: string;
  names?: NativeNames;
  /**
   * Other forms that are correct and mean this entry. Every form needs two letters or digits;
   * a shorter one is left out with a warning unless listed in `caseSensitive` (see there).
   */
  aliases?: string[];
  wrongForms?: WrongForm[];
  /**
   * Forms matched only with their exact letter case ("ASEAN", "Lam"). Others match in any case.
   * A one-letter form ("U") is accepted only when listed here, and then matches as a whole word.
   */
  caseSensitive?: string[];
  examples?: Examples;
  /** Free note: why an entry is as it is. */
  note?: string;
}

export interface PersonEntry extends EntryBase {
  /** Id of the person's country in `countries`. */
  country: string;
  /** Accepted alternative romanizations (not flagged, not preferred). */
  romanizations?: string[];
  convention: NamingConvention;
  /** Second-mention forms; derived from the convention when absent. */
  shortForms?: string[];
  roles?: RoleEntry[];
  /**
   * The Jyutping readings of each character of a Chinese person's name, the usual one first:
   * derived when the file is parsed (see cantoneseReadings.ts), never written in the YAML.
   */
  cantoneseReadings?: string[][];
}

export type OrganizationKind = 'party' | 'organization' | 'legislature' | 'government';

export interface OrganizationEntry extends EntryBase {
  kind: OrganizationKind;
  country?: string;
  /** The official acronym ("CPC", "LPRP", "CPV"). */
  acronym?: string;
  /** Forms that mean this organization on second mention ("the Party"). */
  shortForms?: string[];
}

export interface AgreementEntry extends EntryBase {
  kind: 'agreement' | 'initiative' | 'project';
  /** First and last year the agreement covers (the 2024–2028 Action Plan: [2024, 2028]). */
  years?: [number, number];
  /** Date signed, launched or opened. */
  date?: string;
  /** Ids of the parties, organizations or countries that signed or run it. */
  parties?: string[];
  source?: string;
}

export interface CountryEntry extends EntryBase {
  /** House-style adjective ("Lao", "Vietnamese", "Chinese"). */
  adjective: string;
  /** Other correct adjectives ("Laotian"). */
  adjectiveAliases?: string[];
  /** Official full name ("Lao People's Democratic Republic"). */
  officialName?: string;
  /** Accepted variants of the short name ("Vietnam" for "Viet Nam"). */
  nameVariants?: string[];
}

/** A city, building or region that readouts name as a venue ("Vientiane", "Great Hall of the People"). */
export interface PlaceEntry extends EntryBase {
  country?: string;
}

/** An office: the thing a title names. */
export interface OfficeEntry {
  id: string;
  /** Full formal English title ("General Secretary of the Communist Party of China Central Committee"). */
  name: string;
  country: string;
  /**
   * The forms of the title written before a name ("Premier", "Chinese Premier",
   * "General Secretary"). Matched case-insensitively.
   */
  titles: string[];
  names?: NativeNames;
  /** Title forms that belong to another system and must be replaced ("Lao Premier" → "Prime Minister"). */
  wrongForms?: WrongForm[];
  note?: string;
}

/** One YAML file. Every section is optional. */
export interface KnowledgeBaseFile {
  /**
   * The date up to which the roles in this file were checked. Past it, a title is only judged
   * wrong when the knowledge base records the role as ended.
   */
  verifiedThrough?: string;
  people?: PersonEntry[];
  organizations?: OrganizationEntry[];
  agreements?: AgreementEntry[];
  countries?: CountryEntry[];
  offices?: OfficeEntry[];
  places?: PlaceEntry[];
}
