import { describe, expect, it } from '@jest/globals'
import picomatch from 'picomatch'
import {
  DEFAULT_ALLOWLIST_GLOBS,
  defaultSkipReason,
  isBinaryContent,
  isTestFixturePath
} from '../../src/secrets/files.js'

describe('test fixture paths', () => {
  it.each([
    'tests/certs/server.key',
    'test/hotCases/https/key.pem',
    'pkg/__tests__/helpers/keys.ts',
    'src/app/__fixtures__/token.json',
    'internal/testdata/creds.yaml',
    'spec/support/secrets.rb',
    'app/test_settings.py',
    'db/conn_test.go',
    'web/src/login.spec.ts',
    'web/src/api.test.js',
    'conftest.py',
    'src/test/java/com/acme/AuthTest.java'
  ])('%s is a test fixture', p => expect(isTestFixturePath(p)).toBe(true))

  it.each([
    'app/settings.py',
    'deploy/prod.env',
    'src/attestation.py',
    'latest/config.yaml',
    'contest/app.py',
    'src/testing_utils_prod.go'
  ])('%s is not', p => expect(isTestFixturePath(p)).toBe(false))
})

describe('default allowlist', () => {
  // The walk pre-checks a path's shape before the globs; the answer must be the globs' own.
  const globMatch = picomatch([...DEFAULT_ALLOWLIST_GLOBS], { dot: true })
  const cores = DEFAULT_ALLOWLIST_GLOBS.map(g => g.replace(/^\*\*\//, '').replace(/\/\*\*$/, ''))
  const names = cores.flatMap(core => {
    const plain = core.replace(/^\*/, 'app')
    return [plain, `x${plain}`, `${plain}x`, `.${plain}`, plain.toUpperCase(), plain.slice(1)]
  })
  const paths = names.flatMap(n => [n, `src/${n}`, `${n}/a.py`, `a/${n}/b/c.py`, `${n}/x`])
  it.each(paths)('%s: same answer as the globs', p => {
    const reason = defaultSkipReason(p)
    expect(reason === 'vendored, minified or lock file (default allowlist)').toBe(globMatch(p))
  })

  it('matches what it should at all', () => {
    expect(paths.filter(p => globMatch(p)).length).toBeGreaterThan(100)
  })
})

describe('binary content', () => {
  const withNulAt = (at: number, length = 10_000): Uint8Array => {
    const bytes = new Uint8Array(length).fill(0x61)
    bytes[at] = 0
    return bytes
  }
  it('is a NUL byte in the first 8 KiB', () => {
    expect(isBinaryContent(withNulAt(0))).toBe(true)
    expect(isBinaryContent(withNulAt(8191))).toBe(true)
    expect(isBinaryContent(withNulAt(8192))).toBe(false)
    expect(isBinaryContent(new Uint8Array(0))).toBe(false)
  })
  it('is not UTF-16 text with a byte order mark', () => {
    expect(isBinaryContent(Buffer.from('\ufeffkey = 1', 'utf16le'))).toBe(false)
  })
})
