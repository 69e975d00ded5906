import { createHash } from 'node:crypto'

/** Stable fingerprint: sha256 hex of the parts (NUL-separated, so parts cannot run together), 32 chars. */
export function fingerprintOf(parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32)
}
