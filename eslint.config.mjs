import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/**
 * Next's recommended rules. Which folder may import which is declared once, in .dependency-cruiser.cjs;
 * dead files and exports are found by knip (knip.jsonc). `npm run lint` runs all three.
 */
const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', '.cache/**', '.scratch/**', 'node_modules/**', 'bench-results/**', 'out/**', 'next-env.d.ts'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // CommonJS on purpose (a node --require preload, webpack plugins): require is how it imports.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];

export default config;
