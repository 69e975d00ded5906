import { describe, expect, it } from '@jest/globals'
import { redactingLogger, StderrLogger } from '../src/logger.js'

describe('redactingLogger and debug lines', () => {
  const setUp = (verbose: boolean): { lines: string[]; redacted: string[] } => {
    const lines: string[] = []
    const redacted: string[] = []
    const logger = redactingLogger(new StderrLogger(verbose, l => lines.push(l)), text => {
      redacted.push(text)
      return text.replace('hunter2', '***')
    })
    logger.debug('password hunter2')
    logger.info('info hunter2')
    return { lines, redacted }
  }

  it('does not redact a debug line that will not be printed', () => {
    const { lines, redacted } = setUp(false)
    expect(redacted).toEqual(['info hunter2'])
    expect(lines).toEqual(['info ***'])
  })

  it('still redacts it when it is printed', () => {
    const { lines, redacted } = setUp(true)
    expect(redacted).toEqual(['password hunter2', 'info hunter2'])
    expect(lines).toEqual(['debug: password ***', 'info ***'])
  })

  it('a logger that does not say whether debug is on gets every line, redacted', () => {
    const got: string[] = []
    const logger = redactingLogger(
      {
        debug: m => got.push(m),
        info: () => undefined,
        warning: () => undefined,
        error: () => undefined,
        registerSecret: () => undefined
      },
      text => text.replace('hunter2', '***')
    )
    logger.debug('x hunter2')
    expect(got).toEqual(['x ***'])
  })

  it('passes phase titles through without running the redaction (they are constants)', () => {
    const redacted: string[] = []
    const phases: (string | undefined)[] = []
    const logger = redactingLogger(
      {
        debug: () => undefined,
        info: () => undefined,
        warning: () => undefined,
        error: () => undefined,
        registerSecret: () => undefined,
        phase: title => phases.push(title)
      },
      text => {
        redacted.push(text)
        return text
      }
    )
    logger.phase?.('runguard: set-up')
    logger.phase?.(undefined)
    expect(phases).toEqual(['runguard: set-up', undefined])
    // The first text redacted builds the secret detector: a title must not be that text.
    expect(redacted).toEqual([])
    logger.info('runguard: scanners')
    expect(redacted).toEqual(['runguard: scanners'])
  })
})
