// @ts-check
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import react from 'eslint-plugin-react';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'apps/web/dist/**', 'test/artifacts/**'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // A context is used through its public index.ts only.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@werkpunt/*/*'], message: "Import a context through its public index: '@werkpunt/<context>'." },
            {
              group: ['**/libs/*/src/**', '../../*/src/**'],
              message: "Import another context through '@werkpunt/<context>'.",
            },
          ],
        },
      ],
    },
  },
  {
    // Process entry points and tooling outside the contexts may wire things together.
    files: ['seeds/src/seed.ts', 'test/**/*.ts', 'bench/**/*.ts', 'apps/web/tools/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The web app: type-aware like the rest, and no visible text outside the translation files.
    files: ['apps/web/src/**/*.tsx'],
    plugins: { react },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    settings: { react: { version: '19' } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      'react/jsx-no-literals': ['error', { noStrings: false, ignoreProps: true, allowedStrings: ['·', '–', '…', ' '] }],
      'react/jsx-key': 'error',
    },
  },
  {
    files: ['apps/web/tools/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
