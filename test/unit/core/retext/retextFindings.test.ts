/** A retext plugin run over a document's paragraphs: its messages as findings at document offsets, cached per paragraph. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Root } from 'nlcst';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { toString } from 'nlcst-to-string';
import { runRetextPlugins } from '../../../../server/src/core/retext/retextFindings.js';
import type { RetextAttacher } from '../../../../server/src/core/retext/bundledPlugins.js';
import type { Mention } from '../../../../server/src/core/mentions/mentionIndex.js';
import type { ParagraphSpan } from '../../../../server/src/core/text/prose.js';

/** The paragraphs of a text split at blank lines, with their offsets. */
function paragraphsOf(text: string): ParagraphSpan[] {
  const out: ParagraphSpan[] = [];
  let at = 0;
  for (const part of text.split('\n\n')) {
    out.push({ start: at, end: at + part.length, text: part });
    at += part.length + 2;
  }
  return out;
}

/** A plugin written for the test: "Peking" is to be written "Beijing"; counts the paragraphs it reads. */
function pekingPlugin(): { attacher: RetextAttacher; runs: () => number } {
  let runs = 0;
  const attacher: RetextAttacher = function () {
    return (tree: Root, file: VFile) => {
      runs++;
      visit(tree, 'WordNode', (word) => {
        if (toString(word) !== 'Peking') return;
        const message = file.message('Peking is the old romanization', word);
        message.expected = ['Beijing'];
        message.url = 'https://example.org/romanization';
      });
    };
  };
  return { attacher, runs: () => runs };
}

describe('a plugin’s findings', () => {
  it('moves each message to document offsets, with its suggestion as a fix and its message as a sentence', () => {
    const text = 'Nixon flew to Peking in 1972.\n\nHe met Zhou Enlai in Peking.';
    const { attacher } = pekingPlugin();
    const [outcome] = runRetextPlugins(paragraphsOf(text), [{ name: 'retext-peking', attacher }]);
    assert.equal(outcome?.error, undefined);
    assert.deepEqual(
      outcome?.findings.map((f) => [
        text.slice(f.start, f.end),
        f.message,
        f.fixes.map((x) => x.title),
        f.documentation,
      ]),
      [
        ['Peking', 'Peking is the old romanization.', ['Replace with "Beijing"'], 'https://example.org/romanization'],
        ['Peking', 'Peking is the old romanization.', ['Replace with "Beijing"'], 'https://example.org/romanization'],
      ],
    );
  });

  it('is quiet on correct text', () => {
    const { attacher } = pekingPlugin();
    assert.deepEqual(
      runRetextPlugins(paragraphsOf('Nixon flew to Beijing in 1972.'), [{ name: 'retext-peking', attacher }])[0]
        ?.findings,
      [],
    );
  });

  it('runs a plugin once per paragraph text and options, and again for other options', () => {
    const { attacher, runs } = pekingPlugin();
    const paragraphs = paragraphsOf('They met in Peking.\n\nThey met in Peking.\n\nA new paragraph.');
    runRetextPlugins(paragraphs, [{ name: 'retext-peking', attacher }]);
    assert.equal(runs(), 2);
    const again = runRetextPlugins(paragraphs, [{ name: 'retext-peking', attacher }]);
    assert.equal(runs(), 2, 'the messages were kept');
    assert.equal(again[0]?.findings.length, 2);
    runRetextPlugins(paragraphs, [{ name: 'retext-peking', attacher, options: { strict: true } }]);
    assert.equal(runs(), 4);
  });

  it('runs again on the same text when what the plugin reads of the mentions or the date differs', () => {
    let runs = 0;
    // Flags each mention of a person with the entity the analysis says it is.
    const attacher: RetextAttacher = function () {
      return (_tree: Root, file: VFile) => {
        runs++;
        for (const mention of file.data.attache?.mentions ?? [])
          file.message(`${mention.entity.name} on ${file.data.attache?.documentDate}`, { place: mention.position });
      };
    };
    const text = 'Mr Li spoke.';
    const paragraphs = paragraphsOf(text);
    const mentionOf = (id: string, name: string): Mention => ({
      start: 0,
      end: 5,
      text: 'Mr Li',
      entity: { id, name, type: 'person' },
    });
    const said = (mentions: Mention[], documentDate: string) =>
      runRetextPlugins(paragraphs, [{ name: 'retext-who', attacher }], {
        document: { mentions, documentDate },
      })[0]?.findings.map((f) => `${text.slice(f.start, f.end)}: ${f.message}`);
    assert.deepEqual(said([mentionOf('li-qiang', 'Li Qiang')], '2024-06-12'), ['Mr Li: Li Qiang on 2024-06-12.']);
    assert.deepEqual(said([mentionOf('li-keqiang', 'Li Keqiang')], '2024-06-12'), ['Mr Li: Li Keqiang on 2024-06-12.']);
    assert.deepEqual(said([mentionOf('li-keqiang', 'Li Keqiang')], '2016-01-01'), ['Mr Li: Li Keqiang on 2016-01-01.']);
    assert.deepEqual(said([], '2016-01-01'), []);
    assert.equal(runs, 4);
    assert.deepEqual(said([mentionOf('li-qiang', 'Li Qiang')], '2024-06-12'), ['Mr Li: Li Qiang on 2024-06-12.']);
    assert.equal(runs, 4, 'the same text with the same mentions and date was kept');
  });

  it('gives a message from source attache its rule id as code, and leaves the plugin’s name for any other', () => {
    const attacher: RetextAttacher = function () {
      return (tree: Root, file: VFile) => {
        visit(tree, 'WordNode', (word) => {
          if (toString(word) === 'Peking')
            file.message('Old name', { place: word.position, source: 'attache', ruleId: 'place/old-name' });
          if (toString(word) === 'Canton')
            file.message('Old name', { place: word.position, source: 'retext-old', ruleId: 'old' });
        });
      };
    };
    const [outcome] = runRetextPlugins(paragraphsOf('Peking and Canton.'), [{ name: 'retext-old', attacher }]);
    assert.deepEqual(
      outcome?.findings.map((f) => f.ruleCode),
      ['place/old-name', undefined],
    );
  });

  it('leaves out a plugin that throws, with its error, and still runs the others', () => {
    const throwing: RetextAttacher = function () {
      return () => {
        throw new Error('broken plugin');
      };
    };
    const refusing: RetextAttacher = function (options: unknown) {
      if (options !== undefined) throw new Error('no options accepted');
    };
    const { attacher } = pekingPlugin();
    const outcomes = runRetextPlugins(paragraphsOf('They met in Peking.'), [
      { name: 'retext-throwing', attacher: throwing },
      { name: 'retext-refusing', attacher: refusing, options: { any: 1 } },
      { name: 'retext-peking', attacher },
    ]);
    assert.deepEqual(
      outcomes.map((o) => [o.plugin.name, (o.error as Error | undefined)?.message, o.findings.length]),
      [
        ['retext-throwing', 'broken plugin', 0],
        ['retext-refusing', 'no options accepted', 0],
        ['retext-peking', undefined, 1],
      ],
    );
  });

  it('stops between paragraphs when the result is no longer wanted', () => {
    const { attacher } = pekingPlugin();
    const controller = new AbortController();
    controller.abort();
    assert.throws(
      () =>
        runRetextPlugins(paragraphsOf('In Peking.'), [{ name: 'retext-peking', attacher }], {
          signal: controller.signal,
        }),
      { name: 'AbortError' },
    );
  });
});
