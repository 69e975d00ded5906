import fs from 'node:fs/promises'
import { StringDecoder } from 'node:string_decoder'
import { scanText, type DemoPolicy } from './engine.js'
import { SAFE_READ_FLAGS, isBinaryContent } from './files.js'
import type { SecretMatch } from './types.js'

/**
 * Large files are scanned in chunks so memory stays bounded whatever `secrets-max-file-size`
 * allows. Each scan keeps the last OVERLAP characters for the next one and only reports
 * matches that start before them: every secret shorter than OVERLAP (PEM blocks are capped at
 * 16 KiB by their rule) is seen whole exactly once.
 */

const CHUNK_BYTES = 4 * 1024 * 1024
const OVERLAP = 32 * 1024

/** Scans a file chunk by chunk; undefined when its first chunk is binary. */
export async function scanLargeFile(
  abs: string,
  rel: string,
  demo: DemoPolicy = 'skip'
): Promise<SecretMatch[] | undefined> {
  const handle = await fs.open(abs, SAFE_READ_FLAGS)
  const out: SecretMatch[] = []
  try {
    // Read no further than the size at open: a file something keeps appending to (or a FIFO,
    // size 0) ends here instead of never.
    let left = (await handle.stat()).size
    const decoder = new StringDecoder('utf8')
    const buffer = Buffer.alloc(CHUNK_BYTES)
    let pending = ''
    // Where `pending` starts: 0-based line, and its column offset when it starts mid-line.
    let lineBase = 0
    let colBase = 0
    let first = true
    for (;;) {
      const { bytesRead } =
        left > 0
          ? await handle.read(buffer, 0, Math.min(CHUNK_BYTES, left), null)
          : { bytesRead: 0 }
      left -= bytesRead
      if (first && isBinaryContent(buffer.subarray(0, bytesRead))) return undefined
      first = false
      const eof = bytesRead === 0
      pending += eof ? decoder.end() : decoder.write(buffer.subarray(0, bytesRead))
      if (!eof && pending.length < CHUNK_BYTES) continue
      const tailStart = eof ? pending.length : Math.max(0, pending.length - OVERLAP)
      // Line and column (1-based, within `pending`) where the kept tail starts.
      let tailLine = 1
      let lastNl = -1
      for (
        let i = pending.indexOf('\n');
        i !== -1 && i < tailStart;
        i = pending.indexOf('\n', i + 1)
      ) {
        tailLine++
        lastNl = i
      }
      const tailCol = tailStart - lastNl
      for (const m of scanText(pending, { path: rel, demo })) {
        const inTail =
          m.startLine > tailLine || (m.startLine === tailLine && m.startColumn >= tailCol)
        if (inTail && !eof) continue
        out.push({
          ...m,
          startLine: m.startLine + lineBase,
          endLine: m.endLine + lineBase,
          startColumn: m.startLine === 1 ? m.startColumn + colBase : m.startColumn,
          endColumn: m.endLine === 1 ? m.endColumn + colBase : m.endColumn
        })
      }
      if (eof) break
      colBase = lastNl === -1 ? colBase + tailStart : tailStart - lastNl - 1
      lineBase += tailLine - 1
      pending = pending.slice(tailStart)
    }
  } finally {
    await handle.close()
  }
  return out
}
