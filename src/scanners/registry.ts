import type { ToolName } from '../model.js'
import type { ScannerAdapter } from './types.js'

/**
 * Every scanner runguard knows, in TOOL_NAMES order (docs/architecture.md, "How to add a
 * scanner"), each loaded when its tool first runs: an adapter brings what only that tool needs
 * (the CVSS calculator, fflate, the secret detector's file walk), and in the bundle each is a
 * chunk of its own, so the first tool is spawned before the others' code is read and compiled.
 * A test checks that each adapter file in this folder is listed here, that the names agree
 * with TOOL_NAMES and that each entry loads the adapter its file exports.
 */
export const SCANNERS: Readonly<Record<ToolName, () => Promise<ScannerAdapter>>> = {
  bandit: async () => (await import('./bandit.js')).banditAdapter,
  semgrep: async () => (await import('./semgrep.js')).semgrepAdapter,
  safety: async () => (await import('./safety.js')).safetyAdapter,
  'osv-scanner': async () => (await import('./osv-scanner.js')).osvScannerAdapter,
  secrets: async () => (await import('./secrets.js')).secretsAdapter
}
