import type { EventFormat } from './types.js';

/**
 * `\b` in a JavaScript pattern knows only ASCII letters: "déjà" or "reçu" would never end a
 * word. Each `\b` of these patterns is rewritten to a boundary between a letter and a non-letter.
 */
export function words(pattern: RegExp): RegExp {
  const boundary = String.raw`(?:(?<!\p{L})(?=\p{L})|(?<=\p{L})(?!\p{L}))`;
  const flags = pattern.flags.includes('u') ? pattern.flags : `${pattern.flags}u`;
  return new RegExp(pattern.source.replaceAll(String.raw`\b`, boundary), flags);
}

/**
 * The French forms of event words and date words the extractor reads, each the counterpart of an
 * English form it already has: Lao and Vietnamese outlets run French services (KPL, Le Courrier
 * du Vietnam), and their reports of a visit or a meeting are the same events as the English
 * ones. French text is read with the English sentence machinery (names, places, days the
 * French date parser reads); only the words below are French.
 */

/** A French event cue, most specific first, as in the English table. */
export interface FrenchCue {
  format: EventFormat;
  pattern: RegExp;
  /**
   * A word the pattern cannot match without: a sentence lacking it is not run through the
   * pattern. Every French cue has one: an English sentence that passes the quick look for French
   * cue words ("dined", "recurring") would otherwise be run through each of them, and their
   * letter-boundary look-arounds, tried at every offset, cost more than the rest of its reading.
   */
  needs?: RegExp;
}

