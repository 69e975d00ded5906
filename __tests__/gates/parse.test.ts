import { describe, expect, it } from '@jest/globals'
import { gateFromLegacy, parseGate, type GateSpec } from '../../src/gates/parse.js'
import { createTestSettings } from '../helpers/settings.js'

function ok(text: string): GateSpec {
  const g = parseGate(text)
  if ('error' in g) throw new Error(g.error)
  return g
}

describe('parseGate', () => {
  it.each([
    ['memory_max_mb<=1024', '<=', 1024],
    ['cpu_avg < 50', '<', 50],
    ['exit_code>=0', '>=', 0],
    ['num_threads>1', '>', 1],
    ['exit_code==0', '==', 0],
    ['exit_code != 2', '!=', 2],
    ['execution_time_seconds<=2.5', '<=', 2.5]
  ])('parses %s', (text, op, limit) => {
    const g = ok(text)
    expect(g.op).toBe(op)
    expect(g.limit).toBe(limit)
  })

  it('reads the seed form cpu_max:90 as cpu_max <= 90', () => {
    expect(ok('cpu_max:90')).toEqual({
      metric: 'cpu_max',
      op: '<=',
      limit: 90,
      text: 'cpu_max <= 90'
    })
  })

  it('maps success==true/false to 1/0', () => {
    expect(ok('success==true').limit).toBe(1)
    expect(ok('success==false').limit).toBe(0)
  })

  it('rejects an unknown metric with a did-you-mean hint', () => {
    const g = parseGate('memory_max<=10')
    expect('error' in g && g.error).toContain("did you mean 'memory_max_mb'")
  })

  it('rejects text that is not a gate', () => {
    expect('error' in parseGate('memory_max_mb lots')).toBe(true)
  })

  it('expands the legacy {metric_name, max_value, min_value} form', () => {
    const g = gateFromLegacy({ metric_name: 'cpu_max', max_value: 90, min_value: 1 })
    expect(Array.isArray(g) && g.map(s => s.text)).toEqual(['cpu_max <= 90', 'cpu_max >= 1'])
  })

  it('makes an unknown metric in settings a configuration error, never a silent pass', () => {
    expect(() => createTestSettings({ gates: ['cpu_maxx:90'] })).toThrow(/did you mean 'cpu_max'/)
  })
})
