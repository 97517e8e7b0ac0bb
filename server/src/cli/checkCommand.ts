import type { Finding, Severity } from '../core/checks/finding.js';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../core/checks/houseStyle.js';
import { isIsoDate } from '../core/documentDate.js';
import { LineIndex, type Range } from '../core/text/lineIndex.js';
import { parseCommandLine, parseFormat, readInputDocuments, UsageError, type CliIO } from './cliSupport.js';
import { loadCorpus, openCliWorkspace } from './cliWorkspace.js';
import { toSarif } from './sarif.js';

/** The JSON output of `attache check` (version 1). Positions as in LSP. */
export interface CheckReport {
  version: 1;
  files: { path: string; diagnostics: ReportedDiagnostic[] }[];
}

export interface ReportedDiagnostic {
  range: Range;
  severity: Severity;
  code: string;
  message: string;
  fixes: { title: string; edits: { range: Range; newText: string }[] }[];
}

/**
 * `attache check [--corpus DIR]... [--kb FILE]... [--date YYYY-MM-DD] [--house-style K=V]...
 * [--format text|json|sarif] FILE...` — exit 0 with no errors, 1 when a finding of severity
 * error exists, 2 on a usage or I/O error.
 */
export async function runCheck(argv: readonly string[], io: CliIO, today: string): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, { date: { type: 'string' }, store: { type: 'string' }, 'house-style': { type: 'string', multiple: true } } as const);
  const format = parseFormat(values.format, ['text', 'json', 'sarif'] as const);
  if (values.date !== undefined && !isIsoDate(values.date)) throw new UsageError(`--date must be YYYY-MM-DD, got "${values.date}"`);
  const houseStyle = parseHouseStyle(values['house-style'] ?? []);
  const documents = readInputDocuments(positionals);
  const host = await openCliWorkspace(values, { ...io, today });
  host.configure({ settings: { documentDate: values.date, houseStyle: { ...DEFAULT_HOUSE_STYLE, ...houseStyle } } });
  await loadCorpus(host, io);
  const snapshot = host.snapshot();

  const report: CheckReport = { version: 1, files: [] };
  for (const document of documents) {
    const { findings } = snapshot.analyze({ uri: document.path, version: 0, getText: () => document.text });
    report.files.push({ path: document.path, diagnostics: toReported(findings, new LineIndex(document.text)) });
  }
  io.stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'sarif' ? `${JSON.stringify(toSarif(report), null, 2)}\n` : formatText(report));
  return report.files.some((file) => file.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

function toReported(findings: Finding[], lines: LineIndex): ReportedDiagnostic[] {
  return findings.map((finding) => ({
    range: lines.rangeOf(finding.start, finding.end),
    severity: finding.severity,
    code: finding.code,
    message: finding.message,
    fixes: finding.fixes.map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((edit) => ({ range: lines.rangeOf(edit.start, edit.end), newText: edit.newText })),
    })),
  }));
}

function formatText(report: CheckReport): string {
  const lines: string[] = [];
  let total = 0;
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      lines.push(`${file.path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code}: ${d.message}`);
      total++;
    }
  }
  lines.push(`${total} problem${total === 1 ? '' : 's'} in ${report.files.length} file${report.files.length === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n`;
}

const HOUSE_STYLE_VALUES: { [K in keyof HouseStyle]?: readonly string[] } = {
  vietNam: ['Viet Nam', 'Vietnam', 'consistent'],
  partyNames: ['official', 'any'],
  laoAdjective: ['Lao', 'Lao or Laotian'],
};

/** `--house-style vietNam="Viet Nam"` and the like. */
function parseHouseStyle(pairs: readonly string[]): Partial<HouseStyle> {
  const style: Record<string, string | string[]> = {};
  for (const pair of pairs) {
    const [key, ...rest] = pair.split('=');
    const value = rest.join('=');
    if (!key || !(key in DEFAULT_HOUSE_STYLE)) throw new UsageError(`unknown house-style key "${key}" (expected ${Object.keys(DEFAULT_HOUSE_STYLE).join(', ')})`);
    if (key === 'wellKnownAcronyms') {
      style[key] = value.split(',').map((s) => s.trim()).filter(Boolean);
      continue;
    }
    const allowed = HOUSE_STYLE_VALUES[key as keyof HouseStyle]!;
    if (!allowed.includes(value)) throw new UsageError(`house-style ${key} must be one of: ${allowed.join(', ')}`);
    style[key] = value;
  }
  return style as Partial<HouseStyle>;
}

