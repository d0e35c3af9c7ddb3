/**
 * The architecture boundaries of DESIGN.md that ESLint cannot see (they need the import
 * graph): no cycles, type-only imports included; a renderer feature imports only components/,
 * app/, api, i18n and shared/, never another feature's files; Electron's main process imports
 * only the core's types (the core runs in its utility process). Run by `npm run lint`; proved by
 * tests/unit/lint-boundaries.test.ts on code that breaks them on purpose (tests/fixtures/lint).
 *
 * .dependency-cruiser-known-violations.json lists the violations tolerated for now: the 146
 * cross-feature imports that predated the rule were removed by moving what several features
 * share to app/ (query hooks, keys, vocabularies) and components/ (dialogs, panels, badges), so
 * it is empty. Keep it so (regenerate with `npm run lint:baseline` only when it shrinks); a NEW
 * violation fails the lint.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other (even for types) cannot be read or moved alone.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'feature-boundary',
      severity: 'error',
      comment:
        'A feature uses another only through components/, app/ or api: move what both need there.',
      from: { path: 'renderer/src/features/([^/]+)/' },
      to: {
        path: 'renderer/src/features/[^/]+/',
        pathNot: 'renderer/src/features/$1/',
      },
    },
    {
      name: 'main-relays-only',
      severity: 'error',
      comment:
        'Main only relays: the core runs in its utility process (coreProcess.js), so main imports its types only.',
      from: { path: 'electron/main/' },
      to: { path: 'electron/core/', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|out|dist)/' },
    // Type-only imports are edges too: a cycle of types is still a cycle.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.web.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
