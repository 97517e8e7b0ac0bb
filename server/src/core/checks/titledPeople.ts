import type { OfficeEntity, PersonEntity } from '../../kb/knowledgeBase.js';
import type { Mention } from '../mentions/mentionIndex.js';

/** A title written directly before a known person's name ("Premier Li Qiang"). */
export interface TitledPerson {
  title: Mention;
  office: OfficeEntity;
  person: Mention;
  entity: PersonEntity;
}

const GAP = /^[ \t]*(?:\r?\n[ \t]*)?$/;

/** Every title mention immediately followed by a mention of a known person. */
export function titledPeople(text: string, mentions: readonly Mention[]): TitledPerson[] {
  const pairs: TitledPerson[] = [];
  const outer = mentions.filter((m) => !m.nested);
  for (let i = 0; i + 1 < outer.length; i++) {
    const title = outer[i]!;
    const person = outer[i + 1]!;
    if (title.known?.kind !== 'office' || person.known?.kind !== 'person') continue;
    if (person.alias?.form === 'wrong') continue;
    if (!GAP.test(text.slice(title.end, person.start))) continue;
    pairs.push({ title, office: title.known, person, entity: person.known });
  }
  return pairs;
}
