/**
 * A check written as a unified plugin: its VFileMessages (`reportRule`) name the rule, say where
 * and what to write instead, link the rule's documentation and carry the evidence, and the
 * analyzer runs it in the retext pass, paragraph by paragraph, as one of its checks.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Root } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ruleDocumentationUrl,
  type DocumentCheck,
  type PluginCheck,
} from '../../../../server/src/core/checks/check.js';
import { ATTACHE_SOURCE, evidenceOf, reportRule } from '../../../../server/src/core/checks/pluginCheck.js';
import { ruleDocumentationUri, toDiagnostic } from '../../../../server/src/lsp/convert.js';
import { memoryKnowledgeBase } from '../../../support/memoryKnowledgeBase.js';

const KB = memoryKnowledgeBase(`
countries:
  - { id: china, name: China, adjective: Chinese }
places:
  - { id: beijing, name: Beijing, country: china, wrongForms: [{ form: Peking, use: Beijing }] }
`);

const DECLARATION = {
  defaultSeverity: 'warning',
  description: 'The old romanization of the capital.',
  documentation: 'Peking for Beijing.',
  examples: { flags: [{ text: 'In Peking.', flagged: 'Peking', fix: 'Beijing' }], passes: [{ text: 'In Beijing.' }] },
} as const;

let treesSeen: number[] = [];

/** A rule that reads the words: "Peking" flagged wherever it stands, the words it saw counted. */
const placeOldNameByWords: PluginCheck = {
  ...DECLARATION,
  id: 'place/old-name',
  plugin() {
    return (tree: Root, file: VFile) => {
      let words = 0;
      visit(tree, 'WordNode', (word) => {
        words++;
        if (toString(word) !== 'Peking' || !word.position) return;
        reportRule(file, placeOldNameByWords, {
          start: word.position.start.offset!,
          end: word.position.end.offset!,
          message: 'Peking is now written Beijing.',
          expected: ['Beijing'],
        });
      });
      treesSeen.push(words);
    };
  },
};

/** The same rule reading the mentions alone: it is given no tree. */
const placeOldNameByMentions: PluginCheck = {
  ...DECLARATION,
  id: 'place/old-name',
  readsTree: false,
  plugin({ kb }) {
    return (tree: Root, file: VFile) => {
      treesSeen.push(tree.children.length);
      for (const mention of file.data.attache?.mentions ?? []) {
        if (mention.form !== 'wrong') continue;
        const place = kb.entities.get(mention.entity.id)!;
        reportRule(file, placeOldNameByMentions, {
          start: mention.start,
          end: mention.end,
          message: `${mention.text} is now written ${place.name}.`,
          expected: [place.name],
          evidence: [
            { message: `${place.name}: the capital of China`, path: place.source.path, line: place.source.line },
          ],
        });
      }
    };
  },
};

describe('reportRule', () => {
  it('makes a VFileMessage with the rule id, source, place, expected, url and evidence', () => {
    const file = new VFile({ value: 'They met.\nIn Peking.' });
    const evidence = [{ message: 'Beijing: the capital', path: 'kb.yaml', line: 3 }];
    const message = reportRule(
      file,
      { id: 'place/old-name' },
      { start: 13, end: 19, message: 'Peking is now written Beijing.', expected: ['Beijing'], evidence },
    );
    assert.deepEqual(file.messages, [message]);
    assert.equal(message.reason, 'Peking is now written Beijing.');
    assert.equal(message.ruleId, 'place/old-name');
    assert.equal(message.source, ATTACHE_SOURCE);
    assert.deepEqual(message.place, {
      start: { line: 2, column: 4, offset: 13 },
      end: { line: 2, column: 10, offset: 19 },
    });
    assert.deepEqual(message.expected, ['Beijing']);
    assert.equal(message.url, 'https://github.com/attache-dev/attache/blob/main/docs/rules.md#place-old-name');
    assert.equal(message.url, ruleDocumentationUrl('place/old-name'));
    assert.deepEqual(evidenceOf(message), evidence);
  });

  it('gives no evidence for a message it did not make', () => {
    const file = new VFile({ value: 'In Peking.' });
    assert.deepEqual(evidenceOf(file.message('Old name')), []);
  });
});

