import { describe, expect, it } from '@jest/globals'
import { actionsLogger } from '../../src/github/action-logger.js'

describe('Action log sections per phase', () => {
  it('opens one group per phase, leaves the script its own group, and balances them', () => {
    const out: string[] = []
    const logger = actionsLogger(text => out.push(text.trimEnd()))
    logger.phase('runguard: set-up')
    logger.phase('runguard: scanners')
    logger.phase('runguard: script', { grouped: false })
    logger.scriptLine('stdout', '::error::from the script')
    logger.phase('runguard: gates and reports')
    logger.phase(undefined)
    const token = /^::stop-commands::(.+)$/.exec(out.find(l => l.startsWith('::stop')) ?? '')?.[1]
    expect(token).toBeDefined()
    expect(out).toEqual([
      '::group::runguard: set-up',
      '::endgroup::',
      '::group::runguard: scanners',
      '::endgroup::',
      '::group::Output of the script (workflow commands in it are not processed)',
      `::stop-commands::${token}`,
      '::error::from the script',
      `::${token}::`,
      '::endgroup::',
      '::group::runguard: gates and reports',
      '::endgroup::'
    ])
    expect(out.filter(l => l.startsWith('::group::'))).toHaveLength(
      out.filter(l => l === '::endgroup::').length
    )
  })

  it('ending with no section open writes nothing', () => {
    const out: string[] = []
    actionsLogger(text => out.push(text)).phase(undefined)
    expect(out).toEqual([])
  })
})
