import { readFileSync } from 'node:fs'

/**
 * Source of a `node --import` preload that writes to `list` every file URL Node loads, in load
 * order, and `SPAWN <command>` when the process first spawns a child: what a bundle loads
 * before its first spawn. Used by the Action's bundle test and by bench/action-startup.
 */
export function firstSpawnPreload(list: string): string {
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
cp.spawn = function (...args) {
  if (!marked) appendFileSync(${JSON.stringify(list)}, 'SPAWN ' + args[0] + '\\n')
  marked = true
  return spawn.apply(this, args)
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
