import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns, extra = []) => ({
  'no-restricted-imports': ['error', { patterns: [...patterns, ...extra] }],
});

const rawIpc = {
  group: ['electron'],
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'Only electron/main/ipc.ts and electron/preload/index.ts touch raw IPC.',
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'reports/**',
      'templates/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: rawIpc.message },
          ],
        },
      ],
    },
  },
  { files: ['**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['electron/shared/**'],
    rules: restrict([
      {
        regex: '^(?!\\./|zod$)',
        message:
          'electron/shared imports nothing but itself (and zod, for the shapes it declares).',
      },
    ]),
  },
  {
    files: ['electron/core/**'],
    rules: restrict([
      {
        group: [
          'node:*',
          'fs',
          'path',
          'electron',
          '**/services/**',
          '**/rpc/**',
          '**/main/**',
          '**/web/**',
          '**/cli/**',
          '**/renderer/**',
        ],
        message: 'core is pure: shared only.',
      },
    ]),
  },
  {
    files: ['electron/services/**'],
    rules: restrict([
      {
        group: ['electron', '**/rpc/**', '**/main/**', '**/web/**', '**/cli/**', '**/renderer/**'],
        message: 'services never import electron, rpc or hosts.',
      },
    ]),
  },
  {
    files: ['electron/rpc/**'],
    rules: restrict([
      {
        group: ['electron', '**/main/**', '**/web/**', '**/cli/**', '**/renderer/**'],
        message: 'rpc is host-neutral: it never imports electron, a host or the renderer.',
      },
    ]),
  },
  {
    files: ['electron/main/**'],
    ignores: ['electron/main/ipc.ts'],
    rules: restrict(
      [{ group: ['**/renderer/**'], message: 'hosts do not import the renderer.' }],
      [rawIpc],
    ),
  },
  {
    files: ['electron/web/**', 'electron/cli/**'],
    rules: restrict(
      [
        { group: ['**/renderer/**'], message: 'hosts do not import the renderer.' },
        {
          group: ['**/main/**'],
          message:
            'electron/main is the Electron host only; shared host code lives in electron/rpc.',
        },
      ],
      [rawIpc],
    ),
  },
  {
    files: ['electron/main/ipc.ts', 'electron/preload/index.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Exceptions, listed by name, each pure and importing nothing but types (and each
              // other). The editor shows each heading's marker and applies its section operations
              // (add, move, indent, remove) while the writer types (numbering, section-ops); it
              // counts 字数 and, with the host out of reach, copies the draft exactly as an export
              // holds it (draft-text, the one definition of both); the export dialog names the
              // parts still empty in the draft in the window (empty-parts); the fill form composes
              // a formula's sentence per keystroke (formula-text). A round trip to the host per
              // keystroke, or a second copy of the same rules in the renderer, would be worse.
              // The page view sets the draft in the export preset's faces, sizes and line pitch
              // (typography), so that the screen and the Word file read from one table.
              // Two more pure modules come along through these, never imported directly: the
              // table of numbering forms (core/numbering-markers, through numbering) and the
              // splitting of text into lines (core/text-lines, through draft-text).
              // tsconfig.web.json lists them so the web project type-checks them too.
              regex:
                '(^|/)electron/(?!shared/|core/draft/(numbering|section-ops|draft-text|empty-parts|typography)$|core/templates/formula-text$)',
              message:
                'The renderer imports only types from electron/shared (and the pure modules core/draft/numbering, section-ops, draft-text, empty-parts, typography and core/templates/formula-text).',
            },
            {
              regex: '(^|/)electron/shared/',
              allowTypeImports: true,
              message: 'The renderer imports only types from electron/shared.',
            },
            { regex: '^electron$', message: 'The renderer never imports electron.' },
          ],
        },
      ],
    },
  },
  prettier,
);
