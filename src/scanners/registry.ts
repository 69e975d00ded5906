import { banditAdapter } from './bandit.js'
import { osvScannerAdapter } from './osv-scanner.js'
import { safetyAdapter } from './safety.js'
import { secretsAdapter } from './secrets.js'
import { semgrepAdapter } from './semgrep.js'
import type { ScannerAdapter } from './types.js'

/**
 * Every scanner runguard knows, in TOOL_NAMES order (docs/architecture.md, "How to add a
 * scanner"). A test checks that each
 * adapter file in this folder is listed here and that the names agree with TOOL_NAMES.
 */
export const SCANNERS: readonly ScannerAdapter[] = [
  banditAdapter,
  semgrepAdapter,
  safetyAdapter,
  osvScannerAdapter,
  secretsAdapter
]
