import { isAbsolute, relative } from 'node:path';
import type { Evidence, Finding, Severity } from '../core/checks/finding.js';
import { ALL_RULES, HOUSE_STYLE_SETTINGS } from '../core/checks/allChecks.js';
import { ruleDocumentationUrl } from '../core/checks/check.js';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../core/checks/houseStyle.js';
import { parseSettingText } from '../core/checks/ruleSettings.js';
import { isIsoDate } from '../core/documentDate.js';
import {
  readRetextPluginRequests,
  type RetextPluginRequest,
  type RetextSettings,
} from '../core/retext/retextPlugins.js';
import { LineIndex, type Range } from '../core/text/lineIndex.js';
import { counted } from '../core/text/plural.js';
import {
  parseCommandLine,
  parseFormat,
  readInputDocuments,
  reportInputProblems,
  UsageError,
  type CliIO,
} from './cliSupport.js';
import { loadCorpus, openCliWorkspace, prefetchNamedEntities } from './cliWorkspace.js';
import { loadWorkspaceRetextPlugins } from '../workspace/workspaceRetextPlugins.js';
import { toSarif } from './sarif.js';
import { forTerminal, toJson } from './terminal.js';

/** The JSON output of `attache check` (version 1). Positions as in LSP. */
export interface CheckReport {
  version: 1;
  files: { path: string; diagnostics: ReportedDiagnostic[] }[];
  /** What could not be used: inputs not checked (the exit status is then 2), corpus files and folders skipped, knowledge-base entries refused. */
  problems: ReportedProblem[];
}

export interface ReportedProblem {
  kind: 'input' | 'corpus' | 'knowledgeBase';
  path: string;
  line?: number;
  message: string;
}

export interface ReportedDiagnostic {
  range: Range;
  severity: Severity;
  code: string;
  message: string;
  fixes: { title: string; edits: { range: Range; newText: string }[] }[];
  /** What supports the finding and where it is: a knowledge-base entry (the range is its first line), a corpus passage, or the first occurrence of a repeated fault in the same file. */
  related: ReportedRelated[];
  /** Where the rule is documented: its section of Attaché's rules, or the `url` a workspace's retext plugin gave its message. */
  documentation?: string;
}

export interface ReportedRelated {
  message: string;
  path: string;
  range: Range;
}

/**
 * `attache check [--corpus DIR]... [--kb FILE]... [--date YYYY-MM-DD] [--house-style K=V]...
 * [--retext NAME[=OPTIONS]]... [--format text|json|sarif] FILE...` — exit 0 with no errors, 1
 * when a finding of severity error exists, 2 on a usage or I/O error, including an input or a
 * knowledge-base file that could not be read (the rest is checked and reported all the same).
 */
export async function runCheck(argv: readonly string[], io: CliIO, today: string): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    date: { type: 'string' },
    store: { type: 'string' },
    'house-style': { type: 'string', multiple: true },
    retext: { type: 'string', multiple: true },
  } as const);
  const format = parseFormat(values.format, ['text', 'json', 'sarif'] as const);
  if (values.date !== undefined && !isIsoDate(values.date))
    throw new UsageError(`--date must be YYYY-MM-DD, got "${values.date}"`);
  const houseStyle = parseHouseStyle(values['house-style'] ?? []);
  const retext = await retextPlugins(values.retext ?? []);
  const { documents, problems: declined } = await readInputDocuments(positionals);
  reportInputProblems(declined, io);
  const host = await openCliWorkspace(values, { ...io, today });
  host.configure({
    settings: { documentDate: values.date, houseStyle: { ...DEFAULT_HOUSE_STYLE, ...houseStyle }, retext },
  });
  const drafts = documents.map((document) => ({
    uri: document.path,
    version: 0,
    languageId: document.languageId,
    getText: () => document.text,
  }));
  const corpusLoaded = loadCorpus(host, io);
  // A failure is met by the await below, not reported as unhandled while the drafts are read ahead.
  corpusLoaded.catch(() => undefined);
  // While the store's parts are read off this thread, what of the drafts needs the knowledge base
  // alone is read, each on a turn of its own so that the corpus's listing goes on between them.
  const withKnowledgeBase = host.snapshot();
  for (const draft of drafts) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    withKnowledgeBase.prepare(draft);
  }
  const corpus = await corpusLoaded;
  const snapshot = host.snapshot();
  await prefetchNamedEntities(
    snapshot,
    documents.map((document) => document.text),
  );

  const report: CheckReport = {
    version: 1,
    files: [],
    problems: [
      ...declined.map((problem) => ({ kind: 'input' as const, ...problem })),
      ...corpus.problems.map((problem) => ({ kind: 'corpus' as const, ...problem })),
      ...snapshot.kb.problems.map((problem) => ({
        kind: 'knowledgeBase' as const,
        path: problem.path,
        line: problem.line,
        message: problem.message,
      })),
    ],
  };
  for (const [at, document] of documents.entries()) {
    const { findings } = snapshot.analyze(drafts[at]!);
    report.files.push({
      path: document.path,
      diagnostics: toReported(findings, document.path, new LineIndex(document.text), snapshot.corpusLocation),
    });
  }
  const ioFailed = declined.length > 0 || snapshot.kb.problems.some((problem) => problem.unreadable);
  const exitCode = ioFailed
    ? 2
    : report.files.some((file) => file.diagnostics.some((d) => d.severity === 'error'))
      ? 1
      : 0;
  io.stdout.write(
    format === 'json'
      ? toJson(report)
      : format === 'sarif'
        ? toJson(toSarif(report, exitCode))
        : forTerminal(formatText(report)),
  );
  return exitCode;
}

