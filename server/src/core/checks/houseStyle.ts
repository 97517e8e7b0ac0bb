/**
 * House-style choices. They differ between ministries and outlets, so they are settings
 * (`attache.houseStyle.*`, `--house-style key=value`), not rules.
 */
export interface HouseStyle {
  /**
   * How to write Viet Nam: always "Viet Nam", always "Vietnam", or either as long as a
   * document does not mix them ("consistent", the default).
   */
  vietNam: 'Viet Nam' | 'Vietnam' | 'consistent';
  /** Party names: the official English names and acronyms (CPC, not CCP), or any. */
  partyNames: 'official' | 'any';
  /** The adjective for Laos: "Lao" (official usage), or also "Laotian". */
  laoAdjective: 'Lao' | 'Lao or Laotian';
  /** Acronyms that need no expansion before first use. */
  wellKnownAcronyms: string[];
  /**
   * The house's quotation marks: `smart` (“ ” ‘ ’) or `straight` (" '), which turns on the
   * retext-quotes plugin with them; `any` (the default) leaves quotation marks alone.
   */
  quotes: 'any' | 'smart' | 'straight';
}

export const DEFAULT_HOUSE_STYLE: HouseStyle = {
  vietNam: 'consistent',
  partyNames: 'official',
  laoAdjective: 'Lao or Laotian',
  wellKnownAcronyms: ['ASEAN', 'UN', 'U.S.', 'US', 'EU', 'APEC', 'BRICS', 'G20', 'WTO', 'NATO', 'COVID-19'],
  quotes: 'any',
};
