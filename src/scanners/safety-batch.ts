import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { normalizeName } from '../inventory/names.js'
import { toRepoPath } from '../util/paths.js'

/**
 * One Safety process for several inputs. Safety 2.x takes several `-r` files in one
 * `safety check` and lists every vulnerable package of all of them in one report, in input
 * order, without saying which file each came from. Its start (Python, imports, the database) is
 * most of each run, so runguard runs it once and splits the report back into one report per
 * input, which are then read exactly as the separate runs were.
 *
 * The split needs to know which `name==version` pins Safety reads from each input. This file
 * models that read (dparse 0.6 under safety 2.3.5: safety/util.py read_requirements,
 * dparse/parser.py RequirementsTXTParser) for the plain lines it is sure of, and says
 * "uncertain" for anything else; an uncertain input keeps a run of its own. The split then
 * checks the model against Safety's report: each package's advisories come in one block that
 * depends only on its name and version, so the report must be exactly the concatenation, input
 * after input, of each predicted pin's block. When it is not, the caller runs each input alone.
 */

/** What Safety reads from one input, as far as the model can tell. */
export type SafetyRead =
  | {
      certain: true
      /** The pins Safety checks, in its order: the file's own lines, then each `-r` include's. */
      pins: SafetyPin[]
    }
  | { certain: false; why: string }

/** One pinned requirement as Safety reads it. */
export interface SafetyPin {
  /** Canonical (PEP 503), as Safety prints `package_name`. */
  name: string
  /** The version exactly as written after `==`, as Safety prints `analyzed_version`. */
  version: string
}

/** Reads an included file: its text, `missing` (Safety ignores it) or why it cannot be modelled. */
export type IncludeReader = (
  file: string
) => { text: string } | { missing: true } | { uncertain: string }

/** The key a report entry and a pin share. */
export const pinKey = (name: string, version: string): string =>
  `${normalizeName(name)}\u0000${version}`

/** packaging 21.3 Specifier: the version after `==` (wildcard or local allowed), case-insensitive. */
const EQ_VERSION = new RegExp(
  '^v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*' +
    '(?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview)[-_.]?[0-9]*)?' +
    '(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?' +
    '(?:(?:[-_.]?dev[-_.]?[0-9]*)?(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?|\\.\\*)?$',
  'i'
)
/** pyparsing IDENTIFIER in packaging 21.3's PEP 508 grammar (names and extras). */
const IDENT = '[A-Za-z0-9]+(?:[-_.]*[A-Za-z0-9]+)*'
/** Name, extras, then the rest of the requirement. */
const HEAD = new RegExp(
  `^(${IDENT})[ \\t]*(\\[[ \\t]*(?:${IDENT}(?:[ \\t]*,[ \\t]*${IDENT})*)?[ \\t]*\\])?[ \\t]*(.*)$`
)
/** `==` and its version token (legacy specifiers take everything up to , ; ) or a space). */
const EQ_SPEC = /^(\(?)[ \t]*==[ \t]*([^,;\s)]+)[ \t]*(\)?)[ \t]*(.*)$/
/** dparse's HASH_REGEX (ASCII text only here, where Python's \w and JS's agree). */
const HASH = /--hash[=| ]\w+:\w+/g

