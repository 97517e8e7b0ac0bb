/**
 * Deciding which outlet published an article from the cues around it (see `outlets.ts` for the
 * cue table). The order of the checks is the point: a credit inside the article beats a source
 * line, which beats the page chrome above the article, which beats the chrome below it.
 */
import type { Draft } from './drafts.js';
import { datelineOfLine, type ClassifiedLine } from './lineKinds.js';
import { chromeOutlet, creditedOutlet } from '../core/outlets.js';

/**
 * Which outlet published the article, strongest cue first: a credit in the text (dateline
 * agency), a source or site-name line next to the headline, a credit inside the article
 * (caption credits), the nearest page header above, the nearest page footer below.
 */
export function findOutlet(draft: Draft): string | undefined {
  for (const line of draft.prose.slice(0, 3)) {
    const credited = datelineOfLine(line)?.outlet ?? creditedOutlet(line.content.slice(0, 200));
    if (credited) return credited;
  }
  for (const line of [...draft.leadMeta, ...draft.trailingMeta]) {
    if (line.facts?.outlet) return line.facts.outlet;
  }
  for (const line of draft.inner) {
    const cue = headerCue(line) ?? chromeOutlet(line.content, 'footer');
    if (cue) return cue;
  }
  for (let i = draft.before.length - 1; i >= 0; i--) {
    const cue = headerCue(draft.before[i] as ClassifiedLine);
    if (cue) return cue;
  }
  for (const line of draft.after) {
    if (line.kind === 'prose') continue;
    const cue = chromeOutlet(line.content, 'footer');
    if (cue) return cue;
  }
  return undefined;
}

/**
 * The outlet named by the header of the first page in a file, applied to articles that have no
 * cue of their own, but only when no other page in the file names an outlet: a file saved from
 * one site (a CPAFFC news list) names its site once at the top.
 */
export function preambleOutlet(drafts: readonly Draft[]): string | undefined {
  const first = drafts[0];
  if (!first) return undefined;
  const named = first.before.map((line) => headerCue(line)).find(Boolean);
  if (!named) return undefined;
  for (const draft of drafts) {
    for (const line of [...draft.inner, ...draft.after, ...(draft === first ? [] : draft.before)]) {
      const cue = headerCue(line) ?? (line.kind === 'prose' ? undefined : chromeOutlet(line.content, 'footer'));
      if (cue && cue !== named) return undefined;
    }
  }
  return named;
}

/** The outlet a non-prose line names as a page header: a bare site name or header chrome. */
function headerCue(line: ClassifiedLine): string | undefined {
  if (line.kind === 'prose') return undefined;
  if (line.facts?.outletNameOnly) return line.facts.outlet;
  return chromeOutlet(line.content, 'header');
}
