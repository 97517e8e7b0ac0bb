/**
 * The same article in each corpus format the product reads — plain text, Markdown, a JSON Lines
 * record and an HTML page — must be read back at the right place: a passage, a reference or a
 * hover link points at the characters of the file that say what the passage says, and the
 * corpus checks compare a draft with what the article says, not with the file's markup. Each
 * format is read from memory and from disk, where a stored corpus reads a JSON Lines passage
 * from its record's line alone.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { Location } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { hover } from '../../server/src/lsp/hover.js';
import { passages, references } from '../../server/src/lsp/navigation.js';
import { openWorkspace, type WorkspaceHost } from '../../server/src/workspace/host.js';
import { temporaryFolder } from '../support/temporaryFolders.js';

const TITLE = 'Lao, Vietnamese Prime Ministers pledge closer ties';
const PARAGRAPHS = [
  'VIENTIANE, May 14 (KPL) -- Lao Prime Minister Sonexay Siphandone held talks with Vietnamese Prime Minister Pham Minh Chinh in Vientiane on Wednesday, at the café-lined riverside "Friendship" hall.',
  'Sonexay Siphandone said that "the two countries will deepen their special relationship and speed up the Vientiane-Hanoi expressway project."',
  'Pham Minh Chinh said that Viet Nam & Laos would open two new border gates before the end of the year, and thanked the Lao side for its help.',
];

/** An earlier record in the same JSON Lines file, so the article is not the file's first line. */
const OTHER_RECORD = {
  title: 'Lao railway carries more freight',
  text: 'VIENTIANE, May 13 (KPL) -- The Laos-China Railway carried 1.2 million tonnes of freight in April, the operator said on Tuesday. "Demand keeps growing," a spokesman said.\n\nExports of cassava and rubber led the growth.',
  date: '2025-05-13',
  outlet: 'KPL',
};

const PLAIN = `${TITLE}\n\n${PARAGRAPHS.join('\n\n')}\n`;

/** JSON with every non-ASCII character escaped (\u00e9), as many exporters write it. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const JSONL = [
  asciiJson(OTHER_RECORD),
  asciiJson({
    title: TITLE,
    text: PARAGRAPHS.join('\n\n'),
    date: '2025-05-14',
    outlet: 'KPL',
    url: 'https://kpl.gov.la/En/detail.aspx?id=90000',
  }),
  '',
].join('\r\n');

/** The paragraphs as a page writes them: entities, inline markup, CRLF line ends. */
function asHtml(paragraph: string): string {
  return paragraph
    .replace(/&/g, '&amp;')
    .replace(/é/g, '&eacute;')
    .replace(/"([^"]+)"/g, '&ldquo;$1&rdquo;')
    .replace('Sonexay Siphandone held', '<b>Sonexay\r\n  Siphandone</b> held')
    .replace('Pham Minh Chinh said', '<a href="/pm">Pham Minh Chinh</a> said');
}

const HTML = [
  '<!DOCTYPE html>',
  '<html lang="en"><head><meta charset="utf-8"><title>KPL | Lao News Agency</title>',
  '<meta property="og:site_name" content="KPL"><meta property="article:published_time" content="2025-05-14">',
  '<style>p { margin: 0 }</style></head>',
  '<body><nav><a href="/">Home</a> | <a href="/en">English</a></nav>',
  `<article><h1>${TITLE}</h1>`,
  ...PARAGRAPHS.map((paragraph) => `<p>${asHtml(paragraph)}</p>`),
  '</article><footer>&copy; KPL</footer></body></html>',
  '',
].join('\r\n');

/** What the reader sees in a raw range of each format: the text itself, a JSON string's value, or the page's text. */
const FORMATS = [
  { name: 'plain text', file: 'kpl.txt', text: PLAIN, decode: (raw: string) => raw },
  {
    name: 'Markdown',
    file: 'kpl.md',
    text: `# ${TITLE}\n\n${PARAGRAPHS.join('\n\n')}\n`,
    decode: (raw: string) => raw,
  },
  { name: 'JSON Lines', file: 'kpl.jsonl', text: JSONL, decode: (raw: string) => JSON.parse(`"${raw}"`) as string },
  {
    name: 'HTML',
    file: 'kpl.html',
    text: HTML,
    decode: (raw: string) => spaced(toText(unified().use(rehypeParse, { fragment: true }).parse(raw))),
  },
] as const;

