import type { Config } from 'jest';
import jestConfig from './jest.config';

/**
 * The Jest config StrykerJS runs for each mutant of the engine (stryker.config.mjs): the `engine`
 * project of jest.config.ts, with only the engine's own tests, `lib/**\/*.test.ts`, next to the code.
 *
 * Jest loads every test file of a run, whichever of its tests Stryker picks, and each flow test file
 * parses the real flow and builds its machine as it loads: with the flow, API and CLI suites, a mutant
 * took 30 s or more here, and the run days. What they hold the engine to is checked elsewhere: the flow's
 * rules by the rule-mutation harness (scripts/mutation/flow-rules.ts), which runs the path tests' oracle
 * check on every mutant of the flow's data, and the whole suite by `npm test`.
 */
export default async function config(): Promise<Config> {
  const { projects, cacheDirectory } = await jestConfig();
  const engine = (projects as Config[]).find((project) => project.displayName === 'engine')!;
  return {
    ...engine,
    cacheDirectory,
    displayName: undefined,
    testMatch: ['<rootDir>/lib/**/*.test.ts'],
    // Only the test files that hold a mutant's tests (see there).
    testSequencer: '<rootDir>/scripts/mutation/covering-files-sequencer.mjs',
  };
}
