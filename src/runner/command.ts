import { accessSync, constants, existsSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Settings } from '../config/schema.js'
import { ConfigurationError } from '../errors.js'

/** What to run and where. */
export interface ResolvedCommand {
  /** argv to execute (argv[0] is the program). */
  argv: string[]
  /** Absolute working directory, inside the workspace. */
  cwd: string
}

const PYTHON_PROGRAM = /^python(\d+(\.\d+)?)?$/

/** Resolves symlinks of the longest existing prefix, so a link cannot point outside unseen. */
function realish(p: string): string {
  let current = p
  const rest: string[] = []
  while (!existsSync(current)) {
    const parent = path.dirname(current)
    if (parent === current) return p
    rest.unshift(path.basename(current))
    current = parent
  }
  return path.join(realpathSync(current), ...rest)
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

function looksLikePath(arg: string): boolean {
  return arg.includes('/') || arg.includes(path.sep)
}

/**
 * Turns `script`, `shell` and `working-directory` into an argv and a directory, and checks that
 * the directory and the script file stay inside the workspace. The program is checked when it
 * is given as a relative path (`./run.sh`, `tools/x`) or is a `.py` file; for a Python
 * interpreter the first `.py` argument is checked. Absolute interpreter paths such as
 * `/usr/bin/python3` are allowed. With `shell: true` the text is not parsed, so only the
 * directory is checked.
 */
export function resolveCommand(
  settings: Pick<Settings, 'script' | 'shell' | 'workingDirectory' | 'workspace'>
): ResolvedCommand {
  const script = settings.script
  if (!script || script.length === 0) {
    throw new ConfigurationError(
      "No script to run: set 'script' (an argv array such as [python, main.py], or one string with 'shell: true'), or pass the command after '--' on the command line.",
      { field: 'script', value: script }
    )
  }
  // No argv of a process can hold one (C strings); the helper's launch frame separates its
  // fields with it. Said here, as a setting's error, not as a crash at launch.
  if (script.some(arg => arg.includes('\0'))) {
    throw new ConfigurationError(
      'script contains a NUL character, which no command line can hold; remove it.',
      { field: 'script' }
    )
  }
  const workspace = realish(path.resolve(settings.workspace))
  const cwd = realish(path.resolve(workspace, settings.workingDirectory))
  if (!isInside(workspace, cwd)) {
    throw new ConfigurationError(
      `working-directory '${settings.workingDirectory}' is outside the workspace ${workspace}; use a path relative to the repository root.`,
      { field: 'workingDirectory', value: settings.workingDirectory }
    )
  }
  if (existsSync(cwd) && !statSync(cwd).isDirectory()) {
    throw new ConfigurationError(
      `working-directory '${settings.workingDirectory}' is not a directory.`,
      { field: 'workingDirectory', value: settings.workingDirectory }
    )
  }
  if (!existsSync(cwd)) {
    throw new ConfigurationError(
      `working-directory '${settings.workingDirectory}' does not exist in the workspace.`,
      { field: 'workingDirectory', value: settings.workingDirectory }
    )
  }
  if (settings.shell) {
    if (script.length !== 1) {
      throw new ConfigurationError(
        `'shell: true' runs one command string through /bin/sh, but script has ${script.length} elements; give one string, or set shell: false to run an argv array.`,
        { field: 'script', value: script }
      )
    }
    return { argv: ['/bin/sh', '-c', script[0] as string], cwd }
  }
  const argv = [...script]
  const program = argv[0] as string
  const checkFile = (arg: string, what: string): void => {
    const resolved = realish(path.resolve(cwd, arg))
    if (!isInside(workspace, resolved)) {
      throw new ConfigurationError(
        `The script's ${what} '${arg}' resolves to ${resolved}, outside the workspace ${workspace}; the script must be a file of the repository.`,
        { field: 'script', value: script }
      )
    }
  }
  if ((looksLikePath(program) && !path.isAbsolute(program)) || program.endsWith('.py')) {
    checkFile(program, 'program')
  }
  const pythonFile = pythonScriptFile(argv)
  if (pythonFile !== undefined) checkFile(pythonFile, 'Python file')
  return { argv, cwd }
}

/** The file `python … file.py` runs; undefined for `-m pkg`, `-c code` or another program. */
function pythonScriptFile(argv: readonly string[]): string | undefined {
  const program = argv[0]
  if (program === undefined || !PYTHON_PROGRAM.test(path.basename(program))) return undefined
  // `python -m pkg` / `python -c code` run no file; otherwise the first .py argument is it.
  const rest = argv.slice(1)
  const firstFile = rest.find(
    (a, i) => a.endsWith('.py') && !['-c', '-m'].includes(rest[i - 1] ?? '')
  )
  const stop = rest.findIndex(a => a === '-c' || a === '-m')
  const fileIndex = firstFile === undefined ? -1 : rest.indexOf(firstFile)
  return firstFile !== undefined && (stop < 0 || fileIndex < stop) ? firstFile : undefined
}

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** Where `program` is found on `searchPath` (execvp's rules: an empty entry is the cwd). */
export function findOnPath(program: string, searchPath: string, cwd: string): string | undefined {
  for (const dir of searchPath.split(path.delimiter)) {
    const candidate = path.resolve(cwd, dir, program)
    if (isExecutableFile(candidate)) return candidate
  }
  return undefined
}

/**
 * A script or command that does not exist is a configuration error (exit 2, "not found: …"),
 * found before anything runs: the program on the script's PATH (or as a path), and the file
 * a Python interpreter is given. With `shell: true` the shell itself reports a missing command
 * (exit 127), which the runner turns into the same error after the first attempt.
 */
export function checkCommandExists(
  command: ResolvedCommand,
  searchPath: string | undefined,
  shell: boolean
): void {
  if (shell) return
  const program = command.argv[0] as string
  const field = { field: 'script', value: command.argv }
  if (looksLikePath(program)) {
    const file = path.resolve(command.cwd, program)
    if (!existsSync(file)) {
      throw new ConfigurationError(`not found: '${program}' (no such file: ${file}).`, field)
    }
    if (!isExecutableFile(file)) {
      throw new ConfigurationError(
        `'${program}' is not an executable file (${file}): make it executable (chmod +x) or run it through its interpreter, e.g. [sh, ${program}].`,
        field
      )
    }
  } else if (findOnPath(program, searchPath ?? '', command.cwd) === undefined) {
    throw new ConfigurationError(
      `not found: '${program}' is not a program on the script's PATH (${searchPath ?? 'PATH is not set'}); install it, or give its path.`,
      field
    )
  }
  const pythonFile = pythonScriptFile(command.argv)
  if (pythonFile !== undefined && !existsSync(path.resolve(command.cwd, pythonFile))) {
    throw new ConfigurationError(
      `not found: the Python file '${pythonFile}' does not exist in ${command.cwd}.`,
      field
    )
  }
}
