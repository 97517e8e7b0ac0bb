import type { ReportDraft } from './articleEvents.js';
import { monthDayOf, spanOf, spansTouch } from './daySpans.js';
import { isGenericFormat } from './eventFamilies.js';
import type { Disagreement, EventReport, SourceRef } from './types.js';

/**
 * Units that count documents signed. One outlet's "36 cooperation documents" and another's
 * "37 agreements" are two counts of the same thing, so they are compared as one quantity;
 * other figures ("1.5 billion people") are context, not a claim about the event.
 */
const DOCUMENT_UNITS = new Set(['document', 'agreement', 'deal', 'memorandum', 'mou', 'contract', 'accord']);

/** True when a report's date was stated (in the sentence, a weekday, or the dateline), not a publication date. */
export function hasStatedDate(report: EventReport): boolean {
  return report.dateBasis === 'explicit' || report.dateBasis === 'relative' || report.dateBasis === 'dateline';
}

/**
 * The fields on which the reports of one event differ, each value with the reports that give
 * it. Only what the reports state is compared: a date taken from a page's publication line,
 * a place taken from a dateline, or the generic "visit" beside "state visit" never make a
 * disagreement. Dates disagree only when they cannot both be right ("3 December" and
 * "4 December"; not "1-3 December" and "2 December"); a city and the country it is in agree.
 */
export function disagreementsOf(drafts: readonly ReportDraft[]): Disagreement[] {
  const out: Disagreement[] = [];
  const date = dateDisagreement(drafts.map((d) => d.report).filter(hasStatedDate));
  if (date) out.push(date);
  const place = placeDisagreement(drafts.filter((d) => d.placeFromText && d.report.place));
  if (place) out.push(place);
  const format = disagreement(
    'format',
    drafts.map((d) => d.report).filter((r) => !isGenericFormat(r.format)),
    (r) => [r.format],
  );
  if (format) out.push(format);
  const documentIds = new Set(
    drafts.flatMap((d) => d.report.documentDetails.filter((doc) => doc.years).map((doc) => doc.id)),
  );
  for (const id of documentIds) {
    const years = disagreement(
      'years',
      drafts.map((d) => d.report),
      (r) => r.documentDetails.filter((doc) => doc.id === id && doc.years).map((doc) => doc.years!),
    );
    if (years) out.push({ ...years, subject: id });
  }
  const documentCounts = disagreement(
    'number',
    drafts.map((d) => d.report),
    (r) =>
      r.numbers
        .filter((n) => n.unit && DOCUMENT_UNITS.has(n.unit))
        .slice(0, 1)
        .map((n) => n.value),
  );
  if (documentCounts) out.push({ ...documentCounts, subject: 'documents signed' });
  const durations = disagreement(
    'number',
    drafts.map((d) => d.report),
    (r) =>
      r.numbers
        .filter((n) => n.unit === 'hour')
        .slice(0, 1)
        .map((n) => n.value),
  );
  if (durations) out.push({ ...durations, subject: 'hours' });
  return out;
}

/** Groups reports by the value(s) `read` gives them; a disagreement when two or more values appear. */
function disagreement(
  field: Disagreement['field'],
  reports: readonly EventReport[],
  read: (r: EventReport) => string[],
): Disagreement | undefined {
  const values = valuesOf(reports, read);
  return values.length > 1 ? { field, values } : undefined;
}

function valuesOf(
  reports: readonly EventReport[],
  read: (r: EventReport) => string[],
): { value: string; sources: SourceRef[] }[] {
  const byValue = new Map<string, SourceRef[]>();
  for (const report of reports) {
    for (const value of new Set(read(report))) {
      const sources = byValue.get(value);
      if (sources) sources.push(report.source);
      else byValue.set(value, [report.source]);
    }
  }
  return [...byValue].map(([value, sources]) => ({ value, sources }));
}

function dateValue(report: EventReport): string {
  if (report.date) return report.endDate ? `${report.date} to ${report.endDate}` : report.date;
  return report.partialDate ?? '';
}

function dateDisagreement(reports: readonly EventReport[]): Disagreement | undefined {
  const values = valuesOf(
    reports.filter((r) => r.date || r.partialDate),
    (r) => [dateValue(r)],
  );
  if (values.length < 2) return undefined;
  const sample = new Map<string, EventReport>();
  for (const report of reports) if (!sample.has(dateValue(report))) sample.set(dateValue(report), report);
  const reps = values.map((v) => sample.get(v.value)!);
  for (let i = 0; i < reps.length; i++) {
    for (let j = i + 1; j < reps.length; j++) if (exclusive(reps[i]!, reps[j]!)) return { field: 'date', values };
  }
  return undefined;
}

/** Two dates that cannot both be right: disjoint days, or different month-days when a year is missing. */
function exclusive(a: EventReport, b: EventReport): boolean {
  const x = spanOf(a);
  const y = spanOf(b);
  if (x && y) return !spansTouch(x, y, 0);
  if ((x && x.from !== x.to) || (y && y.from !== y.to)) return false;
  return monthDayOf(a) !== monthDayOf(b);
}

function placeDisagreement(drafts: readonly ReportDraft[]): Disagreement | undefined {
  const values = valuesOf(
    drafts.map((d) => d.report),
    (r) => [r.place!],
  );
  if (values.length < 2) return undefined;
  const where = new Map<string, { country?: string; isCountry: boolean }>();
  for (const d of drafts)
    if (!where.has(d.report.place!))
      where.set(d.report.place!, { country: d.placeCountry, isCountry: d.placeIsCountry });
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = where.get(values[i]!.value)!;
      const b = where.get(values[j]!.value)!;
      const inside = !!a.country && a.country === b.country && (a.isCountry || b.isCountry);
      if (!inside) return { field: 'place', values };
    }
  }
  return undefined;
}
