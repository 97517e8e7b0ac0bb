import type { ReportDraft } from './articleEvents.js';
import { spanOf, widen, type DaySpan } from './daySpans.js';
import { addDays, weekdayOf, type WeekdayCue } from './eventDates.js';

/** A dated visit: whose, where, when. */
interface Visit {
  visitor: string;
  country?: string;
  span: DaySpan;
}

/**
 * Dates the reports of undated articles that name only a weekday, from the visits other
 * reports date. An undated page says "paying a visit to China from Tuesday to Thursday", "met
 * with visiting Lao President Thongloun Sisoulith in Beijing on Wednesday": when exactly one
 * dated visit of one of its people (to the country the report places it in, and which the
 * article itself says the person is making) fits the weekday — starts on it, ends on it, or
 * contains one such day — the report takes that day, with the basis
 * `other-report`. The article is then anchored to that visit, and its other reports of that
 * visit, and of meetings on a weekday within it, are dated by it too ("Li Keqiang also met with
 * Thongloun on Wednesday"). Two visits that fit leave the report undated. Drafts are copied,
 * never changed.
 */
export function settleWeekdays(drafts: readonly ReportDraft[]): ReportDraft[] {
  if (!drafts.some((d) => d.weekday)) return [...drafts];
  const visits = new Map<string, Visit[]>();
  for (const d of drafts) {
    const span = spanOf(d.report);
    if (d.family !== 'visit' || !span || d.report.date!.length !== 10) continue;
    for (const visitor of d.persons.slice(0, 1)) {
      const list = visits.get(visitor) ?? [];
      if (!list.some((v) => v.span.from === span.from && v.span.to === span.to && v.country === d.placeCountry)) {
        list.push({ visitor, span, ...(d.placeCountry ? { country: d.placeCountry } : {}) });
      }
      visits.set(visitor, list);
    }
  }
  // Visits each article itself reports: a meeting on a weekday is only placed inside a visit
  // its own article speaks of ("met with visiting Lao President Thongloun Sisoulith").
  const ownVisits = new Set(
    drafts
      .filter((d) => d.family === 'visit')
      .flatMap((d) =>
        d.persons.slice(0, 1).map((p) => `${d.report.source.articleId}\u0000${p}\u0000${d.placeCountry ?? ''}`),
      ),
  );
  const out = [...drafts];
  const anchors = new Map<string, Visit>();
  const undated = (d: ReportDraft) => !d.report.date && !d.report.partialDate && !d.articleDay;
  out.forEach((d, i) => {
    if (!d.weekday || !undated(d)) return;
    const fits = candidates(d, visits, d.weekday, ownVisits);
    if (fits.length !== 1) return;
    const { visit, span } = fits[0]!;
    out[i] = dated(d, span);
    const article = d.report.source.articleId;
    const known = anchors.get(article);
    if (known === undefined) anchors.set(article, visit);
    else if (known !== visit) anchors.set(article, { ...known, span: { from: '', to: '' } });
  });
  out.forEach((d, i) => {
    const anchor = anchors.get(d.report.source.articleId);
    if (!anchor || !anchor.span.from || !undated(d) || spanOf(out[i]!.report)) return;
    if (d.family === 'visit') {
      if (d.persons[0] === anchor.visitor && (!d.placeCountry || d.placeCountry === anchor.country) && !d.weekday)
        out[i] = dated(d, anchor.span);
      return;
    }
    if (d.weekday?.role !== 'day' || !d.persons.includes(anchor.visitor)) return;
    const days = daysWithin(anchor.span, d.weekday.day);
    if (days.length === 1) out[i] = dated(d, { from: days[0]!, to: days[0]! });
  });
  return out;
}

function candidates(
  d: ReportDraft,
  visits: ReadonlyMap<string, Visit[]>,
  cue: WeekdayCue,
  ownVisits: ReadonlySet<string>,
): { visit: Visit; span: DaySpan }[] {
  const out: { visit: Visit; span: DaySpan }[] = [];
  if (d.family === 'visit') {
    // Reports of one visit give it different spans ("arrived on Wednesday", "from April 24 to
    // 26"): overlapping spans are one visit, as long as all of them.
    const fitting = (visits.get(d.persons[0] ?? '') ?? []).filter(
      (v) => (!d.placeCountry || !v.country || d.placeCountry === v.country) && fitsVisit(v.span, cue),
    );
    for (const visit of fitting) {
      const same = out.find(
        (o) => o.span.from <= visit.span.to && visit.span.from <= o.span.to && o.visit.country === visit.country,
      );
      if (!same) out.push({ visit, span: visit.span });
      else same.span = same.visit.span = widen(same.span, visit.span);
    }
    return out;
  }
  // A meeting on a weekday during a visit: only where the report places it, in the visited country.
  if (!d.placeCountry || cue.role !== 'day') return out;
  for (const person of d.persons) {
    if (!ownVisits.has(`${d.report.source.articleId}\u0000${person}\u0000${d.placeCountry}`)) continue;
    for (const visit of visits.get(person) ?? []) {
      if (visit.country !== d.placeCountry) continue;
      const days = daysWithin(visit.span, cue.day);
      if (days.length === 1 && !out.some((o) => o.span.from === days[0]))
        out.push({ visit, span: { from: days[0]!, to: days[0]! } });
    }
  }
  return out;
}

function fitsVisit(span: DaySpan, cue: WeekdayCue): boolean {
  const length = daysWithin(span, -1).length;
  if (cue.days !== undefined && cue.days !== length) return false;
  switch (cue.role) {
    case 'span':
      return weekdayOf(span.from) === cue.day && weekdayOf(span.to) === cue.to;
    case 'start':
      return weekdayOf(span.from) === cue.day;
    case 'end':
      return weekdayOf(span.to) === cue.day;
    default:
      return daysWithin(span, cue.day).length === 1;
  }
}

/** The days of a span falling on a weekday (all its days for -1). At most a few weeks are looked at. */
function daysWithin(span: DaySpan, weekday: number): string[] {
  const days: string[] = [];
  for (let day = span.from, n = 0; day <= span.to && n < 31; day = addDays(day, 1), n++) {
    if (weekday < 0 || weekdayOf(day) === weekday) days.push(day);
  }
  return days;
}

function dated(d: ReportDraft, span: DaySpan): ReportDraft {
  const report = { ...d.report, date: span.from, dateBasis: 'other-report' as const };
  if (span.to !== span.from) report.endDate = span.to;
  else delete report.endDate;
  const copy: ReportDraft = { ...d, report };
  delete copy.weekday;
  return copy;
}
