import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Import direction (DESIGN.md): entrypoints → components, utils/*; utils/sites → utils/core; utils/store → utils/core;
// components → utils/core (types only); utils/core imports nothing outside itself.
const outside = (...dirs) =>
  dirs.flatMap((dir) => {
    const last = dir.split('/').pop();
    return [`**/${last}`, `**/${last}/**`, `@/${dir}/**`, `@/${dir}`];
  });
const restrict = (files, patterns, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
});

const noHtmlStrings = [
  {
    selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Render page text as text, never as HTML.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Render page text as text, never as HTML.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Render page text as text, never as HTML.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name='write']",
    message: 'No document.write.',
  },
  { selector: "NewExpression[callee.name='Function']", message: 'No code from strings.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No code from strings.' },
];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'bench/results/**',
      'test-results/**',
      'test/fixtures/**/*.html',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', ...noHtmlStrings],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  restrict(
    ['utils/core/**'],
    [
      ...outside(
        'utils/store',
        'utils/sites',
        'utils/messaging',
        'utils/queries',
        'utils/ui',
        'utils/content',
        'utils/background',
        'components',
        'entrypoints',
      ),
      '@/*',
      'wxt',
      'wxt/*',
      'preact',
      'preact/*',
      '@tanstack/*',
      '@webext-core/*',
      'valibot',
    ],
    'utils/core is pure and imports nothing outside itself.',
  ),
  restrict(
    ['utils/sites/**'],
    [
      ...outside(
        'utils/store',
        'utils/messaging',
        'utils/ui',
        'utils/content',
        'utils/background',
        'components',
        'entrypoints',
      ),
    ],
    'utils/sites may import utils/core (and utils/queries) only.',
  ),
  restrict(
    ['utils/store/**'],
    [...outside('utils/sites', 'utils/ui', 'utils/content', 'utils/background', 'components', 'entrypoints')],
    'utils/store may import utils/core only.',
  ),
  restrict(
    ['components/**'],
    [
      ...outside(
        'utils/store',
        'utils/sites',
        'utils/messaging',
        'utils/queries',
        'utils/ui',
        'utils/content',
        'utils/background',
        'entrypoints',
      ),
      'wxt',
      'wxt/*',
      'webextension-polyfill',
      '@webext-core/*',
    ],
    'components take props and give callbacks: no browser APIs, no site code, no storage.',
  ),
  {
    files: ['components/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'No browser APIs in components.' },
        { name: 'browser', message: 'No browser APIs in components.' },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-restricted-syntax': 'off' },
  },
);
