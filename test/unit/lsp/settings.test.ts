/**
 * The settings the server reads and the settings package.json declares are the same set, and
 * each declared setting can be seen and set in VS Code's User settings, also in a remote
 * window (code-server, SSH, containers), whose User tab lists only the scopes application,
 * window, resource and language-overridable: `machine` and `machine-overridable` settings
 * appear only under Remote there.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { archiveConnectionString, readSettings } from '../../../server/src/lsp/settings.js';
import { ARCHIVE_PASSWORD_ENV } from '../../../server/src/protocol.js';
import { REPO } from '../../support/lspClient.js';

interface SettingSchema {
  type: string;
  default?: unknown;
  enum?: unknown[];
  minimum?: number;
  scope?: string;
  items?: { type: string };
  pattern?: string;
}

const manifest = JSON.parse(readFileSync(`${REPO}package.json`, 'utf8')) as {
  displayName: string;
  contributes: {
    configuration:
      | { title: string; properties: Record<string, SettingSchema> }
      | { title: string; properties: Record<string, SettingSchema> }[];
  };
};
const configurations = Array.isArray(manifest.contributes.configuration)
  ? manifest.contributes.configuration
  : [manifest.contributes.configuration];
const declared = Object.assign({}, ...configurations.map((c) => c.properties)) as Record<string, SettingSchema>;

/** Scopes listed in the User tab of a remote window as well as a local one. */
const SHOWN_IN_USER_SETTINGS = new Set(['application', 'window', 'resource', 'language-overridable']);
/** Settings a workspace must not set: they let paths leave the workspace or raise the corpus limits. */
const USER_SETTINGS_ONLY = [
  'attache.allowPathsOutsideWorkspace',
  'attache.corpus.maxFiles',
  'attache.corpus.maxSizeMB',
];
/** What the VS Code client adds to the settings it sends (where path settings came from, workspace trust); not settings. */
const ADDED_BY_THE_CLIENT = ['pathsFromUserSettings', 'workspaceTrusted'];

/** The dotted paths `readSettings` reads from the object it is given. */
function pathsRead(): Set<string> {
  const read = new Set<string>();
  const recorder = (path: string): object =>
    new Proxy(
      {},
      {
        get(_target, key) {
          if (typeof key !== 'string') return undefined;
          const full = path ? `${path}.${key}` : key;
          read.add(full);
          return recorder(full);
        },
      },
    );
  readSettings(recorder(''));
  // A path read only to read further inside it is a section, not a setting.
  return new Set(
    [...read].filter(
      (path) =>
        ![...read].some((other) => other.startsWith(`${path}.`)) &&
        !ADDED_BY_THE_CLIENT.some((added) => path.startsWith(added)),
    ),
  );
}

/** `{ corpus: { folders: value } }` for `corpus.folders`. */
function nested(path: string, value: unknown): Record<string, unknown> {
  return path
    .split('.')
    .reduceRight<Record<string, unknown>>((inner, key) => ({ [key]: inner }), value as Record<string, unknown>);
}

/** Values of string settings whose form is not a date's. */
const SAMPLE_VALUES: Record<string, unknown> = {
  'attache.corpus.store': 'postgresql://attache_reader@db.example/archive',
};

/** A valid value of a setting other than its default. */
function otherValue(schema: SettingSchema, key = ''): unknown {
  if (key in SAMPLE_VALUES) return SAMPLE_VALUES[key];
  if (schema.enum) return schema.enum.find((value) => value !== schema.default);
  switch (schema.type) {
    case 'boolean':
      return !schema.default;
    case 'integer':
    case 'number':
      return (schema.default as number) + 1;
    case 'array':
      return ['a-value-no-default-has'];
    case 'object':
      return { 'name/misspelled': 'off' };
    default:
      return '2020-01-31';
  }
}

describe('settings in package.json', () => {
  it('names the extension and its settings section with the accent', () => {
    assert.equal(manifest.displayName, 'Attaché');
    for (const configuration of configurations) assert.equal(configuration.title, 'Attaché');
  });

  it('declares every setting the server reads', () => {
    const undeclared = [...pathsRead()].map((path) => `attache.${path}`).filter((key) => !(key in declared));
    assert.deepEqual(undeclared, []);
  });

  it('every declared setting changes what the server reads', () => {
    const defaults = readSettings({});
    for (const [key, schema] of Object.entries(declared)) {
      assert.ok(key.startsWith('attache.'), key);
      const value = otherValue(schema, key);
      assert.notDeepEqual(
        readSettings(nested(key.slice('attache.'.length), value)),
        defaults,
        `${key} = ${JSON.stringify(value)} is not read`,
      );
    }
  });

  it('every setting shows in the User settings tab, local or remote', () => {
    for (const [key, schema] of Object.entries(declared)) {
      assert.ok(SHOWN_IN_USER_SETTINGS.has(schema.scope ?? 'window'), `${key} has scope ${schema.scope}`);
    }
  });

  it('settings that let paths leave the workspace or raise the limits are for user settings only', () => {
    for (const key of USER_SETTINGS_ONLY) assert.equal(declared[key]?.scope, 'application', key);
  });
});

describe('the shared archive in the settings', () => {
  it('reads a postgresql:// address, and nothing else, as the store', () => {
    assert.equal(
      readSettings({ corpus: { store: ' postgresql://attache_reader@db.example/archive?sslmode=verify-full ' } })
        .corpusStore,
      'postgresql://attache_reader@db.example/archive?sslmode=verify-full',
    );
    assert.equal(readSettings({ corpus: { store: '/home/me/store' } }).corpusStore, '');
    assert.equal(readSettings({ corpus: { store: 42 } }).corpusStore, '');
    assert.equal(readSettings({}).corpusStore, '');
  });

  it('declares the store setting with a pattern that refuses a password', () => {
    const pattern = new RegExp(declared['attache.corpus.store']!.pattern!);
    assert.ok(pattern.test(''));
    assert.ok(pattern.test('postgresql://attache_reader@db.example:5432/archive?sslmode=verify-full'));
    assert.ok(pattern.test('postgresql://db.example:5432/archive'));
    assert.ok(!pattern.test('postgresql://attache_reader:s3cret@db.example/archive'));
    assert.ok(!pattern.test('/home/me/store'));
  });

  it('adds the password the client handed over only to the address it was stored for', () => {
    const address = 'postgresql://attache_reader@db.example/archive';
    const env = { [ARCHIVE_PASSWORD_ENV.address]: address, [ARCHIVE_PASSWORD_ENV.password]: 'p@ss:word' };
    const withPassword = new URL(archiveConnectionString(address, env));
    assert.equal(decodeURIComponent(withPassword.password), 'p@ss:word');
    assert.equal(withPassword.username, 'attache_reader');
    assert.equal(withPassword.hostname, 'db.example');
    assert.equal(
      archiveConnectionString('postgresql://attache_reader@elsewhere.example/archive', env),
      'postgresql://attache_reader@elsewhere.example/archive',
    );
    assert.equal(archiveConnectionString(address, {}), address);
  });
});
