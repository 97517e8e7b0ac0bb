import { analyzeDocument } from '../core/analyze.js';
import { LineIndex, type Range } from '../core/text/lineIndex.js';
import { documentKindOf } from '../core/text/markdownProse.js';
import { counted } from '../core/text/plural.js';
import {
  parseCommandLine,
  parseFormat,
  readInputDocuments,
  reportInputProblems,
  type CliIO,
  type InputDocument,
} from './cliSupport.js';
import { openCliWorkspace } from './cliWorkspace.js';
import { forTerminal, toJson } from './terminal.js';

/** The JSON output of `attache entities` (version 1). */
export interface EntitiesReport {
  version: 1;
  files: {
    path: string;
    mentions: { range: Range; text: string; entity: { id: string; name: string; type: string } }[];
  }[];
}

/**
 * `attache entities [--corpus DIR]... [--kb FILE]... [--format text|json] FILE...` — exit 2
 * when an input could not be read (the others are listed all the same).
 */
export async function runEntities(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {} as const);
  const format = parseFormat(values.format, ['text', 'json'] as const);
  const { documents, problems } = await readInputDocuments(positionals);
  reportInputProblems(problems, io);
  const { kb, mentionIndex } = (await openCliWorkspace(values, io)).snapshot();
  // The mentions as the analysis finds them (any line endings), without running the checks.
  const mentionsIn = (document: InputDocument) =>
    analyzeDocument(document.text, kb, mentionIndex, {
      today: '1970-01-01',
      checks: [],
      kind: documentKindOf(document.languageId),
    }).document.mentions;

  const report: EntitiesReport = { version: 1, files: [] };
  for (const document of documents) {
    const lines = new LineIndex(document.text);
    report.files.push({
      path: document.path,
      mentions: mentionsIn(document).map((m) => ({
        range: lines.rangeOf(m.start, m.end),
        text: m.text,
        entity: { id: m.entity.id, name: m.entity.name, type: m.entity.type },
      })),
    });
  }
  io.stdout.write(format === 'json' ? toJson(report) : forTerminal(formatText(report)));
  return problems.length > 0 ? 2 : 0;
}

function formatText(report: EntitiesReport): string {
  const out: string[] = [];
  for (const file of report.files) {
    out.push(`${file.path}: ${counted(file.mentions.length, 'mention')}`);
    for (const mention of file.mentions) {
      const { line, character } = mention.range.start;
      const written = mention.text.replace(/\s+/g, ' ');
      const canonical = written === mention.entity.name ? '' : ` → ${mention.entity.name}`;
      out.push(
        `  ${`${line + 1}:${character + 1}`.padEnd(7)} ${mention.entity.type.padEnd(11)} ${written}${canonical}  [${mention.entity.id}]`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}
