// Records every process a runguard command spawns (argv, working directory, environment, when
// it started and ended), so that bench/scan-e2e's floor can start the same processes itself.
// A `node --import` preload wraps child_process.spawn; the list is written when runguard exits.
// Arguments that name something runguard made under the temporary directory (a copy of the
// Safety database, the installed environment's requirements file, the OSV database view) are
// copied aside as they are spawned, because runguard deletes them when its tool is done.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** One process runguard spawned. Times are milliseconds since the epoch. */
export interface Spawned {
  argv: string[]
  cwd: string
  env: Record<string, string>
  startedMs: number
  /** When it exited (absent if runguard exited first). */
  exitedMs?: number
}

function preloadSource(list: string, keep: string, leave: readonly string[]): string {
  return `import cp from 'node:child_process'
import { cpSync, existsSync, lstatSync, realpathSync, writeFileSync } from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import os from 'node:os'
import path from 'node:path'
const LIST = ${JSON.stringify(list)}
const KEEP = ${JSON.stringify(keep)}
const LEAVE = ${JSON.stringify(leave)}
const TMP = [os.tmpdir(), realpathSync(os.tmpdir())].map(d => d + path.sep)
const inside = (p, dirs) => dirs.some(d => p === d || p.startsWith(d.endsWith(path.sep) ? d : d + path.sep))
let copies = 0
const kept = new Map()
function keepArg(arg) {
  const eq = arg.startsWith('-') ? arg.indexOf('=') + 1 : 0
  const p = arg.slice(eq)
  if (!path.isAbsolute(p) || !inside(p, TMP) || inside(p, [KEEP, ...LEAVE]) || !existsSync(p)) return arg
  if (!kept.has(p)) {
    const dest = path.join(KEEP, String(copies++), path.basename(p))
    // Files, folders and links only: opening the runner's socket or a FIFO would block.
    const plain = f => { const st = lstatSync(f); return st.isFile() || st.isDirectory() || st.isSymbolicLink() }
    if (!plain(p)) return arg
    cpSync(p, dest, { recursive: true, verbatimSymlinks: true, filter: plain })
    kept.set(p, dest)
  }
  return arg.slice(0, eq) + kept.get(p)
}
const spawned = []
const spawn = cp.spawn
cp.spawn = function (command, args, options) {
  const child = spawn.apply(this, arguments)
  const keepSafely = a => {
    try {
      return keepArg(String(a))
    } catch {
      return String(a)
    }
  }
  const record = {
    argv: [command, ...(args ?? [])].map(keepSafely),
    cwd: options?.cwd ?? process.cwd(),
    env: options?.env ?? process.env,
    startedMs: Date.now()
  }
  spawned.push(record)
  child.once('exit', () => (record.exitedMs = Date.now()))
  return child
}
syncBuiltinESMExports()
process.on('exit', () => writeFileSync(LIST, JSON.stringify(spawned)))
`
}

/**
 * Runs `argv` (a node command line: the preload goes right after the program) and returns what
 * it spawned. `leave` are temporary folders whose paths are kept as they are (the scanned tree).
 */
export function recordSpawns(
  argv: readonly string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; leave: readonly string[] }
): Spawned[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rg-scan-e2e-spawns-'))
  const list = path.join(dir, 'spawned.json')
  const preload = path.join(dir, 'record.mjs')
  writeFileSync(preload, preloadSource(list, path.join(dir, 'kept'), opts.leave))
  const [node, ...rest] = argv
  try {
    execFileSync(node!, ['--import', preload, ...rest], {
      cwd: opts.cwd,
      env: opts.env,
      stdio: 'ignore'
    })
  } catch (e) {
    // Exit 1 is a gate that failed (findings), not a failed run.
    if ((e as { status?: number }).status !== 1) throw e
  }
  return JSON.parse(readFileSync(list, 'utf8')) as Spawned[]
}

/**
 * The processes of a gate's scanner phase: everything spawned before the script. The pipeline
 * starts the script only after every scanner and reader it started has ended, so the script's
 * process is the first one spawned when every earlier one has exited; the run's first spawn
 * (the slowest tool) cannot be it.
 */
export function beforeScript(spawned: readonly Spawned[]): { tools: Spawned[]; rest: Spawned[] } {
  const cut = spawned.findIndex(
    (p, i) =>
      i > 0 && spawned.slice(0, i).every(q => q.exitedMs !== undefined && q.exitedMs <= p.startedMs)
  )
  if (cut < 0) return { tools: [...spawned], rest: [] }
  return { tools: spawned.slice(0, cut), rest: spawned.slice(cut) }
}
