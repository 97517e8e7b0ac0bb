import { words, type FrenchCue } from './frenchForms.js';

/**
 * The Vietnamese forms of event words, date words and place words the extractor reads, each the
 * counterpart of an English form it already has: Vietnamese outlets (Nhân Dân, VTV, Báo Thế giới
 * và Việt Nam) report in Vietnamese the visits and meetings their English services report, and
 * they are the same events. Vietnamese text is read with the English sentence machinery (names,
 * places, a day/month date read day first); only the words below are Vietnamese. Patterns
 * that must tell a name from a common word ("tiếp Đại sứ", not "tiếp tục") are case-sensitive.
 */

/** A Vietnamese event cue, most specific first, as in the English table. */
export const VIETNAMESE_CUES: readonly FrenchCue[] = [
  // "điện đàm": a phone call; "hội đàm trực tuyến": talks held online.
  { format: 'virtual meeting', pattern: words(/\b(?:hội\s+đàm|gặp|hội\s+kiến)\s+trực\s+tuyến\b/giu) },
  { format: 'phone call', pattern: words(/\bđiện\s+đàm\b/giu) },
  // "thăm cấp Nhà nước", "thăm chính thức", "thăm làm việc": state, official, working visit.
  { format: 'state visit', pattern: words(/\bthăm\s+cấp\s+nhà\s+nước\b/giu) },
  { format: 'official visit', pattern: words(/\bthăm\s+chính\s+thức\b/giu) },
  { format: 'working visit', pattern: words(/\bthăm\s+làm\s+việc\b/giu) },
  // "hội đàm với": held talks with.
  { format: 'talks', pattern: words(/\bhội\s+đàm\b/giu) },
  // "hội kiến", "tiếp kiến": a meeting with a senior host; "đã tiếp Đại sứ": received a guest
  // (a capital follows: not "tiếp tục", continue); "gặp", "gặp gỡ": met.
  { format: 'meeting', pattern: words(/\b(?:hội|tiếp)\s+kiến\b/giu) },
  { format: 'meeting', pattern: words(/\b(?:[Đđ]ã\s+|[Ss]ẽ\s+)?tiếp\s+(?=\p{Lu})/gu) },
  { format: 'meeting', pattern: words(/\b(?:[Đđ]ã\s+|[Ss]ẽ\s+)?gặp(?:\s+gỡ|\s+mặt)?(?:\s+với)?\s+(?=\p{Lu})/gu) },
  // "đã chào Tổng Bí thư Nguyễn Phú Trọng", "chào xã giao": a courtesy call on the person named next
  // (a capital follows: not "chào mừng", celebrate, nor "chào đón", welcome).
  { format: 'meeting', pattern: words(/\b(?:[Đđ]ã\s+|[Ss]ẽ\s+)?chào(?:\s+xã\s+giao)?\s+(?=\p{Lu})/gu) },
  // "chiêu đãi", "quốc yến": a banquet; "lễ đón": a welcome ceremony.
  { format: 'banquet', pattern: words(/\b(?:tiệc\s+)?chiêu\s+đãi\b|\bquốc\s+yến\b/giu) },
  { format: 'welcome ceremony', pattern: words(/\blễ\s+đón\b/giu) },
  // "gửi thư chúc mừng", "điện mừng": a letter or message.
  {
    format: 'letter',
    pattern: words(/\b(?:gửi|trao\s+đổi)\s+(?:thư|điện)(?:\s+chúc)?\s+mừng\b|\b(?:thư|điện)\s+(?:chúc\s+)?mừng\b/giu),
  },
  // "Thủ tướng Suga và Phu nhân đến Hà Nội chiều tối 18-10": arrived in the city named next, as
  // "arrived in" is read (not "liên quan đến" (related to), "gửi đến" (sent to), nor a day after
  // "đến" in a span).
  {
    format: 'visit',
    pattern: words(
      /(?<!\b(?:quan|gửi|nói|đề\s+cập|nhắc)\s)\b(?:[Đđ]ã\s+)?(?:đến|tới)\s+(?=Hà\s+Nội|Viêng\s+Chăn|Bắc\s+Kinh|\p{Lu}\p{Ll}*\s+\p{Lu})/gu,
    ),
  },
  // "thăm Việt Nam", "đang thăm Lào": a visit to the place named next. Not "chuyến thăm" (the
  // visit), a noun that refers to a visit reported or announced elsewhere.
  { format: 'visit', pattern: words(/(?<!\bchuyến\s)\b(?:đang\s+|đã\s+|sẽ\s+)?thăm\s+(?=\p{Lu})/gu) },
];

