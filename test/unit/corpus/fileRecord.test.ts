/**
 * A file's record is a function of the file's text alone. Deriving keeps caches across files
 * (the days of short date texts, the keys of capitalized words, a line's dateline): a record must
 * come out the same whichever files were derived before it, and a file derived twice must give
 * the same record. Checked on the sample corpus and on a JSON Lines corpus made from its
 * paragraphs with names, dates and figures varied, as the benchmark's archive is.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deriveFileRecord, type FileRecord } from '../../../server/src/corpus/fileRecord.js';
import { ingestFile } from '../../../server/src/corpus/ingest.js';
import type { SourceFile } from '../../../server/src/corpus/types.js';
import { bundled } from '../../support/bundled.js';

const SAMPLE_DIR = fileURLToPath(new URL('../../../../samples/corpus/', import.meta.url));

function sampleFiles(): SourceFile[] {
  return readdirSync(SAMPLE_DIR)
    .sort()
    .map((name) => ({ path: `${SAMPLE_DIR}${name}`, text: readFileSync(`${SAMPLE_DIR}${name}`, 'utf8') }));
}

const CITIES = ['BEIJING', 'HANOI', 'VIENTIANE', 'Vientiane'];
const MONTHS = ['Jan.', 'March', 'Oct.', 'Dec.'];
const PEOPLE = ['Xi Jinping', 'Thongloun Sisoulith', 'To Lam', 'Pham Minh Chinh', 'Li Qiang'];

/**
 * JSON Lines files of articles made of the sample's paragraphs, a dateline before the first, the
 * leaders named and the figures changed from article to article: the same sentences recur with
 * small differences, which is what per-string caches meet in an archive.
 */
function syntheticFiles(sample: readonly SourceFile[], files: number, perFile: number): SourceFile[] {
  const paragraphs = sample
    .flatMap((file) => file.text.split(/\n\s*\n/))
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 120 && paragraph.length < 1500);
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const vary = (paragraph: string) =>
    paragraph
      .replace(/\b(?:Xi Jinping|Thongloun Sisoulith|To Lam|Pham Minh Chinh)\b/g, () => pick(PEOPLE))
      .replace(/\b\d{2,}\b/g, (n) => String(Math.floor(Number(n) * (0.5 + next()))));
  return Array.from({ length: files }, (_, f) => {
    const lines = Array.from({ length: perFile }, () => {
      const day = 1 + Math.floor(next() * 28);
      const body = [`${pick(CITIES)}, ${pick(MONTHS)} ${day} -- ${vary(pick(paragraphs))}`, vary(pick(paragraphs))];
      // Half the records carry their date, as a scrape's metadata does; the others are dated from their text.
      const date = next() < 0.5 ? { date: `2024-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 10)}` } : {};
      return JSON.stringify({ title: vary(pick(paragraphs)).slice(0, 60), ...date, body: body.join('\n\n') });
    });
    return { path: `/archive/part-${f}.jsonl`, text: lines.join('\n') + '\n' };
  });
}

/** Every field of a record, typed arrays included, in one hash. */
function fingerprint(record: FileRecord): string {
  const json = JSON.stringify(record, (_key, value: unknown) =>
    ArrayBuffer.isView(value) ? Array.from(value as Uint32Array) : value,
  );
  return createHash('sha256').update(json).digest('hex');
}

function fingerprints(files: readonly SourceFile[]): Map<string, string> {
  const { index } = bundled();
  return new Map(files.map((file) => [file.path, fingerprint(deriveFileRecord(file, 'fingerprint', index))]));
}

describe('deriveFileRecord', () => {
  const sample = sampleFiles();
  const synthetic = syntheticFiles(sample, 4, 25);

  it('derives the sample corpus and the synthetic one to records with articles, facts and passages', () => {
    const { index } = bundled();
    const records = [...sample, ...synthetic].map((file) => deriveFileRecord(file, 'x', index));
    const articles = records.reduce((sum, record) => sum + record.articles.length, 0);
    const events = records.reduce(
      (sum, record) => sum + record.facts.reduce((n, facts) => n + facts.drafts.length, 0),
      0,
    );
    assert.ok(articles >= 100 + 30, `${articles} articles`);
    assert.ok(events > 50, `${events} reports of events`);
    assert.ok(records.every((record) => record.index.paragraphStart.length > 0));
  });

  it('gives each file the same record whichever files were derived before it, and when derived again', () => {
    const files = [...sample, ...synthetic];
    const first = fingerprints(files);
    const reversed = fingerprints([...files].reverse());
    const again = fingerprints(files);
    for (const file of files) {
      assert.equal(reversed.get(file.path), first.get(file.path), `${file.path} after the others`);
      assert.equal(again.get(file.path), first.get(file.path), `${file.path} derived again`);
    }
  });

  it("hashes each article's paragraphs with their spacing evened and case folded", () => {
    const { index } = bundled();
    const asWritten = (passages: readonly { kind: string; text: string }[]) => {
      const hash = createHash('sha1');
      for (const passage of passages)
        if (passage.kind === 'paragraph')
          hash.update(passage.text.replace(/\s+/g, ' ').trim().toLowerCase()).update('\n');
      return hash.digest('base64url').slice(0, 22);
    };
    const spaced = {
      path: '/archive/spaced.txt',
      text: `VIENTIANE, March 5 (KPL) -- The two\u00a0leaders  met\tin Vientiane on Tuesday to discuss trade, energy and the railway.\u2003\n\nThey signed six agreements on trade, energy and transport\u3000cooperation in the capital.\n`,
    };
    for (const file of [...sample, ...synthetic.slice(0, 1), spaced]) {
      const hashes = deriveFileRecord(file, 'x', index).articles.map((article) => article.contentHash);
      assert.deepEqual(
        hashes,
        ingestFile(file).articles.map((article) => asWritten(article.passages)),
        file.path,
      );
    }
    const [other] = deriveFileRecord({ ...spaced, text: spaced.text.replace('six', 'seven') }, 'x', index).articles;
    const [original] = deriveFileRecord(spaced, 'x', index).articles;
    assert.notEqual(other!.contentHash, original!.contentHash);
  });

  it('tells records apart: a changed date changes the record', () => {
    const file = synthetic[0]!;
    const changed = { ...file, text: file.text.replace(/, (Jan\.|March|Oct\.|Dec\.) \d+ --/, ', May 30 --') };
    assert.notEqual(changed.text, file.text);
    assert.notEqual(fingerprints([changed]).get(file.path), fingerprints([file]).get(file.path));
  });
});
