// Type-aware lint: typescript-eslint's type-checked recommended rules over the TypeScript
// sources (the project is tsconfig.json), ESLint's recommended rules over the plain JS scripts.
// Every rule turned off or narrowed here says why.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'scratch/'] },
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // node:test's test(), describe() and hooks return promises that the test runner itself
      // awaits; every other promise must still be awaited, returned or voided.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            {
              from: 'package',
              package: 'node:test',
              name: ['test', 'describe', 'it', 'suite', 'before', 'after', 'beforeEach', 'afterEach'],
            },
          ],
        },
      ],
      // The same convention tsc's noUnusedLocals and noUnusedParameters follow: a leading
      // underscore marks a binding kept on purpose (a rest sibling dropped from an object, a
      // loop variable only counted).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Async methods that implement a promise-returning interface (the store, the workspace
      // host's callbacks, test doubles) without awaiting anything are the plain way to honour it:
      // an async function turns a throw into a rejection, which callers rely on.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // The tests read the CLI's JSON and SARIF reports, the store's files and worker messages
      // through JSON.parse or untyped channels and assert on their shape: the assertions are the
      // check, and a declared type for each report would only restate them.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
  },
);
