import { describe, expect, it } from '@jest/globals'
import { isTestFixturePath } from '../../src/secrets/files.js'

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
