import type { MeasurementInfo, Metrics } from '../model.js'
import type { CapturedStream } from './capture.js'
import type { MonitorSummary } from './monitor.js'
import type { ShimRusage } from './shim.js'

/** Everything one attempt produced, before it becomes a Metrics record. */
export interface AttemptFacts {
  attempt: number
  startedAt: string
  exitCode: number
  signal?: string
  timedOut: boolean
  /** The run was cancelled (a signal to runguard, or an abort) while this attempt ran. */
  cancelled?: boolean
  wallSeconds: number
  stdout: CapturedStream
  stderr: CapturedStream
  monitor?: MonitorSummary
  /** RUSAGE_CHILDREN of the shim after it reaped the whole tree. */
  rusage?: ShimRusage
  /** The shim's own ru_maxrss (KiB): the floor posix_spawn puts under the children's maxrss. */
  shimSelfMaxrssKb?: number
  measurement: MeasurementInfo
}

/** The reason a metric that only sampling observes is null (model.ts, MeasurementInfo). */
export const NOT_SAMPLED = 'not sampled: the script ended before the first sample'

const round = (value: number, digits: number): number => {
  const f = 10 ** digits
  return Math.round(value * f) / f
}

/**
 * Combines the /proc samples and the shim's rusage into the metric names (model.ts). Where both
 * sources measure a total, the larger wins: each is a lower bound of the truth (sampling misses
 * what happens after the last sample; rusage misses processes that were never reaped).
 */
export function buildMetrics(f: AttemptFacts): Metrics {
  // Only a sample observes the tree's CPU %, RSS average/minimum, threads and fds; a script that
  // ended before the first one has none of them (null, not 0: a 0 read as a measurement, and the
  // next sampled run looked like a regression). Totals also come from rusage when the helper ran.
  const m = f.monitor && f.monitor.samples > 0 ? f.monitor : undefined
  const ru = f.rusage
  const clk = m?.clockTicks ?? 100
  const sampled = (value: number, digits?: number): number | null =>
    m === undefined ? null : digits === undefined ? value : round(value, digits)
  const total = (value: number): number | null => (m === undefined && !ru ? null : value)
  // Children's ru_maxrss is only a real measurement when it exceeds the shim's own peak.
  const ruPeakKb =
    ru && ru.maxrss > (f.shimSelfMaxrssKb ?? Number.POSITIVE_INFINITY) ? ru.maxrss : 0
  // A script that ended before the first sample and stayed under the shim's own peak leaves
  // only the children's ru_maxrss, an upper bound (the floor posix_spawn carries over). Gating
  // on it fails closed; reporting 0 let any `memory_max_mb` gate pass (and a forged merge too).
  const memoryMaxKb = Math.max(m?.rssMaxKb ?? 0, m?.hwmMaxKb ?? 0, ruPeakKb) || (ru?.maxrss ?? 0)
  const sampledUser = m ? Math.max(m.ownUserTicks, m.withChildrenUserTicks) / clk : 0
  const sampledSystem = m ? Math.max(m.ownSystemTicks, m.withChildrenSystemTicks) / clk : 0
  const success = f.exitCode === 0 && !f.timedOut && f.cancelled !== true
  return {
    execution_time_seconds: round(f.wallSeconds, 3),
    exit_code: f.exitCode,
    success,
    cpu_max: sampled(m?.cpuMax ?? 0, 1),
    cpu_avg: sampled(m?.cpuAvg ?? 0, 1),
    cpu_min: sampled(m?.cpuMin ?? 0, 1),
    memory_max_mb: total(round(memoryMaxKb / 1024, 2)),
    memory_avg_mb: sampled((m?.rssAvgKb ?? 0) / 1024, 2),
    memory_min_mb: sampled((m?.rssMinKb ?? 0) / 1024, 2),
    user_time_seconds: total(round(Math.max(ru?.utime ?? 0, sampledUser), 3)),
    system_time_seconds: total(round(Math.max(ru?.stime ?? 0, sampledSystem), 3)),
    num_threads: sampled(m?.threadsMax ?? 0),
    num_fds: sampled(m?.fdsMax ?? 0),
    page_faults_minor: total(
      Math.max(ru?.minflt ?? 0, m ? Math.max(m.minorFaults, m.withChildrenMinorFaults) : 0)
    ),
    page_faults_major: total(
      Math.max(ru?.majflt ?? 0, m ? Math.max(m.majorFaults, m.withChildrenMajorFaults) : 0)
    ),
    voluntary_context_switches: total(Math.max(ru?.nvcsw ?? 0, m?.voluntaryCtxSwitches ?? 0)),
    involuntary_context_switches: total(Math.max(ru?.nivcsw ?? 0, m?.involuntaryCtxSwitches ?? 0)),
    // ru_inblock/ru_oublock are 512-byte units of the same storage-layer accounting as /proc/io.
    block_io_read_bytes: total(Math.max((ru?.inblock ?? 0) * 512, m?.readBytes ?? 0)),
    block_io_write_bytes: total(Math.max((ru?.oublock ?? 0) * 512, m?.writeBytes ?? 0)),
    stdout_lines: f.stdout.lines,
    stderr_lines: f.stderr.lines,
    stdout_size_bytes: f.stdout.bytes,
    stderr_size_bytes: f.stderr.bytes,
    attempt: f.attempt,
    startedAt: f.startedAt,
    timedOut: f.timedOut,
    ...(f.cancelled ? { cancelled: true } : {}),
    ...(f.signal ? { signal: f.signal } : {}),
    samples: f.monitor?.timeline ?? [],
    measurement: {
      ...f.measurement,
      ...(m === undefined && f.measurement.notObserved === undefined
        ? { notObserved: NOT_SAMPLED }
        : {})
    }
  }
}
