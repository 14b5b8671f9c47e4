import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A Jest test sequencer for StrykerJS runs (jest.stryker.config.ts) that runs only the test files
 * holding a test a mutant is to be tested with.
 *
 * Stryker's Jest runner picks a mutant's tests by name (`testNamePattern`), and Jest still loads every
 * test file of the run, building each one's flows and machines, to find none in most of them: about a
 * second a file here, for every mutant. So when a run has no name pattern (Stryker's first, full run)
 * this records which tests each file holds, in the sandbox's .cache; when a run has one, it keeps the
 * files with a test whose name matches, as Jest will match it. A file it knows nothing of is kept.
 */
export default class CoveringFilesSequencer {
  /** @param {{ globalConfig: { rootDir: string, testNamePattern?: string | null } }} context */
  constructor({ globalConfig }) {
    this.pattern = globalConfig.testNamePattern || null;
    this.file = path.join(globalConfig.rootDir, '.cache', 'stryker-tests-by-file.json');
  }

  /** @returns {Record<string, string[]>} */
  known() {
    return existsSync(this.file) ? JSON.parse(readFileSync(this.file, 'utf8')) : {};
  }

  /** @template {{ path: string }} T @param {T[]} tests @returns {T[]} */
  sort(tests) {
    if (!this.pattern) return tests;
    const known = this.known();
    const matches = new RegExp(this.pattern, 'i');
    const kept = tests.filter((test) => !(test.path in known) || known[test.path].some((name) => matches.test(name)));
    return kept.length > 0 ? kept : tests;
  }

  /** @param {unknown} _tests @param {{ testResults: { testFilePath: string, testResults: { fullName: string }[] }[] }} results */
  cacheResults(_tests, results) {
    if (this.pattern) return;
    const known = this.known();
    for (const file of results.testResults) known[file.testFilePath] = file.testResults.map((test) => test.fullName);
    mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileSync(this.file, JSON.stringify(known));
  }
}
