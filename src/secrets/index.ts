/**
 * The built-in secret detector (users' view: docs/scanners.md): rules, engine and masking.
 * The scanner adapter is `src/scanners/secrets.ts`; the runner's redactor uses
 * `detectSecretValues` as its detect hook so a secret printed at run time is redacted too.
 */
export { detectSecretValues, maskSecret, scanText, secretFingerprint } from './engine.js'
export { RULES } from './rules/index.js'
export type { SecretMatch, SecretRule } from './types.js'
