// Prints the closing line CI reads, "N passed, N failed", from the JSON reports the test command writes.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
let passed = 0;
let failed = 0;
const lines = [];

const jest = read('.cache/reports/jest.json');
if (jest) {
  passed += jest.numPassedTests;
  failed += jest.numFailedTests + jest.numRuntimeErrorTestSuites;
  lines.push(`unit and component tests: ${jest.numPassedTests} passed, ${jest.numFailedTests} failed`);
} else lines.push('unit and component tests: did not run');

const e2e = read('.cache/reports/e2e.json');
if (e2e) {
  const { expected = 0, unexpected = 0, flaky = 0 } = e2e.stats ?? {};
  passed += expected + flaky;
  failed += unexpected + (e2e.errors?.length ?? 0);
  lines.push(`browser tests: ${expected + flaky} passed, ${unexpected} failed`);
} else if (existsSync('playwright.config.ts')) lines.push('browser tests: did not run');

const ran = jest || e2e;
if (!ran) failed += 1;
process.stdout.write(`${lines.join('\n')}\n${passed} passed, ${failed} failed\n`);
