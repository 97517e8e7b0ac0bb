/**
 * The shared archive's schema in PostgreSQL, versioned: `attache store init` creates it (and a
 * read-only role for editors and CI), `attache store migrate` brings an older one up to date.
 * Every statement of a version runs in one transaction, so a schema is at one version or the
 * next, never between.
 *
 * - `corpus_file`: one row per corpus file, its fingerprint and its record (`node:v8`
 *   serialization of a `FileRecord`), written in one statement (one transaction) per file.
 * - `generation`: each committed generation: its summary, article table and passage index
 *   arrays (the embedded store's encodings), its stories, and its search statistics.
 *   `current_generation` names the latest; a reader reads everything of one generation by its
 *   id, so it sees a generation whole or not at all (what PostgreSQL's MVCC gives each
 *   statement, the generation id gives a reader across statements).
 * - `entity_facts`: an entity's title sightings and events in a generation, so that a reader
 *   fetches only the entities it needs.
 * - `passage`: a generation's paragraphs with their offsets, length and language, text, and terms as a `tsvector`
 *   (folded words, Chinese character pairs and `@entity-id`, each with as many positions as it
 *   occurs); `term_count` holds each term's document frequency, which ranking needs.
 * - `term_posting` (version 3): each term's postings, the paragraphs holding it with its
 *   frequency in each, packed in one row (termPostings.ts). Search reads the postings of a query's rarer
 *   terms from there and a few paragraphs' `tsvector`s for its commoner ones; version 1 found
 *   candidates through a GIN index over the `tsvector`s instead, which version 3 drops.
 *
 * - version 4: `term_count.largest_impact`, the largest share of BM25 (before its idf) any
 *   posting of the term has, and `generation.passage_norms`, each paragraph's length norm
 *   (doubles): search bounds what a term can add by the first, and weighs postings by the
 *   second without the generation's index arrays.
 *
 * Version 2 adds `corpus_file.file_text`: the file's text as it was read to derive its record
 * (UTF-8, without a byte-order mark), so that readers without the corpus files read passages,
 * quotations and places in the files from the archive. A record written before it has none
 * (NULL); the next ingest derives that file again and stores its text. A file that could not
 * be read has an empty one.
 */
import type pg from 'pg';
import { ArticleColumns } from '../articleColumns.js';
import { indexOfSections } from '../indexSections.js';
import { Sections } from '../sections.js';
import { readLargeBytes } from './postgresGeneration.js';
import { encodeNorms, insertTermPostings, largestImpacts, lengthNorms } from './termPostings.js';

/** The schema every table lives in. */
export const ARCHIVE_SCHEMA = 'attache';

/** What brings the schema from version n to n + 1 (index n): statements, then work on the rows. */
interface Migration {
  statements: string[];
  /** Fills what the statements created from what the archive holds, in the same transaction. */
  fill?: (client: pg.ClientBase) => Promise<void>;
}

