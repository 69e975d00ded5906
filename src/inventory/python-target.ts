import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  realpathSync,
  statSync
} from 'node:fs'
import path from 'node:path'
import { parse as shellParse } from 'shell-quote'
import { toRepoPath } from '../util/paths.js'

/**
 * Which Python environment the script used, found without running anything from the
 * workspace: the `python-path` setting, the interpreter the script's command names (directly,
 * or through the `#!` line of a console script such as `pytest` or `gunicorn`), `VIRTUAL_ENV`,
 * or `python3`/`python` on the script's PATH, in that order.
 */

/** How the environment was found, for the summary. */
export type PythonTargetSource = 'python-path' | 'script' | 'virtual-env' | 'path'

export interface PythonTarget {
  /** The interpreter as the script names it (absolute, symlinks kept: a venv is found by them). */
  interpreter: string
  source: PythonTargetSource
  /** One human phrase: "the script's command (.venv/bin/python)". */
  how: string
}

/** Where the reader may read, and which interpreter may run it. */
export interface ReaderPlan {
  target: PythonTarget
  /** The virtual environment's root (the directory with pyvenv.cfg), when it is one. */
  venv?: string
  /** Absolute site directories to read (a venv's own; empty = the reader interpreter's own). */
  sites: string[]
  /** Also read the reader interpreter's own site directories (no venv, or a venv that includes them). */
  systemSite: boolean
  /** Interpreter that runs the reader: never a file inside the workspace. */
  reader: string
  /** Python version from pyvenv.cfg, when there is one. */
  version?: string
}

/** Why no plan could be made: nothing found (a note), or found but not safe/possible to read. */
export type ReaderPlanFailure = { missing: string } | { refused: string }

const PYTHON_NAME = /^python(\d+(\.\d+)?)?$/
/** Console-script launchers are small; a file larger than this is not one. */
const MAX_SHEBANG_PROBE = 512

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile()
  } catch {
    return false
  }
}

function realpath(p: string): string | undefined {
  try {
    return realpathSync.native(p)
  } catch {
    return undefined
  }
}

/** The first `name` found on PATH (as PATH names it: symlinks kept), or undefined. */
export function whichOnPath(name: string, pathVar: string | undefined): string | undefined {
  for (const dir of (pathVar ?? '').split(path.delimiter)) {
    if (dir === '' || !path.isAbsolute(dir)) continue
    const candidate = path.join(dir, name)
    if (isFile(candidate)) return candidate
  }
  return undefined
}

/** The interpreter a `#!` line names (`#!/venv/bin/python`, `#!/usr/bin/env python3`). */
export function shebangInterpreter(file: string, pathVar: string | undefined): string | undefined {
  let head: string
  try {
    const fd = openSync(file, 'r')
    try {
      const buf = Buffer.alloc(MAX_SHEBANG_PROBE)
      const n = readSync(fd, buf, 0, buf.length, 0)
      head = buf.subarray(0, n).toString('utf8')
    } finally {
      closeSync(fd)
    }
  } catch {
    return undefined
  }
  if (!head.startsWith('#!')) return undefined
  const words = (head.slice(2).split('\n')[0] ?? '').trim().split(/\s+/)
  let program = words[0] ?? ''
  if (path.basename(program) === 'env')
    program = words.find((w, i) => i > 0 && !w.startsWith('-')) ?? ''
  if (!PYTHON_NAME.test(path.basename(program))) return undefined
  return path.isAbsolute(program) ? program : whichOnPath(program, pathVar)
}

/** The program of the script's command: argv[0], or the first word of a shell command. */
function scriptProgram(script: readonly string[] | undefined, shell: boolean): string | undefined {
  if (!script || script.length === 0) return undefined
  if (!shell) return script[0]
  const first = shellParse(script[0] ?? '').find(w => typeof w === 'string')
  return typeof first === 'string' ? first : undefined
}

/** The interpreter named by the script's command, directly or through a console script. */
export function interpreterOfScript(
  script: readonly string[] | undefined,
  shell: boolean,
  cwd: string,
  pathVar: string | undefined
): string | undefined {
  const program = scriptProgram(script, shell)
  if (program === undefined || program === '') return undefined
  const resolved = program.includes('/')
    ? path.resolve(cwd, program)
    : whichOnPath(program, pathVar)
  if (resolved === undefined || !isFile(resolved)) return undefined
  if (PYTHON_NAME.test(path.basename(resolved))) return resolved
  // `pytest`, `flask`, `gunicorn`: a console script whose #! line names its interpreter.
  return shebangInterpreter(resolved, pathVar)
}

