import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Import direction, one zone per folder (docs/ARCHITECTURE.md): entrypoints wire everything; the three contexts
// (background, content, pages) never import each other; components get props and give callbacks; views are pure
// view models; utils/core imports nothing outside itself. `npm run lint` also checks the whole graph for cycles and
// upward imports (.dependency-cruiser.cjs).
const FOLDERS = {
  core: 'utils/core',
  i18n: 'utils/i18n',
  queries: 'utils/queries',
  sites: 'utils/sites',
  store: 'utils/store',
  views: 'utils/views',
  messaging: 'utils/messaging',
  platform: 'utils/platform',
  background: 'utils/background',
  content: 'utils/content',
  pages: 'utils/pages',
  components: 'components',
  entrypoints: 'entrypoints',
};
const patternsFor = (...names) =>
  names.flatMap((name) => {
    const dir = FOLDERS[name];
    const last = dir.split('/').pop();
    return [`**/${last}`, `**/${last}/**`, `@/${dir}/**`, `@/${dir}`];
  });
/** A zone: files that must not import the `never` folders, and may import the `typesOnly` folders for types only. */
const zone = (files, { never = [], typesOnly = [], packages = [] }, message) => ({
  files,
  ignores: ['**/*.test.ts', '**/*.test.tsx'],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: [...patternsFor(...never), ...packages], message },
          ...(typesOnly.length
            ? [
                {
                  group: patternsFor(...typesOnly),
                  allowTypeImports: true,
                  message: `${message} (types only)`,
                },
              ]
            : []),
        ],
      },
    ],
  },
});
const EVERYTHING_BUT = (...allowed) => Object.keys(FOLDERS).filter((name) => !allowed.includes(name));

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
  zone(
    ['utils/core/**'],
    {
      never: EVERYTHING_BUT('core'),
      packages: ['@/*', 'wxt', 'wxt/*', 'preact', 'preact/*', '@tanstack/*', '@webext-core/*', 'valibot'],
    },
    'utils/core is pure and imports nothing outside itself.',
  ),
  zone(
    ['utils/i18n/**'],
    { never: EVERYTHING_BUT('core', 'i18n') },
    'utils/i18n reads messages from browser.i18n: core only.',
  ),
  zone(
    ['utils/queries/**'],
    { never: EVERYTHING_BUT('core', 'queries') },
    'utils/queries is the site-request layer: core only.',
  ),
  zone(
    ['utils/sites/**'],
    { never: EVERYTHING_BUT('core', 'queries', 'sites') },
    'utils/sites may import utils/core and utils/queries only.',
  ),
  zone(
    ['utils/store/**'],
    { never: EVERYTHING_BUT('core', 'store') },
    'utils/store may import utils/core only.',
  ),
  zone(
    ['utils/views/**'],
    { never: EVERYTHING_BUT('core', 'sites', 'views', 'store', 'i18n'), typesOnly: ['store', 'i18n'] },
    'utils/views are pure view models: core and sites (store and message-key types).',
  ),
  zone(
    ['utils/messaging/**'],
    {
      never: EVERYTHING_BUT('core', 'messaging', 'store', 'views', 'sites'),
      typesOnly: ['store', 'views', 'sites'],
    },
    'utils/messaging is the typed protocol: core, store, view and site-reader types.',
  ),
  zone(
    ['utils/platform.ts'],
    { never: EVERYTHING_BUT('core', 'views', 'platform', 'i18n') },
    'utils/platform.ts holds browser helpers for several contexts: core, views and i18n only.',
  ),
  zone(
    ['utils/background/**'],
    { never: ['pages', 'content', 'components', 'entrypoints'] },
    'The background never imports page, content or UI code.',
  ),
  zone(
    ['utils/content/**'],
    { never: ['background', 'pages', 'store', 'platform', 'entrypoints'] },
    'Content scripts talk to the background by message: no background, page or storage code.',
  ),
  zone(
    ['utils/pages/**'],
    { never: ['background', 'content', 'entrypoints'] },
    'Extension pages never import background or content-script code.',
  ),
  zone(
    ['components/**'],
    {
      never: EVERYTHING_BUT('core', 'components', 'views', 'i18n'),
      typesOnly: ['views'],
      // '#' opens a comment in these gitignore-style patterns, hence the backslash.
      packages: ['wxt', 'wxt/*', 'webextension-polyfill', '@webext-core/*', '\\#i18n', '@wxt-dev/*'],
    },
    'components take props and give callbacks: no browser APIs (text comes through utils/i18n), no site code, no storage.',
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
    // Every word a runner reads comes from locales/*.yml through utils/i18n (docs/ARCHITECTURE.md, "Text and
    // languages"): no letters in JSX text, in the text props, or as a string child.
    files: ['components/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...noHtmlStrings,
        ...[
          'JSXText[value=/[A-Za-z]{2}/]',
          'JSXExpressionContainer > Literal[value=/[A-Za-z]{2}/]',
          'JSXAttribute[name.name=/^(aria-label|title|placeholder|alt|label|hint|legend)$/] > Literal[value=/[A-Za-z]{2}/]',
        ].map((selector) => ({
          selector,
          message: 'User-facing text comes from locales/*.yml through t() from utils/i18n.',
        })),
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-restricted-syntax': 'off' },
  },
);