const MIGRATIONS: readonly Migration[] = [
  {
    statements: [
      `CREATE SCHEMA IF NOT EXISTS ${ARCHIVE_SCHEMA}`,
      `CREATE TABLE ${ARCHIVE_SCHEMA}.schema_version (version integer NOT NULL, migrated_at timestamptz NOT NULL DEFAULT now())`,
      `CREATE TABLE ${ARCHIVE_SCHEMA}.corpus_file (
         path text PRIMARY KEY,
         fingerprint text NOT NULL,
         record bytea NOT NULL,
         written_at timestamptz NOT NULL DEFAULT now())`,
      `CREATE TABLE ${ARCHIVE_SCHEMA}.generation (
         id bigserial PRIMARY KEY,
         version integer NOT NULL,
         kb_key text NOT NULL,
         committed_at timestamptz NOT NULL DEFAULT now(),
         superseded_at timestamptz,
         summary bytea NOT NULL,
         articles bytea NOT NULL,
         index_arrays bytea NOT NULL,
         stories bytea NOT NULL,
         passage_count integer NOT NULL,
         average_length_en double precision NOT NULL,
         average_length_zh double precision NOT NULL)`,
      `CREATE TABLE ${ARCHIVE_SCHEMA}.current_generation (
         only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
         generation_id bigint NOT NULL REFERENCES ${ARCHIVE_SCHEMA}.generation (id))`,
      `CREATE TABLE ${ARCHIVE_SCHEMA}.entity_facts (
         generation_id bigint NOT NULL REFERENCES ${ARCHIVE_SCHEMA}.generation (id) ON DELETE CASCADE,
         entity_id text NOT NULL,
         titles bytea,
         events bytea,
         PRIMARY KEY (generation_id, entity_id))`,
      `CREATE TABLE ${ARCHIVE_SCHEMA}.passage (
         generation_id bigint NOT NULL REFERENCES ${ARCHIVE_SCHEMA}.generation (id) ON DELETE CASCADE,
         passage integer NOT NULL,
         article integer NOT NULL,
         start_offset integer NOT NULL,
         end_offset integer NOT NULL,
         length integer NOT NULL,
         language text NOT NULL,
         text text,
         terms tsvector NOT NULL,
         PRIMARY KEY (generation_id, passage))`,
      `CREATE INDEX passage_terms ON ${ARCHIVE_SCHEMA}.passage USING gin (terms)`,
      `CREATE TABLE ${ARCHIVE_SCHEMA}.term_count (
         generation_id bigint NOT NULL REFERENCES ${ARCHIVE_SCHEMA}.generation (id) ON DELETE CASCADE,
         term text NOT NULL,
         passages integer NOT NULL,
         PRIMARY KEY (generation_id, term))`,
    ],
  },
  { statements: [`ALTER TABLE ${ARCHIVE_SCHEMA}.corpus_file ADD COLUMN file_text bytea`] },
  {
    statements: [
      `CREATE TABLE ${ARCHIVE_SCHEMA}.term_posting (
         generation_id bigint NOT NULL REFERENCES ${ARCHIVE_SCHEMA}.generation (id) ON DELETE CASCADE,
         term text NOT NULL,
         postings bytea NOT NULL,
         PRIMARY KEY (generation_id, term))`,
      // Packed already: stored as they are, they are read without inflating.
      `ALTER TABLE ${ARCHIVE_SCHEMA}.term_posting ALTER COLUMN postings SET STORAGE EXTERNAL`,
      // Candidates come from the postings now; the GIN index only cost every ingest its upkeep.
      `DROP INDEX ${ARCHIVE_SCHEMA}.passage_terms`,
    ],
    fill: fillTermPostings,
  },
  {
    statements: [
      `ALTER TABLE ${ARCHIVE_SCHEMA}.term_count ADD COLUMN largest_impact double precision`,
      `ALTER TABLE ${ARCHIVE_SCHEMA}.generation ADD COLUMN passage_norms bytea`,
      // Doubles packed already: stored as they are, they are read without inflating.
      `ALTER TABLE ${ARCHIVE_SCHEMA}.generation ALTER COLUMN passage_norms SET STORAGE EXTERNAL`,
    ],
    fill: fillSearchBounds,
  },
];

/** The version of the schema this program reads and writes. */
export const ARCHIVE_SCHEMA_VERSION = MIGRATIONS.length;

