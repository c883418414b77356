// The import graph HardDay keeps (checked by `npm run lint`): no cycles, and no import from a lower floor to a higher
// one. Floors, lowest first; a folder may import its own floor's folders only where listed in `sameFloor`.
// ESLint (eslint.config.js) says the same per folder with a message at the import; this check sees the whole graph.

const FLOORS = [
  ['utils/core'],
  ['utils/i18n'],
  ['utils/queries'],
  ['utils/sites', 'utils/store'],
  ['utils/views'],
  ['utils/messaging', 'utils/platform.ts'],
  ['components'],
  ['utils/background', 'utils/content', 'utils/pages'],
  ['entrypoints'],
];

const path = (folder) => `^${folder.replace(/[.]/g, '\\.')}(/|$)`;
const above = (index) =>
  FLOORS.slice(index + 1)
    .flat()
    .map(path);

const upward = FLOORS.flatMap((floor, index) =>
  index === FLOORS.length - 1
    ? []
    : floor.map((folder) => ({
        name: `no-up-from-${folder.replace(/[/.]/g, '-')}`,
        comment: `${folder} sits below ${FLOORS.slice(index + 1)
          .flat()
          .join(', ')} and must not import them`,
        severity: 'error',
        from: { path: path(folder), pathNot: '\\.test\\.tsx?$' },
        to: { path: above(index) },
      })),
);

// The three contexts never import each other: each runs in its own world (service worker, page, extension page).
const CONTEXTS = ['utils/background', 'utils/content', 'utils/pages'];
const apart = CONTEXTS.map((context) => ({
  name: `no-cross-context-${context.split('/').pop()}`,
  severity: 'error',
  from: { path: path(context) },
  to: { path: CONTEXTS.filter((other) => other !== context).map(path) },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Import cycles make load order matter and hide which module owns what.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...upward,
    ...apart,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(\\.output|\\.wxt|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
