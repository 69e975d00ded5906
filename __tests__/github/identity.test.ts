import { describe, expect, it } from '@jest/globals'
import { FALLBACK_IDENTITY, writtenBy, type TokenIdentity } from '../../src/github/identity.js'

const viewerBot: TokenIdentity = { login: 'github-actions', id: 41898282, source: 'graphql' }
const appBot: TokenIdentity = { login: 'my-app[bot]', id: 9, source: 'graphql' }
const person: TokenIdentity = { login: 'Alice', id: 7, source: 'graphql' }
const restPerson: TokenIdentity = { login: 'alice', id: 7, type: 'User', source: 'rest' }

describe('writtenBy', () => {
  it('matches a bot by its login with or without the [bot] suffix', () => {
    const bot = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
    expect(writtenBy(bot, viewerBot)).toBe(true)
    expect(writtenBy(bot, FALLBACK_IDENTITY)).toBe(true)
    expect(writtenBy({ login: 'my-app[bot]', type: 'Bot' }, appBot)).toBe(true)
    expect(writtenBy({ login: 'other-app[bot]', type: 'Bot' }, appBot)).toBe(false)
    expect(writtenBy({ login: 'other-app[bot]', type: 'Bot' }, FALLBACK_IDENTITY)).toBe(false)
  })

  it('never takes a bot for a person, nor a bot with another id for the viewer', () => {
    // An app named like the token's owner comments as alice[bot].
    expect(writtenBy({ login: 'alice[bot]', id: 70, type: 'Bot' }, restPerson)).toBe(false)
    expect(writtenBy({ login: 'alice[bot]', id: 70, type: 'Bot' }, person)).toBe(false)
    expect(writtenBy({ login: 'github-actions[bot]', id: 1, type: 'Bot' }, viewerBot)).toBe(false)
  })

  it('never takes a person for a bot viewer, or for the fallback', () => {
    const namesake = { login: 'github-actions', id: 999, type: 'User' }
    expect(writtenBy(namesake, viewerBot)).toBe(false)
    expect(writtenBy(namesake, { login: 'github-actions', source: 'graphql' })).toBe(false)
    expect(writtenBy({ login: 'github-actions[bot]', type: 'User' }, FALLBACK_IDENTITY)).toBe(false)
  })

  it('matches a person by login (any case) and id', () => {
    expect(writtenBy({ login: 'alice', id: 7, type: 'User' }, person)).toBe(true)
    expect(writtenBy({ login: 'alice', id: 8, type: 'User' }, person)).toBe(false)
    expect(writtenBy({ login: 'mallory', id: 7, type: 'User' }, person)).toBe(false)
    expect(writtenBy({ login: 'ALICE', id: 7, type: 'User' }, restPerson)).toBe(true)
  })

  it('never matches a deleted account', () => {
    expect(writtenBy(null, person)).toBe(false)
    expect(writtenBy({}, FALLBACK_IDENTITY)).toBe(false)
  })
})
