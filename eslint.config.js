import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      '.next/**',
      '.next-e2e/**',
      '.data/**',
      'node_modules/**',
      'payload-types.ts',
      'migrations/**',
      'app/(payload)/admin/importMap.js',
      'next-env.d.ts',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The house rules (see lib/README.md): imports run one way, so no module can reach
    // itself again through its imports (static or dynamic), and a file stays small
    // enough to read at a glance.
    files: ['app/**', 'collections/**', 'components/**', 'lib/**', 'scripts/**', 'payload.config.ts', 'instrumentation.ts'],
    rules: {
      'import/no-cycle': ['error', { ignoreExternal: true }],
      'max-lines': ['error', { max: 250, skipBlankLines: true, skipComments: true }],
    },
  },
]

export default config
