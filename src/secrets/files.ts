import {
  closeSync,
  constants,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  type Dirent,
  type Stats
} from 'node:fs'
import path from 'node:path'
import ignore, { type Ignore } from 'ignore'
import picomatch from 'picomatch'
import { compileGlobs } from '../glob/match.js'
import { SKIPPED_DIRS } from '../util/skipped-dirs.js'

/**
 * The file side of the working-tree scan: walks the given paths honoring `.gitignore` files
 * (nested ones too, via the `ignore` package), never follows symlinks (so neither loops nor
 * targets outside the workspace are possible), skips the default path allowlist
 * (vendored, minified, lock and binary files) and reports every skip with its reason.
 */

/** A file to scan. */
export interface FileEntry {
  abs: string
  /** Repo-relative posix path. */
  rel: string
  size: number
}

/** A path that was not scanned, and why. */
export interface Skipped {
  rel: string
  reason: string
  /** True when the user should hear about it (unreadable, too large); false for routine skips. */
  notable: boolean
  /** Set when the walk knew git's tracked files: the path is tracked, or holds tracked files. */
  tracked?: boolean
}

/**
 * How a file the walk listed is opened for reading: it may have been swapped since, so never
 * follow a link there, and never block on a FIFO (a read of one without a writer then ends at
 * once instead of waiting forever).
 */
export const SAFE_READ_FLAGS =
  constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

/** Lock files and vendored/minified/generated paths: content hashes and third-party code. */
export const DEFAULT_ALLOWLIST_GLOBS = [
  // The directories runguard never looks into, plus vendored third-party code.
  ...[...SKIPPED_DIRS, 'vendor', 'bower_components'].map(dir => `**/${dir}/**`),
  '**/*.min.js',
  '**/*.min.css',
  '**/*.min.mjs',
  '**/*.js.map',
  '**/*.css.map',
  '**/package-lock.json',
  '**/npm-shrinkwrap.json',
  '**/yarn.lock',
  '**/pnpm-lock.yaml',
  '**/poetry.lock',
  '**/Pipfile.lock',
  '**/uv.lock',
  '**/pdm.lock',
  '**/Cargo.lock',
  '**/go.sum',
  '**/composer.lock',
  '**/Gemfile.lock',
  '**/Podfile.lock',
  '**/packages.lock.json',
  '**/gradle.lockfile',
  '**/deno.lock',
  '**/bun.lockb',
  '**/flake.lock'
]

// What a path must contain to possibly match a default allowlist glob: a directory segment
// (`**/node_modules/**`), a file name (`**/yarn.lock`) or a name suffix (`**/*.min.js`). The
// globs compile to regular expressions that cost ~10 µs per path (one test per glob), and the
// walk asks for every file and directory; most paths fail this cheap check and never reach them.
interface AllowlistShape {
  dirs: Set<string>
  names: Set<string>
  suffixes: string[]
}

function allowlistShape(globs: readonly string[]): AllowlistShape {
  const shape: AllowlistShape = { dirs: new Set(), names: new Set(), suffixes: [] }
  for (const glob of globs) {
    const dir = /^\*\*\/([^*/]+)\/\*\*$/.exec(glob)?.[1]
    const name = /^\*\*\/([^*/]+)$/.exec(glob)?.[1]
    const suffix = /^\*\*\/\*([^*/]+)$/.exec(glob)?.[1]
    if (dir !== undefined) shape.dirs.add(dir)
    else if (name !== undefined) shape.names.add(name)
    else if (suffix !== undefined) shape.suffixes.push(suffix)
    else throw new Error(`default allowlist glob ${glob} has no fast pre-check`)
  }
  return shape
}

let defaultShape: AllowlistShape | undefined
let defaultMatch: ((rel: string) => boolean) | undefined

/**
 * The globs decide; the shape check only spares them the paths they cannot match. The globs are
 * compiled when a path first passes the shape check: compiling them costs 16–80 ms (more on a
 * busy machine), which every command that loads this module (`runguard run` included) would
 * otherwise pay at start-up, and a walk whose paths never look vendored, minified or locked (most
 * Python repositories) at the start of its critical path.
 */
