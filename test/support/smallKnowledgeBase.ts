/**
 * A knowledge base written in the tests, holding only the entries a test needs, so that what a
 * core module reads from it is visible beside the test (the bundled one changes as it is kept
 * current). Its people, offices and dates are real, and none of them is in the sample corpus.
 */
import { loadKnowledgeBase } from '../../server/src/kb/loadKnowledgeBase.js';
import type { KnowledgeBase } from '../../server/src/kb/knowledgeBase.js';
import { buildMentionIndex, type MentionIndex } from '../../server/src/core/mentions/mentionIndex.js';

/** Countries, parties, offices and people of Viet Nam, North Korea, Indonesia and Singapore. */
export const SMALL_KB_YAML = `verifiedThrough: 2024-12-31
countries:
  - id: vietnam
    name: Viet Nam
    adjective: Vietnamese
    nameVariants: [Vietnam]
  - id: north-korea
    name: North Korea
    adjective: North Korean
    officialName: Democratic People's Republic of Korea
    nameVariants: [DPRK]
    caseSensitive: [DPRK]
  - id: indonesia
    name: Indonesia
    adjective: Indonesian
    names: { zh-Hans: 印度尼西亚 }
  - id: singapore
    name: Singapore
    adjective: Singaporean
organizations:
  - id: cpv
    name: Communist Party of Vietnam
    kind: party
    country: vietnam
    acronym: CPV
    caseSensitive: [CPV]
  - id: wpk
    name: Workers' Party of Korea
    kind: party
    country: north-korea
    acronym: WPK
    caseSensitive: [WPK]
offices:
  - id: general-secretary-cpv
    name: General Secretary of the Communist Party of Vietnam Central Committee
    country: vietnam
    titles: [General Secretary, CPV General Secretary, 总书记]
  - id: president-vietnam
    name: President of Viet Nam
    country: vietnam
    titles: [President, Vietnamese President, 国家主席]
  - id: general-secretary-wpk
    name: General Secretary of the Workers' Party of Korea
    country: north-korea
    titles: [General Secretary, WPK General Secretary, 总书记]
  - id: president-indonesia
    name: President of the Republic of Indonesia
    country: indonesia
    titles: [President, Indonesian President]
  - id: prime-minister-singapore
    name: Prime Minister of Singapore
    country: singapore
    titles: [Prime Minister, Singaporean Prime Minister]
people:
  - id: nguyen-phu-trong
    name: Nguyen Phu Trong
    country: vietnam
    convention: surname-first
    names: { zh-Hans: 阮富仲 }
    roles:
      - { office: general-secretary-cpv, from: 2011-01-19, to: 2024-07-19, source: 11th CPV Congress; died in office }
      - { office: president-vietnam, from: 2018-10-23, to: 2021-04-05, source: National Assembly votes of 2018 and 2021 }
  # Left without roles: a Vietnamese leader the knowledge base gives no office.
  - id: nguyen-xuan-phuc
    name: Nguyen Xuan Phuc
    country: vietnam
    convention: surname-first
  - id: kim-jong-un
    name: Kim Jong Un
    country: north-korea
    convention: surname-first
    names: { zh-Hans: 金正恩 }
    roles:
      - { office: general-secretary-wpk, from: 2021-01-10, source: 8th WPK Congress }
  - id: joko-widodo
    name: Joko Widodo
    country: indonesia
    convention: given-name
    aliases: [Jokowi]
    names: { zh-Hans: 佐科·维多多 }
    roles:
      - { office: president-indonesia, from: 2014-10-20, to: 2024-10-20, source: Inaugurations of 2014 and 2024 }
  - id: lee-hsien-loong
    name: Lee Hsien Loong
    country: singapore
    convention: surname-first
    roles:
      - { office: prime-minister-singapore, from: 2004-08-12, to: 2024-05-15, source: Sworn in 2004; handed over to Lawrence Wong 2024 }
`;

/** The small knowledge base (or one from other YAML), with no problems left unreported. */
export function smallKnowledgeBase(yaml = SMALL_KB_YAML): { kb: KnowledgeBase; index: MentionIndex } {
  const kb = loadKnowledgeBase([{ path: 'small.yaml', text: yaml }]);
  const errors = kb.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(`the test knowledge base does not load: ${JSON.stringify(errors)}`);
  return { kb, index: buildMentionIndex(kb) };
}
