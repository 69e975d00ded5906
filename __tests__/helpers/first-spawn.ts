import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Source of a `node --import` preload that writes to `list` every file URL Node loads, in load
 * order, and `SPAWN <command>` when the process first spawns a child (with `everySpawn`, each
 * time it spawns one), and `EXIT` when that first child has exited: what a bundle loads before
 * its first spawn, or before a given one, or while the child runs. Used by the bundle tests in
 * __tests__/dist and by bench/action-startup.
 */
export function firstSpawnPreload(list: string, { everySpawn = false } = {}): string {
  const hook = `import { appendFileSync } from 'node:fs'
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(list)}, url + '\\n')
  return next(url, context)
}`
  return `import { register } from 'node:module'
import { appendFileSync } from 'node:fs'
import cp from 'node:child_process'
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}))
const spawn = cp.spawn
let marked = false
let first = true
cp.spawn = function (...args) {
  if (!marked) appendFileSync(${JSON.stringify(list)}, 'SPAWN ' + args[0] + '\\n')
  marked = ${!everySpawn}
  const child = spawn.apply(this, args)
  if (first) child.once('exit', () => appendFileSync(${JSON.stringify(list)}, 'EXIT\\n'))
  first = false
  return child
}`
}

/**
 * Reads a list written by firstSpawnPreload: the URLs loaded before the first spawn (each once,
 * in load order; none when nothing was spawned) and the command spawned first.
 */
export function loadedBeforeFirstSpawn(list: string): { urls: string[]; program?: string } {
  const lines = readFileSync(list, 'utf8').split('\n').filter(Boolean)
  const at = lines.findIndex(l => l.startsWith('SPAWN '))
  if (at < 0) return { urls: [] }
  return { urls: [...new Set(lines.slice(0, at))], program: lines[at]!.slice('SPAWN '.length) }
}

/**
 * A workspace with one Python file and, in `bin`, a stand-in Bandit that answers the version
 * probe and prints an empty report: enough for a bundle to spawn a scanner without the real one.
 */
export function standInBanditWorkspace(dir: string): { ws: string; bin: string } {
  const ws = path.join(dir, 'workspace')
  const bin = path.join(dir, 'bin')
  mkdirSync(ws, { recursive: true })
  mkdirSync(bin, { recursive: true })
  writeFileSync(path.join(ws, 'app.py'), 'print("hello")\n')
  writeFileSync(
    path.join(bin, 'bandit'),
    '#!/bin/sh\nif [ "$1" = "--version" ]; then echo "bandit 1.9.4"; exit 0; fi\n' +
      'echo \'{"errors": [], "results": [], "metrics": {"_totals": {}}}\'\n',
    { mode: 0o755 }
  )
  return { ws, bin }
}

/**
 * Runs `node --import <preload> <argv…>` (a built bundle and its arguments) to the end, with
 * text output and a two-minute limit, for the bundle tests in __tests__/dist.
 */
export function runWithPreload(
  preload: string,
  argv: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv }
): SpawnSyncReturns<string> {
  return spawnSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(preload)}`, ...argv],
    { ...options, encoding: 'utf8', timeout: 120_000 }
  )
}