/**
 * "chuyến thăm chính thức sắp tới của Thủ tướng Lào Sonexay": Vietnamese names a visitor after the
 * visit, with "của" (of); this is the text between the visit's words and the visitor's name.
 */
export const VIETNAMESE_VISITOR_OF = /^[^,.;:]{0,30}?(?<!\p{L})của\s+[^,.;:]{0,40}$/u;

/** A quick first look at a sentence for any Vietnamese cue word. */
export const VIETNAMESE_QUICK =
  /đàm|thăm|kiến|tiếp|gặp|chào|(?:đến|tới)\s+\p{Lu}|chiêu\s+đãi|quốc\s+yến|lễ\s+đón|mừng/iu;
/** A letter every `VIETNAMESE_QUICK` match holds: an English sentence has none, and is spared the pattern. */
const VIETNAMESE_QUICK_LETTERS = /[đăếặêốễừ]/iu;

/** Whether a text holds a word of `VIETNAMESE_QUICK`. */
export function holdsVietnameseCueWord(text: string): boolean {
  return VIETNAMESE_QUICK_LETTERS.test(text) && VIETNAMESE_QUICK.test(text);
}

/** "sẽ" (will), "sắp" (about to), "dự kiến" (scheduled): a Vietnamese cue that announces rather than reports. */
export const VIETNAMESE_FUTURE = words(/\b(?:sẽ|sắp|dự\s+kiến)\b/iu);
/** A letter every `VIETNAMESE_FUTURE` match holds; a text without one (any English text) is not tried at every offset. */
const VIETNAMESE_FUTURE_LETTERS = /[ẽắự]/iu;

/** Whether a text holds a `VIETNAMESE_FUTURE`. */
export function holdsVietnameseFuture(text: string): boolean {
  return VIETNAMESE_FUTURE_LETTERS.test(text) && VIETNAMESE_FUTURE.test(text);
}

/** "đã từng" (once had), "trước đó", "trước đây" (before that, previously): a look back. */
export const VIETNAMESE_RETROSPECT = words(/\b(?:từng|trước\s+đó|trước\s+đây)\b/iu);

/**
 * "Chiều 25/8", "ngày 10/5", "sáng ngày 9/5/2025", "từ ngày 9 đến 11/5" (from 9 to 11 May): a day
 * printed day first, after "ngày" (day) or a time of day. Its presence makes the sentence's dates
 * read day first. Some outlets join day and month with a hyphen ("Chiều 11-7", "từ ngày 11 đến
 * 12-7"): the same day, which {@link slashedVietnameseDays} writes with a slash for the parser.
 */
export const VIETNAMESE_DAY = words(
  /\b(?:ngày|sáng|chiều|tối|trưa|đêm)\s+(?:ngày\s+)?(?:\d{1,2}\s+(?:đến|tới|-)\s+(?:ngày\s+)?)?\d{1,2}([/-])\d{1,2}(?:\1\d{4})?(?![\d/-])/iu,
);

const VIETNAMESE_DAYS = new RegExp(VIETNAMESE_DAY.source, 'giu');

/**
 * A letter every `VIETNAMESE_DAY` and `VIETNAMESE_SPAN_START` match holds (the à of "ngày", the
 * á, ề, ố, ư and đ of the times of day): a text without one, as any English text, is spared the
 * patterns, whose word boundaries are tried at every offset.
 */