type CorpusLocator = (path: string, start: number, end: number) => Range | undefined;

function toReported(findings: Finding[], path: string, lines: LineIndex, locate: CorpusLocator): ReportedDiagnostic[] {
  return findings.map((finding) => {
    const documentation = documentationOf(finding);
    return {
      range: lines.rangeOf(finding.start, finding.end),
      severity: finding.severity,
      code: finding.code,
      message: finding.message,
      fixes: finding.fixes.map((fix) => ({
        title: fix.title,
        edits: fix.edits.map((edit) => ({ range: lines.rangeOf(edit.start, edit.end), newText: edit.newText })),
      })),
      related: [
        ...(finding.repeatOf
          ? [{ message: 'First occurrence', path, range: lines.rangeOf(finding.repeatOf.start, finding.repeatOf.end) }]
          : []),
        ...finding.evidence.flatMap((evidence) => {
          const range = evidenceRange(evidence, locate);
          return range ? [{ message: evidence.message, path: evidence.path, range }] : [];
        }),
      ],
      ...(documentation ? { documentation } : {}),
    };
  });
}

const DOCUMENTED_RULES = new Set(ALL_RULES.map((rule) => rule.id));

/** A finding's documentation link: the plugin's own page it gave, else the rule's section of Attaché's rules, if it has one. */
function documentationOf(finding: Finding): string | undefined {
  return finding.documentation ?? (DOCUMENTED_RULES.has(finding.code) ? ruleDocumentationUrl(finding.code) : undefined);
}

/** Where a piece of evidence is: a knowledge-base entry's first line, or a corpus passage (absent when the file cannot be read). */
function evidenceRange(evidence: Evidence, locate: CorpusLocator): Range | undefined {
  if (evidence.line !== undefined) {
    const position = { line: Math.max(0, evidence.line - 1), character: 0 };
    return { start: position, end: position };
  }
  return evidence.start === undefined
    ? undefined
    : locate(evidence.path, evidence.start, evidence.end ?? evidence.start);
}

function formatText(report: CheckReport): string {
  const lines: string[] = [];
  let total = 0;
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      lines.push(
        `${file.path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code}: ${d.message}`,
      );
      for (const related of d.related)
        lines.push(`    ${shownPath(related.path)}:${related.range.start.line + 1}: ${related.message}`);
      total++;
    }
  }
  lines.push(`${counted(total, 'problem')} in ${counted(report.files.length, 'file')}`);
  return `${lines.join('\n')}\n`;
}

/** A path as the user can open it: relative to the working folder when inside it. */
function shownPath(path: string): string {
  if (!isAbsolute(path)) return path;
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}

/**
 * `--retext retext-repeated-words`, `--retext 'retext-quotes={"preferred":"straight"}'`: the
 * retext plugins to run, with their options as JSON. A name Attaché does not bundle is loaded
 * from the working folder's node_modules (the user runs the command, so its code is trusted);
 * one that cannot be is a usage error.
 */
async function retextPlugins(values: readonly string[]): Promise<RetextSettings | undefined> {
  if (values.length === 0) return undefined;
  const entries: RetextPluginRequest[] = values.map((value) => {
    const equals = value.indexOf('=');
    if (equals < 0) return { name: value };
    const name = value.slice(0, equals);
    try {
      return { name, options: JSON.parse(value.slice(equals + 1)) as unknown };
    } catch {
      throw new UsageError(`--retext ${name}: the options after "=" must be JSON, got ${value.slice(equals + 1)}`);
    }
  });
  const { requests, problems } = readRetextPluginRequests(entries, '--retext');
  const [problem] = problems;
  if (problem !== undefined) throw new UsageError(problem);
  const loaded = await loadWorkspaceRetextPlugins(requests, {
    folders: [process.cwd()],
    trusted: true,
    setting: '--retext',
  });
  const [loadProblem] = loaded.problems;
  if (loadProblem !== undefined) throw new UsageError(loadProblem);
  return { plugins: requests, loaded: loaded.loaded };
}

/** `--house-style vietNam="Viet Nam"` and the like, each held to the values its rule declares. */
function parseHouseStyle(pairs: readonly string[]): Partial<HouseStyle> {
  const style: Record<string, string | readonly string[]> = {};
  for (const pair of pairs) {
    const [key, ...rest] = pair.split('=');
    const setting = HOUSE_STYLE_SETTINGS.find((declared) => declared.key === key);
    if (!key || !setting)
      throw new UsageError(
        `unknown house-style key "${key}" (expected ${HOUSE_STYLE_SETTINGS.map((declared) => declared.key).join(', ')})`,
      );
    const parsed = parseSettingText(setting, rest.join('='));
    if ('problem' in parsed) throw new UsageError(parsed.problem);
    style[key] = parsed.value;
  }
  return style;
}