function inDefaultAllowlist(rel: string): boolean {
  const shape = (defaultShape ??= allowlistShape(DEFAULT_ALLOWLIST_GLOBS))
  const segments = rel.split('/')
  const last = segments[segments.length - 1] as string
  const possible =
    shape.names.has(last) ||
    shape.suffixes.some(s => last.endsWith(s)) ||
    segments.some(s => shape.dirs.has(s))
  if (!possible) return false
  defaultMatch ??= picomatch(DEFAULT_ALLOWLIST_GLOBS, { dot: true })
  return defaultMatch(rel)
}

const BINARY_EXTENSIONS = new Set(
  (
    'png jpg jpeg gif bmp ico webp tif tiff psd svgz heic avif mp3 mp4 m4a wav ogg flac mov avi mkv ' +
    'webm woff woff2 ttf otf eot pdf doc docx xls xlsx ppt pptx odt zip gz tgz bz2 xz zst 7z rar jar ' +
    'war ear whl egg so dylib dll exe o a lib class pyc pyo pyd wasm bin dat db sqlite sqlite3 ' +
    'parquet npy npz pkl pickle h5 onnx pt pth'
  ).split(' ')
)

/** Why a path is in the default allowlist, or undefined. */
export function defaultSkipReason(rel: string): string | undefined {
  if (inDefaultAllowlist(rel)) return 'vendored, minified or lock file (default allowlist)'
  const ext = path.posix.extname(rel).slice(1).toLowerCase()
  if (BINARY_EXTENSIONS.has(ext)) return `binary file type .${ext}`
  return undefined
}

/** Test directories and test-file names of the common ecosystems (repo-relative posix paths). */
const TEST_FIXTURE_PATH =
  /(?:^|\/)(?:tests?|__tests__|spec|specs|testdata|test[-_]data|fixtures?|__fixtures__|testing|mocks?|__mocks__|e2e|testcases?|test[-_]?cases)\/|(?:^|\/)(?:test_[^/]+\.py|[^/]+_test\.(?:py|go|rb|exs?)|[^/]+\.(?:test|spec)\.[cm]?[jt]sx?|conftest\.py|[^/]+Tests?\.(?:java|kt|cs|scala|swift))$/i

/**
 * True for files under a test directory or named as tests. A real key there is still a finding
 * (test fixtures leak like any file), but reports say "test fixture" so a reviewer knows.
 */
export function isTestFixturePath(rel: string): boolean {
  return TEST_FIXTURE_PATH.test(rel)
}

/** Binary by content: a NUL byte in the first 8 KiB (git's heuristic), unless UTF-16 with a BOM. */
export function isBinaryContent(bytes: Uint8Array): boolean {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  )
    return false
  // Native search: a JavaScript loop over 8 KiB costs ~10 µs per file, a tenth of a small file's scan.
  return bytes.subarray(0, 8192).indexOf(0) !== -1
}

/** Decodes file bytes: UTF-8 (invalid sequences become U+FFFD), or UTF-16 when it has a BOM. */
export function decodeText(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return bytes.subarray(2).toString('utf16le')
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2))
    swapped.swap16()
    return swapped.toString('utf16le')
  }
  return bytes.toString('utf8')
}

interface IgnoreLayer {
  /** Repo-relative posix dir the .gitignore lives in ('' for the root). */
  base: string
  rules: Ignore
}

function readIgnoreLayer(absDir: string, base: string, file: string): IgnoreLayer | undefined {
  try {
    // Not through a symbolic link (git does not follow one for .gitignore either): a link in the
    // tree must not make the walk read, as ignore rules, a file outside the workspace.
    const fd = openSync(path.join(absDir, file), SAFE_READ_FLAGS)
    try {
      return { base, rules: ignore().add(readFileSync(fd, 'utf8')) }
    } finally {
      closeSync(fd)
    }
  } catch {
    return undefined
  }
}

