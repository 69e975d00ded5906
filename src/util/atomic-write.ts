import { randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { lstat, mkdir, open, realpath, rename, unlink, type FileHandle } from 'node:fs/promises'
import path from 'node:path'

/**
 * Writes a report file so that no reader ever sees a half-written or mixed file and no symlink
 * redirects it: the text goes to a fresh temporary file in the same directory (created with
 * O_EXCL|O_NOFOLLOW, so nothing that already exists is opened), which is then renamed over the
 * target in one step. Two runs writing the same path each rename their own complete file; the
 * last one wins whole. A symlink at the target path is refused, not followed or replaced: a
 * pull request can commit `runguard.sarif -> ~/.bashrc`. With `root`, a target inside `root`
 * whose directory resolves outside it (a committed symlinked directory) is refused too.
 */

/** Thrown when the target is a symlink or escapes `root` through one. */
export class UnsafeOutputPathError extends Error {}

export interface AtomicWriteOptions {
  /** Workspace root: a target inside it must stay inside it after resolving symlinks. */
  root?: string
  /** File mode of a new file (default 0o644, before the umask). */
  mode?: number
}

const inside = (parent: string, child: string): boolean => {
  const rel = path.relative(parent, child)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

/** Checks the target and opens a fresh temporary file beside it; returns both paths and the handle. */
async function prepare(
  file: string,
  options: AtomicWriteOptions
): Promise<{ target: string; temp: string; handle: FileHandle }> {
  const target = path.resolve(file)
  const dir = path.dirname(target)
  await mkdir(dir, { recursive: true })
  const existing = await lstat(target).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined
    throw e
  })
  if (existing?.isSymbolicLink())
    throw new UnsafeOutputPathError(
      `${file} is a symbolic link; runguard does not write through links (remove it, or choose another path)`
    )
  if (existing?.isDirectory()) throw new UnsafeOutputPathError(`${file} is a directory`)
  if (options.root !== undefined) {
    const root = path.resolve(options.root)
    if (inside(root, target)) {
      const realRoot = await realpath(root)
      const realDir = await realpath(dir)
      if (!inside(realRoot, realDir))
        throw new UnsafeOutputPathError(
          `${file} is inside the workspace but its directory resolves to ${realDir}, outside it (a symbolic link); runguard does not write there`
        )
    }
  }
  const temp = path.join(
    dir,
    `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`
  )
  const handle = await open(
    temp,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
    options.mode ?? 0o644
  )
  return { target, temp, handle }
}

/** Writes the chunks, closes, and renames the temporary file over the target. */
async function finish(
  prepared: { target: string; temp: string; handle: FileHandle },
  data: string | readonly string[]
): Promise<void> {
  const { target, temp, handle } = prepared
  try {
    try {
      for (const chunk of typeof data === 'string' ? [data] : data)
        await handle.write(chunk, null, 'utf8')
    } finally {
      await handle.close()
    }
    await rename(temp, target)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
}

/** Writes `data` (text, or chunks of text written in order) to `file` atomically. */
export async function writeFileAtomic(
  file: string,
  data: string | readonly string[],
  options: AtomicWriteOptions = {}
): Promise<void> {
  await finish(await prepare(file, options), data)
}

/**
 * Checks `file` and opens its temporary file now (so a path that cannot be written fails early),
 * and returns the function that writes the text and renames it into place (once).
 */
export async function openFileAtomic(
  file: string,
  options: AtomicWriteOptions = {}
): Promise<(data: string | readonly string[]) => Promise<void>> {
  const prepared = await prepare(file, options)
  return data => finish(prepared, data)
}

/** A file written atomically piece by piece (openAtomicWriter). */
export interface AtomicWriter {
  /** Appends text (UTF-8). */
  write(text: string): Promise<void>
  /** Empties the file, to write it again from the start. */
  rewind(): Promise<void>
  /** Closes the file and renames it over the target. */
  commit(): Promise<void>
  /** Closes and removes the temporary file; the target is left as it was. */
  abort(): Promise<void>
}

/**
 * Like openFileAtomic, for text produced piece by piece that must not be held whole (a large
 * SARIF log): each piece is written as it comes, and nothing is visible at the target until
 * `commit`. Same checks: no link followed, nothing outside `root`.
 */
export async function openAtomicWriter(
  file: string,
  options: AtomicWriteOptions = {}
): Promise<AtomicWriter> {
  const { target, temp, handle } = await prepare(file, options)
  let position = 0
  let closed = false
  const close = async (): Promise<void> => {
    if (closed) return
    closed = true
    await handle.close()
  }
  return {
    async write(text: string): Promise<void> {
      const bytes = Buffer.from(text, 'utf8')
      for (let offset = 0; offset < bytes.length;) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, position)
        offset += bytesWritten
        position += bytesWritten
      }
    },
    async rewind(): Promise<void> {
      await handle.truncate(0)
      position = 0
    },
    async commit(): Promise<void> {
      try {
        await close()
        await rename(temp, target)
      } catch (error) {
        await unlink(temp).catch(() => undefined)
        throw error
      }
    },
    async abort(): Promise<void> {
      await close().catch(() => undefined)
      await unlink(temp).catch(() => undefined)
    }
  }
}
