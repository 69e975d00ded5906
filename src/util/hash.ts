import { createHash } from 'node:crypto'

/** Stable fingerprint: sha256 hex of the parts (NUL-separated, so parts cannot run together), 32 chars. */
export function fingerprintOf(parts: string[]): string {
  // The hex of the first 16 bytes, not a slice of the full hex: V8 keeps a slice as a view of
  // its 64-character parent, which every finding would then hold (three times the memory).
  return createHash('sha256').update(parts.join('\0')).digest().toString('hex', 0, 16)
}
