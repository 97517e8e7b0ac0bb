/**
 * A retext plugin reads what Attaché knows about its paragraph (`file.data.attache`: the
 * mentions and the document's date) and reports as an Attaché rule: a plugin written here,
 * run through the real analysis as a workspace's plugin, flags an organization written in
 * lower case, with the rule's code, the range, the name as the fix and the rule's page.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Root } from 'nlcst';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { VFile } from 'vfile';
import { analyzeDocument, type AnalysisOptions } from '../../../../server/src/core/analyze.js';
import type { Finding } from '../../../../server/src/core/checks/finding.js';
import { findMentions } from '../../../../server/src/core/mentions/findMentions.js';
import type { RetextAttacher } from '../../../../server/src/core/retext/bundledPlugins.js';
import { paragraphKnowledgeReader, type AttachePluginData } from '../../../../server/src/core/retext/pluginData.js';
import { paragraphSpans, type ParagraphSpan } from '../../../../server/src/core/text/prose.js';
import type { Mention } from '../../../../server/src/core/mentions/mentionIndex.js';
import { toDiagnostic } from '../../../../server/src/lsp/convert.js';
import { packageRoot } from '../../../../server/src/paths.js';
import { memoryKnowledgeBase } from '../../../support/memoryKnowledgeBase.js';

const KB = memoryKnowledgeBase(`
countries:
  - { id: vietnam, name: Viet Nam, adjective: Vietnamese }
organizations:
  - { id: asean, name: Association of Southeast Asian Nations, kind: organization, acronym: ASEAN, caseSensitive: [ASEAN] }
  - { id: cpv, name: Communist Party of Vietnam, kind: party, country: vietnam }
`);

const RULE_PAGE = 'https://example.org/house/organizations';

/** The plugin a house might write: an organization or party written all in lower case, with its name as the fix. */
const retextOrganizationCase: RetextAttacher = () => (_tree: Root, file: VFile) => {
  for (const mention of file.data.attache?.mentions ?? []) {
    if (mention.entity.kind !== 'organization' && mention.entity.kind !== 'party') continue;
    if (mention.text !== mention.text.toLowerCase()) continue;
    const message = file.message(`${mention.entity.name} is written with its capitals`, {
      place: mention.position,
      source: 'attache',
      ruleId: 'organization/lower-case',
    });
    message.expected = [mention.entity.name];
    message.url = RULE_PAGE;
  }
};

function findings(text: string, options: Partial<AnalysisOptions> = {}): Finding[] {
  return analyzeDocument(text, KB.kb, KB.index, {
    today: '2025-06-01',
    checks: [],
    retext: {
      plugins: [{ name: 'retext-organization-case' }],
      loaded: new Map([['retext-organization-case', retextOrganizationCase]]),
    },
    ...options,
  }).findings;
}

describe('a retext plugin that reads the mentions', () => {
  it('flags what only the mentions tell, with the rule’s code, the range, the name as the fix and the rule’s page', () => {
    const text =
      'The summit opened.\n\nDelegates of the association of southeast asian nations and\nthe communist party of vietnam met.';
    const found = findings(text);
    assert.deepEqual(
      found.map((f) => [
        f.code,
        f.severity,
        text.slice(f.start, f.end),
        f.fixes[0]?.edits[0]?.newText,
        f.documentation,
      ]),
      [
        [
          'organization/lower-case',
          'warning',
          'association of southeast asian nations',
          'Association of Southeast Asian Nations',
          RULE_PAGE,
        ],
        ['organization/lower-case', 'warning', 'communist party of vietnam', 'Communist Party of Vietnam', RULE_PAGE],
      ],
    );
    assert.equal(found[0]!.message, 'Association of Southeast Asian Nations is written with its capitals.');
    const diagnostic = toDiagnostic(
      TextDocument.create('file:///draft.txt', 'plaintext', 1, text),
      found[1]!,
      () => undefined,
    );
    assert.equal(diagnostic.code, 'organization/lower-case');
    assert.deepEqual(diagnostic.codeDescription, { href: RULE_PAGE });
    assert.deepEqual(diagnostic.range, { start: { line: 3, character: 4 }, end: { line: 3, character: 30 } });
  });

  it('is quiet on names written as the knowledge base writes them, and on lower-case words that name nothing', () => {
    assert.deepEqual(
      findings('The Association of Southeast Asian Nations and the Communist Party of Vietnam met.\n\nThe party met.'),
      [],
    );
  });

  it('takes the severity set for its rule, else the plugin’s, and "off" for the rule silences it', () => {
    const text = 'The communist party of vietnam met.';
    const severities = (set: AnalysisOptions['severities']) =>
      findings(text, { severities: set }).map((f) => f.severity);
    assert.deepEqual(severities({ 'organization/lower-case': 'error' }), ['error']);
    assert.deepEqual(severities({ 'retext-organization-case': 'hint' }), ['hint']);
    assert.deepEqual(severities({ 'organization/lower-case': 'off' }), []);
  });

  it('is given the document’s date with the paragraph’s mentions', () => {
    const seen: AttachePluginData[] = [];
    const spy: RetextAttacher = () => (_tree: Root, file: VFile) => {
      if (file.data.attache) seen.push(file.data.attache);
    };
    const text = '---\ndate: 2024-03-05\n---\nThe Communist Party of Vietnam met.\n';
    findings(text, {
      kind: 'markdown',
      retext: { plugins: [{ name: 'retext-spy' }], loaded: new Map([['retext-spy', spy]]) },
    });
    assert.deepEqual(seen, [
      {
        mentions: [
          {
            start: 4,
            end: 30,
            text: 'Communist Party of Vietnam',
            position: { start: { line: 1, column: 5, offset: 4 }, end: { line: 1, column: 31, offset: 30 } },
            entity: { id: 'cpv', name: 'Communist Party of Vietnam', kind: 'party' },
            form: 'name',
            known: true,
            nested: false,
          },
        ],
        documentDate: '2024-03-05',
      },
    ]);
  });
});

