// @ts-check
/**
 * Mutation testing of the engine with StrykerJS and its Jest runner: `npm run test:mutation` (after the
 * flow-rule harness, scripts/mutation/flow-rules.ts). Not part of `npm test`: it takes tens of minutes.
 * Jest runs jest.stryker.config.ts: the engine's own tests, lib/**\/*.test.ts (see there why only those).
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const config = {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'jest.stryker.config.ts', enableFindRelatedTests: true },
  coverageAnalysis: 'perTest',
  // Tests build their flow and its machine as their file loads, so half the mutants also run then
  // ("static"), and Stryker would re-run every test from a fresh start for each: hours here. A mutant
  // that tests also run is tested by those tests alone; one that runs only as files load is Ignored.
  ignoreStatic: true,
  mutate: ['lib/flow/**/*.ts', 'lib/screens/**/*.ts', 'lib/triage/**/*.ts', '!lib/**/*.test.ts', '!lib/**/*.d.ts'],
  // The sandbox needs the code and the tests, not the build, the caches or the browser tests.
  ignorePatterns: ['.cache', '.next', '.scratch', 'bench-results', 'e2e', 'public', 'test-results', 'playwright-report', 'coverage'],
  // Keeps each mutant's result with the code and tests it ran against: a later run re-tests only the
  // mutants whose code or tests changed (`npx stryker run --force` re-tests them all).
  incremental: true,
  incrementalFile: '.cache/mutation/stryker-incremental.json',
  tempDirName: '.cache/stryker-tmp',
  cleanTempDir: true,
  concurrency: 2,
  // These machines are shared and noisy: a mutant that hangs is still caught, later.
  timeoutMS: 60_000,
  timeoutFactor: 2,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: '.cache/mutation/engine.html' },
  jsonReporter: { fileName: '.cache/mutation/engine.json' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0, reportScoreTable: true, reportMutants: true },
  thresholds: { high: 90, low: 85, break: null },
  tsconfigFile: 'tsconfig.json',
};

export default config;
