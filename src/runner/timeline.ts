import type { Sample } from '../model.js'

/** Default bound on stored timeline points (a 1 h run at 100 ms would be 36 000 samples). */
export const MAX_TIMELINE_POINTS = 600

/** Merges consecutive samples into one point: earliest time, maxima for cpu, rss and processes. */
export function mergeSamples(a: Sample, b: Sample): Sample {
  return {
    t: Math.min(a.t, b.t),
    cpu: Math.max(a.cpu, b.cpu),
    rssMb: Math.max(a.rssMb, b.rssMb),
    processes: Math.max(a.processes, b.processes)
  }
}

/**
 * A bounded timeline. When it is full, neighbouring points are merged pairwise and from then on
 * each stored point covers twice as many raw samples, so memory stays O(maxPoints) and peaks are
 * never lost (maxima are kept).
 */
export class SampleTimeline {
  private readonly stored: Sample[] = []
  /** Raw samples per stored point. */
  private stride = 1
  private pending: Sample | undefined
  private pendingCount = 0

  constructor(private readonly maxPoints = MAX_TIMELINE_POINTS) {
    if (maxPoints < 2) throw new RangeError('maxPoints must be at least 2')
  }

  add(sample: Sample): void {
    this.pending = this.pending ? mergeSamples(this.pending, sample) : sample
    this.pendingCount++
    if (this.pendingCount < this.stride) return
    this.stored.push(this.pending)
    this.pending = undefined
    this.pendingCount = 0
    if (this.stored.length >= this.maxPoints) this.halve()
  }

  private halve(): void {
    const merged: Sample[] = []
    for (let i = 0; i < this.stored.length; i += 2) {
      const a = this.stored[i] as Sample
      const b = this.stored[i + 1]
      merged.push(b ? mergeSamples(a, b) : a)
    }
    this.stored.length = 0
    this.stored.push(...merged)
    this.stride *= 2
  }

  /** Stored points plus a partially filled last point; never more than maxPoints. */
  points(): Sample[] {
    const out = [...this.stored]
    if (this.pending) out.push(this.pending)
    return out.length > this.maxPoints ? out.slice(0, this.maxPoints) : out
  }
}
