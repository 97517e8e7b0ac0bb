import { findMentions } from '../core/mentions/findMentions.js';
import { LineIndex, type Range } from '../core/text/lineIndex.js';
import { parseCommandLine, parseFormat, readInputDocuments, type CliIO } from './cliSupport.js';
import { openCliWorkspace } from './cliWorkspace.js';

/** The JSON output of `attache entities` (version 1). */
export interface EntitiesReport {
  version: 1;
  files: {
    path: string;
    mentions: { range: Range; text: string; entity: { id: string; name: string; type: string } }[];
  }[];
}

/** `attache entities [--corpus DIR]... [--kb FILE]... [--format text|json] FILE...` */
export async function runEntities(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {} as const);
  const format = parseFormat(values.format, ['text', 'json'] as const);
  const documents = readInputDocuments(positionals);
  const { mentionIndex } = (await openCliWorkspace(values, io)).snapshot();

  const report: EntitiesReport = { version: 1, files: [] };
  for (const document of documents) {
    const lines = new LineIndex(document.text);
    report.files.push({
      path: document.path,
      mentions: findMentions(document.text, mentionIndex).map((m) => ({
        range: lines.rangeOf(m.start, m.end),
        text: m.text,
        entity: { id: m.entity.id, name: m.entity.name, type: m.entity.type },
      })),
    });
  }
  io.stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatText(report));
  return 0;
}


function formatText(report: EntitiesReport): string {
  const out: string[] = [];
  for (const file of report.files) {
    out.push(`${file.path}: ${file.mentions.length} mention${file.mentions.length === 1 ? '' : 's'}`);
    for (const mention of file.mentions) {
      const { line, character } = mention.range.start;
      const written = mention.text.replace(/\s+/g, ' ');
      const canonical = written === mention.entity.name ? '' : ` → ${mention.entity.name}`;
      out.push(`  ${`${line + 1}:${character + 1}`.padEnd(7)} ${mention.entity.type.padEnd(11)} ${written}${canonical}  [${mention.entity.id}]`);
    }
  }
  return `${out.join('\n')}\n`;
}
