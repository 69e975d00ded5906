import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { redactingLogger } from '../../src/logger.js'
import { createRedactor, REDACTED, type Detect } from '../../src/redact.js'
import { runScript } from '../../src/runner/index.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { createTestSettings } from '../helpers/settings.js'

/**
 * `runguard run` loads the secret detector once the script is spawned (pipeline.ts): the
 * runner must not print, or even redact, a line of the script's output before it is loaded.
 * Here the detector loads only after the script has printed a secret nobody told runguard
 * about and exited, so its output is read while the detector is still missing.
 */

function havePython(): boolean {
  try {
    execFileSync('python3', ['-c', 'pass'])
    return true
  } catch {
    return false
  }
}
const maybe = havePython() && process.platform === 'linux' ? describe : describe.skip

const tmp = mkdtempSync(path.join(os.tmpdir(), 'rg-detector-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** Resolves once `file` exists (polled: the script creates it after printing). */
async function created(file: string): Promise<void> {
  while (!existsSync(file)) await new Promise(resolve => setTimeout(resolve, 10))
}

/**
 * A script that writes numbered 64 KiB lines to stdout, `total` bytes in all (endless when
 * undefined), and after each complete write records how many bytes it has written in `counter`
 * (temp file + rename: the test polls it). A SIGTERM makes it create `termed` and exit 3.
 */
function writerScript(counter: string, termed: string, total?: number): string {
  return [
    'import os, signal, sys',
    `def term(*_):\n    open(${JSON.stringify(termed)}, "w").close()\n    os._exit(3)`,
    'signal.signal(signal.SIGTERM, term)',
    'written = 0',
    'i = 0',
    `while ${total === undefined ? 'True' : `written < ${total}`}:`,
    '    line = b"%06d " % i + b"x" * 65528 + b"\\n"',
    '    view = memoryview(line)',
    '    while view:',
    '        view = view[os.write(1, view):]',
    '    written += len(line)',
    '    i += 1',
    `    with open(${JSON.stringify(counter + '.tmp')}, "w") as f:`,
    '        f.write(str(written))',
    `    os.rename(${JSON.stringify(counter + '.tmp')}, ${JSON.stringify(counter)})`
  ].join('\n')
}

function bytesWritten(counter: string): number {
  return existsSync(counter) ? Number(readFileSync(counter, 'utf8')) : 0
}

/**
 * Resolves once the writer has written `total` bytes (possible only while its output is read)
 * or its count has stayed the same for a second after its first write (it is blocked on a full
 * pipe); returns the count then. What the assertions check is the count, never the time.
 */
async function writerStalledOrDone(counter: string, total: number): Promise<number> {
  let last = 0
  let since = performance.now()
  for (;;) {
    const n = bytesWritten(counter)
    if (n >= total) return n
    if (n !== last) {
      last = n
      since = performance.now()
    } else if (n > 0 && performance.now() - since > 1000) return n
    await new Promise(resolve => setTimeout(resolve, 20))
  }
}

const LINE = 65536
/** What the script can write while runguard reads nothing: a pipe (64 KiB) plus the little a
 * paused stream of this process may buffer; far below what an endless writer reaches. */
const HELD_BOUND = 1024 * 1024

maybe.each([['auto'], ['off']] as const)(
  'runner with a detector that loads late (isolation %s)',
  isolation => {
    it('holds the script output until the detector is loaded, then prints it redacted', async () => {
      const done = path.join(tmp, `printed-${isolation}`)
      const events: string[] = []
      const detect: Detect = text => text.match(/tok_[a-z0-9]{12}/g) ?? []
      const redactor = createRedactor([], {
        load: async () => {
          // Loaded once the script has printed and closed its output.
          await created(done)
          await new Promise(resolve => setTimeout(resolve, 50))
          events.push('loaded')
          return detect
        }
      })
      const logger = new RecordingLogger()
      const script = [
        'import sys',
        'print("key tok_0123456789ab")',
        'print("on stderr tok_ba9876543210", file=sys.stderr)',
        'sys.stdout.flush(); sys.stderr.flush()',
        `open(${JSON.stringify(done)}, "w").close()`
      ].join('\n')
      const outcome = await runScript({
        settings: createTestSettings({
          workspace: tmp,
          script: ['python3', '-c', script],
          isolation
        }),
        logger: redactingLogger(logger, text => redactor.redact(text)),
        redactor,
        onLine: (stream, line) => events.push(`${stream}: ${line}`)
      })
      expect(outcome.final.exit_code).toBe(0)
      expect(events).toEqual(['loaded', `stdout: key ${REDACTED}`, `stderr: on stderr ${REDACTED}`])
      const everything = events.join('\n') + outcome.stdout.text + outcome.stderr.text
      expect(everything + logger.text()).not.toMatch(/tok_/)
      // runguard's own lines about the run come after the load too.
      expect(logger.text()).toMatch(/running/)
    })

    it('stops a script at its timeout while the detector is still loading, and says so once it is', async () => {
      const termed = path.join(tmp, `termed-${isolation}`)
      const events: string[] = []
      const redactor = createRedactor([], {
        load: async () => {
          // Loaded only once the timeout's SIGTERM has reached the script.
          await created(termed)
          events.push('loaded')
          return () => []
        }
      })
      const logger = new RecordingLogger()
      const script = [
        'import signal, sys, time',
        `def term(*_):\n    open(${JSON.stringify(termed)}, "w").close()\n    sys.exit(3)`,
        'signal.signal(signal.SIGTERM, term)',
        'print("ready", flush=True)',
        'time.sleep(60)'
      ].join('\n')
      const outcome = await runScript({
        settings: createTestSettings({
          workspace: tmp,
          script: ['python3', '-c', script],
          isolation,
          timeout: 1,
          killGrace: 5
        }),
        // As the pipeline gives it: every line the runner logs passes through the redactor.
        logger: redactingLogger(logger, text => redactor.redact(text)),
        redactor,
        onLine: (stream, line) => events.push(`${stream}: ${line}`)
      })
      expect(outcome.final.timedOut).toBe(true)
      expect(events).toEqual(['loaded', 'stdout: ready'])
      expect(logger.text()).toMatch(/exceeded its timeout of 1s/)
    })

    it('stops reading a script that writes without end until the detector is loaded, then passes every byte on in order', async () => {
      const counter = path.join(tmp, `count-${isolation}`)
      const total = 256 * LINE
      let whileHeld = -1
      const redactor = createRedactor([], {
        load: async () => {
          whileHeld = await writerStalledOrDone(counter, total)
          return () => []
        }
      })
      const lines: string[] = []
      const outcome = await runScript({
        settings: createTestSettings({
          workspace: tmp,
          script: ['python3', '-c', writerScript(counter, path.join(tmp, 'unused'), total)],
          isolation
        }),
        logger: new RecordingLogger(),
        redactor,
        onLine: (stream, line) => lines.push(`${stream}: ${line.slice(0, 6)}`)
      })
      // The script blocked on its pipe: it could write only a bounded amount while held.
      expect(whileHeld).toBeGreaterThan(0)
      expect(whileHeld).toBeLessThanOrEqual(HELD_BOUND)
      // Then everything came through, counted exactly, in order.
      expect(outcome.final.exit_code).toBe(0)
      expect(outcome.stdout.bytes).toBe(total)
      expect(outcome.stdout.lines).toBe(256)
      const shown = lines.map(l => Number(l.slice('stdout: '.length)))
      // The live log shows the head, then replays the tail (max-output-bytes): in order.
      expect(shown[0]).toBe(0)
      expect(shown.at(-1)).toBe(255)
      expect(shown.filter((n, i) => i > 0 && n <= (shown[i - 1] as number))).toEqual([])
      expect(outcome.stdout.text.startsWith('000000 x')).toBe(true)
      expect(outcome.stdout.text.endsWith(`000255 ${'x'.repeat(65528)}`)).toBe(true)
    })

    it('stops an endless writer at its timeout while the detector is held back', async () => {
      const counter = path.join(tmp, `count-timeout-${isolation}`)
      const termed = path.join(tmp, `termed-writer-${isolation}`)
      let whileHeld = -1
      const redactor = createRedactor([], {
        load: async () => {
          // Held back until the timeout's SIGTERM has reached the blocked script.
          await created(termed)
          whileHeld = bytesWritten(counter)
          return () => []
        }
      })
      const logger = new RecordingLogger()
      const first: string[] = []
      const outcome = await runScript({
        settings: createTestSettings({
          workspace: tmp,
          script: ['python3', '-c', writerScript(counter, termed)],
          isolation,
          timeout: 1,
          killGrace: 5
        }),
        logger: redactingLogger(logger, text => redactor.redact(text)),
        redactor,
        onLine: (_stream, line) => {
          if (first.length < 2) first.push(line.slice(0, 6))
        }
      })
      expect(whileHeld).toBeGreaterThan(0)
      expect(whileHeld).toBeLessThanOrEqual(HELD_BOUND)
      expect(outcome.final.timedOut).toBe(true)
      expect(outcome.final.exit_code).toBe(3)
      expect(logger.text()).toMatch(/exceeded its timeout of 1s/)
      expect(first).toEqual(['000000', '000001'])
      // Every byte the script wrote was read once the detector had loaded.
      expect(outcome.stdout.bytes).toBeGreaterThanOrEqual(whileHeld)
    })

    it('fails the run, prints nothing and ends an endless writer when the detector cannot be loaded', async () => {
      const counter = path.join(tmp, `count-fail-${isolation}`)
      let whileHeld = -1
      const redactor = createRedactor([], {
        load: async () => {
          whileHeld = await writerStalledOrDone(counter, 256 * LINE)
          throw new Error('the detector chunk is missing')
        }
      })
      const printed: string[] = []
      await expect(
        runScript({
          settings: createTestSettings({
            workspace: tmp,
            script: ['python3', '-c', writerScript(counter, path.join(tmp, 'unused-fail'))],
            isolation
          }),
          logger: new RecordingLogger(),
          redactor,
          onLine: (_stream, line) => printed.push(line)
        })
      ).rejects.toThrow('the detector chunk is missing')
      expect(whileHeld).toBeGreaterThan(0)
      expect(whileHeld).toBeLessThanOrEqual(HELD_BOUND)
      expect(printed).toEqual([])
    })

    it('fails the run, and prints nothing, when the detector cannot be loaded', async () => {
      const redactor = createRedactor([], {
        load: () => Promise.reject(new Error('the detector chunk is missing'))
      })
      const printed: string[] = []
      await expect(
        runScript({
          settings: createTestSettings({
            workspace: tmp,
            script: ['python3', '-c', 'print("tok_0123456789ab")'],
            isolation
          }),
          logger: new RecordingLogger(),
          redactor,
          onLine: (_stream, line) => printed.push(line)
        })
      ).rejects.toThrow('the detector chunk is missing')
      expect(printed).toEqual([])
    })
  }
)
