import {
  CompletionItemKind,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { completeNames } from '../core/nameCompletion.js';
import { rolesAt } from '../kb/knowledgeBase.js';
import type { WorkspaceSnapshot } from '../workspace/snapshot.js';

/**
 * Completion of people's names, and of a title before a name, valid at the document's date
 * ("Premier Li Qiang" and "Premier of the State Council of the People's Republic of China Li
 * Qiang" in 2024, "Premier Li Keqiang" in 2019).
 *
 * Each item replaces what the writer typed — a title and part of a name, over several words —
 * through a `textEdit` whose range starts where the typed text does. Editors filter items by
 * `filterText` against the text of that range, so `filterText` is that text itself: the
 * editor keeps every item and the order of `sortText`. The list is incomplete, so that the
 * next keystroke asks again rather than filtering these items against a longer text.
 */
export function completion(snapshot: WorkspaceSnapshot, document: TextDocument, position: Position): CompletionList {
  const date = snapshot.analyze(document).document.date.date;
  const text = document.getText();
  const offset = document.offsetAt(position);
  const found = completeNames(text, offset, snapshot.kb, { date, houseStyle: snapshot.settings.houseStyle });
  const width = String(found.length).length;
  const items = found.map((completion, index): CompletionItem => {
    const office = completion.officeId ? snapshot.kb.entities.get(completion.officeId) : undefined;
    const person = snapshot.kb.entities.get(completion.personId);
    const range = { start: document.positionAt(completion.start), end: position };
    return {
      label: completion.text,
      kind: completion.form === 'name' ? CompletionItemKind.Reference : CompletionItemKind.Value,
      detail: office
        ? `${office.name}, on ${date}`
        : person?.kind === 'person'
          ? heldOn(snapshot, person.entry, date)
          : undefined,
      textEdit: { range, newText: completion.text },
      filterText: text.slice(completion.start, completion.end),
      sortText: String(index).padStart(width, '0'),
    };
  });
  return { isIncomplete: true, items };
}

/** The offices a person holds on a date, for the detail of a name. */
function heldOn(snapshot: WorkspaceSnapshot, person: Parameters<typeof rolesAt>[0], date: string): string | undefined {
  const offices = rolesAt(person, date)
    .map((role) => snapshot.kb.entities.get(role.office)?.name)
    .filter((name) => name !== undefined);
  return offices.length > 0 ? `${offices.join('; ')}, on ${date}` : undefined;
}