export const FRENCH_CUES: readonly FrenchCue[] = [
  // "avait accueilli son homologue français lors d'une cérémonie officielle", "a accueilli M. Lula
  // avec une cérémonie", "avait été accueilli ... avec les honneurs militaires", "a été accueilli
  // lundi en grande pompe": a guest welcomed at a ceremony, with honours or with pomp, as
  // "welcomed ... at a ceremony" is.
  {
    format: 'welcome ceremony',
    needs: /accueilli/iu,
    pattern: words(
      /\b(?:a|ont|avait|avaient)\s+(?:[\p{L}'’]+\s+){0,2}?accueilli(?:e|s|es)?\b(?=(?:[^.;]|(?<=\b(?:M|Mme|MM))\.){0,80}?\b(?:(?:lors\s+d['’]une|avec\s+une|par\s+une)\s+c[ée]r[ée]monie|avec\s+les\s+honneurs|en\s+grande\s+pompe|avec\s+faste|tapis\s+rouge)\b)/giu,
    ),
  },
  // "un entretien téléphonique avec": a phone call.
  {
    format: 'phone call',
    needs: /t[ée]l[ée]phon/iu,
    pattern: words(/\bentretien\s+t[ée]l[ée]phonique\b|\bs['’]est\s+entretenue?\s+au\s+t[ée]l[ée]phone\b/giu),
  },
  // "visite d'État", "visite officielle (d'amitié)", "visite de travail": state visit, official visit, working visit.
  { format: 'state visit', needs: /visite/iu, pattern: words(/\bvisites?\s+d['’][ÉE]tat\b/giu) },
  {
    format: 'official visit',
    needs: /visite/iu,
    pattern: words(/\bvisites?\s+officielles?(?:\s+d['’]amiti[ée])?\b/giu),
  },
  { format: 'working visit', needs: /visite/iu, pattern: words(/\bvisites?\s+de\s+travail\b/giu) },
  // "s'est entretenu avec", "se sont entretenus", "a eu des entretiens avec", "avait eu plus de
  // sept heures d'entretiens avec", "s'est rendu au siège du Parti pour un entretien avec": held talks.
  {
    format: 'talks',
    needs: /entret/iu,
    pattern: words(
      /\b(?:(?:s['’]est|se\s+sont|s['’][ée]tai(?:t|ent))\s+entretenu(?:e|s|es)?|s['’]entretiendr(?:a|ont)|(?:a|ont|avait|avaient)\s+eu\s+(?:des|[^.;,]{0,40}?\sd['’])\s*entretiens\s+avec|(?:pour|lors\s+d['’]|au\s+cours\s+d['’])\s*une?\s+entretien\s+avec)\b/giu,
    ),
  },
  // "a été reçu par", "a été reçu lundi (matin) par", "a été reçu jeudi 6 avril par": "was received
  // by", the guest before, the hosts after.
  {
    format: 'meeting',
    needs: /re[çc]u(?:es?|s)?(?!\p{L})/iu,
    pattern: words(
      /\b(?:a|ont|avait|avaient)\s+[ée]t[ée]\s+re[çc]u(?:e|s|es)?\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui)(?:\s+\d{1,2}(?:er)?\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre))?(?:\s+(?:matin|midi|apr[èe]s-midi|soir))?\s+)?par\b/giu,
    ),
  },
  // "a reçu le Premier ministre": "received"; not a letter, a message or a medal received.
  {
    format: 'meeting',
    needs: /re[çc]u(?:es?|s)?(?!\p{L})/iu,
    pattern: words(
      /\b(?:a|ont|recevra|recevront)\s+(?:[ée]galement\s+|aussi\s+)?re[çc]u\b(?!\s+(?:une?\s+)?(?:lettre|message|m[ée]daille|ordre|t[ée]l[ée]gramme)s?\b)/giu,
    ),
  },
  // "a rencontré", "avait d'abord rencontré", "a également rencontré", "rencontrera": met, will
  // meet; up to two adverbs between the auxiliary and the participle.
  {
    format: 'meeting',
    needs: /rencontr/iu,
    pattern: words(
      /\b(?:a|ont|avait|avaient)\s+(?:[\p{L}'’]+\s+){0,2}?rencontr[ée](?:e|s|es)?\b|\brencontrer(?:a|ont)\b/giu,
    ),
  },
  // "se sont rencontrés", "se sont réunis", "se sont vus", "se sont retrouvés", "se
  // rencontreront": the reflexive forms of meeting, two leaders as one subject. "S'étaient
  // rencontrés" is caught as a look back by the pluperfect like any other.
  {
    format: 'meeting',
    needs: /\bs(?:e|['’])/iu,
    pattern: words(
      /\b(?:se\s+sont|s['’][ée]taient|se\s+seront)\s+(?:[\p{L}'’]+\s+)?(?:rencontr|r[ée]uni|vu|retrouv)[ée]?(?:e|s|es)?\b|\bse\s+(?:rencontrer|r[ée]unir|retrouver)(?:a|ont)\b/giu,
    ),
  },
  // "ont tenu jeudi au Kremlin plusieurs heures de pourparlers", "ont mené des pourparlers":
  // talks, with the day, the place or their length between the verb and the noun.
  {
    format: 'talks',
    needs: /pourparlers/iu,
    pattern: words(/\b(?:a|ont|avait|avaient)\s+(?:tenu|men[ée]|eu|engag[ée])\s+[^.;]{0,80}?\bpourparlers\b/giu),
  },
  // "a offert un dîner d'État au palais présidentiel en l'honneur du président français", "un
  // banquet officiel": a state banquet, not two leaders at table.
  {
    format: 'banquet',
    needs: /d[îi]ner|banquet/iu,
    pattern: words(/\b(?:d[îi]ner|banquet)s?\s+(?:d['’][ÉE]tat|officiel)\b/giu),
  },
  // "avaient partagé un dîner informel", "un dîner de travail", "ont dîné": the French of "had an
  // informal dinner", two leaders at table.
  {
    format: 'meeting',
    needs: /d[îi]n(?:er|[ée])(?!\p{L})/iu,
    pattern: words(
      /\b(?:partag[ée](?:e|s|es)?|pris|eu|offert)\s+un\s+d[îi]ner\b|\bd[îi]ner\s+(?:informel|priv[ée]|de\s+travail|en\s+t[êe]te-[àa]-t[êe]te)\b|\b(?:ont|a|avaient|avait)\s+d[îi]n[ée]\b/giu,
    ),
  },
  // "sa visite en Chine", "une visite au Laos": the French of "a visit to", the country next.
  { format: 'visit', needs: /visite/u, pattern: words(/\bvisites?\s+(?:en|au|aux|à)\s+(?=\p{Lu})/gu) },
  // "avait passé le début de la journée à Berlin", "a passé deux jours en Inde": a stay of hours or
  // days in a place named next, a visit there.
  {
    format: 'visit',
    needs: /pass[ée]/iu,
    pattern: words(
      /\bpass[ée]\s+(?:la\s+matin[ée]e|la\s+journ[ée]e|l['’]apr[èe]s-midi|la\s+soir[ée]e|le\s+d[ée]but\s+de\s+la\s+journ[ée]e|quelques\s+heures|(?:deux|trois|quatre|cinq)\s+jours)\s+(?:à|en|au|aux)\s+(?=\p{Lu})/gu,
    ),
  },
  // "a effectué une visite", "effectuera une visite", "s'est rendu au Laos": a visit.
  {
    format: 'visit',
    needs: /visite|rendu/iu,
    pattern: words(
      /\b(?:a\s+effectu[ée]|effectue|effectuera|effectueront|va\s+effectuer)\s+une\s+(?:[\p{L}-]+\s+)?visite\b|\bs['’]est\s+rendue?\s+(?:à|au|aux|en)\s+(?=\p{Lu})/giu,
    ),
  },
];

/** A quick first look at a sentence for any French cue word. */
export const FRENCH_QUICK = words(
  /visite|pass[ée](?!\p{L})|entreten|entretien|re[çc]u|accueilli|banquet\s+(?:d['’]|officiel)|rencontr|rendu|pourparlers|d[îi]n(?:er|[ée])|r[ée]uni(?:s|es?|r)(?!\p{L})|retrouv|se\s+sont\s+vu/iu,
);

/**
 * A French cue that announces rather than reports: the future of the cue's own verb
 * ("effectuera une visite", "rencontrera", "s'entretiendra"), or "va", "vont", "doit" or
 * "doivent" and the verb ("va effectuer", "doivent offrir un dîner d'État").
 */
export const FRENCH_FUTURE = words(
  /\b(?:effectuera|effectueront|(?:va|vont|doit|doivent)\s+(?:[\p{L}'’]+\s+)?(?:effectuer|offrir|donner|rencontrer|recevoir|accueillir|s['’]entretenir|se\s+rendre|se\s+rencontrer|tenir|avoir|signer|d[îi]ner)|(?:se\s+)?rencontrera|(?:se\s+)?rencontreront|se\s+r[ée]uniront|se\s+retrouveront|se\s+seront|recevra|recevront|s['’]entretiendra|s['’]entretiendront|se\s+rendra|se\s+rendront)\b/iu,
);
/** A word every `FRENCH_FUTURE` match holds, sought without its letter boundaries. */
const FRENCH_FUTURE_WORDS =
  /effectu|rencontrer|uniront|retrouveront|seront|recevr|entretiendr|rendr|(?<!\p{L})(?:va|vont|doit|doivent)\s/iu;

/** Whether a text holds a `FRENCH_FUTURE`; most hold none of its words and are not tried at every offset. */
export function holdsFrenchFuture(text: string): boolean {
  return FRENCH_FUTURE_WORDS.test(text) && FRENCH_FUTURE.test(text);
}

/**
 * A French look back, as "had visited", "previously" and "since" are in English: the pluperfect
 * ("s'était rendu", "avait rencontré"), "déjà", "précédemment", "il y a", "depuis".
 */
/**
 * "La veille, M. Blinken avait eu ... d'entretiens avec": the pluperfect of a day counted from the
 * event just reported ("la veille", "le lendemain") tells that day, it does not look back.
 */
export const FRENCH_PLUPERFECT_OF_DAY = words(/^\s*(?:la\s+veille|le\s+lendemain)\b/iu);

/**
 * "Arrivé jeudi ..., M. Sánchez avait d'abord rencontré Li Qiang", "Le président chinois avait
 * auparavant accueilli son homologue", "Il avait passé le début de la journée à Berlin, où il
 * s'était entretenu avec Angela Merkel": a pluperfect with "d'abord" (first), "auparavant"
 * (beforehand) or "plus tôt dans la journée", one of the morning spent elsewhere, or a passive
 * told "le matin même" (that same morning), orders the steps of the trip being reported; it does
 * not look back at an earlier one.
 */
export const FRENCH_PLUPERFECT_OF_SEQUENCE = words(
  /\b(?:avait|avaient|s['’][ée]tait|s['’][ée]taient)\s+(?:\p{L}+\s+)?(?:d['’]abord|auparavant|plus\s+t[ôo]t\s+dans\s+la\s+journ[ée]e)\b|\b(?:avait|avaient)\s+pass[ée](?:e|s|es)?\s+(?:le\s+d[ée]but\s+de\s+la\s+journ[ée]e|la\s+matin[ée]e|le\s+matin)\b|\b(?:avait|avaient)\s+[ée]t[ée]\s+\p{L}+\s+le\s+(?:matin|soir)\s+m[êe]me\b/iu,
);

export const FRENCH_RETROSPECT = words(
  /\b(?:avait|avaient|s['’][ée]tait|s['’][ée]taient)\b|\bd[ée]j[àa]\b|\bpr[ée]c[ée]demment\b|\bil\s+y\s+a\b|\bdepuis\b/iu,
);

/**
 * "le même jour", "le matin même", "hier", "aujourd'hui", "demain": the French of "the same day",
 * "that same morning", "yesterday", "today", "tomorrow".
 */
export const FRENCH_RELATIVE_DAY = words(
  /\b(le\s+m[êe]me\s+jour|le\s+(?:matin|soir|jour)\s+m[êe]me|hier|aujourd['’]hui|demain)\b/iu,
);
/** A word every `FRENCH_RELATIVE_DAY` match holds, sought without its letter boundaries. */
const FRENCH_RELATIVE_DAY_WORDS = /m[êe]me|hier|aujourd|demain/iu;

/** The first `FRENCH_RELATIVE_DAY` in a text; most texts hold none of its words and are not tried at every offset. */
export function frenchRelativeDay(text: string): RegExpExecArray | null {
  return FRENCH_RELATIVE_DAY_WORDS.test(text) ? FRENCH_RELATIVE_DAY.exec(text) : null;
}

/**
 * "le lendemain" (the following day), "la veille" (the day before): a day counted from the event
 * the sentences before reported. "La veille du sommet" counts from the summit, not from it.
 */
export const FRENCH_DAY_FROM_EVENT = words(/\b(le\s+lendemain|la\s+veille)\b(?!\s+(?:de|du|des|d['’])\b)/iu);

/** The French months: a sentence naming one is read by the French date parser. */
export const FRENCH_MONTH =
  /(?<![\p{L}\d])\d{1,2}(?:er)?\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)(?!\p{L})/iu;

/** "il", "elle": the French of a pronoun subject ("he", "she"). */
export const FRENCH_PRONOUN = words(/\b(?:il|elle)\b/iu);

/** "qui", "que": French relative pronouns that start a clause about something else. */
export const FRENCH_SUBORDINATE = words(/\b(?:qui|que|qu['’])\b/iu);

/**
 * Where the first `FRENCH_SUBORDINATE` in a text is, if any. A text without "qu", as most English
 * text, is not searched: the pattern's letter boundaries, tried at every offset, cost six times
 * the look for those two letters.
 */
export function frenchSubordinateIn(text: string): number | undefined {
  return QU.test(text) ? FRENCH_SUBORDINATE.exec(text)?.index : undefined;
}

const QU = /qu/i;

/** "à Hanoï", "au Viet Nam", "en Chine", "dans la capitale": the French of "in" before a place. */
export const FRENCH_BEFORE_PLACE = /(?<!\p{L})(?:à|au|aux|en|dans)\s+(?:la\s+|le\s+|l['’])?$/iu;

/** "une visite ... au Viet Nam", "en Chine", "aux Philippines": the French of "to" before the country visited. */
export const FRENCH_TO_COUNTRY = /^\s*(?:au|aux|en|à)\s+(?:la\s+|le\s+|l['’])?$/iu;

/** The country adjectives a French office is named with ("vietnamien", "lao", "français"), as a pattern's source. */
export const FRENCH_COUNTRY_ADJECTIVE = String.raw`vietnamiens?|laotiens?|lao|chinois|fran[çc]ais|indiens?|russes?|japonais|indon[ée]siens?`;

/**
 * "le chef du gouvernement vietnamien", "le président lao", "du secrétaire général chinois", "le
 * président français", "le président indien": a
 * French office named with its country's adjective (and, see `FRENCH_NAME_NEXT`, no name after it), a person as "the
 * Vietnamese head of government" is in English. Group 1 is the office's words, group 2 the
 * adjective; `frenchRoleOffice` says which knowledge-base office they name.
 */
export const FRENCH_ROLE = words(
  new RegExp(
    String.raw`\b(?:le|du|au|par\s+le)\s+(chef\s+du\s+gouvernement|chef\s+de\s+l['’][ée]tat|premier\s+ministre|pr[ée]sident|secr[ée]taire\s+g[ée]n[ée]ral(?:\s+du\s+parti)?)\s+(${FRENCH_COUNTRY_ADJECTIVE})\b`,
    'giu',
  ),
);

/**
 * What every `FRENCH_ROLE` match holds, an article and an office, sought without its word
 * boundaries: most sentences hold neither, and are not tried at every offset for them.
 */
const FRENCH_ROLE_WORDS = /(?:le|du|au)\s+(?:chef|premier|pr[ée]sident|secr[ée]taire)/iu;

/** The `FRENCH_ROLE` matches of a text, in order. */
export function frenchRolesIn(text: string): RegExpExecArray[] {
  return FRENCH_ROLE_WORDS.test(text) ? [...text.matchAll(FRENCH_ROLE)] : [];
}

/** A name right after a `FRENCH_ROLE` ("le président lao Thongloun"): the office is a title beside it. Case-sensitive. */
export const FRENCH_NAME_NEXT = /^\s*,?\s*(?:M\.\s*)?\p{Lu}/u;

const FRENCH_ROLE_COUNTRY: readonly [RegExp, string][] = [
  [/^vietnamien/iu, 'vietnam'],
  [/^(?:lao|laotien)/iu, 'laos'],
  [/^chinois/iu, 'china'],
  [/^fran[çc]ais/iu, 'france'],
  [/^indien/iu, 'india'],
  [/^russe/iu, 'russia'],
  [/^japonais/iu, 'japan'],
  [/^indon[ée]sien/iu, 'indonesia'],
];

/** The office a `FRENCH_ROLE` match names: head of government, head of state or party leader of its country. */
export function frenchRoleOffice(office: string, adjective: string): string | undefined {
  const country = FRENCH_ROLE_COUNTRY.find(([pattern]) => pattern.test(adjective))?.[1];
  if (!country) return undefined;
  if (/^secr/iu.test(office)) return `general-secretary-${{ vietnam: 'cpv', laos: 'lprp', china: 'cpc' }[country]}`;
  if (/^(?:pr[ée]sident|chef\s+de)/iu.test(office)) return `president-${country}`;
  return country === 'china' ? 'premier-china' : `prime-minister-${country}`;
}
