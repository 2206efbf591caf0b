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

const sqlOnlyInRepositories = ['server/features/**/*.{service,routes}.ts', 'server/http/**/*.ts'];
const sqlOutsideRepositories = [
  { selector: "CallExpression[callee.property.name=/^(selectFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto)$/]", message: 'SQL belongs in the feature’s repository: add a function there that takes the tenant id.' },
  { selector: "TaggedTemplateExpression[tag.name='sql']", message: 'SQL belongs in the feature’s repository: add a function there that takes the tenant id.' },
];
// Who may turn a string into a TenantId: see server/platform/tenants/tenant-id.ts.
const mayMintTenantIds = [
  'server/http/auth.ts',
  'server/platform/tenants/**',
  'server/cli.ts',
  'server/demo/**',
  'server/features/setup/**',
  'server/platform/backup/**',
  'server/jobs/**',
  'server/test/**',
  '**/*.test.ts',
];
const mintsTenantId = {
  selector: "ImportSpecifier[imported.name='asTenantId'], MemberExpression[property.name='asTenantId']",
  message: 'Only sign-in, the operator paths and the tenants platform mint a TenantId: take one from the actor or the caller, or use tenantIdOf(organization) for a row read from the database.',
};

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
    // Only the places that learn a tenant from something trusted (a session, the operator, the
    // database itself) mint a TenantId; everyone else is handed one.
    files: ['server/**/*.ts'],
    ignores: [...mayMintTenantIds, ...sqlOnlyInRepositories],
    rules: { 'no-restricted-syntax': ['error', mintsTenantId] },
  },
  {
    // SQL lives in repositories (and platform modules): routes parse and authorise, services hold
    // the rules. A query written anywhere else is a tenant scope nobody reviews as one.
    files: sqlOnlyInRepositories,
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', ...sqlOutsideRepositories, mintsTenantId] },
  },
  {
    // The same files where they may also mint a TenantId (flat config replaces a rule's options).
    files: ['server/http/auth.ts', 'server/features/setup/**/*.{service,routes}.ts'],
    rules: { 'no-restricted-syntax': ['error', ...sqlOutsideRepositories] },
  },
  ...['server', 'web'].flatMap((side) => [
    { files: [`${side}/features/*/*.{ts,tsx}`], depth: 1 },
    { files: [`${side}/features/*/*/**/*.{ts,tsx}`], depth: 2 },
  ].map(({ files, depth }) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { patterns: [...outOfFeature(depth), side === 'server' ? noWeb : noServer] }] },
  }))),
);
