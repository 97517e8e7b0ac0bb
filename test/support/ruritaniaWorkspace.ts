/**
 * A workspace snapshot over a knowledge base of one invented country, its president and a
 * wrong form of her name, with no corpus: small enough that a test states every entry it
 * relies on.
 */
import { loadKnowledgeBase } from '../../server/src/kb/loadKnowledgeBase.js';
import { buildMentionIndex } from '../../server/src/core/mentions/mentionIndex.js';
import { FileTexts } from '../../server/src/workspace/fileTexts.js';
import {
  DEFAULT_ANALYSIS_SETTINGS,
  WorkspaceSnapshot,
  type AnalysisSettings,
} from '../../server/src/workspace/snapshot.js';

export const RURITANIA_KB = `
countries:
  - id: ruritania
    name: Ruritania
    adjective: Ruritanian
offices:
  - id: president-ruritania
    name: President of Ruritania
    country: ruritania
    titles: [President, Ruritanian President]
people:
  - id: flavia-strel
    name: Flavia Strel
    country: ruritania
    convention: surname-last
    wrongForms:
      - { form: Flavia Strell, use: Flavia Strel, reason: misspelling }
    roles:
      - { office: president-ruritania, from: 2021-03-22, source: Gazette 2021 }
`;

export const ruritaniaKb = loadKnowledgeBase([{ path: 'ruritania.yaml', text: RURITANIA_KB }]);
const mentionIndex = buildMentionIndex(ruritaniaKb);

/** A snapshot with these settings, today 2024-06-01, reading corpus files through `readText`. */
export function ruritaniaSnapshot(
  settings: AnalysisSettings = DEFAULT_ANALYSIS_SETTINGS,
  readText: (path: string) => string | undefined = () => undefined,
): WorkspaceSnapshot {
  return new WorkspaceSnapshot({
    id: 1,
    kb: ruritaniaKb,
    mentionIndex,
    kbKey: 'ruritania',
    corpus: undefined,
    settings,
    today: '2024-06-01',
    files: new FileTexts(readText),
  });
}
