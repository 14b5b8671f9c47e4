import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/** Next's recommended rules, plus the one-way import direction the project is built on. */
const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', '.cache/**', '.scratch/**', 'node_modules/**', 'bench-results/**', 'next-env.d.ts'],
  },
  {
    // lib/ is a generic engine: it takes a flow as an argument and never imports flows/, React or Next.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/flows', '@/flows/*', '../flows/*'], message: 'lib/ takes a flow as an argument; it never imports flows/.' },
            { group: ['react', 'react-dom', 'next', 'next/*', '@/app/*'], message: 'lib/ holds pure functions: no React or Next.' },
          ],
        },
      ],
    },
  },
  {
    // flows/ is content: it imports only the flow schema and types from lib/.
    files: ['flows/**/*.ts'],
    ignores: ['flows/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'next', 'next/*', '@/app/*', '@/lib/*', '!@/lib/flow-schema'], message: 'flows/ imports only lib/flow-schema.' }] },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];

export default config;
