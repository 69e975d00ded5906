import { describe, expect, it } from '@jest/globals'
import { parseCliArgs } from '../../src/config/cli-args.js'
import { offered, parseSimpleArgs, type CommandName } from '../../src/config/cli-layer.js'
import { SETTING_TABLE, type SettingKey } from '../../src/config/keys.js'

// The CLI reads plain `run|scan|gate` command lines without commander (parseSimpleArgs) and
// asks commander for anything else. Whatever the plain reading answers must be what commander
// answers: the same layer, sources, operands, script and config path, or the same error.

const VERSION = '9.9.9-test'

function outcome(parse: () => unknown): unknown {
  try {
    return parse()
  } catch (error) {
    return { error: error instanceof Error ? `${error.constructor.name}: ${error.message}` : error }
  }
}

/** Both readings agree; returns whether the plain one answered. */
function same(argv: string[]): boolean {
  const simple = outcome(() => parseSimpleArgs(argv, VERSION))
  if (simple === undefined) return false
  expect({ argv, parsed: simple }).toEqual({
    argv,
    parsed: outcome(() => parseCliArgs(argv, VERSION))
  })
  return true
}

const SAMPLE: Record<SettingKey['kind'], string[]> = {
  string: ['x', 'with space', 'a=b', ''],
  number: ['3', '0.5', 'abc'],
  list: ['a,b', 'one'],
  numberList: ['1,2', 'x'],
  record: ['cpu_max=5,memory_max_mb:10', 'bad'],
  boolean: [],
  script: ['python3 -c pass']
}

const COMMANDS: CommandName[] = ['run', 'scan', 'gate']

describe('parseSimpleArgs reads what commander reads', () => {
  it('every flag of run, scan and gate, in each form', () => {
    let answered = 0
    let cases = 0
    for (const command of COMMANDS) {
      for (const entry of SETTING_TABLE) {
        if (!offered(command, entry)) continue
        const flag = `--${entry.name}`
        const forms: string[][] =
          entry.kind === 'boolean'
            ? [
                [flag],
                [`--no-${entry.name}`],
                [flag, `--no-${entry.name}`],
                [`--no-${entry.name}`, flag]
              ]
            : SAMPLE[entry.kind].flatMap(v => [
                [flag, v],
                [`${flag}=${v}`],
                [flag, v, flag, `${v}2`]
              ])
        for (const form of forms) {
          cases++
          if (same([command, ...form])) answered++
          if (same([command, 'src', ...form, 'tests', '--', 'python3', '-c', 'pass'])) answered++
          cases++
        }
      }
    }
    // Every one of these is a plain command line: none may fall back to commander.
    expect(answered).toBe(cases)
    expect(cases).toBeGreaterThan(500)
  })

  it('operands, the config file, --add-gate and the script after --', () => {
    const lines = [
      ['run', '--', 'python3', '-c', 'pass'],
      ['run', '--verbose', '--timeout', '5', '--', 'python3', '--timeout', '-c'],
      ['scan'],
      ['scan', '.'],
      ['scan', 'a', 'b', '-c', 'cfg.yml'],
      ['scan', '--config=cfg.yml', 'a'],
      ['gate', '--add-gate', 'cpu_max:90', '--gate', 'memory_max_mb<=1', '--add-gate', 'x<=1'],
      ['gate', 'src', '--', 'sh', '-c', 'exit 0'],
      ['gate', ''],
      ['run', '--', '--help']
    ]
    for (const argv of lines) expect(same(argv)).toBe(true)
  })

  it('answers a lone --version as commander does', () => {
    expect(same(['--version'])).toBe(true)
    expect(same(['-V'])).toBe(true)
  })

  it('leaves everything else to commander', () => {
    const others = [
      [],
      ['--help'],
      ['help', 'run'],
      ['run', '--help'],
      ['run', '-h'],
      ['run', '--timeout'],
      ['run', '--timeout', '-1'],
      ['run', '--timeout', '--verbose'],
      ['run', '--verbose=true'],
      ['run', '--no-timeout'],
      ['run', '--nope'],
      ['run', '-v'],
      ['run', '-'],
      ['scan', '--timeout', '3'],
      ['scan', '--paths', 'a'],
      ['merge', 'a.sarif'],
      ['history', 'list'],
      ['install-tools'],
      ['--verbose', 'run'],
      ['rn', '--', 'true'],
      ['--version', 'run']
    ]
    for (const argv of others)
      expect({ argv, simple: parseSimpleArgs(argv, VERSION) }).toEqual({ argv, simple: undefined })
  })
})