/** The archive's schema version; 0 when it has none (a database never initialized). */
export async function archiveSchemaVersion(client: pg.ClientBase): Promise<number> {
  const exists = await client.query<{ present: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS present`, [
    `${ARCHIVE_SCHEMA}.schema_version`,
  ]);
  if (!exists.rows[0]?.present) return 0;
  const { rows } = await client.query<{ version: number }>(
    `SELECT max(version) AS version FROM ${ARCHIVE_SCHEMA}.schema_version`,
  );
  return rows[0]?.version ?? 0;
}

/**
 * Brings the schema up to this program's version (or an older `target`: what an archive made by
 * an older program holds, for the tests of its upgrade), one transaction per version; returns
 * the versions before and after. A schema newer than this program is an error: an older program
 * must not write into it.
 */
export async function migrateArchive(
  client: pg.ClientBase,
  /** The version to stop at: this program's unless a test builds an older archive. */
  target = ARCHIVE_SCHEMA_VERSION,
): Promise<{ from: number; to: number }> {
  // Two `migrate` runs at once take turns.
  await client.query('SELECT pg_advisory_lock(hashtext($1))', [`${ARCHIVE_SCHEMA}.migrate`]);
  try {
    const from = await archiveSchemaVersion(client);
    if (from > ARCHIVE_SCHEMA_VERSION)
      throw new Error(
        `the archive's schema is version ${from}, newer than this program's (${ARCHIVE_SCHEMA_VERSION}): update Attaché`,
      );
    for (let version = from; version < target; version++) {
      await client.query('BEGIN');
      try {
        const migration = MIGRATIONS[version]!;
        for (const statement of migration.statements) await client.query(statement);
        await migration.fill?.(client);
        await client.query(`INSERT INTO ${ARCHIVE_SCHEMA}.schema_version (version) VALUES ($1)`, [version + 1]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
    return { from, to: Math.max(from, target) };
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [`${ARCHIVE_SCHEMA}.migrate`]);
  }
}

/** Version 3's postings for the generations an archive of version 2 holds, from each generation's index arrays. */
async function fillTermPostings(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ id: string }>(`SELECT id FROM ${ARCHIVE_SCHEMA}.generation ORDER BY id`);
  for (const { id } of rows) {
    const index = indexOfSections(
      new Sections(await readLargeBytes(client, 'index_arrays', id)),
      new ArticleColumns(new Sections(await readLargeBytes(client, 'articles', id))).indexed,
    );
    await insertTermPostings(client, id, index);
  }
}

/**
 * Version 4's paragraph norms and terms' largest impacts for the generations an archive of
 * version 3 holds, from each generation's index arrays and the average lengths it was ranked with.
 */
async function fillSearchBounds(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ id: string; average_length_en: number; average_length_zh: number }>(
    `SELECT id, average_length_en, average_length_zh FROM ${ARCHIVE_SCHEMA}.generation ORDER BY id`,
  );
  for (const { id, average_length_en: en, average_length_zh: zh } of rows) {
    const index = indexOfSections(
      new Sections(await readLargeBytes(client, 'index_arrays', id)),
      new ArticleColumns(new Sections(await readLargeBytes(client, 'articles', id))).indexed,
    );
    const norms = lengthNorms(index, { en, zh });
    await client.query(`UPDATE ${ARCHIVE_SCHEMA}.generation SET passage_norms = $2 WHERE id = $1`, [
      id,
      encodeNorms(norms),
    ]);
    const largest = largestImpacts(index, norms);
    for (let from = 0; from < index.terms.length; from += TERMS_PER_UPDATE) {
      const to = Math.min(index.terms.length, from + TERMS_PER_UPDATE);
      await client.query(
        `UPDATE ${ARCHIVE_SCHEMA}.term_count c SET largest_impact = u.largest
         FROM unnest($2::text[], $3::float8[]) AS u(term, largest)
         WHERE c.generation_id = $1 AND c.term = u.term`,
        [id, index.terms.slice(from, to), Array.from(largest.subarray(from, to))],
      );
    }
  }
  await client.query(`ALTER TABLE ${ARCHIVE_SCHEMA}.term_count ALTER COLUMN largest_impact SET NOT NULL`);
  await client.query(`ALTER TABLE ${ARCHIVE_SCHEMA}.generation ALTER COLUMN passage_norms SET NOT NULL`);
}

/** Most terms updated in one statement of a migration. */
const TERMS_PER_UPDATE = 20_000;

/**
 * Creates the schema (or upgrades it) and a role that can read the archive and nothing else:
 * `LOGIN`, `USAGE` on the schema and `SELECT` on its tables, now and for tables added later.
 * The role is created when missing; with a password, its password is set.
 */
export async function initArchive(
  client: pg.ClientBase,
  reader?: { role: string; password?: string },
): Promise<{ from: number; to: number }> {
  const versions = await migrateArchive(client);
  if (reader) await grantReadOnly(client, reader.role, reader.password);
  return versions;
}

async function grantReadOnly(client: pg.ClientBase, role: string, password: string | undefined): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role))
    throw new Error(`"${role}" is not a plain role name (lower-case letters, digits and _)`);
  const { rows } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
  if (rows.length === 0) await client.query(`CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE`);
  if (password !== undefined) {
    // The password is sent as a literal PostgreSQL quotes itself, never put into a message.
    const { rows: quoted } = await client.query<{ literal: string }>('SELECT quote_literal($1) AS literal', [password]);
    await client.query(`ALTER ROLE ${role} PASSWORD ${quoted[0]!.literal}`);
  }
  await client.query(`GRANT USAGE ON SCHEMA ${ARCHIVE_SCHEMA} TO ${role}`);
  await client.query(`GRANT SELECT ON ALL TABLES IN SCHEMA ${ARCHIVE_SCHEMA} TO ${role}`);
  await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${ARCHIVE_SCHEMA} GRANT SELECT ON TABLES TO ${role}`);
  await client.query(`REVOKE CREATE ON SCHEMA ${ARCHIVE_SCHEMA} FROM ${role}`);
}
