import { constants } from 'node:fs'
import { open } from 'node:fs/promises'

/** Why a file was not read: not a regular file (a FIFO, a device, a directory) or too large. */
export class UnreadableFileError extends Error {
  constructor(
    message: string,
    readonly code: 'not-a-file' | 'too-large'
  ) {
    super(message)
    this.name = 'UnreadableFileError'
  }
}

/**
 * Reads a regular file as UTF-8, never more than `maxBytes`. Opened non-blocking (a FIFO
 * planted under a manifest's name must not hang the run at open), checked on the open
 * descriptor (no swap between check and read), and read with a cap (a file that grows after
 * the check, or lies about its size, still stops at the bound).
 */
export async function readBoundedText(file: string, maxBytes: number): Promise<string> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new UnreadableFileError('not a regular file', 'not-a-file')
    if (info.size > maxBytes)
      throw new UnreadableFileError(`larger than ${maxBytes} bytes`, 'too-large')
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(info.size + 1, 4096)))
    let length = 0
    for (;;) {
      if (length === buffer.length) break
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length)
      if (bytesRead === 0) break
      length += bytesRead
    }
    if (length > maxBytes)
      throw new UnreadableFileError(`larger than ${maxBytes} bytes`, 'too-large')
    return buffer.subarray(0, length).toString('utf8')
  } finally {
    await handle.close()
  }
}
