import type { Config } from 'jest';
import nextJest from 'next/jest.js';

// next/jest brings Next's SWC transform, so tests compile the same TypeScript and JSX the app does.
const createJestConfig = nextJest({ dir: './' });

const shared: Config = {
  // Time limits only catch hangs: these machines are shared and noisy, and speed is measured in `npm run bench`.
  testTimeout: 120_000,
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  testPathIgnorePatterns: ['/node_modules/', '/.next/', '/e2e/', '/.scratch/'],
};

export default async function config(): Promise<Config> {
  return {
    cacheDirectory: '<rootDir>/.cache/jest',
    projects: [
      await createJestConfig({
        ...shared,
        displayName: 'engine',
        testEnvironment: 'node',
        testMatch: ['<rootDir>/**/*.test.ts'],
      })(),
      await createJestConfig({
        ...shared,
        displayName: 'components',
        testEnvironment: 'jsdom',
        testMatch: ['<rootDir>/**/*.test.tsx'],
        setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
      })(),
    ],
  };
}
