/**
 * Three projects: unit/components (jsdom), int (Payload's Local API on a fresh
 * Postgres database) and e2e (Chromium against a production build).
 * Payload is ESM-only: run Jest with `node --experimental-vm-modules` (see package.json).
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'es6' },
  },
]

const shared = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '^@/(.*)$': '<rootDir>/$1',
  },
  modulePathIgnorePatterns: ['<rootDir>/.next', '<rootDir>/.next-e2e', '<rootDir>/.data'],
}

/** @type {import('jest').Config} */
const config = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts?(x)', '<rootDir>/tests/components/**/*.test.ts?(x)'],
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/jest-dom.ts'],
    },
    {
      ...shared,
      displayName: 'int',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/int/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/int-setup.ts',
      globalTeardown: '<rootDir>/tests/helpers/int-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/slow-timeout.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/e2e-setup.ts',
      globalTeardown: '<rootDir>/tests/helpers/e2e-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/slow-timeout.ts'],
    },
  ],
}

export default config
