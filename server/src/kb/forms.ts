import { CharKind, getCharKindTable } from '../core/text/fold.js';

/** A form of an entry refused because it would match almost anywhere, and where it is. */
export interface FormRefusal {
  /** Path below the entry ("aliases", 2). */
  path: (string | number)[];
  message: string;
}

const SIGNIFICANT = /[\p{L}\p{N}]/u;

/**
 * Why a form (a name, alias, title, wrong form…) would match almost anywhere, or undefined
 * when it is distinctive enough. A form needs two letters or digits: "a", "I" and "." would
 * otherwise be found in every sentence. A one-letter form is accepted when the entry lists it
 * under `caseSensitive` and it is a letter or digit of a spaced script, which the matcher
 * only finds as a whole word ("U" in "U Thant", not in "Union"); a form without any letter or
 * digit never is.
 */
export function formRefusal(form: string, caseSensitive: ReadonlySet<string>): string | undefined {
  const text = form.trim();
  const significant = [...text].filter((char) => SIGNIFICANT.test(char)).length;
  if (significant >= 2) return undefined;
  if (significant === 0)
    return `"${text}" has no letters or digits; a form needs at least two letters or digits, or it would match almost anywhere`;
  if (caseSensitive.has(text) && matchedAsWholeWord(text)) return undefined;
  return `"${text}" has fewer than two letters or digits, so it would match almost anywhere; list it under caseSensitive to match it only as a whole word, in exactly this case`;
}

function matchedAsWholeWord(text: string): boolean {
  const kinds = getCharKindTable();
  return kinds[text.charCodeAt(0)] === CharKind.Word && kinds[text.charCodeAt(text.length - 1)] === CharKind.Word;
}

type Fields = Record<string, unknown>;

/** The fields of an entry that are matched in texts, and what to call each in a message. */
const LISTS: [field: string, label: string][] = [
  ['aliases', 'alias'],
  ['romanizations', 'romanization'],
  ['shortForms', 'short form'],
  ['adjectiveAliases', 'adjective'],
  ['nameVariants', 'name variant'],
  ['titles', 'title'],
];
const OPTIONAL: [field: string, label: string][] = [
  ['acronym', 'acronym'],
  ['officialName', 'official name'],
];
const REQUIRED: [field: string, label: string][] = [
  ['name', 'name'],
  ['adjective', 'adjective'],
];

/**
 * Removes from an entry (already valid against the schema) the forms that would match almost
 * anywhere, and says which. An entry whose name (or a country's adjective) is refused cannot be
 * used at all: `usable` is false. An office's name is a description, never matched, so it is
 * not judged.
 */
export function refuseIndistinctForms(entry: Fields, isOffice: boolean): { refusals: FormRefusal[]; usable: boolean } {
  const caseSensitive = new Set(
    Array.isArray(entry['caseSensitive']) ? (entry['caseSensitive'] as string[]).map((form) => form.trim()) : [],
  );
  const refusals: FormRefusal[] = [];
  let usable = true;
  for (const [field, label] of REQUIRED) {
    if (isOffice && field === 'name') continue;
    const reason = typeof entry[field] === 'string' ? formRefusal(entry[field], caseSensitive) : undefined;
    if (reason) {
      refusals.push({ path: [field], message: `${label} ${reason}; entry skipped` });
      usable = false;
    }
  }
  for (const [field, label] of OPTIONAL) {
    const reason = typeof entry[field] === 'string' ? formRefusal(entry[field], caseSensitive) : undefined;
    if (reason) {
      refusals.push({ path: [field], message: `${label} ${reason}; left out` });
      delete entry[field];
    }
  }
  for (const [field, label] of LISTS) {
    const forms = entry[field];
    if (!Array.isArray(forms)) continue;
    const kept = forms.filter((form: string, index) => {
      const reason = formRefusal(form, caseSensitive);
      if (reason) refusals.push({ path: [field, index], message: `${label} ${reason}; left out` });
      return !reason;
    });
    if (kept.length !== forms.length) entry[field] = kept;
  }
  const names = entry['names'];
  if (names && typeof names === 'object') {
    for (const [script, form] of Object.entries(names as Fields)) {
      const reason = typeof form === 'string' ? formRefusal(form, caseSensitive) : undefined;
      if (reason) {
        refusals.push({ path: ['names', script], message: `native name ${reason}; left out` });
        delete (names as Fields)[script];
      }
    }
  }
  const wrongForms = entry['wrongForms'];
  if (Array.isArray(wrongForms)) {
    const kept = wrongForms.filter((wrong: { form: string }, index) => {
      const reason = formRefusal(wrong.form, caseSensitive);
      if (reason) refusals.push({ path: ['wrongForms', index, 'form'], message: `wrong form ${reason}; left out` });
      return !reason;
    });
    if (kept.length !== wrongForms.length) entry['wrongForms'] = kept;
  }
  return { refusals, usable };
}
