// ESM jest: the @actions toolkit majors we use are ESM-only (see docs/architecture.md, "Development").
const tsJest = [
  'ts-jest',
  { useESM: true, tsconfig: { isolatedModules: true, types: ['node', 'jest'] } }
]
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': tsJest },
  testEnvironment: 'node'
}
/** @type {import('jest').Config} */
export default {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: ['/integration/', '/__tests__/dist/']
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/__tests__/integration/**/*.test.ts']
    },
    {
      ...common,
      // The shipped bundles, run as users run them (rebuilt first when stale).
      displayName: 'dist',
      testMatch: ['<rootDir>/__tests__/dist/**/*.test.ts'],
      globalSetup: '<rootDir>/__tests__/dist/build-if-stale.mjs'
    }
  ],
  testTimeout: 120000,
  verbose: false
}