describe('a check written as a plugin', () => {
  it('runs in the analysis as a check: its findings with code, severity, fix, evidence and no link of its own', () => {
    for (const check of [placeOldNameByWords, placeOldNameByMentions]) {
      const text = 'The talks opened.\n\nNixon flew to Peking in 1972.';
      const [finding, ...rest] = KB.findings([check], text);
      assert.deepEqual(rest, []);
      assert.equal(text.slice(finding!.start, finding!.end), 'Peking');
      assert.equal(finding!.code, 'place/old-name');
      assert.equal(finding!.severity, 'warning');
      assert.equal(finding!.message, 'Peking is now written Beijing.');
      assert.deepEqual(finding!.fixes, [
        { title: 'Replace with "Beijing"', edits: [{ start: finding!.start, end: finding!.end, newText: 'Beijing' }] },
      ]);
      // The rule's page is the one every output links for its id.
      assert.equal(finding!.documentation, undefined);
    }
    assert.deepEqual(
      KB.findings([placeOldNameByMentions], 'In Peking.')[0]!.evidence.map((e) => e.message),
      ['Beijing: the capital of China'],
    );
  });

  it('links its diagnostic in the editor to the rule’s section of the rules page the extension ships', () => {
    const text = 'Nixon flew to Peking in 1972, at last.';
    const [finding] = KB.findings([placeOldNameByWords], text);
    const diagnostic = toDiagnostic(
      TextDocument.create('file:///d.txt', 'plaintext', 1, text),
      finding!,
      () => undefined,
    );
    assert.equal(diagnostic.codeDescription?.href, ruleDocumentationUri('place/old-name'));
    assert.match(diagnostic.codeDescription.href, /^file:.*\/docs\/rules\.md#place-old-name$/);
  });

  it('is quiet on correct text', () => {
    assert.deepEqual(KB.flagged([placeOldNameByWords, placeOldNameByMentions], 'Nixon flew to Beijing in 1972.'), []);
  });

  it('takes its severity from the settings, and "off" does not run it', () => {
    treesSeen = [];
    assert.deepEqual(
      KB.findings([placeOldNameByWords], 'In Peking.', { severities: { 'place/old-name': 'error' } }).map(
        (f) => f.severity,
      ),
      ['error'],
    );
    treesSeen = [];
    assert.deepEqual(
      KB.findings([placeOldNameByWords], 'In Peking, again.', { severities: { 'place/old-name': 'off' } }),
      [],
    );
    assert.deepEqual(treesSeen, []);
  });

  it('is given the paragraph’s words, or an empty tree when it reads no words', () => {
    treesSeen = [];
    KB.findings([placeOldNameByWords], 'They met in Peking at last.');
    assert.deepEqual(treesSeen, [6]);
    treesSeen = [];
    KB.findings([placeOldNameByMentions], 'They met in Peking at last, again.');
    assert.deepEqual(treesSeen, [0]);
  });

  it('keeps the order of the list of checks for findings on the same range, wherever each runs', () => {
    const documentRule: DocumentCheck = {
      ...DECLARATION,
      id: 'place/whole-document',
      run: (document) => {
        const at = document.text.indexOf('Peking');
        return at < 0 ? [] : [{ start: at, end: at + 6, message: 'Seen.', fixes: [], evidence: [] }];
      },
    };
    const codes = (checks: (PluginCheck | DocumentCheck)[]) =>
      KB.findings(checks, 'In Peking.').map((finding) => finding.code);
    assert.deepEqual(codes([placeOldNameByWords, documentRule]), ['place/old-name', 'place/whole-document']);
    assert.deepEqual(codes([documentRule, placeOldNameByWords]), ['place/whole-document', 'place/old-name']);
  });

  it('reports a rule that throws as a failed check, and the others still report', () => {
    const failing: PluginCheck = {
      ...DECLARATION,
      id: 'place/failing',
      plugin: () => () => {
        throw new Error('odd text');
      },
    };
    assert.deepEqual(
      KB.findings([failing, placeOldNameByWords], 'In Peking.').map((finding) => [finding.code, finding.message]),
      [
        ['internal/check-failed', 'The check place/failing failed on this document and was skipped: odd text'],
        ['place/old-name', 'Peking is now written Beijing.'],
      ],
    );
  });
});