function ignoredBy(layers: readonly IgnoreLayer[], rel: string, isDir: boolean): boolean {
  for (const layer of layers) {
    const sub = layer.base === '' ? rel : rel.slice(layer.base.length + 1)
    if (sub === '' || sub.startsWith('..')) continue
    if (layer.rules.ignores(isDir ? `${sub}/` : sub)) return true
  }
  return false
}

/** The walk gives the event loop a turn at least this often (ms). */
const YIELD_MS = 10

export interface WalkOptions {
  /** Absolute, real workspace root. */
  workspace: string
  maxFileSize: number
  /** User globs (settings.exclude), matched against repo-relative paths. */
  exclude: readonly string[]
  signal?: AbortSignal
  /**
   * Workspace-relative paths git tracks (`git ls-files`), when the workspace is in a repository.
   * `.gitignore` never hides a tracked file: an ignored file that was committed anyway is exactly
   * where a leaked key sits, and a change can add the ignore rule to hide it (SECURITY.md,
   * promise 5). Skips are marked with whether they hold tracked content.
   */
  tracked?: ReadonlySet<string>
  /** Called for each file to scan as soon as it is listed (the pool starts its workers early). */
  onFile?: (file: FileEntry) => void
}

export interface WalkResult {
  files: FileEntry[]
  skipped: Skipped[]
}

