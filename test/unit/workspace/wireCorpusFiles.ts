/**
 * A corpus given in memory for the workspace tests: wire items under the paths a desk's
 * archive would give them, including the same item scraped twice and the same text under
 * another outlet.
 */
import { wireCopy } from '../store/storeContract.js';

export const XINHUA = 'corpus/xinhua/2025-01-14-xi-to-lam-talks.txt';
export const VNA = 'corpus/vna/2025-01-14-to-lam-xi-talks.txt';
export const KPL_MAY = 'corpus/kpl/2025-05-14-sonexay-chinh-meeting.txt';
export const KPL_MAY_AGAIN = 'corpus/kpl/scraped-again/2025-05-14-sonexay-chinh-meeting.txt';
export const KPL_JUNE = 'corpus/kpl/2025-06-16-sonexay-chinh-meeting.txt';
export const VT = 'corpus/vientiane-times/2025-05-14-sonexay-chinh.txt';
export const VT_AGAIN = 'corpus/vientiane-times/scraped-again/2025-05-14-sonexay-chinh.txt';
export const LT = 'corpus/laotian-times/2025-05-14-sonexay-chinh.txt';

/** Each path's text. */
export const TEXTS: Record<string, string> = {
  [XINHUA]: wireCopy('xinhua-2025-01-14-xi-to-lam-talks'),
  [VNA]: wireCopy('vna-2025-01-14-to-lam-xi-talks'),
  [KPL_MAY]: wireCopy('kpl-2025-05-14-sonexay-chinh-meeting'),
  [KPL_MAY_AGAIN]: wireCopy('kpl-2025-05-14-sonexay-chinh-meeting'),
  [KPL_JUNE]: wireCopy('kpl-2025-06-16-sonexay-chinh-meeting'),
  [VT]: wireCopy('vientiane-times-2025-05-14-sonexay-chinh'),
  [VT_AGAIN]: wireCopy('vientiane-times-2025-05-14-sonexay-chinh'),
  [LT]: wireCopy('laotian-times-2025-05-14-sonexay-chinh'),
};
