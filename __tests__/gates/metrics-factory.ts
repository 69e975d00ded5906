import type { GateResult, Metrics } from '../../src/model.js'

/** A plausible attempt of a small Python script; tests override what they check. */
export function makeMetrics(overrides: Partial<Metrics> = {}): Metrics {
  return {
    execution_time_seconds: 1.25,
    exit_code: 0,
    success: true,
    cpu_max: 98.5,
    cpu_avg: 60.2,
    cpu_min: 0,
    memory_max_mb: 120,
    memory_avg_mb: 80,
    memory_min_mb: 10,
    user_time_seconds: 0.9,
    system_time_seconds: 0.1,
    num_threads: 4,
    num_fds: 12,
    page_faults_minor: 5000,
    page_faults_major: 0,
    voluntary_context_switches: 300,
    involuntary_context_switches: 40,
    block_io_read_bytes: 0,
    block_io_write_bytes: 4096,
    stdout_lines: 10,
    stderr_lines: 0,
    stdout_size_bytes: 512,
    stderr_size_bytes: 0,
    attempt: 1,
    startedAt: '2026-11-21T20:00:00.000Z',
    timedOut: false,
    samples: [{ t: 100, cpu: 60, rssMb: 80, processes: 1 }],
    measurement: { method: 'linux-proc', samplingIntervalMs: 100, platform: 'linux', notes: [] },
    ...overrides
  }
}

/** A passing memory budget gate. */
export const passedGate: GateResult = {
  gate: 'memory_max_mb <= 1024',
  kind: 'budget',
  metric: 'memory_max_mb',
  op: '<=',
  limit: 1024,
  actual: 512,
  passed: true,
  message: 'memory_max_mb is 512.0 MiB, within <= 1024.0 MiB'
}

/** The same gate, failed. */
export const failedGate: GateResult = {
  ...passedGate,
  actual: 1536,
  passed: false,
  message: 'memory_max_mb is 1536.0 MiB; gate requires <= 1024.0 MiB'
}

/** A failed memory regression against a baseline. */
export const failedRegression: GateResult = {
  gate: 'regression: memory_max_mb',
  kind: 'regression',
  metric: 'memory_max_mb',
  op: '<=',
  limit: 132,
  actual: 150,
  baseline: 120,
  passed: false,
  message: 'memory_max_mb was 120.0, now 150.0 (+25.0%, limit 10%)'
}