/** Lists the files to scan under `roots` (absolute paths inside the workspace). */
export async function walkFiles(
  roots: readonly string[],
  options: WalkOptions
): Promise<WalkResult> {
  const files: FileEntry[] = []
  const skipped: Skipped[] = []
  const excluded = options.exclude.length ? compileGlobs(options.exclude) : undefined
  const root = options.workspace
  const relOf = (abs: string): string => path.relative(root, abs).split(path.sep).join('/')
  const rootLayers: IgnoreLayer[] = []
  const top = readIgnoreLayer(root, '', '.gitignore')
  if (top) rootLayers.push(top)
  const info = readIgnoreLayer(path.join(root, '.git', 'info'), '', 'exclude')
  if (info) rootLayers.push(info)
  const seen = new Set<string>()
  const tracked = options.tracked
  // Tracked files below each directory, so an ignored or skipped directory is entered or counted.
  const trackedBelow = new Map<string, number>()
  for (const t of tracked ?? []) {
    for (let i = t.lastIndexOf('/'); i > 0; i = t.lastIndexOf('/', i - 1)) {
      const dir = t.slice(0, i)
      trackedBelow.set(dir, (trackedBelow.get(dir) ?? 0) + 1)
    }
  }
  const skip = (rel: string, reason: string, notable: boolean, isDir = false): void => {
    if (!tracked) {
      skipped.push({ rel, reason, notable })
      return
    }
    const inside = isDir ? (trackedBelow.get(rel) ?? 0) : tracked.has(rel) ? 1 : 0
    const why = isDir && inside > 0 ? `${reason}; ${inside} tracked file(s) inside` : reason
    skipped.push({ rel, reason: why, notable, tracked: inside > 0 })
  }

  // The walk uses the synchronous fs calls: on a tree of many small files the promise API's
  // per-call round trips through the thread pool cost more CPU than the scan itself. It
  // yields to the event loop every few milliseconds, so the other scanners' output is still read.
  let lastYield = performance.now()
  const maybeYield = async (): Promise<void> => {
    if (performance.now() - lastYield < YIELD_MS) return
    await new Promise<void>(resolve => setImmediate(resolve))
    lastYield = performance.now()
  }

  const visitDir = async (
    abs: string,
    rel: string,
    layers: IgnoreLayer[],
    depth: number
  ): Promise<void> => {
    if (rel === '.git' || rel.endsWith('/.git')) return
    // Tracked first: a set lookup, where the ignore rules cost tens of µs per path.
    if (rel !== '' && !trackedBelow.has(rel) && ignoredBy(layers, rel, true)) return
    if (rel !== '' && (excluded?.(rel) || excluded?.(`${rel}/`))) return
    if (rel !== '' && inDefaultAllowlist(`${rel}/x`)) {
      skip(rel, 'vendored directory (default allowlist)', false, true)
      return
    }
    if (depth > 256) {
      skip(rel, 'directory nesting deeper than 256 levels', true, true)
      return
    }
    let entries: Dirent[]
    try {
      entries = readdirSync(abs, { withFileTypes: true })
    } catch (error) {
      skipped.push({
        rel: rel || '.',
        reason: `cannot read directory: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        notable: true
      })
      return
    }
    // Name order (code units, as Array.prototype.sort does), so the walk is the same everywhere.
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    // Read a nested .gitignore only where the listing has one: trying every directory cost a
    // failed open and a thrown error each (~12 µs; ~50 ms of CPU on a tree of 4,000 directories).
    const own =
      rel !== '' && entries.some(e => e.name === '.gitignore')
        ? readIgnoreLayer(abs, rel, '.gitignore')
        : undefined
    const next = own ? [...layers, own] : layers
    // `abs` is already normalised and a name holds no separator: path.join's normalising pass
    // over every path of the tree is not needed.
    const dirPrefix = abs.endsWith(path.sep) ? abs : `${abs}${path.sep}`
    for (const entry of entries) {
      if (options.signal?.aborted) return
      const childAbs = dirPrefix + entry.name
      const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`
      if (entry.isSymbolicLink()) {
        // Never followed: a link is either a loop, outside the workspace, or scanned where it points.
        skip(childRel, 'symbolic link (not followed)', false)
      } else if (entry.isDirectory()) {
        await visitDir(childAbs, childRel, next, depth + 1)
      } else if (entry.isFile()) {
        visitFile(childAbs, childRel, next)
      } else {
        skip(childRel, 'not a regular file', false)
      }
      await maybeYield()
    }
  }

  const visitFile = (abs: string, rel: string, layers: IgnoreLayer[], known?: Stats): void => {
    if (seen.has(rel)) return
    seen.add(rel)
    if ((tracked?.has(rel) !== true && ignoredBy(layers, rel, false)) || excluded?.(rel)) return
    const reason = defaultSkipReason(rel)
    if (reason) {
      skip(rel, reason, false)
      return
    }
    let size: number
    try {
      size = (known ?? lstatSync(abs)).size
    } catch (error) {
      skipped.push({
        rel,
        reason: `cannot stat: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        notable: true
      })
      return
    }
    if (size > options.maxFileSize) {
      skip(
        rel,
        `larger than the ${formatBytes(options.maxFileSize)} limit (${formatBytes(size)})`,
        true
      )
      return
    }
    const file = { abs, rel, size }
    files.push(file)
    options.onFile?.(file)
  }

  /** A root given on the command line: stat'ed itself (it may be a file or a link). */
  const visitRoot = async (abs: string): Promise<void> => {
    if (options.signal?.aborted) return
    const rel = relOf(abs)
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      skipped.push({ rel: abs, reason: 'outside the workspace', notable: true })
      return
    }
    let stat: Stats
    try {
      stat = lstatSync(abs)
    } catch (error) {
      skipped.push({
        rel: rel || '.',
        reason: `cannot stat: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        notable: true
      })
      return
    }
    if (stat.isSymbolicLink()) skip(rel, 'symbolic link (not followed)', false)
    else if (stat.isDirectory()) await visitDir(abs, rel, rootLayers, 0)
    else if (stat.isFile()) visitFile(abs, rel, rootLayers, stat)
    else skip(rel, 'not a regular file', false)
  }

  for (const r of roots) await visitRoot(path.resolve(r))
  return { files, skipped }
}

/** `5 MiB`-style sizes for messages. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`
  if (n >= 1024) return `${(n / 1024).toFixed(0)} KiB`
  return `${n} B`
}
