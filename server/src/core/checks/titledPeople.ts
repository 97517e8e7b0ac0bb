import type { OfficeEntity, PersonEntity } from '../../kb/knowledgeBase.js';
import type { Mention } from '../mentions/mentionIndex.js';
import { hasHanScript } from '../text/scripts.js';

/**
 * A title written beside a known person's name: before it ("Premier Li Qiang",
 * "国务院总理李强"), or directly after it in Chinese, where the title follows the
 * name ("李强总理", "习近平总书记").
 */
export interface TitledPerson {
  title: Mention;
  office: OfficeEntity;
  person: Mention;
  entity: PersonEntity;
  /** The span of title and name together, whichever comes first. */
  start: number;
  end: number;
}

const GAP = /^[ \t]*(?:\r?\n[ \t]*)?$/;

/** Every title mention written beside a mention of a known person, as above. */
export function titledPeople(text: string, mentions: readonly Mention[]): TitledPerson[] {
  const pairs: TitledPerson[] = [];
  const outer = mentions.filter((m) => !m.nested);
  for (let i = 0; i < outer.length; i++) {
    const title = outer[i]!;
    if (title.known?.kind !== 'office') continue;
    const person = personTitled(text, outer, i);
    if (person?.known?.kind !== 'person' || person.alias?.form === 'wrong') continue;
    pairs.push({
      title,
      office: title.known,
      person,
      entity: person.known,
      start: Math.min(title.start, person.start),
      end: Math.max(title.end, person.end),
    });
  }
  return pairs;
}

/**
 * The person the title at `at` belongs to: the mention right after it; or, for a title in
 * Chinese with no person after it, the mention right before it with nothing between.
 */
function personTitled(text: string, mentions: readonly Mention[], at: number): Mention | undefined {
  const title = mentions[at]!;
  const next = mentions[at + 1];
  if (next?.known?.kind === 'person' && GAP.test(text.slice(title.end, next.start))) return next;
  const previous = mentions[at - 1];
  if (hasHanScript(title.text) && previous?.known?.kind === 'person' && previous.end === title.start) return previous;
  return undefined;
}
