/**
 * The retext plugins as checks: each bundled plugin, turned on, reports with its name as rule
 * id, a house-style message and a fix that gives the right text; off (the default) or on a
 * correct formal text, none reports; severities, house style, Markdown, line endings and a
 * failing or workspace-loaded plugin behave like the rest of the checks.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Root } from 'nlcst';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { analyzeDocument, type AnalysisOptions } from '../../../server/src/core/analyze.js';
import { MESSAGE_LIMIT, type Finding } from '../../../server/src/core/checks/finding.js';
import { applyEdits } from '../../support/edits.js';
import { BUNDLED_RETEXT_PLUGINS } from '../../../server/src/core/retext/bundledPlugins.js';
import { readRetextPluginRequests, retextPluginsToRun } from '../../../server/src/core/retext/retextPlugins.js';
import { proseParagraphs } from '../../../server/src/core/text/prose.js';
import { bundled } from '../../support/bundled.js';
import { RETEXT_CASES as CASES } from '../../support/retextCases.js';

const DATE = '2024-06-12';
const ALL = BUNDLED_RETEXT_PLUGINS.map((plugin) => ({ name: plugin.name }));

function findings(text: string, options: Partial<AnalysisOptions> = {}): Finding[] {
  const { kb, index } = bundled();
  return analyzeDocument(text, kb, index, { today: DATE, configuredDate: DATE, ...options }).findings;
}

const retextOnly = (list: Finding[]) =>
  list.filter((finding) => finding.code.startsWith('retext-') || finding.code === 'internal/check-failed');

describe('bundled retext plugins', () => {
  for (const { plugin, text, flagged, fixed, message } of CASES) {
    it(`${plugin} reports with its name as rule id and a fix that gives the right text`, () => {
      const found = retextOnly(findings(text, { retext: { plugins: [{ name: plugin }] } }));
      assert.equal(found.length, 1, JSON.stringify(found));
      const [finding] = found;
      assert.equal(finding!.code, plugin);
      assert.equal(text.slice(finding!.start, finding!.end), flagged);
      assert.match(finding!.message, message);
      assert.ok(finding!.message.length <= MESSAGE_LIMIT);
      assert.equal(applyEdits(text, finding!.fixes[0]!.edits), fixed);
    });
  }

  it('stay quiet when none is configured, on a draft full of what they flag', () => {
    const text = CASES.map((c) => c.text).join(' ');
    assert.deepEqual(retextOnly(findings(text)), []);
    assert.deepEqual(retextOnly(findings(text, { retext: { plugins: [] } })), []);
  });

  it('stay quiet on a correct formal text with all of them on', () => {
    const text = [
      '---',
      'date: 2024-06-12',
      '---',
      '# Readout of the meeting',
      '',
      'Prime Minister Sonexay Siphandone met Premier Li Qiang in Beijing on 12 June. The two sides',
      'agreed to deepen the comprehensive strategic partnership; it was an honour, the Prime Minister said,',
      'to visit “a friend of many years”. H.E. the Ambassador of the U.S. attended, and the ASEAN',
      'Secretariat sent a letter. The ministers’ statement follows.',
      '',
      '- An hour of talks on trade.',
      '- A European Union observer was present.',
      '',
    ].join('\n');
    assert.deepEqual(retextOnly(findings(text, { kind: 'markdown', retext: { plugins: ALL } })), []);
  });

  it('never look at what a Markdown draft does not say: code, links, front matter', () => {
    const text =
      '---\nnote: the the\n---\nSee `the the` and [the source](https://example.com/the the).\n\n```\nan ATM machine\n```\n';
    assert.deepEqual(retextOnly(findings(text, { kind: 'markdown', retext: { plugins: ALL } })), []);
  });

  it('take severities from attache.severity, and "off" silences one', () => {
    const text = 'The the talks ended.  Both sides agreed.';
    const retext = { plugins: ALL };
    const bySeverity = (severities: AnalysisOptions['severities']) =>
      retextOnly(findings(text, { retext, severities })).map((f) => `${f.code}:${f.severity}`);
    assert.deepEqual(bySeverity({}), ['retext-repeated-words:warning', 'retext-sentence-spacing:information']);
    assert.deepEqual(bySeverity({ 'retext-repeated-words': 'error', 'retext-sentence-spacing': 'off' }), [
      'retext-repeated-words:error',
    ]);
  });

  it('turn retext-quotes on with the house quotation marks, and keep to them in contractions', () => {
    const text = 'The minister said “yes” and they don’t object.';
    assert.deepEqual(retextOnly(findings(text)), []);
    const straight = retextOnly(
      findings(text, { houseStyle: { quotes: 'straight' }, retext: { plugins: [{ name: 'retext-contractions' }] } }),
    );
    assert.deepEqual(
      straight.map((f) => `${f.code} ${text.slice(f.start, f.end)} → ${f.fixes[0]?.edits[0]?.newText}`),
      ['retext-quotes “ → "', 'retext-quotes ” → "', "retext-contractions don’t → don't", "retext-quotes ’ → '"],
    );
    assert.deepEqual(retextOnly(findings(text, { houseStyle: { quotes: 'smart' } })), []);
  });

  it('report at the document’s offsets whatever its line endings', () => {
    const lf = 'Premier Li Qiang arrived.\nThe the talks\nbegan.  It rained.';
    const crlf = lf.replace(/\n/g, '\r\n');
    const retext = { plugins: ALL };
    for (const text of [lf, crlf]) {
      const found = retextOnly(findings(text, { retext }));
      assert.deepEqual(
        found.map((f) => text.slice(f.start, f.end)),
        ['The the', '  '],
      );
      assert.equal(
        applyEdits(
          text,
          found.flatMap((f) => f.fixes[0]!.edits),
        ),
        text.replace('The the', 'The').replace('.  It', '. It'),
      );
    }
  });

  it('run a plugin loaded from a workspace, with its options, and report its own message', () => {
    const calls: unknown[] = [];
    const shouting: Plugin<[{ word: string }?], Root> = (options) => {
      calls.push(options);
      return (tree: Root, file: VFile) => {
        const paragraph = tree.children[0];
        if (paragraph?.type !== 'ParagraphNode') return;
        for (const sentence of paragraph.children) {
          if (sentence.type !== 'SentenceNode') continue;
          for (const word of sentence.children) {
            if (
              word.type === 'WordNode' &&
              word.children.map((c) => ('value' in c ? c.value : '')).join('') === options?.word
            ) {
              const message = file.message(`Do not shout ${options.word}`, {
                place: word.position,
                source: 'retext-shouting',
                ruleId: 'shout',
              });
              message.expected = [options.word.toLowerCase()];
              message.url = 'https://example.com/retext-shouting';
            }
          }
        }
      };
    };
    const text = 'The delegation said NO to the plan.';
    const found = retextOnly(
      findings(text, {
        retext: {
          plugins: [{ name: 'retext-shouting', options: { word: 'NO' } }],
          loaded: new Map([['retext-shouting', shouting]]),
        },
      }),
    );
    assert.equal(found.length, 1);
    assert.equal(found[0]!.code, 'retext-shouting');
    assert.equal(found[0]!.severity, 'warning');
    assert.equal(found[0]!.message, 'Do not shout NO.');
    assert.equal(found[0]!.documentation, 'https://example.com/retext-shouting');
    assert.equal(applyEdits(text, found[0]!.fixes[0]!.edits), 'The delegation said no to the plan.');
    assert.deepEqual(calls.at(-1), { word: 'NO' });
  });

  it('report a plugin that fails, and still report the others', () => {
    const failing: Plugin<[], Root> = () => () => {
      throw new Error('boom');
    };
    const text = 'The the talks ended.';
    const found = retextOnly(
      findings(text, {
        retext: {
          plugins: [{ name: 'retext-failing' }, { name: 'retext-repeated-words' }],
          loaded: new Map([['retext-failing', failing]]),
        },
      }),
    );
    assert.deepEqual(
      found.map((f) => f.code),
      ['internal/check-failed', 'retext-repeated-words'],
    );
    assert.match(found[0]!.message, /retext-failing failed on this document and was skipped: boom/);
  });

  it('leave the cached nlcst as they found it (bundled plugins read the shared tree)', () => {
    const text = CASES.map((c) => c.text).join('\n\n');
    const before = JSON.stringify(proseParagraphs(text, 'plain').map((p) => p.tree));
    assert.ok(retextOnly(findings(text, { retext: { plugins: ALL } })).length >= CASES.length);
    assert.equal(JSON.stringify(proseParagraphs(text, 'plain').map((p) => p.tree)), before);
  });

  it('run a plugin from the workspace on a copy of the tree, which it may change', () => {
    const text = 'Both sides agreed to deepen cooperation.';
    const before = JSON.stringify(proseParagraphs(text, 'plain')[0]!.tree);
    const vandal: Plugin<[], Root> = () => (tree: Root) => {
      tree.children = [];
    };
    findings(text, { retext: { plugins: [{ name: 'retext-vandal' }], loaded: new Map([['retext-vandal', vandal]]) } });
    assert.equal(JSON.stringify(proseParagraphs(text, 'plain')[0]!.tree), before);
  });

  it('leave out a name that is neither bundled nor loaded', () => {
    assert.deepEqual(
      retextPluginsToRun(
        { plugins: [{ name: 'retext-unknown' }, { name: 'retext-repeated-words' }] },
        { quotes: 'any' },
      ).map((p) => p.name),
      ['retext-repeated-words'],
    );
  });
});

describe('the retext plugins setting', () => {
  it('takes names and { name, options } objects, once each', () => {
    assert.deepEqual(
      readRetextPluginRequests([
        'retext-repeated-words',
        { name: 'retext-quotes', options: { preferred: 'straight' } },
        'retext-repeated-words',
      ]),
      {
        requests: [{ name: 'retext-repeated-words' }, { name: 'retext-quotes', options: { preferred: 'straight' } }],
        problems: [],
      },
    );
  });

  it('leaves out what is not a plugin name, saying so', () => {
    const { requests, problems } = readRetextPluginRequests(['retext-quotes', 42, { options: {} }, '../../etc/passwd']);
    assert.deepEqual(requests, [{ name: 'retext-quotes' }]);
    assert.equal(problems.length, 3);
    assert.match(problems[0]!, /^attache\.retext\.plugins: 42 is not a plugin name/);
    assert.deepEqual(readRetextPluginRequests('retext-quotes').problems, [
      'attache.retext.plugins must be a list of plugin names or { "name", "options" } objects',
    ]);
    assert.deepEqual(readRetextPluginRequests(undefined), { requests: [], problems: [] });
  });
});
