import type { KnowledgeBase } from '../kb/knowledgeBase.js';
import { ALL_CHECKS } from './checks/allChecks.js';
import { isPluginCheck, type AnalyzedDocument, type Check, type CheckContext } from './checks/check.js';
import type { Finding, Severity } from './checks/finding.js';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from './checks/houseStyle.js';
import type { CorpusEvidence } from './checks/quoteMismatch.js';
import { severityOf } from './checks/repeats.js';
import { documentDate } from './documentDate.js';
import { findMentions } from './mentions/findMentions.js';
import type { MentionIndex } from './mentions/mentionIndex.js';
import { runRetextPlugins } from './retext/retextFindings.js';
import {
  retextPluginsToRun,
  rulePluginUse,
  type RetextPluginUse,
  type RetextSettings,
} from './retext/retextPlugins.js';
import { oneLine, withLineFeeds, type LineFeedText } from './text/lineEndings.js';
import { blanked, proseOf, type DocumentKind } from './text/markdownProse.js';
import { paragraphSpans } from './text/prose.js';

export interface AnalysisOptions {
  /** Today's date, ISO; the fallback document date. */
  today: string;
  /** `--date` or the `attache.documentDate` setting. */
  configuredDate?: string;
  houseStyle?: Partial<HouseStyle>;
  /** Per-rule severity; `off` disables the rule. */
  severities?: Readonly<Record<string, Severity | 'off'>>;
  /** Restricts the run to these checks (all by default). */
  checks?: readonly Check[];
  /** The indexed corpus, for the checks against the published record. */
  corpus?: CorpusEvidence;
  /** Stops the analysis between checks (the document changed again, the request was cancelled). */
  signal?: AbortSignal;
  /** How the text is written: a `markdown` draft is checked in its prose only; `plain` (the default) as it stands. */
  kind?: DocumentKind;
  /**
   * The retext plugins asked for (`attache.retext.plugins`, `--retext`) and those a workspace
   * loaded; none by default. The house style's quotation marks add `retext-quotes`.
   */
  retext?: RetextSettings;
}

export interface Analysis {
  document: AnalyzedDocument;
  findings: Finding[];
}

/**
 * Analyses one document: its date, its mentions, and every enabled check's findings, sorted
 * by position. Pure, and never throws on odd text (only an `AbortError` when the signal says
 * the result is no longer wanted): a check that fails is reported as a
 * finding of its own (`internal/check-failed`) rather than hiding the others. A later
 * occurrence of a fault already reported (`repeatOf`) is lowered to information.
 *
 * A Markdown draft is checked in its prose only (`proseOf`): code, HTML, comments, link
 * destinations and front matter other than its title are blanked before mentions are found,
 * so nothing there is flagged and every offset stays the document's. The front matter's
 * `date:` still dates the document.
 *
 * Retext plugins that are on run over the prose's nlcst (`proseParagraphs`), each like a check,
 * a plugin Attaché does not ship given each paragraph's mentions and the document's date
 * (`file.data.attache`): their findings carry the plugin's name as rule id (or the Attaché rule
 * a message names with source `attache`), with its default severity or the one `severities`
 * gives it (`off` skips it), and a plugin that fails is reported, not thrown.
 *
 * Line endings do not matter: a document with CR LF or lone CR line endings is analysed as
 * its LF form ("Chinese\r\nCommunist Party" is the party's name broken across lines, as with
 * LF), and every offset is mapped back to the document as given. Messages and fix titles are
 * one line, whatever they quote.
 */
