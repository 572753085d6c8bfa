import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { featureBoundaries } from './lint/feature-boundaries.mjs';

/** Dexie writes: only the command runner (renderer/commands) and the persistence plumbing. */
const WRITES = 'put|bulkPut|add|bulkAdd|update|bulkUpdate|delete|bulkDelete|clear|modify';
const noDexieWrites = [
  {
    selector: `CallExpression[callee.property.name=/^(${WRITES})$/][callee.object.object.name='db']`,
    message:
      'Write through a command (renderer/commands): runCommand checks the rules, audits and records undo.',
  },
  {
    selector: `CallExpression[callee.property.name=/^(${WRITES})$/][callee.object.object.property.name='db']`,
    message:
      'Write through the command’s writer (ctx.write), which keeps the before-images for undo.',
  },
  {
    selector: "CallExpression[callee.property.name='transaction'][arguments.0.value='rw']",
    message: 'A read-write transaction is the command runner’s: write through a command.',
  },
];

const noElectron = {
  name: 'electron',
  message: 'Only electron/main and electron/preload may import electron (it cannot run here).',
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      '.tsbuild/**',
      '.test-results/**',
      'test-results/**',
      '.bench/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
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
          paths: [noElectron],
          patterns: [
            { group: ['**/electron/**'], message: 'The renderer cannot import main-process code.' },
          ],
        },
      ],
    },
  },
  {
    files: [
      'renderer/features/**/*.{ts,tsx}',
      'renderer/app/**/*.{ts,tsx}',
      'renderer/components/**/*.{ts,tsx}',
      'renderer/store/**/*.{ts,tsx}',
    ],
    plugins: { local: { rules: { 'feature-boundaries': featureBoundaries } } },
    rules: {
      'no-restricted-syntax': ['error', ...noDexieWrites],
      'local/feature-boundaries': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, 'react', 'react-dom', 'dexie', 'fs', 'path'],
          patterns: [
            { group: ['node:*'], message: 'shared/ is pure: no I/O.' },
            {
              group: ['**/electron/**', '**/renderer/**', '@renderer/*'],
              message: 'shared/ imports neither side.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'test/**/*.{ts,tsx}', 'test/tools/**/*.mjs'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  {
    // The unit tier is pure: what touches files, processes or a database is an integration test.
    files: ['test/unit/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            {
              group: [
                'node:fs',
                'node:fs/*',
                'fs',
                'fs/*',
                'node:child_process',
                'child_process',
                'node:worker_threads',
                'fake-indexeddb',
                'fake-indexeddb/*',
                '**/temp-dirs',
                '@renderer/db/*',
              ],
              message: 'A unit test does no I/O: put this test under test/integration/.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
