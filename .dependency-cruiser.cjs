/**
 * The arrows the code may draw, declared once and checked by `npm run lint`.
 * The engine (lib/) is generic and pure; flows/ are content; app/ wires the two together.
 */
/** Tests, and what only tests read: the browser tests and a flow's independent oracle. */
const TESTS = '(^|/)[^/]+\\.(test|oracle)\\.tsx?$|^e2e/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'engine-is-pure',
      comment: 'lib/ holds pure TypeScript: no React, Next, form library or XState bindings for React.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: 'node_modules/(react|react-dom|next|react-hook-form|@hookform|@xstate/react)/' },
    },
    {
      name: 'engine-takes-a-flow',
      comment: 'lib/ takes a flow as an argument; it never imports one (flows/index.ts is the registry).',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^flows/' },
    },
    {
      name: 'engine-knows-no-app',
      comment: 'lib/ is below app/: HTTP plumbing and browser helpers live beside the routes and the wizard.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(app|scripts|e2e)/|^proxy\\.server\\.ts$' },
    },
    {
      name: 'flows-are-content',
      comment: 'A flow imports only the flow schema, its parser and the regions that localize it (and its own JSON files).',
      severity: 'error',
      from: { path: '^flows/', pathNot: TESTS },
      to: { path: '^(lib|app)/', pathNot: '^lib/flow/(flow-schema|parse-flow|regions)\\.ts$' },
    },
    {
      name: 'test-generators-stay-in-tests',
      comment: 'lib/testing/ builds test data; production code never imports it.',
      severity: 'error',
      from: { pathNot: `${TESTS}|^lib/testing/|^scripts/` },
      to: { path: '^lib/testing/' },
    },
    {
      name: 'no-dev-dependencies-in-production',
      comment:
        'What runs in production uses only dependencies, never devDependencies. A type-only import (`import type`, e.g. FHIR types from @types/fhir) is erased when compiled, so nothing of it runs.',
      severity: 'error',
      from: { path: '^(app|lib|flows)/|^proxy\\.server\\.ts$', pathNot: `${TESTS}|^lib/testing/|^app/api/_lib/api-test-helpers\\.ts$` },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'api-plumbing-stays-in-the-api',
      comment: 'app/api/_lib/ is the API routes’ own; the CLI and the wizard share only lib/.',
      severity: 'error',
      from: { pathNot: '^app/api/' },
      to: { path: '^app/api/_lib/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.next|\\.cache|out|bench-results)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
