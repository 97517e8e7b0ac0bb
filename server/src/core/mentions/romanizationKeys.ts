/**
 * Phonetic keys of romanized Lao and Vietnamese names: spellings of one name in the systems
 * and habits that English texts mix get one key, so that a variant no list foresaw is still
 * known as the person. Each key takes the folded words of a name (lower case, no
 * diacritics) and joins them, since writers split and join syllables ("Sone Xay",
 * "Sonexay"; "Phan Kham", "Phankham"; "Phutrong").
 */

const CONSONANT = 'bcdfghjklmnpqrstvwxz';
/** A final y after a consonant, written i as well: "Choummaly", "Choummali". */
const FINAL_Y = new RegExp(`(?<=[${CONSONANT}])y$`);
/** A silent French-style e after a syllable's final consonant: "Sone", "Sonexay", "Phomvihane". */
const SILENT_E = new RegExp(`(?<=[aeiouy][${CONSONANT}]+)e(?=[${CONSONANT}]|$)`, 'g');

/**
 * The key of a romanized Lao name, where the French-era and modern spellings meet:
 * ou/u, ph/p, th/t, kh/k, ch/j, x/s, v/w, r/l, gn/nh/ny, ai/ay, final nh/n and d/t, final y/i
 * after a consonant, a silent e after a final consonant dropped, doubled letters single.
 * "Thongloun Sisoulith", "Thonglun Sisulith" and "Thong Loun Sissoulith" share
 * `tonglunsisulit`.
 */
export function laoKey(words: readonly string[]): string {
  return collapseDoubles(words.map(laoSpelling).join(''));
}

/** One folded word's part of {@link laoKey}, before doubled letters are made single (that is done over the joined words). */
export function laoSpelling(folded: string): string {
  let key = '';
  for (const part of folded.replace(/['’]/g, '').split('-')) {
    key += part
      .replace(/nh$/, 'n')
      .replace(/ou/g, 'u')
      .replace(/ph/g, 'p')
      .replace(/th/g, 't')
      .replace(/kh/g, 'k')
      // ຈ is "ch" in the French-era spelling and "j" as English hears it ("Chitmany", "Jitmany").
      .replace(/j/g, 'ch')
      .replace(/x/g, 's')
      .replace(/v/g, 'w')
      .replace(/r/g, 'l')
      .replace(/gn|nh/g, 'ny')
      .replace(/ai/g, 'ay')
      .replace(/d$/, 't')
      .replace(FINAL_Y, 'i')
      .replace(SILENT_E, '');
  }
  return key;
}

/** "Thammavong" → "Thamavong": a doubled letter written once. */
export function collapseDoubles(key: string): string {
  return key.replace(/(.)\1+/g, '$1');
}

/**
 * The key of a Vietnamese name written without diacritics or with its sounds spelled as
 * another language hears them (Russian and northern pronunciation): ngh/ng, ph/f, tr/ch,
 * d, gi and r (always syllable-initial) as z, x/s, qu/kw, c and k alike, y/i. "Nguyen Phu Trong", "Nguyen
 * Phutrong" and "Nguyen Phu Chong" share `nguienfuchong`.
 */
export function vietnameseKey(words: readonly string[]): string {
  return words.map(vietnameseSpelling).join('');
}

/** One folded word's part of {@link vietnameseKey}. */
export function vietnameseSpelling(folded: string): string {
  let key = '';
  for (const part of folded.replace(/['’]/g, '').split('-')) {
    key += part
      .replace(/ngh/g, 'ng')
      .replace(/ph/g, 'f')
      // Only syllable-initial in Vietnamese, so also inside joined syllables ("Phutrong").
      .replace(/tr/g, 'ch')
      .replace(/gi|d|r/g, 'z')
      .replace(/x/g, 's')
      .replace(/qu/g, 'kw')
      .replace(/c(?!h)/g, 'k')
      .replace(/y/g, 'i');
  }
  return key;
}
