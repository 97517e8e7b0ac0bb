/**
 * Chinese names in Cantonese, as Hong Kong and Macau write them in English: 曾蔭權 "Tsang
 * Yam-kuen", 林鄭月娥 "Lam Cheng Yuet-ngor", 習近平 "Tsap Kan-ping". The knowledge base gives
 * each Chinese character of a person's name its Jyutping readings (derived when the file is
 * loaded); this module turns them into the Hong Kong government's romanization, and reads any
 * written Cantonese spelling into a loose key in which that romanization's usual variants meet
 * ("Tsang" and "Chang", "Lee" and "Li", "Chow" and "Chau", "Sze" and "Si").
 */

/**
 * Jyutping initials in the Hong Kong government's romanization, the spelling of personal and
 * place names on Hong Kong identity cards and maps (no published standard exists; the tables
 * here follow the correspondence of that practice with Jyutping as Wikipedia's "Hong Kong
 * Government Cantonese Romanisation" article tabulates it, checked against officials' names):
 * unaspirated stops are written as aspirated ones (b → p, d → t, g → k), z and c both as
 * "ch" (or "ts"), j as "y".
 */
const INITIALS: Readonly<Record<string, string>> = {
  '': '',
  b: 'p',
  p: 'p',
  m: 'm',
  f: 'f',
  d: 't',
  t: 't',
  n: 'n',
  l: 'l',
  g: 'k',
  k: 'k',
  ng: 'ng',
  h: 'h',
  gw: 'kw',
  kw: 'kw',
  w: 'w',
  z: 'ch',
  c: 'ch',
  s: 's',
  j: 'y',
};

/**
 * Jyutping finals in the same romanization (same sources). Long and short vowels are not told
 * apart (aa and a both "a"); the rounded front vowels are written "eu" (張 zoeng "Cheung"), "u"
 * (徐 ceoi "Tsui", 俊 zeon "Chun") and "ue" (袁 jyun "Yuen", 月 jyut "Yuet"); ou is "o" (高
 * gou "Ko").
 */
const FINALS: Readonly<Record<string, string>> = {
  aa: 'a',
  aai: 'ai',
  aau: 'au',
  aam: 'am',
  aan: 'an',
  aang: 'ang',
  aap: 'ap',
  aat: 'at',
  aak: 'ak',
  ai: 'ai',
  au: 'au',
  am: 'am',
  an: 'an',
  ang: 'ang',
  ap: 'ap',
  at: 'at',
  ak: 'ak',
  e: 'e',
  ei: 'ei',
  eu: 'eu',
  em: 'em',
  eng: 'eng',
  ep: 'ep',
  ek: 'ek',
  i: 'i',
  iu: 'iu',
  im: 'im',
  in: 'in',
  ing: 'ing',
  ip: 'ip',
  it: 'it',
  ik: 'ik',
  o: 'o',
  oi: 'oi',
  ou: 'o',
  on: 'on',
  ong: 'ong',
  ot: 'ot',
  ok: 'ok',
  u: 'u',
  ui: 'ui',
  un: 'un',
  ung: 'ung',
  ut: 'ut',
  uk: 'uk',
  oe: 'oe',
  oeng: 'eung',
  oek: 'euk',
  eoi: 'ui',
  eon: 'un',
  eot: 'ut',
  yu: 'u',
  yun: 'uen',
  yut: 'uet',
  m: 'm',
  ng: 'ng',
};

/**
 * Surnames whose reading as a surname is not the character's common one (to-jyutping, the
 * source of the readings, gives the common one first): 曾 is zang1 "Tsang" as a surname, not
 * cang4; 單 sin6 "Shin", 仇 kau4 "Kau", 區 au1 "Au", 任 jam4 "Yam", 覃 tam4 "Tam", 翟 zaak6
 * "Chak", 查 caa4 "Cha", 解 haai6 "Hai", 樂 lok6 "Lok", 萬 maan6 "Man", in both scripts.
 */
const SURNAME_READINGS: Readonly<Record<string, string>> = {
  曾: 'zang1',
  单: 'sin6',
  單: 'sin6',
  仇: 'kau4',
  区: 'au1',
  區: 'au1',
  任: 'jam4',
  覃: 'tam4',
  翟: 'zaak6',
  查: 'caa4',
  解: 'haai6',
  乐: 'lok6',
  樂: 'lok6',
  万: 'maan6',
  萬: 'maan6',
};

/** Two-character surnames, read as one name word ("Au-yeung", "Szeto"). */
const DOUBLE_SURNAMES: ReadonlySet<string> = new Set([
  '欧阳',
  '歐陽',
  '司徒',
  '司马',
  '司馬',
  '上官',
  '诸葛',
  '諸葛',
  '东方',
  '東方',
]);

