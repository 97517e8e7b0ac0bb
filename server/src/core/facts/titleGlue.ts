import type { Mention } from '../mentions/mentionIndex.js';
import { HAN, isAllHan } from '../text/scripts.js';

/**
 * The words that may join the pieces of a title phrase without ending it: "General Secretary
 * *of the* [LPRP] *(* [LPRP] *) Central Committee and* Lao President". Parties, organizations
 * and countries named inside the phrase are skipped as wholes; anything else (a verb, a
 * place, a quotation) ends the phrase.
 */
const GLUE_WORDS = new Set([
  'of',
  'the',
  'and',
  'central',
  'committee',
  'political',
  'bureau',
  'standing',
  'party',
  'comrade',
  'member',
]);
const GLUE_HAN = new Set(['中央', '委员会', '中央委员会', '同志', '和', '及']);
const CONJUNCTION_HAN = new Set(['和', '及']);
const TOKEN = new RegExp(String.raw`\s+|[A-Za-z]+|[${HAN}]+|[^\sA-Za-z${HAN}]`, 'uy');
const ACRONYM = /^[A-Z]{2,6}$/;

/** Options for {@link glueEnd}. */
export interface GlueOptions {
  /** Whether a comma may stand inside the phrase. Never for English titles before a name. */
  commas: boolean;
}

/**
 * Walks forward from `from` over title glue and the org/country mentions inside a title,
 * stopping at `limit` or at the first token that cannot belong to a title. Returns the offset
 * after the last glue token (trailing spaces excluded), so that `glueEnd(...) === limit`
 * means the whole gap is glue.
 */
export function glueEnd(
  text: string,
  from: number,
  limit: number,
  inside: readonly Mention[],
  options: GlueOptions,
): number {
  let at = from;
  let reached = from;
  let m = 0;
  while (at < limit) {
    while (m < inside.length && inside[m]!.start < at) m++;
    const mention = inside[m];
    if (mention && mention.start === at && isInsideTitle(mention)) {
      if (mention.end > limit) break;
      at = mention.end;
      reached = at;
      continue;
    }
    TOKEN.lastIndex = at;
    let token = TOKEN.exec(text)?.[0];
    // Chinese runs on without spaces: the glue word is the head of a longer run ("和国家主席").
    if (token && isAllHan(token)) token = hanGlueOpening(token);
    if (!token || at + token.length > limit) break;
    if (/^\s+$/u.test(token)) {
      at += token.length;
      continue;
    }
    if (!isGlueToken(token, options)) break;
    // "习近平总书记和通伦": 和 before a name joins two people, not two titles of one.
    if (
      CONJUNCTION_HAN.has(token) &&
      at + token.length === limit &&
      inside.some((n) => n.start === limit && n.entity.type === 'person')
    )
      break;
    at += token.length;
    reached = at;
  }
  return at >= limit ? limit : reached;
}

const HAN_GLUE_LONGEST_FIRST = [...GLUE_HAN].sort((a, b) => b.length - a.length);

/** The longest glue word a run of Han characters opens with, if any. */
function hanGlueOpening(run: string): string | undefined {
  return HAN_GLUE_LONGEST_FIRST.find((word) => run.startsWith(word));
}

/** Parties, organizations and countries can be named inside a title ("of the Lao People's Revolutionary Party"). */
export function isInsideTitle(mention: Mention): boolean {
  return mention.nested === true || mention.known?.kind === 'organization' || mention.known?.kind === 'country';
}

function isGlueToken(token: string, options: GlueOptions): boolean {
  if (token === '(' || token === ')' || token === '（' || token === '）' || token === '、') return true;
  if (token === ',' || token === '，') return options.commas;
  if (ACRONYM.test(token)) return true;
  if (isAllHan(token)) return GLUE_HAN.has(token);
  return GLUE_WORDS.has(token.toLowerCase());
}