/** packaging 21.3 marker variables (pyparsing literals). */
const MARKER_VARIABLES = new Set([
  'implementation_version',
  'platform_python_implementation',
  'implementation_name',
  'python_full_version',
  'platform_release',
  'platform_version',
  'platform_machine',
  'platform_system',
  'python_version',
  'sys_platform',
  'os_name',
  'os.name',
  'sys.platform',
  'platform.version',
  'platform.machine',
  'platform.python_implementation',
  'python_implementation',
  'extra'
])
const MARKER_TOKEN =
  /[ \t]*(?:('[^']*'|"[^"]*")|(not in)|(===|==|>=|<=|!=|~=|>|<)|([()])|([A-Za-z0-9_.]+))/y

/**
 * True when packaging 21.3 surely accepts `text` as a marker (a stricter grammar than
 * packaging's: what it rejects may still be valid, which only costs a separate run).
 */
export function isPlainMarker(text: string): boolean {
  type Token = { kind: 'value' | 'op' | 'paren' | 'bool'; text: string }
  const tokens: Token[] = []
  MARKER_TOKEN.lastIndex = 0
  let at = 0
  while (at < text.length) {
    if (/^[ \t]*$/.test(text.slice(at))) break
    MARKER_TOKEN.lastIndex = at
    const m = MARKER_TOKEN.exec(text)
    if (!m) return false
    at = MARKER_TOKEN.lastIndex
    if (m[1] !== undefined) tokens.push({ kind: 'value', text: m[1] })
    else if (m[2] !== undefined || m[3] !== undefined)
      tokens.push({ kind: 'op', text: m[2] ?? m[3] ?? '' })
    else if (m[4] !== undefined) tokens.push({ kind: 'paren', text: m[4] })
    else {
      const word = m[5] ?? ''
      if (word === 'and' || word === 'or') tokens.push({ kind: 'bool', text: word })
      else if (word === 'in') tokens.push({ kind: 'op', text: word })
      else if (MARKER_VARIABLES.has(word)) tokens.push({ kind: 'value', text: word })
      else return false
    }
  }
  let i = 0
  const expr = (): boolean => {
    if (!atom()) return false
    while (tokens[i]?.kind === 'bool') {
      i++
      if (!atom()) return false
    }
    return true
  }
  const atom = (): boolean => {
    if (tokens[i]?.kind === 'paren' && tokens[i]?.text === '(') {
      i++
      if (!expr()) return false
      if (!(tokens[i]?.kind === 'paren' && tokens[i]?.text === ')')) return false
      i++
      return true
    }
    if (tokens[i]?.kind !== 'value' || tokens[i + 1]?.kind !== 'op') return false
    if (tokens[i + 2]?.kind !== 'value') return false
    i += 3
    return true
  }
  return tokens.length > 0 && expr() && i === tokens.length
}

type LineRead = { pin: SafetyPin } | { nothing: true } | { uncertain: string }

/**
 * One requirement line after dparse's joins and hash removal, read as packaging 21.3 and
 * Safety would: a pin only for a single `==` specifier.
 */
export function readRequirementLine(parseable: string): LineRead {
  let text = parseable.replace(/\t#/g, '\t #').trim()
  // setuptools' yield_lines: an empty or comment line yields no requirement.
  if (text === '' || text.startsWith('#')) return { nothing: true }
  const comment = text.indexOf(' #')
  if (comment !== -1) text = text.slice(0, comment)
  // Only an `==` specifier pins (Safety takes the first specifier and keeps it only if `==`).
  if (!text.includes('==')) return { nothing: true }
  // PEP 508 starts with the name: anything else (an option, a template tag) is refused.
  if (!/^[A-Za-z0-9]/.test(text)) return { nothing: true }
  const head = HEAD.exec(text)
  if (!head) return { uncertain: `cannot read requirement ${text}` }
  const [, name = '', , rest = ''] = head
  // A URL requirement has no specifier, and `===` alone is not `==`: never a pin.
  if (rest.startsWith('@')) return { nothing: true }
  if (/^\(?[ \t]*===/.test(rest) && !(rest.split(';')[0] ?? '').includes(','))
    return { nothing: true }
  const spec = EQ_SPEC.exec(rest)
  if (!spec) return { uncertain: `not a single == pin: ${text}` }
  const [, open = '', version = '', close = '', after = ''] = spec
  if (open !== close.replace(')', '(')) return { uncertain: `unbalanced parenthesis: ${text}` }
  if (!EQ_VERSION.test(version)) return { uncertain: `version ${version} is not PEP 440` }
  if (after !== '') {
    if (!after.startsWith(';') || !isPlainMarker(after.slice(1)))
      return { uncertain: `cannot read the marker of ${text}` }
  }
  return { pin: { name: normalizeName(name), version } }
}

/**
 * Python's `str(PurePath(dir).joinpath(target))`: `.` and empty segments go, `..` stays (the
 * system resolves it after any symbolic link, so only the reader may judge it).
 */
export function pureJoin(dir: string, target: string): string {
  const joined = target.startsWith('/') || dir === '.' ? target : `${dir}/${target}`
  const segments = joined.split('/').filter((seg, i) => seg !== '.' && (seg !== '' || i === 0))
  const out = segments.join('/')
  return out === '' ? '.' : out
}

/** The text must be plain ASCII: other encodings and line breaks depend on Python's locale. */
const PLAIN_TEXT = /^[\t\n\r\x20-\x7e]*$/

/**
 * What Safety reads from one requirements file, given as `file` on its command line (relative
 * to the workspace, or absolute), following `-r` includes the way dparse does: relative to
 * the including file, appended after the file's own pins, recursively.
 */
export function modelSafetyRead(
  text: string,
  file: string,
  readInclude: IncludeReader,
  chain: readonly string[] = []
): SafetyRead {
  if (!file.endsWith('.txt') && !file.endsWith('.in'))
    return { certain: false, why: `${file} is not read as a requirements file` }
  if (!PLAIN_TEXT.test(text)) return { certain: false, why: `${file} is not plain ASCII` }
  if (chain.length > 20 || chain.includes(file))
    return { certain: false, why: `${file} includes itself` }
  // Python reads text with universal newlines, then dparse splits with str.splitlines().
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const own: SafetyPin[] = []
  const included: SafetyPin[] = []
  for (let num = 0; num < lines.length; num++) {
    const line = (lines[num] ?? '').replace(/[ \t]+$/, '')
    if (line === '' || line.startsWith('#')) continue
    if (/^(?:-i|--index-url|--extra-index-url)/.test(line)) continue
    if (line.startsWith('-r') || line.startsWith('--requirement')) {
      let target = line.replaceAll('-r ', '').replaceAll('--requirement ', '')
      if (target.includes(' #')) target = (target.split('#')[0] ?? '').trim()
      const joined = pureJoin(path.posix.dirname(file), target)
      const got = readInclude(joined)
      if ('missing' in got) continue
      if ('uncertain' in got) return { certain: false, why: got.uncertain }
      const sub = modelSafetyRead(got.text, joined, readInclude, [...chain, file])
      if (!sub.certain) return sub
      included.push(...sub.pins)
      continue
    }
    if (
      /^(?:-f|--find-links|--no-index|--allow-external|--allow-unverified|-Z|--always-unzip)/.test(
        line
      )
    )
      continue
    let parseable = line
    if (line.includes('\\')) {
      parseable = line.replaceAll('\\', '')
      for (let next = num + 1; next < lines.length; next++) {
        const nextLine = lines[next] ?? ''
        parseable += nextLine.trim().replaceAll('\\', '')
        if (!nextLine.includes('\\')) break
      }
    }
    if (parseable.includes('--hash')) parseable = parseable.replace(HASH, '').trim()
    const read = readRequirementLine(parseable)
    if ('uncertain' in read) return { certain: false, why: `${file}: ${read.uncertain}` }
    if ('pin' in read) own.push(read.pin)
  }
  return { certain: true, pins: [...own, ...included] }
}

/** Larger files are not modelled (they keep a run of their own). */
const MAX_MODELLED_BYTES = 1024 * 1024

/**
 * Reads a file Safety would open, for the model: inside the workspace only (what a pull request
 * points elsewhere is never read by runguard), a regular file, small. `file` is as dparse joins
 * it: relative to the workspace, or absolute.
 */
export function workspaceIncludeReader(workspace: string): IncludeReader {
  return file => {
    if (path.isAbsolute(file) || file.split('/').includes('..'))
      return { uncertain: `${file} may lie outside the workspace` }
    const abs = path.join(workspace, file)
    try {
      lstatSync(abs)
    } catch (e) {
      // os.path.exists is false: dparse skips the include.
      const code = (e as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'ENOTDIR') return { missing: true }
      return { uncertain: `${file} cannot be read` }
    }
    try {
      const real = realpathSync(abs)
      if (toRepoPath(realpathSync(workspace), real) === undefined)
        return { uncertain: `${file} points outside the workspace` }
      const st = statSync(real)
      if (!st.isFile() || st.size > MAX_MODELLED_BYTES)
        return { uncertain: `${file} is not a small regular file` }
      return { text: readFileSync(real, 'latin1') }
    } catch {
      return { uncertain: `${file} cannot be read` }
    }
  }
}

/** One input's share of the one report: the pins the model says Safety read from it. */
export interface BatchPart {
  label: string
  pins: readonly SafetyPin[]
}

/**
 * Splits the `vulnerabilities` of one Safety report over the inputs it covered, or says why
 * the report does not match the model. Each entry's key is its package and analyzed version;
 * a pin read n times has n identical blocks.
 */
export function splitSafetyVulnerabilities(
  vulnerabilities: readonly unknown[],
  parts: readonly BatchPart[]
): { segments: unknown[][] } | { mismatch: string } {
  const keyOf = (v: unknown): string | undefined => {
    const entry = v as { package_name?: unknown; analyzed_version?: unknown } | null
    if (typeof entry?.package_name !== 'string' || typeof entry.analyzed_version !== 'string')
      return undefined
    return pinKey(entry.package_name, entry.analyzed_version)
  }
  const count = new Map<string, number>()
  for (const v of vulnerabilities) {
    const key = keyOf(v)
    if (key === undefined) return { mismatch: 'an entry has no package name or version' }
    count.set(key, (count.get(key) ?? 0) + 1)
  }
  const reads = new Map<string, number>()
  for (const part of parts)
    for (const p of part.pins) {
      const key = pinKey(p.name, p.version)
      reads.set(key, (reads.get(key) ?? 0) + 1)
    }
  const blockSize = new Map<string, number>()
  for (const [key, n] of count) {
    const times = reads.get(key) ?? 0
    if (times === 0 || n % times !== 0)
      return { mismatch: `${key.replace('\u0000', ' ')} is not where the model puts it` }
    blockSize.set(key, n / times)
  }
  const firstBlock = new Map<string, string>()
  const segments: unknown[][] = []
  let at = 0
  for (const part of parts) {
    const segment: unknown[] = []
    for (const p of part.pins) {
      const key = pinKey(p.name, p.version)
      const size = blockSize.get(key) ?? 0
      if (size === 0) continue
      const block = vulnerabilities.slice(at, at + size)
      if (block.length !== size || block.some(v => keyOf(v) !== key))
        return { mismatch: `the report's order differs from the model's at entry ${at}` }
      const text = JSON.stringify(block)
      const seen = firstBlock.get(key)
      if (seen === undefined) firstBlock.set(key, text)
      else if (seen !== text)
        return { mismatch: `${p.name} ${p.version} has different advisories in two places` }
      segment.push(...block)
      at += size
    }
    segments.push(segment)
  }
  if (at !== vulnerabilities.length) return { mismatch: 'the report has entries the model lacks' }
  return { segments }
}
