import type { ExecResult } from '../../src/exec.js'

/**
 * A finished process as `execFile` reports it: exit 0, no output, nothing timed out or cut off.
 * Tests override only what their case is about (`{ exitCode: null, timedOut: true }` …).
 */
export function execResult(overrides: Partial<ExecResult> = {}): ExecResult {
  return {
    exitCode: 0,
    signal: null,
    stdout: '',
    stderr: '',
    timedOut: false,
    truncated: false,
    durationMs: 1,
    ...overrides
  }
}
