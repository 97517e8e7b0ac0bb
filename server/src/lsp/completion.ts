import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { rolesAt } from '../kb/knowledgeBase.js';
import type { WorkspaceSnapshot } from '../workspace/snapshot.js';

/**
 * Completion of people's names and of the full formal title valid at the document's date
 * ("Premier of the State Council Li Qiang" in 2024, "Premier Li Keqiang" in 2019). Only
 * people holding an office on that date are offered with a title.
 */
export function completion(snapshot: WorkspaceSnapshot, document: TextDocument): CompletionItem[] {
  const date = snapshot.analyze(document).document.date.date;
  const items: CompletionItem[] = [];
  for (const entity of snapshot.kb.entities.values()) {
    if (entity.kind !== 'person') continue;
    const roles = rolesAt(entity.entry, date);
    if (roles.length === 0) continue;
    const offices = roles.map((role) => snapshot.kb.entities.get(role.office)).filter((o) => o?.kind === 'office');
    items.push({
      label: entity.name,
      kind: CompletionItemKind.Reference,
      detail: offices.map((o) => o!.name).join('; '),
      documentation: `Holds on ${date}: ${offices.map((o) => o!.name).join('; ')}`,
    });
    for (const office of offices) {
      if (office?.kind !== 'office') continue;
      const short = office.entry.titles[0] ?? office.name;
      for (const title of new Set([short, office.name])) {
        items.push({
          label: `${title} ${entity.name}`,
          kind: CompletionItemKind.Value,
          detail: `${office.name}, on ${date}`,
          filterText: `${entity.name} ${title}`,
        });
      }
    }
  }
  return items;
}