const JYUTPING = /^(gw|kw|ng|[bpmfdtnlgkhwzcsj])?([a-z]+?)([1-6])$/;

/** One Jyutping syllable ("zaang1") in the Hong Kong government's romanization ("chang"); undefined if it is not Jyutping. */
export function hongKongSyllable(jyutping: string): string | undefined {
  const match = JYUTPING.exec(jyutping);
  if (!match) return undefined;
  // A bare m or ng is a syllable of its own (吳 ng4 "Ng"), not an initial.
  if (match[1] !== undefined && FINALS[match[1] + match[2]!] !== undefined && FINALS[match[2]!] === undefined)
    return FINALS[match[1] + match[2]!];
  const initial = match[1] ?? '';
  const final = FINALS[match[2]!];
  if (final === undefined) return undefined;
  // j before a rounded vowel written with y (jyu, jyun) is the y itself: 余 "Yu", 袁 "Yuen".
  if (initial === 'j' && match[2]!.startsWith('y')) return `y${final}`;
  return INITIALS[initial]! + final;
}

/** Whole parts spelled in a way of their own: 子 "Tsz", 思 "Sze", 司徒 "Szeto". */
const WHOLE_PARTS: Readonly<Record<string, string>> = { tsz: 'chi', tze: 'chi', sze: 'si', szeto: 'sito' };

/**
 * The loose key of a written Cantonese name word, or of a generated one: lower case, the parts
 * between hyphens and apostrophes keyed one by one and joined. The variants it merges are those
 * Hong Kong and Macau spellings show for one syllable: ts/ch, sh/s, ee/ei/i, oo/u, ue/u, final
 * ow/au, or/o, um/am and un/an (the short a of Jyutping is written either way: 陳 can "Chan",
 * 振 zan "Chun").
 */
export function cantoneseKey(word: string): string {
  let key = '';
  for (const part of word.toLowerCase().split(/[-'’]/)) {
    key += (WHOLE_PARTS[part] ?? part)
      .replace(/ts/g, 'ch')
      .replace(/sh/g, 's')
      .replace(/ee|ei/g, 'i')
      .replace(/oo|ue/g, 'u')
      .replace(/eo/g, 'eu')
      .replace(/ow$/, 'au')
      .replace(/or$/, 'o')
      .replace(/um$/, 'am')
      .replace(/un$/, 'an');
  }
  return key;
}

/** Most romanizations kept for one name (the product of its characters' readings). */
const MOST_ROMANIZATIONS = 8;

/**
 * The Hong Kong-style romanizations of a Chinese name, as name words: surname, then the given
 * name's syllables joined by hyphens (林鄭月娥 → ["lam", "cheng-yuet-ngo"]). `readings` gives
 * each character's Jyutping readings, the usual one first; the surname's reading comes from
 * the surname table where the character is there, else its usual reading. Each character of
 * the given name contributes its first two readings, so a name whose usual reading is not its
 * name reading (近 gan6, in a name kan5) still has it; at most {@link MOST_ROMANIZATIONS} are returned. Empty when a character has no
 * reading.
 */
export function cantoneseRomanizations(name: string, readings: readonly (readonly string[])[]): string[][] {
  const characters = [...name];
  if (characters.length < 2 || readings.length !== characters.length) return [];
  const surnameLength = characters.length >= 3 && DOUBLE_SURNAMES.has(characters[0]! + characters[1]!) ? 2 : 1;
  const choices: string[][] = [];
  for (let i = 0; i < characters.length; i++) {
    const fixed = i < surnameLength ? SURNAME_READINGS[characters[i]!] : undefined;
    // A surname is read its usual way (or the surname table's); a given-name character may take its second reading too.
    const candidates = fixed ? [fixed] : readings[i]!.slice(0, i < surnameLength ? 1 : 2);
    const syllables = [
      ...new Set(candidates.map(hongKongSyllable).filter((s): s is string => s !== undefined && s !== '')),
    ];
    if (syllables.length === 0) return [];
    choices.push(syllables);
  }
  let combinations: string[][] = [[]];
  for (const syllables of choices) {
    combinations = combinations
      .flatMap((prefix) => syllables.map((syllable) => [...prefix, syllable]))
      .slice(0, MOST_ROMANIZATIONS);
  }
  return combinations.map((syllables) => [
    syllables.slice(0, surnameLength).join('-'),
    syllables.slice(surnameLength).join('-'),
  ]);
}
