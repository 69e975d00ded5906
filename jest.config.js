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
      testPathIgnorePatterns: ['/integration/']
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/__tests__/integration/**/*.test.ts']
    }
  ],
  testTimeout: 120000,
  verbose: false
}
