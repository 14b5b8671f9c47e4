import type { Config } from 'jest';
import nextJest from 'next/jest.js';

// next/jest brings Next's SWC transform, so tests compile the same TypeScript and JSX the app does.
const createJestConfig = nextJest({ dir: './' });

/** Time limits only catch hangs: these machines are shared and noisy, and speed is measured in `npm run bench`. */
const TEST_TIMEOUT = 120_000;

const shared: Config = {
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  testPathIgnorePatterns: ['/node_modules/', '/.next/', '/e2e/', '/.scratch/', '<rootDir>/.cache/'],
  // StrykerJS copies the project into .cache/stryker-tmp while it runs (stryker.config.mjs); the build's
  // standalone copy in .next/ has a package.json of the same name as ours, which Jest warned of.
  modulePathIgnorePatterns: ['<rootDir>/.cache/', '<rootDir>/.next/'],
};

/**
 * next/jest leaves node_modules untransformed; these packages ship only ES modules, which Jest's
 * CommonJS runtime needs compiled (text-readability and what it imports, for the readability tests).
 */
const ESM_ONLY = ['text-readability', 'syllable'];

async function project(options: Config): Promise<Config> {
  const config = await createJestConfig(options)();
  return {
    ...config,
    transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`, '^.+\\.module\\.(css|sass|scss)$'],
  };
}

export default async function config(): Promise<Config> {
  return {
    // A global option: Jest ignores testTimeout inside a project, where it was (tests timed out at 5 s).
    testTimeout: TEST_TIMEOUT,
    // Jest's default keeps one core for itself, which on a 2-core CI machine means one worker: the suite
    // took 151 s; on both cores, 99 s.
    maxWorkers: '100%',
    cacheDirectory: '<rootDir>/.cache/jest',
    projects: [
      await project({
        ...shared,
        displayName: 'engine',
        testEnvironment: 'node',
        testMatch: ['<rootDir>/**/*.test.ts'],
      }),
      await project({
        ...shared,
        displayName: 'components',
        testEnvironment: 'jsdom',
        testMatch: ['<rootDir>/**/*.test.tsx'],
        setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
      }),
    ],
  };
}
