import { describe, expect, it } from '@jest/globals'
import { retryDelays, shouldRetry, type RetrySettings } from '../../src/runner/retry.js'

const base: RetrySettings = {
  retry: 5,
  retryStrategy: 'exponential',
  retryDelay: 1,
  retryMaxDelay: 60,
  retryMultiplier: 2
}

describe('retryDelays', () => {
  it('linear grows by the base delay', () => {
    expect(retryDelays({ ...base, retryStrategy: 'linear', retryDelay: 2 })).toEqual([
      2, 4, 6, 8, 10
    ])
  })
  it('exponential multiplies', () => {
    expect(retryDelays({ ...base, retryMultiplier: 3 })).toEqual([1, 3, 9, 27, 60])
  })
  it('fibonacci follows 1, 1, 2, 3, 5', () => {
    expect(retryDelays({ ...base, retryStrategy: 'fibonacci', retryDelay: 0.5 })).toEqual([
      0.5, 0.5, 1, 1.5, 2.5
    ])
  })
  it('caps every strategy at retryMaxDelay', () => {
    for (const retryStrategy of ['linear', 'exponential', 'fibonacci'] as const) {
      const delays = retryDelays({ ...base, retry: 10, retryStrategy, retryMaxDelay: 7 })
      expect(Math.max(...delays)).toBe(7)
    }
  })
  it('exponential_jitter is full jitter: U(0, min(max, base*mult^n))', () => {
    const rng = (): number => 0.5
    expect(
      retryDelays({ ...base, retryStrategy: 'exponential_jitter', retryMaxDelay: 10 }, rng)
    ).toEqual([0.5, 1, 2, 4, 5])
    const zero = retryDelays({ ...base, retryStrategy: 'exponential_jitter' }, () => 0)
    expect(zero).toEqual([0, 0, 0, 0, 0])
    const almostOne = retryDelays(
      { ...base, retryStrategy: 'exponential_jitter', retryMaxDelay: 10 },
      () => 0.999999
    )
    almostOne.forEach((d, n) => expect(d).toBeLessThan(Math.min(10, 2 ** n)))
  })
  it('returns one delay per retry', () => {
    expect(retryDelays({ ...base, retry: 0 })).toEqual([])
    expect(retryDelays({ ...base, retry: 2 })).toHaveLength(2)
  })
})

describe('shouldRetry', () => {
  const ok = { exitCode: 0, timedOut: false, spawnFailed: false }
  it('never retries success or a program that cannot start', () => {
    expect(shouldRetry(ok, [])).toBe(false)
    expect(shouldRetry({ exitCode: 127, timedOut: false, spawnFailed: true }, [])).toBe(false)
  })
  it('with no codes listed retries any non-zero exit and timeouts', () => {
    expect(shouldRetry({ ...ok, exitCode: 1 }, [])).toBe(true)
    expect(shouldRetry({ ...ok, exitCode: 143, timedOut: true }, [])).toBe(true)
  })
  it('with codes listed retries only those', () => {
    expect(shouldRetry({ ...ok, exitCode: 3 }, [3, 75])).toBe(true)
    expect(shouldRetry({ ...ok, exitCode: 1 }, [3, 75])).toBe(false)
    expect(shouldRetry({ ...ok, exitCode: 143, timedOut: true }, [3])).toBe(false)
  })
})
