import { settingsSchema, type RawSettings, type Settings } from '../../src/config/schema.js'

/** One factory for test Settings with overrides (like codeql-action's createTestConfig). */
export function createTestSettings(overrides: Partial<RawSettings> = {}): Settings {
  return settingsSchema.parse({ workspace: process.cwd(), maxParallel: 2, ...overrides })
}
