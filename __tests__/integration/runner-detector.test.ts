import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
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