export interface FindTargetInput {
  /** The python-path setting (file or venv directory), relative to the workspace. */
  pythonPath?: string
  script?: readonly string[]
  shell: boolean
  workspace: string
  /** Absolute directory the script runs in. */
  cwd: string
  /** The script's environment (PATH, VIRTUAL_ENV). */
  env: NodeJS.ProcessEnv
  /** Directories whose interpreters are not the script's (runguard's own tools). */
  exclude?: readonly string[]
  /** Fall back to `python3`/`python` on PATH (only when a script runs with that PATH). */
  pathFallback?: boolean
}

/**
 * True when `p` is inside one of `dirs`, as named or with symlinks resolved: a venv's python is
 * a symlink to the base interpreter, so the name is what places it in the venv.
 */
function under(p: string, dirs: readonly string[]): boolean {
  const targets = [path.resolve(p), realpath(p)].filter((t): t is string => t !== undefined)
  return dirs.some(d => {
    const roots = [path.resolve(d), realpath(d)].filter((r): r is string => r !== undefined)
    return roots.some(dir =>
      targets.some(target => {
        const rel = path.relative(dir, target)
        return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
      })
    )
  })
}

/** The interpreter of a venv directory (`bin/python`, `Scripts/python.exe`). */
function venvInterpreter(dir: string): string | undefined {
  for (const rel of ['bin/python3', 'bin/python', 'Scripts/python.exe'])
    if (isFile(path.join(dir, rel))) return path.join(dir, rel)
  return undefined
}

/** First answer wins: python-path, the script, VIRTUAL_ENV, PATH. */
export function findPythonTarget(input: FindTargetInput): PythonTarget | ReaderPlanFailure {
  const rel = (p: string): string => toRepoPath(input.workspace, p) ?? p
  if (input.pythonPath !== undefined && input.pythonPath !== '') {
    const abs = path.resolve(input.workspace, input.pythonPath)
    let interpreter: string | undefined
    try {
      interpreter = statSync(abs).isDirectory() ? venvInterpreter(abs) : abs
    } catch {
      interpreter = undefined
    }
    // Only a Python runs the reader: python-path may come from the workspace's config file, and
    // any other program would be run with runguard's arguments.
    if (
      interpreter === undefined ||
      !isFile(interpreter) ||
      !PYTHON_NAME.test(path.basename(interpreter))
    )
      return {
        refused: `python-path ${input.pythonPath} is not an interpreter or a virtual environment`
      }
    return {
      interpreter,
      source: 'python-path',
      how: `the python-path setting (${input.pythonPath})`
    }
  }
  const excluded = input.exclude ?? []
  const fromScript = interpreterOfScript(input.script, input.shell, input.cwd, input.env.PATH)
  // The script runs runguard's own tools' Python: no other environment is the one it used.
  if (fromScript !== undefined && under(fromScript, excluded))
    return { missing: `the script's interpreter ${fromScript} belongs to runguard's tools` }
  if (fromScript !== undefined)
    return {
      interpreter: fromScript,
      source: 'script',
      how: `the script's command (${rel(fromScript)})`
    }
  const venv = input.env.VIRTUAL_ENV
  if (venv && path.isAbsolute(venv)) {
    const interpreter = venvInterpreter(venv)
    if (interpreter && !under(interpreter, excluded))
      return { interpreter, source: 'virtual-env', how: `VIRTUAL_ENV (${rel(venv)})` }
  }
  // PATH without runguard's own tools (their venv's python would come first in tests and CI).
  const pathVar = (input.env.PATH ?? '')
    .split(path.delimiter)
    .filter(d => d !== '' && !under(d, excluded))
    .join(path.delimiter)
  for (const name of input.pathFallback === false ? [] : ['python3', 'python']) {
    const found = whichOnPath(name, pathVar)
    if (found) return { interpreter: found, source: 'path', how: `${name} on PATH (${found})` }
  }
  return {
    missing:
      input.pathFallback === false
        ? 'no Python environment named (no python-path, no Python in the script command, no VIRTUAL_ENV)'
        : 'no Python interpreter found (no python-path, no Python in the script command, no VIRTUAL_ENV, no python3 on PATH)'
  }
}

/** `key = value` lines of a pyvenv.cfg. */
export function parsePyvenvCfg(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([A-Za-z0-9_.-]+)\s*=\s*(.*?)\s*$/.exec(line)
    if (m?.[1] !== undefined && m[2] !== undefined) out[m[1].toLowerCase()] = m[2]
  }
  return out
}

