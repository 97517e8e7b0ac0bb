/**
 * The passages code lens: dated as the document's analysis dates it (roles in a paragraph
 * resolve at that date), without analysing the document when the date needs no analysis, and
 * counted again when the date changes.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeLenses, lensDate } from '../../../server/src/lsp/codeLens.js';
import { passages } from '../../../server/src/lsp/navigation.js';
import { openWorkspace, type WorkspaceSnapshot } from '../../../server/src/workspace/host.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';

/** A role on each side: who holds them, and so what the sample corpus reports of them, depends on the date. */
const ROLE_PARAGRAPH = 'The Vietnamese head of state met the Lao head of state in Vientiane.';

let documents = 0;
function draft(text: string, languageId = 'markdown'): TextDocument {
  return TextDocument.create(
    `file:///drafts/draft-${++documents}.${languageId === 'markdown' ? 'md' : 'txt'}`,
    languageId,
    1,
    text,
  );
}

describe('the passages code lens', () => {
  let snapshot: WorkspaceSnapshot;
  let configured: WorkspaceSnapshot;
  before(async () => {
    const host = openWorkspace({
      workers: 0,
      today: () => '2025-06-01',
      store: { folder: temporaryFolder('attache-lens-store-') },
    });
    await host.updateCorpus();
    snapshot = host.snapshot();
    configured = openWorkspace({
      workers: 0,
      today: () => '2025-06-01',
      settings: { documentDate: '2019-03-01' },
      store: { folder: temporaryFolder('attache-lens-store-') },
    }).snapshot();
  });

  it('dates a document as its analysis does', () => {
    const documents = [
      draft('---\ndate: 2017-06-01\n---\n\nThe talks were held in Hanoi.\n'),
      draft('---\r\ntitle: Talks\r\ndate: 2021-02-03\r\n---\r\n\r\nThe talks were held in Hanoi.\r\n'),
      draft('HANOI, March 3, 2023 (VNA) – The talks were held in Hanoi.\n'),
      draft('```\nVIENTIANE, May 5, 2016\n```\n\nHANOI, March 3, 2023 (VNA) – The talks were held in Hanoi.\n'),
      draft('<!-- BEIJING, May 5, 2016 -->\nThe talks were held in Hanoi.\n'),
      draft('HANOI, March 3, 2023 (VNA) – The talks were held in Hanoi.\n', 'plaintext'),
      draft('VIENTIANE, May 5 -- The talks were held in Vientiane.\n', 'plaintext'),
      draft('The talks were held in Hanoi.\n'),
      draft('---\ntitle: Talks\n---\n\nThe talks were held in Hanoi on 4 July 2018.\n'),
    ];
    for (const document of documents) {
      for (const workspace of [snapshot, configured]) {
        assert.equal(lensDate(workspace, document), workspace.analyze(document).document.date.date, document.getText());
      }
    }
  });

  it('counts a paragraph again when the date its roles resolve at changes', () => {
    const counts = ['2017-06-01', '2024-06-01'].map((date) => {
      const lens = codeLenses(snapshot, draft(`---\ndate: ${date}\n---\n\n${ROLE_PARAGRAPH}\n`))[0];
      return { shown: lens?.command?.title ?? '', expected: passages(snapshot, ROLE_PARAGRAPH, date).length };
    });
    assert.notEqual(
      counts[0]!.expected,
      counts[1]!.expected,
      'the sample corpus reports the holders of the two dates differently',
    );
    for (const { shown, expected } of counts)
      assert.equal(shown, `${expected} matching passage${expected === 1 ? '' : 's'}`);
  });
});