function spaced(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const DRAFT_DATE = '2025-05-20';

/**
 * A workspace over the one file: given in memory, or written to a corpus folder and indexed
 * into a store on disk (which reads a JSON Lines passage from its record's line alone).
 */
async function openCorpus(path: string, text: string, where: Where): Promise<WorkspaceHost> {
  const host =
    where === 'in memory'
      ? openWorkspace({ corpusFiles: new Map([[path, text]]), workers: 0, today: () => DRAFT_DATE })
      : (writeFileSync(path, text),
        openWorkspace({
          corpusFolders: [dirname(path)],
          store: { folder: temporaryFolder('attache-corpus-formats-store-') },
          workers: 0,
          today: () => DRAFT_DATE,
        }));
  const status = await host.updateCorpus();
  assert.equal(status.state, 'ready', status.message);
  assert.ok(status.articles >= 1, 'the article is indexed');
  return host;
}

let drafts = 0;

function draft(text: string): TextDocument {
  drafts++;
  return TextDocument.create(`file:///drafts/readout-${drafts}.md`, 'markdown', 1, text);
}

type Where = 'in memory' | 'on disk';

for (const [format, where] of FORMATS.flatMap((format) =>
  (['in memory', 'on disk'] as const).map((where) => [format, where] as const),
)) {
  describe(`a corpus article in ${format.name}, ${where}`, () => {
    const path = join(
      where === 'in memory' ? join(tmpdir(), 'attache-corpus-formats') : temporaryFolder('attache-corpus-formats-'),
      format.file,
    );
    const raw = TextDocument.create('file:///raw', 'plaintext', 1, format.text);
    /** The file's own characters between two LSP positions, as the format decodes them. */
    const decodedAt = (range: Location['range']) =>
      format.decode(format.text.slice(raw.offsetAt(range.start), raw.offsetAt(range.end)));

    it('links each passage to the characters of the file that say it', async () => {
      const host = await openCorpus(path, format.text, where);
      const found = passages(
        host.snapshot(),
        'Sonexay Siphandone said the two countries will deepen their special relationship and speed up the expressway',
      );
      assert.ok(found.length > 0, 'the passage is found');
      for (const passage of found) {
        assert.equal(fileURLToPath(passage.uri), path);
        const text = format.name === 'HTML' ? spaced(passage.text) : passage.text;
        assert.equal(decodedAt(passage.range), text);
      }
      assert.match(found[0]!.text, /special relationship and speed up/);
      host.dispose();
    });

    it('links each reference to the name in the file', async () => {
      const host = await openCorpus(path, format.text, where);
      const document = draft('Sonexay Siphandone met Pham Minh Chinh.');
      for (const [name, character] of [
        ['Sonexay Siphandone', 2],
        ['Pham Minh Chinh', 25],
      ] as const) {
        const { locations } = references(host.snapshot(), document, { line: 0, character }, false);
        assert.ok(locations.length >= 2, `${name} is mentioned in more than one paragraph`);
        for (const location of locations) assert.equal(spaced(decodedAt(location.range)), name);
      }
      host.dispose();
    });

    it('links the hover card to the article that mentions the entity', async () => {
      const host = await openCorpus(path, format.text, where);
      const card = hover(host.snapshot(), draft('Pham Minh Chinh visited Vientiane.'), { line: 0, character: 3 });
      const value = card && typeof card.contents === 'object' && 'value' in card.contents ? card.contents.value : '';
      const links = [...value.matchAll(/\]\((file:[^)#]+)#L(\d+),(\d+)-L(\d+),(\d+)\)/g)];
      assert.ok(links.length > 0, `the card links to the corpus: ${value}`);
      for (const [, uri, startLine, startCharacter, endLine, endCharacter] of links) {
        if (fileURLToPath(uri!) !== path) continue;
        const range = {
          start: { line: Number(startLine) - 1, character: Number(startCharacter) - 1 },
          end: { line: Number(endLine) - 1, character: Number(endCharacter) - 1 },
        };
        assert.match(spaced(decodedAt(range)), /Pham Minh Chinh/);
      }
      host.dispose();
    });

    it('catches a changed word in a quotation from the article', async () => {
      const host = await openCorpus(path, format.text, where);
      const changed = draft(
        'Sonexay Siphandone said that "the two countries will deepen their special ties and speed up the Vientiane-Hanoi expressway project."',
      );
      const findings = host
        .snapshot()
        .analyze(changed)
        .findings.filter((finding) => finding.code === 'quote/mismatch');
      assert.equal(findings.length, 1, 'the misquote is flagged');
      assert.match(findings[0]!.message, /−“ties” \+“relationship”/);
      assert.equal(
        findings[0]!.fixes[0]!.edits[0]!.newText,
        'the two countries will deepen their special relationship and speed up the Vientiane-Hanoi expressway project',
      );
      const exact = draft(
        'Sonexay Siphandone said that "the two countries will deepen their special relationship and speed up the Vientiane-Hanoi expressway project."',
      );
      assert.deepEqual(
        host
          .snapshot()
          .analyze(exact)
          .findings.filter((finding) => finding.code === 'quote/mismatch'),
        [],
      );
      host.dispose();
    });
  });
}