describe('the README’s example plugin', () => {
  it('runs as written and flags what the README says it flags', async () => {
    const readme = readFileSync(join(packageRoot(), 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('#### Writing your own'));
    const code = /```js\n([\s\S]*?)```/.exec(section)?.[1];
    assert.ok(code, 'the section shows the plugin in a js block');
    const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: RetextAttacher };
    const text = 'Delegates of the communist party of vietnam met the Communist Party of Vietnam.';
    const found = findings(text, {
      retext: {
        plugins: [{ name: 'retext-organization-case' }],
        loaded: new Map([['retext-organization-case', module.default]]),
      },
    });
    assert.deepEqual(
      found.map((f) => [f.code, f.severity, text.slice(f.start, f.end), f.fixes[0]?.edits[0]?.newText]),
      [['organization/lower-case', 'warning', 'communist party of vietnam', 'Communist Party of Vietnam']],
    );
  });
});

describe('a paragraph’s data', () => {
  it('holds the mentions inside the paragraph, with offsets from its start, whatever order paragraphs are asked in', () => {
    const text = 'ASEAN met.\n\nThe Communist Party of Vietnam and ASEAN spoke.\n\nNothing here.';
    const [first, second, third] = paragraphSpans(text, 'plain');
    const knowledgeOf = paragraphKnowledgeReader({
      mentions: findMentions(text, KB.index),
      documentDate: '2025-01-02',
    });
    const dataOf = (paragraph: ParagraphSpan) => knowledgeOf(paragraph).data();
    const brief = (data: AttachePluginData) => data.mentions.map((m) => `${m.start}-${m.end} ${m.text} ${m.entity.id}`);
    assert.deepEqual(brief(dataOf(second!)), ['4-30 Communist Party of Vietnam cpv', '35-40 ASEAN asean']);
    assert.deepEqual(brief(dataOf(first!)), ['0-5 ASEAN asean']);
    assert.deepEqual(dataOf(third!), { mentions: [], documentDate: '2025-01-02' });
    assert.deepEqual(paragraphKnowledgeReader({ mentions: [] })(first!).data(), { mentions: [] });
  });

  it('gives each mention its lines and columns in the paragraph, for a hard-wrapped one too', () => {
    const text = 'Delegates of\nthe Communist Party of Vietnam met.';
    const [paragraph] = paragraphSpans(text, 'plain');
    const [mention] = paragraphKnowledgeReader({ mentions: findMentions(text, KB.index) })(paragraph!).data().mentions;
    assert.deepEqual(mention?.position, {
      start: { line: 2, column: 5, offset: 17 },
      end: { line: 2, column: 31, offset: 43 },
    });
  });

  it('has a fingerprint that changes with everything the data holds, and only with that', () => {
    const paragraph: ParagraphSpan = { start: 10, end: 30, text: 'Mr Li met Mr Wang.  ' };
    const li: Mention = {
      start: 10,
      end: 15,
      text: 'Mr Li',
      entity: { id: 'li-qiang', name: 'Li Qiang', type: 'person' },
    };
    const fingerprint = (mentions: Mention[], documentDate?: string) =>
      paragraphKnowledgeReader({ mentions, ...(documentDate ? { documentDate } : {}) })(paragraph).fingerprint;
    const base = fingerprint([li], '2024-06-12');
    assert.equal(fingerprint([{ ...li, text: 'ignored: the text is the paragraph’s' }], '2024-06-12'), base);
    assert.equal(
      fingerprint([li, { ...li, start: 40, end: 45 }], '2024-06-12'),
      base,
      'a mention of another paragraph',
    );
    const others = [
      fingerprint([li]),
      fingerprint([li], '2024-06-13'),
      fingerprint([], '2024-06-12'),
      fingerprint([{ ...li, start: 11 }], '2024-06-12'),
      fingerprint([{ ...li, end: 14 }], '2024-06-12'),
      fingerprint([{ ...li, entity: { ...li.entity, id: 'li-keqiang' } }], '2024-06-12'),
      fingerprint([{ ...li, entity: { ...li.entity, name: 'Li Keqiang' } }], '2024-06-12'),
      fingerprint([{ ...li, entity: { ...li.entity, type: 'title' } }], '2024-06-12'),
      fingerprint([{ ...li, nested: true }], '2024-06-12'),
      fingerprint(
        [{ ...li, alias: { text: 'Mr Li', entityId: 'li-qiang', form: 'short', caseSensitive: true } }],
        '2024-06-12',
      ),
      fingerprint([{ ...li, known: KB.kb.entities.values().next().value! }], '2024-06-12'),
    ];
    assert.equal(new Set([base, ...others]).size, others.length + 1);
  });
});
