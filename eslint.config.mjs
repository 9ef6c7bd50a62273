// ESLint, as the Astro ecosystem lints: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro,
// with eslint-config-prettier last so that no rule argues with the formatter (Prettier owns layout). Run by
// `npm run lint` (with the format check) and in `npm test`. Rules are not type-aware: linting stays a few seconds
// and `astro check` already type-checks every file.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    'dist-subpath/',
    'dist-rebuilt/',
    '.astro/',
    '.tools/',
    '.bench/',
    'reports/',
    'test-results/',
    // Copies of the project's content, broken on purpose by the build tests.
    'tests/fixtures/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Code runs in Node (config, scripts, integrations, tests) or in the browser (src/client, components' scripts).
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // A leading underscore marks what is left unused on purpose: an argument a callback must take, a key taken
      // out of an object so that the rest can be used (`const { id: _, ...rest } = entry`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },

  {
    // The theme script every page runs before its first paint (an inline <script>, which ESLint reads as a file of
    // its own inside the component) is written compact and in ES5: var, and an empty catch for a blocked
    // localStorage. Its bytes are on every page and hashed in each page's CSP.
    files: ['src/components/ThemeScript.astro/*.{js,ts}'],
    rules: { 'no-var': 'off', 'no-empty': 'off' },
  },
  {
    // Playwright reads which fixtures a hook or fixture uses from its first parameter, which must be an object
    // pattern: `async ({}, testInfo) => ...` is how one that uses none is written.
    files: ['tests/e2e/**/*.ts', 'tests/cross-engine/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  prettier,
);