/** The venv root of an interpreter path (pyvenv.cfg beside it or one level up), as Python finds it. */
export function venvRootOf(interpreter: string): string | undefined {
  const dir = path.dirname(interpreter)
  for (const candidate of [dir, path.dirname(dir)])
    if (isFile(path.join(candidate, 'pyvenv.cfg'))) return candidate
  return undefined
}

/** A venv's own site-packages directories (`lib/pythonX.Y/site-packages`, `Lib/site-packages`). */
export function venvSiteDirs(venv: string, version?: string): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  const add = (p: string): void => {
    const real = realpath(p)
    if (real === undefined || seen.has(real)) return
    seen.add(real)
    out.push(p)
  }
  const short = /^(\d+\.\d+)/.exec(version ?? '')?.[1]
  for (const lib of ['lib', 'lib64']) {
    let names: string[]
    try {
      names = readdirSync(path.join(venv, lib))
    } catch {
      continue
    }
    const pythons = names.filter(n => /^python\d+\.\d+t?$/.test(n))
    const chosen = short ? pythons.filter(n => n.replace(/t$/, '') === `python${short}`) : pythons
    for (const n of (chosen.length > 0 ? chosen : pythons).sort())
      add(path.join(venv, lib, n, 'site-packages'))
  }
  add(path.join(venv, 'Lib', 'site-packages'))
  return out.filter(p => existsSync(p))
}

function inside(workspace: string, p: string): boolean {
  return toRepoPath(workspace, p) !== undefined
}

/**
 * Decides how the environment is read without executing anything from the workspace. A venv
 * is read as directories: its site-packages are passed to the reader, which runs on the venv's
 * base interpreter (the real file behind the venv's `python` symlink, or `home` in pyvenv.cfg),
 * so neither a planted `python` nor a crafted pyvenv.cfg (its `home` picks the standard
 * library) can run code. Any other interpreter must live outside the workspace.
 */
export function planReader(
  target: PythonTarget,
  workspace: string
): ReaderPlan | ReaderPlanFailure {
  const venv = venvRootOf(target.interpreter)
  if (venv === undefined) {
    const real = realpath(target.interpreter)
    if (real === undefined) return { refused: `${target.interpreter} cannot be resolved` }
    if (inside(workspace, real))
      return {
        refused: `${toRepoPath(workspace, real) ?? real} is inside the workspace and is not a virtual environment; runguard does not run it (set python-path to an interpreter outside the workspace or to a virtual environment)`
      }
    if (!PYTHON_NAME.test(path.basename(target.interpreter)))
      return {
        refused: `${target.interpreter} is not named like a Python interpreter; runguard does not run it`
      }
    return { target, sites: [], systemSite: true, reader: target.interpreter }
  }
  let cfg: Record<string, string>
  try {
    cfg = parsePyvenvCfg(readFileSync(path.join(venv, 'pyvenv.cfg'), 'utf8').slice(0, 65536))
  } catch {
    cfg = {}
  }
  const version = cfg.version_info ?? cfg.version
  const candidates: string[] = []
  const real = realpath(target.interpreter)
  if (real !== undefined) candidates.push(real)
  const home = cfg.home
  if (home && path.isAbsolute(home)) {
    const short = /^(\d+\.\d+)/.exec(version ?? '')?.[1]
    for (const name of [short ? `python${short}` : '', 'python3', 'python'].filter(Boolean)) {
      const p = realpath(path.join(home, name))
      if (p !== undefined) candidates.push(p)
    }
  }
  // The base interpreter must be outside the workspace and not itself inside a venv (whose
  // pyvenv.cfg would then choose its standard library).
  const reader = candidates.find(
    c =>
      isFile(c) &&
      PYTHON_NAME.test(path.basename(c)) &&
      !inside(workspace, c) &&
      venvRootOf(c) === undefined
  )
  if (reader === undefined)
    return {
      refused: `no interpreter outside the workspace runs the virtual environment ${toRepoPath(workspace, venv) ?? venv} (its python and pyvenv.cfg home point into the workspace); runguard does not run it`
    }
  const includeSystem = (cfg['include-system-site-packages'] ?? '').toLowerCase() === 'true'
  return {
    target,
    venv,
    sites: venvSiteDirs(venv, version),
    systemSite: includeSystem,
    reader,
    ...(version !== undefined ? { version } : {})
  }
}
