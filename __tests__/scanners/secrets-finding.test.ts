import { describe, expect, it } from '@jest/globals'
import { secretFinding } from '../../src/scanners/secrets.js'
import type { SecretMatch } from '../../src/secrets/types.js'

const match = (extra: Partial<SecretMatch> = {}): SecretMatch => ({
  ruleId: 'github-pat',
  title: 'GitHub personal access token',
  provider: 'GitHub',
  confidence: 'high',
  severity: 'high',
  validation: 'checksum',
  value: 'never-serialized-value',
  masked: 'ghp_…',
  fingerprint: 'f'.repeat(16),
  startLine: 3,
  endLine: 3,
  startColumn: 5,
  endColumn: 45,
  allowedInline: false,
  ...extra
})

describe('secretFinding', () => {
  it('says a verified token was verified and asks for rotation', () => {
    const f = secretFinding(match(), 'app/settings.py')
    expect(f.message).toContain('checksum verified')
    expect(f.message).toContain('Revoke and rotate it')
    expect(f.severity).toBe('high')
  })

  it('says a checksum lookalike is one, at the severity the engine gave it', () => {
    const f = secretFinding(
      match({ severity: 'low', confidence: 'low', checksumMismatch: true }),
      'tests/fixtures/tokens.txt'
    )
    expect(f.message).toContain('GitHub personal access token lookalike ghp_… in a test fixture')
    expect(f.message).toContain('checksum does not match a real token')
    expect(f.message).not.toContain('checksum verified')
    expect([f.severity, f.confidence]).toEqual(['low', 'low'])
    expect(JSON.stringify(f)).not.toContain('never-serialized-value')
  })
})
