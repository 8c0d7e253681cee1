import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

// The layering rules of ARCHITECTURE.md, keyed by folder (VS Code's code-layering is the model).
// Each folder lists everything it may not import; a flat-config block replaces an earlier one's
// options for the same rule, so every folder's list is complete on its own.
const NODE = { regex: `^(node:.*|(${builtinModules.join('|')})(/.*)?)$`, message: 'Node built-ins' };
const ELECTRON = { regex: '^electron(/.*)?$', message: 'electron' };
const SQLITE_DRIVER = { regex: '^better-sqlite3$', message: 'the SQLite driver' };
const SQLITE_MODULES = { regex: '(^|/)sqlite(/|$)', message: 'SQLite modules' };
const MAIN = { regex: '(^|/)src-main(/|$)', message: 'src-main' };
const RENDERER = { regex: '(^|/)src-renderer(/|$)', message: 'src-renderer' };

const layer = (files, why, banned, ignores = []) => ({
  files,
  ignores,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: banned.map((b) => ({ regex: b.regex, message: `${why}: no ${b.message}.` })) },
    ],
  },
});

const SOURCES = ['src-shared/**/*.{ts,svelte}', 'src-renderer/**/*.{ts,svelte}', 'src-main/**/*.ts'];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'release/',
      '.electron-native/',
      'test-results/',
      'playwright-report/',
      'bench/results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'], svelteConfig },
    },
  },
  {
    // Every switch over a union (event types above all) names every member: adding an event type
    // makes the linter list each place that must handle it. Type-aware, so sources only.
    files: ['src-shared/**/*.ts', 'src-main/**/*.ts', 'src-renderer/**/*.ts'],
    ignores: ['**/*.svelte.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
    },
  },
  // src-main: SQLite stays in modules whose path says so; only the shell imports electron.
  layer(
    ['src-main/**/*.ts'],
    'Outside src-main/**/sqlite/ and the Electron shell',
    [SQLITE_DRIVER, ELECTRON, RENDERER],
    ['src-main/**/sqlite/**', 'src-main/electron/**', 'src-main/index.ts', 'src-main/preload.ts'],
  ),
  layer(['src-main/**/sqlite/**/*.ts'], 'SQLite modules', [ELECTRON, RENDERER]),
  layer(['src-main/electron/**/*.ts', 'src-main/index.ts', 'src-main/preload.ts'], 'The Electron shell', [
    SQLITE_DRIVER,
    RENDERER,
  ]),
  // The domain and the application's rules know no storage technology.
  layer(['src-main/domain/**/*.ts', 'src-main/application/**/*.ts'], 'The domain and application layers', [
    SQLITE_DRIVER,
    SQLITE_MODULES,
    ELECTRON,
    RENDERER,
    {
      regex: '^node:(fs|net|http|https|child_process|worker_threads)$',
      message: 'file, network or process access',
    },
  ]),
  // src-shared runs in every process: main, preload, renderer, CLI.
  layer(['src-shared/**/*.ts'], 'src-shared runs in every process', [
    NODE,
    ELECTRON,
    SQLITE_DRIVER,
    MAIN,
    RENDERER,
  ]),
  // The renderer knows src-shared and itself only.
  layer(['src-renderer/**/*.{ts,svelte}'], 'The renderer knows only src-shared and itself', [
    NODE,
    ELECTRON,
    SQLITE_DRIVER,
    MAIN,
  ]),
  { files: SOURCES },
);
