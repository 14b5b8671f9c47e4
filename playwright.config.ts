import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

const port = Number(process.env.E2E_PORT ?? 3210);

export default defineConfig({
  testDir: 'e2e',
  outputDir: '.cache/e2e-results',
  fullyParallel: true,
  // Time limits only catch hangs: CI machines are shared and noisy, and speed is measured in `npm run bench`.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: '.cache/reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // A failed test keeps its trace: each action's DOM snapshot, network and console. Not its screencast:
    // encoding the frames costs about a tenth of the browser tests' time on CI's two busy cores.
    trace: { mode: 'retain-on-failure', screenshots: false },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  // What production runs: the production build (with its CSP hashes and SRI) on the standalone server.
  // e2e/nginx.spec.ts starts two more instances of the same build behind nginx. `npm test` has built it
  // already (scripts/test.sh), and says so with E2E_PREBUILT.
  webServer: {
    // The static export first (e2e/static-export.spec.ts serves out/): its build replaces .next.
    command: process.env.E2E_PREBUILT ? 'npm start' : 'npm run build:static && npm run build && npm start',
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 600_000,
    stdout: 'ignore',
    env: { NEXT_TELEMETRY_DISABLED: '1', PORT: String(port), HOSTNAME: '127.0.0.1' },
  },
});
