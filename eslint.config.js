import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// A feature's file may import within its own folder but never another feature's: from the
// feature root that is `../<other>/`, one folder deeper `../../<other>/`, and from anywhere
// a climb that lands in a `features/` folder.
const outOfFeature = (depth) => [
  { regex: `^${'\\.\\./'.repeat(depth)}[^./]`, message: 'A feature never reaches into another feature: move what both need to shared infrastructure, or compose them in a route.' },
  { regex: '^(\\.\\./)+features/', message: 'A feature never reaches into another feature: move what both need to shared infrastructure, or compose them in a route.' },
];
const noWeb = { regex: '(^|/)web/', message: 'The server never imports the web app.' };
const noServer = { regex: '(^|/)server/', message: 'The web app talks to the server over HTTP only; share types through shared/.' };

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
      // Contracts in shared/ are the common vocabulary; a feature's server folder is not.
      'no-restricted-imports': ['error', { patterns: [{ regex: '(?<!shared/)features/|(^|/)web/', message: 'Shared infrastructure knows no feature.' }] }],
    },
  },
  {
    // SQL lives in repositories (and platform modules): routes parse and authorise, services hold
    // the rules. A query written anywhere else is a tenant scope nobody reviews as one.
    files: ['server/features/**/*.{service,routes}.ts', 'server/http/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name=/^(selectFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto)$/]", message: 'SQL belongs in the feature’s repository: add a function there that takes the tenant id.' },
        { selector: "TaggedTemplateExpression[tag.name='sql']", message: 'SQL belongs in the feature’s repository: add a function there that takes the tenant id.' },
      ],
    },
  },
  ...['server', 'web'].flatMap((side) => [
    { files: [`${side}/features/*/*.{ts,tsx}`], depth: 1 },
    { files: [`${side}/features/*/*/**/*.{ts,tsx}`], depth: 2 },
  ].map(({ files, depth }) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { patterns: [...outOfFeature(depth), side === 'server' ? noWeb : noServer] }] },
  }))),
);
