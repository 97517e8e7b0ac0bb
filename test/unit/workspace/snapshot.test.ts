/**
 * A workspace snapshot over a small knowledge base: analyses computed once per document
 * version, cancellation, the settings it analyses with, the mention at an offset, cached hover
 * cards, and the answers it gives without a corpus.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_ANALYSIS_SETTINGS,
  type AnalysisSettings,
  type DocumentLike,
  type WorkspaceSnapshot,
} from '../../../server/src/workspace/snapshot.js';
import { ruritaniaKb as kb, ruritaniaSnapshot } from '../../support/ruritaniaWorkspace.js';

const CORPUS_FILE = 'corpus/note.txt';

function snapshot(settings: AnalysisSettings = DEFAULT_ANALYSIS_SETTINGS): WorkspaceSnapshot {
  return ruritaniaSnapshot(settings, (path) => (path === CORPUS_FILE ? 'First line.\nSecond line.' : undefined));
}

function document(text: string, version = 1): DocumentLike {
  return { uri: 'file:///draft.txt', version, languageId: 'plaintext', getText: () => text };
}

const WRONG = 'Ruritanian President Flavia Strell arrived on Tuesday.';

describe('WorkspaceSnapshot', () => {
  it('loads the test knowledge base without problems', () => {
    assert.deepEqual(kb.problems, []);
  });

  it('finds the wrong form and offers the right one', () => {
    const { findings } = snapshot().analyze(document(WRONG));
    const finding = findings.find((candidate) => WRONG.slice(candidate.start, candidate.end) === 'Flavia Strell');
    assert.ok(finding, JSON.stringify(findings));
    assert.equal(finding.fixes[0]?.edits[0]?.newText, 'Flavia Strel');
  });

  it('finds nothing wrong in correct text', () => {
    const { findings } = snapshot().analyze(document('Ruritanian President Flavia Strel arrived on Tuesday.'));
    assert.deepEqual(findings, []);
  });

  it('analyses a document version once, again for a new version, and again after forgetting it', () => {
    const shared = snapshot();
    const first = shared.analyze(document(WRONG, 1));
    assert.equal(shared.analyze(document(WRONG, 1)), first);
    const second = shared.analyze(document(WRONG, 2));
    assert.notEqual(second, first);
    shared.forget('file:///draft.txt');
    assert.notEqual(shared.analyze(document(WRONG, 2)), second);
  });

  it('throws an AbortError for a cancelled analysis, but still answers from its cache', () => {
    const shared = snapshot();
    const aborted = AbortSignal.abort();
    assert.throws(
      () => shared.analyze(document(WRONG), aborted),
      (error: Error) => error.name === 'AbortError',
    );
    const analysis = shared.analyze(document(WRONG));
    assert.equal(shared.analyze(document(WRONG), aborted), analysis);
  });

  it('gives the same analysis in steps as at once, for text with CR LF line endings too', async () => {
    for (const text of [WRONG, `${WRONG}\r\n\r\nThe Ruritanian President Flavia Strell spoke.\r\n`]) {
      const whole = snapshot().analyze(document(text));
      assert.ok(whole.findings.length > 0);
      const inSteps = await snapshot().analyzeInSteps(document(text), () => false);
      assert.deepEqual(inSteps, whole);
    }
  });

  it('answers a hover between the steps of an analysis, with the checks still to run', async () => {
    const shared = snapshot();
    const draft = document(WRONG);
    const events: string[] = [];
    // `stale` is asked before each step: a record of the steps as they run.
    const analysed = shared.analyzeInSteps(draft, () => {
      events.push('step');
      return false;
    });
    await new Promise((resolve) => setImmediate(resolve));
    const mention = shared.mentionAt(draft, WRONG.indexOf('Flavia') + 1);
    events.push(`hover ${mention?.text}`);
    events.push(`date ${shared.documentModel(draft).date.source}`);
    const analysis = await analysed;
    assert.ok(analysis);
    const afterHover = events.slice(events.indexOf('hover Flavia Strell'));
    assert.deepEqual(afterHover.slice(0, 2), ['hover Flavia Strell', 'date today']);
    assert.ok(afterHover.filter((event) => event === 'step').length > 2, events.join(', '));
    assert.equal(shared.analyze(draft), analysis);
    assert.deepEqual(analysis.findings, snapshot().analyze(draft).findings);
  });

  it('stops an analysis in steps once stale, and finishes the same analysis when asked again', async () => {
    const shared = snapshot();
    const draft = document(WRONG);
    let asked = 0;
    assert.equal(await shared.analyzeInSteps(draft, () => ++asked > 3), undefined);
    assert.equal(asked, 4);
    assert.deepEqual(shared.analyze(draft), snapshot().analyze(draft));
  });

  it('analyses with its settings: a rule turned off reports nothing', () => {
    const rule = snapshot().analyze(document(WRONG)).findings[0]!.code;
    const quiet = snapshot({ ...DEFAULT_ANALYSIS_SETTINGS, severity: { [rule]: 'off' } }).analyze(document(WRONG));
    assert.ok(!quiet.findings.some((finding) => finding.code === rule));
  });

  it('gives the mention at an offset, inclusive of its end, and nothing between mentions', () => {
    const shared = snapshot();
    const text = 'Flavia Strel arrived.';
    assert.equal(shared.mentionAt(document(text), 0)?.known?.id, 'flavia-strel');
    assert.equal(shared.mentionAt(document(text), 'Flavia Strel'.length)?.known?.id, 'flavia-strel');
    assert.equal(shared.mentionAt(document(text), text.indexOf('arrived') + 2), undefined);
  });

  it('makes an entity’s hover card once per date', () => {
    const shared = snapshot();
    const entity = kb.entities.get('flavia-strel')!;
    let links = 0;
    const linkTo = () => `link${++links}`;
    const card = shared.entityCard(entity, '2024-06-01', linkTo);
    assert.match(card, /Flavia Strel/);
    assert.equal(
      shared.entityCard(entity, '2024-06-01', () => 'other'),
      card,
    );
    assert.match(shared.entityCard(entity, '2020-01-01', linkTo), /Flavia Strel/);
  });

  it('gives the dossier of an entity with its roles', () => {
    const dossier = snapshot().entityDossier(kb.entities.get('flavia-strel')!, '2024-06-01');
    assert.equal(dossier.id, 'flavia-strel');
    assert.equal(dossier.documentDate, '2024-06-01');
    assert.equal(dossier.roles.length, 1);
  });

  it('answers without a corpus: no passages, and file text and locations from the files it reads', () => {
    const shared = snapshot();
    assert.deepEqual(shared.passages('Flavia Strel arrived.'), []);
    assert.equal(shared.corpusText(CORPUS_FILE, 12, 18), 'Second');
    assert.deepEqual(shared.corpusLocation(CORPUS_FILE, 12, 18), {
      start: { line: 1, character: 0 },
      end: { line: 1, character: 6 },
    });
    assert.equal(shared.corpusText('corpus/missing.txt', 0, 4), undefined);
  });
});
