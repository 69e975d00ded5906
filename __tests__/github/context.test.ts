import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { isForkPullRequest, readGitHubContext, refForEvent } from '../../src/github/context.js'

const fixtures = path.join(process.cwd(), '__tests__/fixtures/github')
const payload = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(fixtures, name), 'utf8')) as Record<string, unknown>

const baseEnv = {
  GITHUB_ACTIONS: 'true',
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_SHA: 'f'.repeat(40),
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com/',
  GITHUB_RUN_ID: '123',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_WORKSPACE: '/home/runner/work/shop/shop'
}

describe('refForEvent', () => {
  it('uses the merge ref for pull_request events', () => {
    expect(
      refForEvent('pull_request', payload('event-pull-request-fork.json'), 'refs/pull/42/merge')
    ).toBe('refs/pull/42/merge')
    // even when GITHUB_REF is missing
    expect(
      refForEvent('pull_request', payload('event-pull-request-same-repo.json'), undefined)
    ).toBe('refs/pull/7/merge')
    expect(refForEvent('pull_request_review', { pull_request: { number: 9 } }, undefined)).toBe(
      'refs/pull/9/merge'
    )
  })

  it('keeps GITHUB_REF for pull_request_target (it runs on the base commit)', () => {
    expect(
      refForEvent('pull_request_target', payload('event-pull-request-fork.json'), 'refs/heads/main')
    ).toBe('refs/heads/main')
  })

  it('uses GITHUB_REF for push, tags and other events', () => {
    expect(refForEvent('push', payload('event-push.json'), 'refs/heads/main')).toBe(
      'refs/heads/main'
    )
    expect(refForEvent('push', {}, 'refs/tags/v1.0.0')).toBe('refs/tags/v1.0.0')
    expect(refForEvent('workflow_dispatch', {}, 'refs/heads/dev')).toBe('refs/heads/dev')
  })

  it('returns undefined when nothing usable is known', () => {
    expect(refForEvent('push', {}, undefined)).toBeUndefined()
    expect(refForEvent('push', {}, 'main')).toBeUndefined()
    expect(refForEvent('pull_request', { pull_request: { number: 'x' } }, '')).toBeUndefined()
  })
})

describe('isForkPullRequest', () => {
  it('tells forks from same-repository PRs', () => {
    expect(isForkPullRequest(payload('event-pull-request-fork.json'))).toBe(true)
    expect(isForkPullRequest(payload('event-pull-request-same-repo.json'))).toBe(false)
    expect(isForkPullRequest(payload('event-push.json'))).toBe(false)
  })

  it('treats a deleted fork (head.repo null) as a fork', () => {
    expect(
      isForkPullRequest({
        pull_request: { number: 1, head: { repo: null }, base: { repo: { full_name: 'a/b' } } }
      })
    ).toBe(true)
  })
})

describe('readGitHubContext', () => {
  it('reads a fork pull_request run', () => {
    const ctx = readGitHubContext({
      ...baseEnv,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF: 'refs/pull/42/merge',
      GITHUB_EVENT_PATH: path.join(fixtures, 'event-pull-request-fork.json')
    })
    expect(ctx).toMatchObject({
      isActions: true,
      repository: 'acme/shop',
      owner: 'acme',
      repo: 'shop',
      eventName: 'pull_request',
      uploadRef: 'refs/pull/42/merge',
      prNumber: 42,
      isFork: true,
      headSha: '1'.repeat(40),
      baseSha: '2'.repeat(40),
      baseRef: 'main',
      linkSha: '1'.repeat(40),
      apiUrl: 'https://api.github.com',
      repoUrl: 'https://github.com/acme/shop',
      runUrl: 'https://github.com/acme/shop/actions/runs/123',
      workspace: '/home/runner/work/shop/shop'
    })
    expect(ctx.problems).toEqual([])
  })

  it('reads a push run on GHES', () => {
    const ctx = readGitHubContext(
      {
        ...baseEnv,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REF: 'refs/heads/main',
        GITHUB_SERVER_URL: 'https://ghe.example.com',
        GITHUB_API_URL: 'https://ghe.example.com/api/v3',
        GITHUB_RUN_ATTEMPT: '2',
        GITHUB_EVENT_PATH: '/event.json'
      },
      () => JSON.stringify(payload('event-push.json'))
    )
    expect(ctx.prNumber).toBeUndefined()
    expect(ctx.isFork).toBe(false)
    expect(ctx.uploadRef).toBe('refs/heads/main')
    expect(ctx.baseSha).toBe('5'.repeat(40))
    expect(ctx.linkSha).toBe('f'.repeat(40))
    expect(ctx.apiUrl).toBe('https://ghe.example.com/api/v3')
    expect(ctx.runUrl).toBe('https://ghe.example.com/acme/shop/actions/runs/123/attempts/2')
  })

  it('defaults outside Actions and records an unreadable payload instead of throwing', () => {
    const ctx = readGitHubContext({ GITHUB_EVENT_PATH: '/nope.json' }, () => {
      throw new Error('ENOENT')
    })
    expect(ctx.isActions).toBe(false)
    expect(ctx.repository).toBeUndefined()
    expect(ctx.apiUrl).toBe('https://api.github.com')
    expect(ctx.serverUrl).toBe('https://github.com')
    expect(ctx.payload).toEqual({})
    expect(ctx.problems[0]).toContain('ENOENT')
  })

  it('ignores a malformed repository', () => {
    expect(readGitHubContext({ GITHUB_REPOSITORY: 'noslash' }).repository).toBeUndefined()
  })
})
