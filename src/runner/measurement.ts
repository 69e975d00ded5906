import type { Metrics } from '../model.js'
import { NOT_SAMPLED } from './metrics.js'

export interface MeasurementFacts {
  linux: boolean
  /** The rusage helper ran (shim or isolated mode). */
  helper: boolean
  rusage: boolean
  subreaper: boolean
  discovery: string | undefined
  interval: number
  samples: number
  startFailed: boolean
  /** Isolation line (describeIsolation); first in the notes so a summary cut keeps it. */
  isolation: string | undefined
  notes: readonly string[]
}

/** How the numbers of one attempt were obtained and what could not be measured. */
export function describeMeasurement(input: MeasurementFacts): Metrics['measurement'] {
  const notes = [...(input.isolation ? [input.isolation] : []), ...input.notes]
  let method: string
  let notObserved: string | undefined
  if (!input.linux) {
    method = 'portable'
    notObserved = `not measured: no /proc on ${process.platform}`
    notes.push(
      `no /proc on ${process.platform}: only wall time, exit code and output sizes are measured; CPU, memory, threads, fds, faults, context switches and I/O are not (null)`
    )
  } else {
    method = input.helper ? 'linux-proc+rusage-shim' : 'linux-proc'
    if (input.discovery) notes.push(`process tree discovery: ${input.discovery}`)
    if (!input.helper) {
      notes.push(
        'rusage shim not used (no python3 >= 3.8, or disabled): CPU time, page faults, context switches and I/O of processes that exited between samples are lower bounds'
      )
    } else if (!input.rusage && !input.startFailed) {
      notes.push('the rusage shim did not report; totals come from /proc samples only')
    } else if (!input.subreaper && !input.startFailed) {
      notes.push('PR_SET_CHILD_SUBREAPER unavailable: orphaned processes are not in the CPU totals')
    }
    if (input.samples === 0) {
      notObserved = input.startFailed ? 'not measured: the script did not start' : NOT_SAMPLED
      if (!input.startFailed)
        notes.push(
          `the script ended before the first sample: CPU, memory average and minimum, threads and fds were not observed (null, never gated), and the memory peak is the rusage value (an upper bound)`
        )
    }
  }
  return {
    method,
    samplingIntervalMs: input.interval,
    platform: `${process.platform}-${process.arch}`,
    notes,
    ...(notObserved ? { notObserved } : {})
  }
}
