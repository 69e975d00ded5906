import type { Finding, GateResult, Metrics, Sample, ToolRun, Verdict } from '../../src/model.js'
import type { SummaryInput } from '../../src/report/summary.js'

/** Small builders for the GitHub/summary tests: one literal each, overrides on top. */

let n = 0
export function finding(overrides: Partial<Finding> = {}): Finding {
  n++
  return {
    tool: 'bandit',
    ruleId: 'B602',
    title: 'subprocess_popen_with_shell_equals_true',
    message: 'subprocess call with shell=True identified, security issue.',
    severity: 'high',
    cwe: ['CWE-78'],
    location: { path: 'app/run.py', startLine: 10, endLine: 10 },
    fingerprint: `fp-${n}`,
    ...overrides
  }
}

export function gate(overrides: Partial<GateResult> = {}): GateResult {
  return {
    gate: 'memory_max_mb <= 1024',
    kind: 'budget',
    metric: 'memory_max_mb',
    op: '<=',
    limit: 1024,
    actual: 300,
    passed: true,
    message: '300 MiB within 1024',
    ...overrides
  }
}

export function toolRun(overrides: Partial<ToolRun> = {}): ToolRun {
  return {
    tool: 'bandit',
    version: '1.8.6',
    status: 'ok',
    durationMs: 1200,
    findings: [],
    errors: [],
    ...overrides
  }
}

export function verdict(overrides: Partial<Verdict> = {}): Verdict {
  return {
    passed: true,
    reasons: [],
    warnings: [],
    counts: { critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0 },
    tools: [],
    gates: [],
    ...overrides
  }
}

export function samples(count: number, stepMs = 100): Sample[] {
  return Array.from({ length: count }, (_, i) => ({
    t: (i + 1) * stepMs,
    cpu: i === Math.floor(count / 2) ? 187.5 : 40 + (i % 7),
    rssMb: 50 + i / 10,
    processes: 1
  }))
}

export function metrics(overrides: Partial<Metrics> = {}): Metrics {
  return {
    execution_time_seconds: 2.5,
    exit_code: 0,
    success: true,
    cpu_max: 187.5,
    cpu_avg: 45,
    cpu_min: 0,
    memory_max_mb: 80,
    memory_avg_mb: 60,
    memory_min_mb: 10,
    user_time_seconds: 2,
    system_time_seconds: 0.2,
    num_threads: 3,
    num_fds: 12,
    page_faults_minor: 1000,
    page_faults_major: 0,
    voluntary_context_switches: 50,
    involuntary_context_switches: 5,
    block_io_read_bytes: 0,
    block_io_write_bytes: 4096,
    stdout_lines: 10,
    stderr_lines: 0,
    stdout_size_bytes: 300,
    stderr_size_bytes: 0,
    attempt: 1,
    startedAt: '2026-11-21T20:00:00.000Z',
    timedOut: false,
    samples: [],
    measurement: { method: 'linux-proc', samplingIntervalMs: 100, platform: 'linux', notes: [] },
    ...overrides
  }
}

export function summaryInput(overrides: Partial<SummaryInput> = {}): SummaryInput {
  return {
    verdict: verdict(),
    toolRuns: [],
    findings: [],
    gates: [],
    warnings: [],
    reports: [],
    ...overrides
  }
}
