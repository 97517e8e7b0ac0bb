import { splitSentences } from '../text/sentences.js';
import { findNumbers } from '../facts/eventNumbers.js';
import { passageTerms } from '../passages/terms.js';
import { frontMatter } from '../text/markdown.js';
import type { AnalyzedDocument, CheckContext, CheckFinding } from './check.js';
import { passageEvidence, replaceWith, shiftFinding } from './evidence.js';
import { rememberFor } from './evidenceCache.js';
import type { CorpusEvidence } from './quoteMismatch.js';
import { hasHan } from '../text/scripts.js';
import { plainParagraphs } from '../text/paragraphs.js';

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** A written figure: "10 million", "1,800", "1.8 billion". */
const FIGURE =
  /(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w-]|[.,]\d)(?:\s+(million|billion|trillion|thousand))?/g;
/** How much of the draft sentence's wording the corpus sentence must share to be its source. */
const SAME_STATEMENT = 0.4;

function valueOf(written: string): number {
  const [digits, scale] = written.replace(/,/g, '').split(/\s+/);
  return Number(digits) * (scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1);
}

/** Where in a sentence a reported value is written. */
function locate(sentence: string, value: string): { start: number; end: number; text: string } | undefined {
  const wanted = valueOf(value);
  for (const match of sentence.matchAll(FIGURE)) {
    if (valueOf(match[0]) === wanted) return { start: match.index, end: match.index + match[0].length, text: match[0] };
  }
  return undefined;
}

function overlap(a: string, b: string): number {
  const words = new Set(passageTerms(a));
  return passageTerms(b).filter((w) => words.has(w)).length;
}

/**
 * The figures half of `claim/differs`: a figure in the draft that differs from the one the
 * closest corpus statement gives for the same thing ("the railway had carried 20 million tons
 * by November 2022" when the source says 10 million). The source must say the same thing — a
 * same-language sentence that keeps much of the wording — and give a figure of the same unit
 * in the most similar context; a draft figure equal to any such figure there is not flagged.
 */
export function differingFigures(document: AnalyzedDocument, context: CheckContext): CheckFinding[] {
  const evidence = context.corpus;
  if (!evidence) return [];
  const text = document.text;
  const bodyStart = frontMatter(text)?.end ?? 0;
  const findings: CheckFinding[] = [];
  for (const paragraph of plainParagraphs(text.slice(bodyStart))) {
    const local = rememberFor(evidence, `figures-paragraph\u0000${paragraph[0]}`, () =>
      paragraphFigureFindings(paragraph[0], evidence),
    );
    for (const finding of local) findings.push(shiftFinding(finding, bodyStart + paragraph.index!));
  }
  return findings;
}

/**
 * The findings of one paragraph, offsets relative to it. Kept per paragraph, so that after an
 * edit the paragraphs it left alone are not cut into sentences again (a sentence depends on its
 * paragraph alone); within an edited paragraph, each sentence's conclusion is kept too.
 */
function paragraphFigureFindings(paragraph: string, evidence: CorpusEvidence): CheckFinding[] {
  const chinese = hasHan(paragraph);
  const findings: CheckFinding[] = [];
  for (const sentence of splitSentences(paragraph, 0, paragraph.length, chinese ? 'zh' : 'en')) {
    const local = rememberFor(evidence, `figures\u0000${sentence.text}`, () =>
      figureFindings(sentence.text, chinese, evidence),
    );
    for (const finding of local) findings.push(shiftFinding(finding, sentence.start));
  }
  return findings;
}

/** Units whose plural is not the singular with an s: currencies and measures written as they are, and people. */
const PLURAL_UNITS: Readonly<Record<string, string>> = {
  person: 'people',
  yuan: 'yuan',
  percent: 'percent',
  km: 'km',
  usd: 'US dollars',
};

/** A figure's unit as a sentence says it after a number: "tons", "yuan", "people". */
export function unitsOf(unit: string | undefined): string {
  if (!unit) return '';
  return PLURAL_UNITS[unit] ?? `${unit}s`;
}

/** The findings for one sentence, with offsets relative to it. */
function figureFindings(sentence: string, chinese: boolean, evidence: CorpusEvidence): CheckFinding[] {
  const figures = findNumbers(sentence, chinese).filter((n) => n.unit);
  if (figures.length === 0) return [];
  const hit = evidence.passages
    .search(sentence, { textOf: evidence.textOf, limit: 3 })
    .find((h) => h.article.language === (chinese ? 'zh' : 'en') && h.alignment >= SAME_STATEMENT);
  if (!hit) return [];
  const source = evidence.textOf(hit.article.path, hit.start, hit.end);
  if (!source) return [];
  const reported = findNumbers(source, chinese);
  const findings: CheckFinding[] = [];
  for (const figure of figures) {
    const sameUnit = reported.filter((r) => r.unit === figure.unit);
    if (sameUnit.length === 0 || sameUnit.some((r) => r.value === figure.value)) continue;
    const best = [...sameUnit].sort(
      (a, b) => overlap(figure.context, b.context) - overlap(figure.context, a.context),
    )[0]!;
    const written = locate(sentence, figure.value);
    const right = locate(source, best.value);
    if (!written || !right) continue;
    const where = [hit.article.outlet ?? 'a corpus article', hit.article.date].filter(Boolean).join(', ');
    findings.push({
      start: written.start,
      end: written.end,
      message: `The source (${where}) gives ${right.text} ${unitsOf(figure.unit)} here, not ${written.text}.`,
      fixes: [replaceWith(written.start, written.end, right.text)],
      evidence: [passageEvidence(where, source, hit.article.path, hit.start, hit.end)],
    });
  }
  return findings;
}
