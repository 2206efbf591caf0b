import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const siblingFolder = { regex: '^\\.\\./[^./]', message: 'A feature never reaches into another feature: move what both need to shared infrastructure, or compose them in a route.' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)(server|web)/', message: 'shared/ holds contracts only: it imports neither server nor web.' }] }],
    },
  },
  {
    files: ['web/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)server/', message: 'The web app talks to the server over HTTP only; share types through shared/.' }] }],
    },
  },
  {
    files: ['server/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)web/', message: 'The server never imports the web app.' }] }],
    },
  },
  {
    files: ['server/{config,db,http,lib,platform,jobs}/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)(features|web)/', message: 'Shared infrastructure knows no feature.' }] }],
    },
  },
  {
    files: ['server/features/*/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [siblingFolder, { regex: '(^|/)web/', message: 'The server never imports the web app.' }] }],
    },
  },
  {
    files: ['web/features/*/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [siblingFolder, { regex: '(^|/)server/', message: 'The web app talks to the server over HTTP only; share types through shared/.' }] }],
    },
  },
);