const VIETNAMESE_DAY_LETTERS = /[àáềốưđ]/iu;

/** Whether a text holds a `VIETNAMESE_DAY`. */
export function holdsVietnameseDay(text: string): boolean {
  return VIETNAMESE_DAY_LETTERS.test(text) && VIETNAMESE_DAY.test(text);
}

/**
 * The text with each Vietnamese day joined by a hyphen ("Chiều 11-7") written with a slash
 * ("Chiều 11/7"), the form the date parser reads day first; same length, so offsets hold. A
 * hyphen between spaced days ("ngày 9 - 11/5") is a span's and stays.
 */
export function slashedVietnameseDays(text: string): string {
  if (!text.includes('-')) return text;
  return text.replace(VIETNAMESE_DAYS, (day) => day.replace(/(?<=\d)-(?=\d)/gu, '/'));
}

/** "từ ngày 9 đến " before "11/5": the first day of a span whose month is printed after its last day; group 1. */
export const VIETNAMESE_SPAN_START = words(/\b(?:từ\s+)?ngày\s+(\d{1,2})\s+(?:đến|tới|-)\s+(?:ngày\s+)?$/iu);

/** The `VIETNAMESE_SPAN_START` ending a text, if any; a text without the letters of "ngày" is not searched. */
export function vietnameseSpanStartIn(text: string): RegExpExecArray | null {
  return VIETNAMESE_DAY_LETTERS.test(text) ? VIETNAMESE_SPAN_START.exec(text) : null;
}

/**
 * "nhận lời mời thăm Việt Nam" (accepted the invitation to visit Viet Nam), "mời Tổng thống Putin
 * thăm": a visit someone was asked to make, which is neither held nor planned. Not "theo lời mời
 * của" (at the invitation of), which names the host of a visit that is.
 */
export const VIETNAMESE_INVITED_TO = words(/(?<!\btheo\s+(?:lời\s+)?)\bmời\b(?!\s+của\b)[^.;,]{0,80}$/iu);

/**
 * "tại Hà Nội", "ở thủ đô Viêng Chăn", "tại Điện Kremlin" (at the Kremlin palace): the Vietnamese
 * of "in" before a place, with "Điện" (palace) before a seat of government named in English.
 */
export const VIETNAMESE_BEFORE_PLACE = /(?<!\p{L})(?:tại|ở)\s+(?:thủ\s+đô\s+|điện\s+)?$/iu;

/**
 * "Đại sứ Trung Quốc tại Việt Nam" (the Chinese ambassador to Viet Nam): the ambassador's post, by
 * the two countries' Vietnamese names. Group 1 is the sending country, group 2 the receiving one.
 */
export const VIETNAMESE_AMBASSADOR =
  /(?<!\p{L})[Đđ]ại\s+sứ\s+(Trung\s+Quốc|Việt\s+Nam|Lào)\s+tại\s+(Trung\s+Quốc|Việt\s+Nam|Lào)(?!\p{L})/gu;

/** The `VIETNAMESE_AMBASSADOR` matches of a text, in order; none without the letters every one holds. */
export function vietnameseAmbassadorsIn(text: string): RegExpExecArray[] {
  return text.includes('ại') ? [...text.matchAll(VIETNAMESE_AMBASSADOR)] : [];
}

const VIETNAMESE_COUNTRY: Readonly<Record<string, string>> = {
  'trung quốc': 'china',
  'việt nam': 'vietnam',
  lào: 'laos',
};

/** The knowledge-base office of an ambassador's post a `VIETNAMESE_AMBASSADOR` match names. */
export function vietnameseAmbassadorOffice(sending: string, receiving: string): string | undefined {
  const from = VIETNAMESE_COUNTRY[sending.toLowerCase().replace(/\s+/g, ' ')];
  const to = VIETNAMESE_COUNTRY[receiving.toLowerCase().replace(/\s+/g, ' ')];
  return from && to && from !== to ? `ambassador-${from}-to-${to}` : undefined;
}
