import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CompletionList, Hover, Location, SemanticTokens } from 'vscode-languageserver-protocol';
import type { EntityDossierMessage } from '../../server/src/protocol.js';
import { REPO, startServer, type ServerUnderTest } from '../support/lspClient.js';
import { until } from '../support/until.js';

const DRAFT = `${REPO}samples/drafts/2024-06-laos-readout.md`;
const DRAFT_URI = pathToFileURL(DRAFT).href;
const draftText = readFileSync(DRAFT, 'utf8');

/** The LSP position of the first occurrence of `needle` (plus `delta` characters) in a text. */
function positionOf(text: string, needle: string, delta = 1) {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" not in text`);
  const before = text.slice(0, offset + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

describe('language server over stdio', { timeout: 60_000 }, () => {
  let server: ServerUnderTest;

  before(async () => {
    server = await startServer(`${REPO}samples`);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: DRAFT_URI, languageId: 'markdown', version: 1, text: draftText },
    });
  });
  after(() => server.stop());

  it('publishes diagnostics with codes, rule links and evidence', async () => {
    const { diagnostics } = await server.diagnostics(DRAFT_URI);
    const codes = diagnostics.map((d) => d.code);
    for (const code of [
      'title/not-held',
      'org/non-official-name',
      'name/misspelled',
      'style/lao-laos',
      'name/second-mention',
    ])
      assert.ok(codes.includes(code), `${code} missing from ${codes.join(', ')}`);
    const notHeld = diagnostics.find((d) => d.code === 'title/not-held')!;
    assert.match(notHeld.codeDescription!.href, /docs\/rules\.md#title-not-held$/);
    assert.ok(notHeld.relatedInformation!.some((r) => r.location.uri.endsWith('/server/kb/china.yaml')));
    assert.equal(notHeld.source, 'attache');
    for (const diagnostic of diagnostics) {
      const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
      assert.ok(message.length <= 120 && !message.includes('\n'), message);
      for (const related of diagnostic.relatedInformation ?? []) {
        if (related.location.uri.endsWith('.yaml')) assert.match(related.message, /^.+: .+\(knowledge base[;)]/);
      }
    }
  });

  it('reports "Premier Li" after "Chinese Premier Li Keqiang" once as an error, the repeat as information linked to it', async () => {
    const { diagnostics } = await server.diagnostics(DRAFT_URI);
    const notHeld = diagnostics.filter((d) => d.code === 'title/not-held');
    assert.deepEqual(
      notHeld.map((d) => d.severity),
      [1, 3],
    );
    assert.equal(
      notHeld[0]!.message,
      'Li Keqiang was not Chinese Premier on 2024-06-12; Li Qiang was (since 2023-03-11).',
    );
    assert.equal(notHeld[1]!.message, 'Same as line 8: Li Keqiang was not Premier on 2024-06-12.');
    const [first] = notHeld[1]!.relatedInformation!;
    assert.equal(first!.location.uri, DRAFT_URI);
    assert.deepEqual(first!.location.range, notHeld[0]!.range);
    assert.equal(first!.message, 'First occurrence, line 8: “Chinese Premier Li Keqiang”');
  });

  it('updates diagnostics on every change, not only on save', async () => {
    const fixed = draftText.replace('Chinese Premier Li Keqiang', 'Chinese Premier Li Qiang');
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: DRAFT_URI, version: 2 },
      contentChanges: [{ text: fixed }],
    });
    const after = await server.diagnostics(DRAFT_URI, (p) => p.version === 2);
    const before = await server.diagnostics(DRAFT_URI, (p) => p.version === 1);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: DRAFT_URI, version: 3 },
      contentChanges: [{ text: draftText }],
    });
    const restored = await server.diagnostics(DRAFT_URI, (p) => p.version === 3);
    const notHeld = (p: typeof before) => p.diagnostics.filter((d) => d.code === 'title/not-held').length;
    assert.ok(notHeld(after) < notHeld(before), `${notHeld(after)} after the fix, ${notHeld(before)} before`);
    assert.equal(notHeld(restored), notHeld(before));
  });

  it('hovers an entity with its card: names, roles over time, sources', async () => {
    const hover = await server.connection.sendRequest<Hover>('textDocument/hover', {
      textDocument: { uri: DRAFT_URI },
      position: positionOf(draftText, 'Li Keqiang held'.replace(' held', ''), 2),
    });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /\*\*Li Keqiang\*\*/);
    assert.match(value, /李克强/);
    assert.match(value, /Roles over time/);
    assert.match(value, /2013-03-15 – 2023-03-11/);
  });

  it('lists corpus articles in the card and finds references in the corpus once indexed', async () => {
    const status = await server.corpusReady;
    assert.ok(status.articles > 10);
    const position = positionOf(draftText, 'Thongloun Sisoulith', 3);
    const hover = await server.connection.sendRequest<Hover>('textDocument/hover', {
      textDocument: { uri: DRAFT_URI },
      position,
    });
    const card = (hover.contents as { value: string }).value;
    assert.match(card, /In the corpus:\*\* \d+ articles/);
    assert.match(card, /\*\*Titles in the corpus\*\*/);
    assert.match(card, /\*\*Latest events\*\*/);
    assert.match(card, /meeting with Xi Jinping in Beijing/);
    const references = await server.connection.sendRequest<Location[]>('textDocument/references', {
      textDocument: { uri: DRAFT_URI },
      position,
      context: { includeDeclaration: false },
    });
    assert.ok(references.length > 3);
    for (const reference of references.slice(0, 5)) {
      assert.match(reference.uri, /\/samples\/corpus\//);
      const file = readFileSync(new URL(reference.uri), 'utf8').split('\n');
      const { start, end } = reference.range;
      assert.equal(start.line, end.line);
      assert.match(file[start.line]!.slice(start.character, end.character), /Thongloun|通伦|通倫/);
    }
  });

  it('goes to the knowledge-base entry', async () => {
    const location = await server.connection.sendRequest<Location>('textDocument/definition', {
      textDocument: { uri: DRAFT_URI },
      position: positionOf(draftText, 'Sonexay Siphandone', 2),
    });
    assert.match(location.uri, /server\/kb\/laos\.yaml$/);
    const line = readFileSync(new URL(location.uri), 'utf8').split('\n')[location.range.start.line]!;
    assert.match(line, /id: sonexay-siphandone/);
  });

  it('offers the fix and fix-all as code actions', async () => {
    const { diagnostics } = await server.diagnostics(DRAFT_URI, (p) => p.version === 3);
    const notHeld = diagnostics.filter((d) => d.code === 'title/not-held');
    const actions = await server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: DRAFT_URI },
      range: notHeld[0]!.range,
      context: { diagnostics: notHeld },
    });
    const fix = actions.find((a) => a.isPreferred)!;
    assert.equal(fix.edit!.changes![DRAFT_URI]![0]!.newText, 'Li Qiang');
    const fixAll = actions.find((a) => a.title.startsWith('Fix all title/not-held'));
    assert.ok(fixAll, actions.map((a) => a.title).join(' | '));
    assert.equal(fixAll.edit!.changes![DRAFT_URI]!.length, notHeld.length);
  });

  it('colors entities with semantic tokens, marking a title not held', async () => {
    const tokens = await server.connection.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', {
      textDocument: { uri: DRAFT_URI },
    });
    assert.equal(tokens.data.length % 5, 0);
    const decoded: { line: number; character: number; length: number; type: number; modifiers: number }[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [deltaLine, deltaStart, length, type, modifiers] = tokens.data.slice(i, i + 5) as [
        number,
        number,
        number,
        number,
        number,
      ];
      line += deltaLine;
      character = deltaLine === 0 ? character + deltaStart : deltaStart;
      decoded.push({ line, character, length, type, modifiers });
    }
    const lines = draftText.split('\n');
    const textOf = (t: (typeof decoded)[number]) => lines[t.line]!.slice(t.character, t.character + t.length);
    const leader = decoded.find((t) => textOf(t) === 'Sonexay');
    assert.ok(
      decoded.some((t) => textOf(t) === 'Thongloun Sisoulith' && t.type === 0),
      'a leader token',
    );
    assert.ok(
      decoded.some((t) => textOf(t) === 'Premier' && t.type === 6 && (t.modifiers & 1) === 1),
      'a deprecated title token',
    );
    assert.ok(leader === undefined || leader.type === 0);
  });

  it('completes names and the full formal title valid at the document date', async () => {
    const { items } = await server.connection.sendRequest<CompletionList>('textDocument/completion', {
      textDocument: { uri: DRAFT_URI },
      position: { line: 5, character: 0 },
    });
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('Premier Li Qiang'), 'Li Qiang is Premier on 2024-06-12');
    assert.ok(!labels.includes('Premier Li Keqiang'), 'Li Keqiang is not');
    assert.ok(labels.some((l) => l.endsWith('Sonexay Siphandone') && l.includes('Prime Minister')));
  });

  it('tells the date a document is judged at and where it was found', async () => {
    const dateOf = (uri: string) => server.connection.sendRequest('attache/documentDate', { uri });
    assert.deepEqual(await dateOf(DRAFT_URI), { date: '2024-06-12', source: 'front-matter' });
    const opened = [
      {
        name: 'dateline.md',
        text: 'VIENTIANE, May 14, 2025 -- Prime Minister Sonexay Siphandone met the delegation.\n',
        languageId: 'markdown',
      },
      { name: 'undated.txt', text: 'Prime Minister Sonexay Siphandone met the delegation.\n', languageId: 'plaintext' },
      { name: 'settings.json', text: '{}\n', languageId: 'json' },
    ];
    for (const document of opened) {
      await server.connection.sendNotification('textDocument/didOpen', {
        textDocument: {
          uri: `untitled:${document.name}`,
          languageId: document.languageId,
          version: 1,
          text: document.text,
        },
      });
    }
    assert.deepEqual(await dateOf('untitled:dateline.md'), { date: '2025-05-14', source: 'dateline' });
    const undated = (await dateOf('untitled:undated.txt')) as { date: string; source: string };
    assert.equal(undated.source, 'today');
    assert.equal(undated.date, new Date().toISOString().slice(0, 10));
    assert.equal(await dateOf('untitled:settings.json'), null, 'a language not checked has no date');
  });

  it('answers the dossier of the entity at a position, its corpus entries placed in the corpus files, and null elsewhere', async () => {
    await server.corpusReady;
    const dossierAt = (needle: string) =>
      server.connection.sendRequest('attache/entityDossier', {
        uri: DRAFT_URI,
        position: positionOf(draftText, needle),
      });
    const dossier = (await dossierAt('Thongloun Sisoulith')) as EntityDossierMessage;
    assert.equal(dossier.name, 'Thongloun Sisoulith');
    assert.equal(dossier.documentDate, '2024-06-12');
    assert.ok(
      dossier.roles.some((r) => r.heldOnDocumentDate && /General Secretary/.test(r.office)),
      JSON.stringify(dossier.roles),
    );
    assert.ok(dossier.articles.length > 5, `articles: ${dossier.articles.length}`);
    for (const { source } of dossier.articles) {
      assert.match(source.uri, /^file:\/\/.*\/samples\/corpus\//);
      const line = readFileSync(new URL(source.uri), 'utf8').split('\n')[source.range.start.line]!;
      assert.match(
        line.slice(source.range.start.character),
        /^(Thongloun|Sisoulith|通伦|ທອງລຸນ)/,
        `${source.uri}: ${line}`,
      );
    }
    assert.equal(await dossierAt('welcomes more'), null);
  });

  it('logs one line with files, articles, problems and time when indexing finishes', async () => {
    // The first "ready" may be the corpus stored by an earlier run; the line comes when the update ends.
    const status = await server.corpusReady;
    const indexed = () => server.logs.filter((line) => line.startsWith('corpus indexed:'));
    const lines = await until(
      'the indexing log line',
      async () => indexed(),
      (found) => found.length > 0,
      20_000,
    );
    assert.equal(lines.length, 1, server.logs.join('\n'));
    const match =
      /^corpus indexed: (\d+) files? \((?:\d+ read again|none changed)\), (\d+) articles?, (\d+) problems?, in \d+(\.\d)? s$/.exec(
        lines[0]!,
      );
    assert.ok(match, lines[0]);
    assert.ok(Number(match[1]) > 0);
    assert.equal(Number(match[2]), status.articles);
    assert.equal(Number(match[3]), status.skipped);
  });

  it('finds matching passages for a selection, and counts them in code lenses', async () => {
    await server.corpusReady;
    const matches = await server.connection.sendRequest<
      { uri: string; outlet?: string; date?: string; text: string }[]
    >('attache/passages', {
      text: 'Xi Jinping held a virtual meeting with Thongloun Sisoulith on December 3, 2021',
    });
    assert.match(matches[0]!.uri, /001_/);
    assert.match(matches[0]!.text, /virtual meeting/);
    const lenses = await server.connection.sendRequest<{ command?: { title: string; command: string } }[]>(
      'textDocument/codeLens',
      { textDocument: { uri: DRAFT_URI } },
    );
    assert.ok(lenses.length > 0);
    assert.ok(
      lenses.every(
        (lens) =>
          /^\d+ matching passages?$/.test(lens.command!.title) &&
          lens.command!.command === 'attache.findPassagesForSelection',
      ),
    );
  });

  it('lists who is mentioned, and searches the knowledge base', async () => {
    const symbols = await server.connection.sendRequest<{ name: string }[]>('textDocument/documentSymbol', {
      textDocument: { uri: DRAFT_URI },
    });
    assert.ok(symbols.some((s) => s.name === 'Sonexay Siphandone'));
    const found = await server.connection.sendRequest<{ name: string }[]>('workspace/symbol', { query: 'thongloun' });
    assert.deepEqual(
      found.map((s) => s.name),
      ['Thongloun Sisoulith'],
    );
  });
});