export function analyzeDocument(
  text: string,
  kb: KnowledgeBase,
  index: MentionIndex,
  options: AnalysisOptions,
): Analysis {
  const steps = analysisInSteps(text, kb, index, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `analyzeDocument` in steps, for a caller that lets other work run between them (the server
 * re-analysing its drafts after a new snapshot answers hovers meanwhile): the document model
 * (prose, date, mentions) is one step, each check another, the retext pass the last. Each step
 * yields the document model, offsets in the text as given, so that what needs only the
 * mentions and the date can be answered before the checks are done. Run to its end, it returns
 * what `analyzeDocument` returns, which runs it.
 */
export function* analysisInSteps(
  text: string,
  kb: KnowledgeBase,
  index: MentionIndex,
  options: AnalysisOptions,
): Generator<AnalyzedDocument, Analysis, void> {
  const lineFeeds = withLineFeeds(text);
  const steps = analyzeLineFeedText(lineFeeds.text, kb, index, options);
  let inLineFeeds: AnalyzedDocument | undefined;
  let asGiven: AnalyzedDocument | undefined;
  for (;;) {
    const step = steps.next();
    if (step.done) {
      const findings = step.value.findings.map(onOneLine);
      return lineFeeds.text === text
        ? { ...step.value, findings }
        : inOriginal({ ...step.value, findings }, text, lineFeeds);
    }
    if (step.value !== inLineFeeds) {
      inLineFeeds = step.value;
      asGiven = lineFeeds.text === text ? inLineFeeds : documentInOriginal(inLineFeeds, text, lineFeeds);
    }
    yield asGiven!;
  }
}

function* analyzeLineFeedText(
  text: string,
  kb: KnowledgeBase,
  index: MentionIndex,
  options: AnalysisOptions,
): Generator<AnalyzedDocument, Analysis, void> {
  const document = documentModelOf(text, index, options);
  yield document;
  const houseStyle = { ...DEFAULT_HOUSE_STYLE, ...options.houseStyle };
  const context: CheckContext = { kb, index, houseStyle, corpus: options.corpus };
  const findings: Finding[] = [];
  const checks = options.checks ?? ALL_CHECKS;
  const ruleSeverity = (check: Check) => severityOfRule(check, options);
  for (const check of checks) {
    const severity = ruleSeverity(check);
    if (severity === 'off' || isPluginCheck(check)) continue;
    options.signal?.throwIfAborted();
    try {
      for (const finding of check.run(document, context))
        findings.push({ ...finding, code: check.id, severity: severityOf(finding, severity) });
    } catch (error) {
      findings.push(checkFailed(check.id, error));
    }
    yield document;
  }
  const pluginSeverity = (plugin: RetextPluginUse) =>
    options.severities?.[plugin.name] ??
    plugin.rule?.check.defaultSeverity ??
    plugin.bundled?.defaultSeverity ??
    'warning';
  // The checks written as plugins run in the same pass as the retext plugins, first.
  const rulePlugins = checks
    .filter(isPluginCheck)
    .filter((check) => ruleSeverity(check) !== 'off')
    .map((check) => rulePluginUse(check, { kb, houseStyle }));
  const plugins = [
    ...rulePlugins,
    ...retextPluginsToRun(options.retext, houseStyle).filter((plugin) => pluginSeverity(plugin) !== 'off'),
  ];
  if (plugins.length > 0) {
    for (const { plugin, findings: found, error } of runRetextPlugins(
      paragraphSpans(document.text, document.kind),
      plugins,
      {
        signal: options.signal,
        document: { mentions: document.mentions, documentDate: document.date.date },
      },
    )) {
      if (error !== undefined) {
        findings.push(checkFailed(plugin.name, error));
        continue;
      }
      for (const { ruleCode, ...finding } of found) {
        // A rule a plugin names (source `attache`) has a severity of its own; unset, the plugin's.
        const severity =
          (ruleCode === undefined ? undefined : options.severities?.[ruleCode]) ?? pluginSeverity(plugin);
        if (severity !== 'off') findings.push({ ...finding, code: ruleCode ?? plugin.name, severity });
      }
    }
  }
  const supersedes = new Map<string, readonly string[]>([
    ...checks.map((check) => [check.id, check.supersedes ?? []] as const),
    ...plugins.map(
      (plugin) => [plugin.name, plugin.rule?.check.supersedes ?? plugin.bundled?.supersedes ?? []] as const,
    ),
  ]);
  // At the same range, findings keep the order of their rules in the list of checks, wherever the rule runs.
  const rank = new Map(checks.map((check, at) => [check.id, at]));
  const rankOf = (finding: Finding) => rank.get(finding.code) ?? checks.length;
  return {
    document,
    findings: withoutRepeats(findings, supersedes).sort(
      (a, b) => a.start - b.start || a.end - b.end || rankOf(a) - rankOf(b),
    ),
  };
}

/** A rule's severity in a run: the one the options give it, else its default; `off` skips it. */
function severityOfRule(check: Check, options: Pick<AnalysisOptions, 'severities'>): Severity | 'off' {
  return options.severities?.[check.id] ?? check.defaultSeverity;
}

/** The document model of a text with LF line endings: its prose, date and mentions. */
function documentModelOf(text: string, index: MentionIndex, options: AnalysisOptions): AnalyzedDocument {
  const kind = options.kind ?? 'plain';
  const prose = proseOf(text, kind);
  return {
    text: prose.text,
    kind,
    nonProse: prose.nonProse,
    date: documentDate(text, { today: options.today, configured: options.configuredDate, prose: prose.text }),
    // A draft is analysed again after each edit: the work on the lines the edit left alone is reused.
    mentions: findMentions(prose.text, index, { reuseLines: true }),
  };
}

/**
 * Reads ahead, while a corpus is still loading, what of a document its analysis will need
 * from the knowledge base alone: the document model, and what each enabled check's `prepare`
 * keeps (the events the draft reports, for `claim/differs`). The analysis with the corpus
 * then finds them done; its findings are the same with or without this. Never throws on odd
 * text: a check whose preparation fails is left to report the failure when it runs.
 */
export function prepareAnalysis(
  text: string,
  kb: KnowledgeBase,
  index: MentionIndex,
  options: Omit<AnalysisOptions, 'corpus'>,
): void {
  const document = documentModelOf(withLineFeeds(text).text, index, options);
  const context: CheckContext = { kb, index, houseStyle: { ...DEFAULT_HOUSE_STYLE, ...options.houseStyle } };
  for (const check of options.checks ?? ALL_CHECKS) {
    if (isPluginCheck(check) || !check.prepare || severityOfRule(check, options) === 'off') continue;
    options.signal?.throwIfAborted();
    try {
      check.prepare(document, context);
    } catch {
      // The check's run meets the same fault and reports it.
    }
  }
}

/** A check or plugin that threw: reported as a finding of its own, so the others still show. */
function checkFailed(id: string, error: unknown): Finding {
  return {
    code: 'internal/check-failed',
    severity: 'information',
    start: 0,
    end: 0,
    message: `The check ${id} failed on this document and was skipped: ${error instanceof Error ? error.message : String(error)}`,
    fixes: [],
    evidence: [],
  };
}

/**
 * Two rules can see the same fault ("Communist Party of Viet Nam (VCP)": a mismatched acronym
 * and a non-official one); the user needs one finding. Of the findings on the same range with
 * the same fix, one whose rule another's declares it `supersedes` is dropped, as is the same
 * rule's finding again; findings of rules that declare nothing of each other all stay.
 */
function withoutRepeats(findings: Finding[], supersedes: ReadonlyMap<string, readonly string[]>): Finding[] {
  const byFault = new Map<string, Finding[]>();
  for (const finding of findings) {
    const fix = finding.fixes[0]?.edits.map((e) => `${e.start}:${e.end}:${e.newText}`).join('|');
    if (fix === undefined) continue;
    const key = `${finding.start}:${finding.end}:${fix}`;
    const same = byFault.get(key);
    if (same) same.push(finding);
    else byFault.set(key, [finding]);
  }
  const dropped = new Set<Finding>();
  for (const same of byFault.values()) {
    if (same.length < 2) continue;
    const codes = new Set(same.map((finding) => finding.code));
    const superseded = new Set([...codes].flatMap((code) => supersedes.get(code) ?? []));
    const kept = new Set<string>();
    for (const finding of same) {
      if (superseded.has(finding.code) || kept.has(finding.code)) dropped.add(finding);
      else kept.add(finding.code);
    }
  }
  return dropped.size === 0 ? findings : findings.filter((finding) => !dropped.has(finding));
}

function onOneLine(finding: Finding): Finding {
  return {
    ...finding,
    message: oneLine(finding.message),
    fixes: finding.fixes.map((fix) => ({ ...fix, title: oneLine(fix.title) })),
    evidence: finding.evidence.map((evidence) => ({ ...evidence, message: oneLine(evidence.message) })),
  };
}

/** An analysis of a document's LF form, with its offsets moved to the document as given. */
function inOriginal(analysis: Analysis, original: string, lineFeeds: LineFeedText): Analysis {
  const at = lineFeeds.toOriginal;
  return {
    document: documentInOriginal(analysis.document, original, lineFeeds),
    findings: analysis.findings.map((finding) => ({
      ...finding,
      start: at(finding.start),
      end: at(finding.end),
      ...(finding.repeatOf ? { repeatOf: { start: at(finding.repeatOf.start), end: at(finding.repeatOf.end) } } : {}),
      fixes: finding.fixes.map((fix) => ({
        ...fix,
        edits: fix.edits.map((edit) => ({ ...edit, start: at(edit.start), end: at(edit.end) })),
      })),
    })),
  };
}

/** The document model of a document's LF form, its offsets moved to the document as given. */
function documentInOriginal(document: AnalyzedDocument, original: string, lineFeeds: LineFeedText): AnalyzedDocument {
  const at = lineFeeds.toOriginal;
  const { date, mentions, nonProse } = document;
  const nonProseInOriginal = nonProse.map((range) => ({ start: at(range.start), end: at(range.end) }));
  return {
    ...document,
    text: blanked(original, nonProseInOriginal),
    nonProse: nonProseInOriginal,
    date:
      date.start === undefined || date.end === undefined ? date : { ...date, start: at(date.start), end: at(date.end) },
    mentions: mentions.map((mention) => ({
      ...mention,
      start: at(mention.start),
      end: at(mention.end),
      text: original.slice(at(mention.start), at(mention.end)),
    })),
  };
}
