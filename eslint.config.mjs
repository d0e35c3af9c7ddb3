// Lint rules, including the architecture boundaries of DESIGN.md.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'net',
  'url',
  'util',
  'events',
  'stream',
];
const nodeBuiltinPatterns = [
  { group: ['node:*', ...NODE_BUILTINS], message: 'Node built-ins are not available here.' },
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    // Type-aware rules: a promise nobody awaits loses its error; a switch over a union must
    // name every member (or say `default`) so a new status cannot slip through unhandled.
    files: ['**/*.{ts,tsx}'],
    ignores: ['*.config.ts', '*.config.mts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
    },
  },
  {
    files: ['.dependency-cruiser.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // A test's stand-in for Electron's utility-process start-up, run by plain Node.
    files: ['tests/fixtures/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { process: 'readonly', require: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Playwright fixtures must destructure their dependencies, even when there are none.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'electron',
            'react',
            'typeorm',
            'better-sqlite3',
            'better-sqlite3-multiple-ciphers',
          ],
          patterns: [
            ...nodeBuiltinPatterns,
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ depends only on zod.',
            },
            {
              group: ['react*', '@mantine/*', '@tanstack/*', 'i18next*'],
              message: 'shared/ depends only on zod.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks only through window.coordina.' },
          ],
          patterns: [
            ...nodeBuiltinPatterns,
            { group: ['**/electron/**'], message: 'The renderer never imports electron/** code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The core is plain Node: it never imports electron.' },
          ],
          patterns: [
            {
              group: ['**/renderer/**', '**/main/**', '**/preload/**', '**/host/**'],
              message: 'The core depends on no host.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/host/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'The browser host runs without Electron.' }] },
      ],
    },
  },
);