describe('language server: settings, bad input, escaping', { timeout: 60_000 }, () => {
  let server: ServerUnderTest;
  let workspace: string;

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'attache-lsp-'));
    mkdirSync(join(workspace, 'corpus'));
    mkdirSync(join(workspace, '.attache', 'kb'), { recursive: true });
    writeFileSync(
      join(workspace, 'corpus', 'hostile.txt'),
      [
        'Xi Jinping meets visitors [click me](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>',
        '',
        'BEIJING, March 3 (Xinhua) -- Xi Jinping met a visiting delegation in Beijing on Sunday, [evil](command:rm) the two sides agreed to deepen cooperation in trade, investment and connectivity.',
        '',
        'Xi said the two countries should strengthen exchanges between their parties and legislatures <script>alert(1)</script> and expand people-to-people ties in the year ahead.',
        '',
        'The visitors thanked China for its support and said they looked forward to closer cooperation under the Belt and Road Initiative.',
        '',
      ].join('\n'),
    );
    writeFileSync(join(workspace, 'corpus', 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255]));
    writeFileSync(join(workspace, '.attache', 'kb', 'broken.yaml'), 'people:\n  - id: Not An Id\n    name: x\n');
    server = await startServer(workspace, { corpus: { folders: ['corpus'] }, houseStyle: { vietNam: 'Viet Nam' } });
  });
  after(() => server.stop());

  it('escapes corpus text in hovers so it cannot inject links, commands or HTML', async () => {
    await server.corpusReady;
    const uri = pathToFileURL(join(workspace, 'note.md')).href;
    const text = '---\ndate: 2024-03-05\n---\nXi Jinping spoke in Vietnam.\n';
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    const hover = await server.connection.sendRequest<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 3, character: 2 },
    });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /In the corpus/);
    assert.ok(!/\]\(command:/.test(value), value);
    assert.ok(!/<img|<script/.test(value), value);
    const { diagnostics } = await server.diagnostics(uri);
    assert.ok(
      diagnostics.some((d) => d.code === 'style/country-name'),
      'house style from settings applies',
    );
  });

  it('serves requests and keeps a broken workspace knowledge-base file from stopping it', async () => {
    const uri = pathToFileURL(join(workspace, 'plain.txt')).href;
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri,
        languageId: 'plaintext',
        version: 1,
        text: 'Premier Li Keqiang met the press on 5 June 2024.',
      },
    });
    const { diagnostics } = await server.diagnostics(uri);
    assert.ok(diagnostics.some((d) => d.code === 'title/not-held'));
  });

  it('ignores languages it is not configured for', async () => {
    const uri = pathToFileURL(join(workspace, 'code.ts')).href;
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'typescript', version: 1, text: '// Premier Li Keqiang' },
    });
    const { diagnostics } = await server.diagnostics(uri);
    assert.deepEqual(diagnostics, []);
  });
});
