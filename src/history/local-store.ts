import { constants } from 'node:fs'
import { lstat, mkdir, open, readFile, realpath, rename, unlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { ConfigurationError } from '../errors.js'
import { parseHistory, serializeRecord } from './record.js'
import {
  applyUpdate,
  contentsOf,
  FINDINGS_FILE,
  HISTORY_FILE,
  type HistoryStore,
  type StoreContents,
  type StoreFiles,
  type StoreUpdate
} from './store.js'

/**
 * The embedded store of the CLI: `<workspace>/.runguard/history/` holds `runguard-history.jsonl`
 * (JSON Lines, one record per line, oldest first) and `runguard-findings.json`.
 *
 * Why JSON Lines: a run only ever adds one line, so a write is one `write(2)` of one small buffer
 * (a record is at most 64 KiB) on a file opened with O_APPEND, which the kernel positions at the
 * end atomically; the file is readable with jq, grep or a spreadsheet; and a line torn by a crash
 * costs that line only (readers skip it). Writers also take `runguard-history.lock` (O_EXCL,
 * holding the pid; a lock whose process is gone, or older than ten minutes, is broken), because
 * retention rewrites the file and a rewrite must not race an append. Retention runs when a
 * category has 10 % (at least 10) more records than history-keep, so most runs only append;
 * readers always see at most history-keep per category.
 *
 * The directory must stay inside the workspace (a committed symlink cannot send the writes
 * elsewhere), files are opened with O_NOFOLLOW, and a `.gitignore` of `*` keeps `git status`
 * clean, as pytest does with `.pytest_cache/`.
 */

const LOCK_FILE = 'runguard-history.lock'
const LOCK_STALE_MS = 10 * 60 * 1000
const LOCK_WAIT_MS = 60 * 1000
const NOFOLLOW = constants.O_NOFOLLOW ?? 0

const inside = (parent: string, child: string): boolean => {
  const rel = path.relative(parent, child)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

export interface LocalStoreOptions {
  workspace: string
  /** settings.historyDir (relative to the workspace). */
  dir: string
  /** Waits between lock attempts (tests shorten it). */
  sleep?: (ms: number) => Promise<void>
}

export function localStore(options: LocalStoreOptions): HistoryStore {
  const workspace = path.resolve(options.workspace)
  const dir = path.resolve(workspace, options.dir)
  if (!inside(workspace, dir))
    throw new ConfigurationError(
      `history-dir ${options.dir} resolves to ${dir}, outside the workspace ${workspace}; use a directory inside it`,
      { field: 'history-dir', value: options.dir }
    )
  const sleep = options.sleep ?? ((ms: number) => new Promise(r => setTimeout(r, ms)))
  const file = (name: string): string => path.join(dir, name)

  /** Creates the directory and checks that it really is inside the workspace. */
  const prepare = async (): Promise<void> => {
    const existed = await lstat(dir).then(
      () => true,
      () => false
    )
    await mkdir(dir, { recursive: true })
    const realDir = await realpath(dir)
    if (!inside(await realpath(workspace), realDir))
      throw new Error(
        `${options.dir} resolves to ${realDir}, outside the workspace (a symbolic link); runguard does not write there`
      )
    if (!existed) await writeFile(file('.gitignore'), '# runguard run history (local)\n*\n')
  }

  const readIfPresent = async (name: string): Promise<string | undefined> => {
    let handle
    try {
      handle = await open(file(name), constants.O_RDONLY | NOFOLLOW)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT') return undefined
      if (code === 'ELOOP')
        throw new Error(`${name} is a symbolic link; runguard does not read it`, { cause: error })
      throw error
    }
    try {
      return await handle.readFile('utf8')
    } finally {
      await handle.close()
    }
  }

  const readFiles = async (): Promise<StoreFiles> => {
    const history = await readIfPresent(HISTORY_FILE)
    const findings = await readIfPresent(FINDINGS_FILE)
    return {
      ...(history !== undefined ? { history } : {}),
      ...(findings !== undefined ? { findings } : {})
    }
  }

  /** Replaces a file in one step (a reader sees the old or the new text, never a mix). */
  const replace = async (name: string, text: string): Promise<void> => {
    const temp = file(`.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
    const handle = await open(
      temp,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW,
      0o644
    )
    try {
      await handle.writeFile(text, 'utf8')
    } finally {
      await handle.close()
    }
    try {
      await rename(temp, file(name))
    } catch (error) {
      await unlink(temp).catch(() => undefined)
      throw error
    }
  }

  /** One write(2) of the whole line at the end of the file. */
  const appendLine = async (line: string): Promise<void> => {
    const handle = await open(
      file(HISTORY_FILE),
      constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND | NOFOLLOW,
      0o644
    )
    try {
      const buffer = Buffer.from(line, 'utf8')
      const { bytesWritten } = await handle.write(buffer, 0, buffer.length)
      if (bytesWritten !== buffer.length)
        throw new Error(
          `short write to ${HISTORY_FILE} (${bytesWritten} of ${buffer.length} bytes)`
        )
    } finally {
      await handle.close()
    }
  }

  const withLock = async <T>(work: () => Promise<T>): Promise<T> => {
    const lock = file(LOCK_FILE)
    const started = Date.now()
    for (let attempt = 0; ; attempt++) {
      try {
        const handle = await open(
          lock,
          constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW,
          0o644
        )
        await handle.writeFile(`${process.pid}\n${os.hostname()}\n${new Date().toISOString()}\n`)
        await handle.close()
        break
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
        if (await breakStaleLock(lock)) continue
        if (Date.now() - started > LOCK_WAIT_MS)
          throw new Error(
            `${path.join(options.dir, LOCK_FILE)} is held by another runguard for over ${LOCK_WAIT_MS / 1000}s; remove it if no runguard is running`,
            { cause: error }
          )
        await sleep(Math.min(200, 10 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()))
      }
    }
    try {
      return await work()
    } finally {
      await unlink(lock).catch(() => undefined)
    }
  }

  return {
    description: options.dir,
    async load(keep: number): Promise<StoreContents> {
      return contentsOf(await readFiles(), keep)
    },
    async update(update: StoreUpdate): Promise<{ pruned: number }> {
      await prepare()
      return withLock(async () => {
        const files = await readFiles()
        const parsed = parseHistory(files.history ?? '')
        const all = update.record ? [...parsed.records, update.record] : parsed.records
        const counts = new Map<string, number>()
        for (const r of all) counts.set(r.category, (counts.get(r.category) ?? 0) + 1)
        const slack = Math.max(10, Math.ceil(update.keep / 10))
        const overdue = [...counts.values()].some(n => n > update.keep + slack)
        let pruned = 0
        if (update.pruneCategory !== undefined || overdue) {
          const next = applyUpdate(files, update)
          await replace(HISTORY_FILE, next.history)
          pruned = next.pruned
        } else if (update.record) {
          await appendLine(serializeRecord(update.record))
        }
        if (update.snapshot) {
          const next = applyUpdate(files, { keep: update.keep, snapshot: update.snapshot })
          if (next.findings !== undefined) await replace(FINDINGS_FILE, next.findings)
        }
        return { pruned }
      })
    }
  }

  async function breakStaleLock(lock: string): Promise<boolean> {
    let text: string
    try {
      text = await readFile(lock, 'utf8')
    } catch {
      return true // gone already: try again
    }
    const [pidText, host, at] = text.split('\n')
    const pid = Number(pidText)
    const age = Date.now() - Date.parse(at ?? '')
    let dead = false
    if (host === os.hostname() && Number.isInteger(pid) && pid > 0) {
      try {
        process.kill(pid, 0)
      } catch (error) {
        dead = (error as NodeJS.ErrnoException).code === 'ESRCH'
      }
    }
    // A lock being written right now has no timestamp yet: not stale.
    if (!dead && !(Number.isFinite(age) && age > LOCK_STALE_MS)) return false
    // Only the lock we judged: another runguard may have broken it and taken a new one meanwhile.
    if ((await readFile(lock, 'utf8').catch(() => undefined)) !== text) return true
    await unlink(lock).catch(() => undefined)
    return true
  }
}
