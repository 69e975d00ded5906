import { StringDecoder } from 'node:string_decoder'

/**
 * Bounded, redacted capture of one output stream. Bytes are split into lines at `\n` (a byte that
 * never occurs inside a UTF-8 multi-byte sequence, so chunk boundaries cannot split a character
 * of a complete line); each line is redacted, handed to the live callback and kept in a head
 * and a tail buffer of at most `maxBytes` together. Every byte and line is counted exactly.
 */

/** One captured stream as reported. */
export interface CapturedStream {
  /** Redacted text, at most about `maxBytes`: head, a cut marker line, tail. */
  text: string
  /** Exact number of bytes the script wrote. */
  bytes: number
  /** Lines written: newline count, plus one when the output ends without a newline. */
  lines: number
  /** True when bytes were left out of `text` (cut in the middle or an over-long line). */
  truncated: boolean
}

export interface OutputCaptureOptions {
  /** Bytes of redacted text kept: half head, half tail. */
  maxBytes: number
  /** Longest line passed to `onLine` and kept; longer lines are cut with a marker. */
  maxLineBytes?: number
  redact: (text: string) => string
  onLine?: (line: string) => void
}

/** Default live-log line bound: long enough for any real log line, short enough for a log UI. */
export const DEFAULT_MAX_LINE_BYTES = 64 * 1024
/** Raw bytes kept past the line bound so a secret straddling the cut is still redacted whole. */
const REDACT_MARGIN = 4096
const NEWLINE = 0x0a

export function cutMarker(omittedBytes: number): string {
  return `… [runguard: ${omittedBytes} bytes omitted] …`
}

/** Cuts a string to at most `maxBytes` UTF-8 bytes without splitting a character. */
export function truncateUtf8(text: string, maxBytes: number): string {
  const buf = Buffer.from(text, 'utf8')
  if (buf.length <= maxBytes) return text
  let end = maxBytes
  // Back off to the lead byte of the character that would be split (10xxxxxx = continuation).
  while (end > 0 && ((buf[end] as number) & 0xc0) === 0x80) end--
  return buf.subarray(0, end).toString('utf8')
}

export class OutputCapture {
  /** Exact byte count. */
  bytes = 0
  /** Exact line count so far (see CapturedStream.lines). */
  lines = 0
  private readonly maxLineBytes: number
  private readonly headLimit: number
  private readonly tailLimit: number
  /** Head: the first lines that fit, as UTF-8 bytes (Buffers, not strings: no per-line objects). */
  private head: Buffer | undefined
  private headUsed = 0
  private headFull = false
  /** Tail: a byte ring holding the last `tailLimit` bytes written after the head. */
  private ring: Buffer | undefined
  private ringPos = 0
  private tailWritten = 0
  private lineCut = false
  private cached: CapturedStream | undefined
  private pending: Buffer[] = []
  private pendingBytes = 0
  private pendingDropped = 0
  private ended = false

  constructor(private readonly options: OutputCaptureOptions) {
    this.headLimit = Math.floor(options.maxBytes / 2)
    this.tailLimit = options.maxBytes - this.headLimit
    this.maxLineBytes = Math.max(
      1,
      Math.min(options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES, options.maxBytes)
    )
  }

  write(chunk: Buffer): void {
    if (chunk.length === 0) return
    this.bytes += chunk.length
    const first = chunk.indexOf(NEWLINE)
    if (first < 0) {
      this.appendPending(chunk)
      return
    }
    this.appendPending(chunk.subarray(0, first))
    this.flushPending()
    const last = chunk.lastIndexOf(NEWLINE)
    if (last > first) {
      // Decode all complete lines of the chunk at once: far cheaper than a toString per line.
      const body = chunk.subarray(first + 1, last).toString('utf8')
      for (const line of body.split('\n')) this.emit(line, 0)
    }
    if (last + 1 < chunk.length) this.appendPending(chunk.subarray(last + 1))
  }

  /** Flushes a final line without newline. Idempotent. */
  end(): void {
    if (this.ended) return
    this.ended = true
    if (this.pendingBytes > 0 || this.pendingDropped > 0) this.flushPending()
  }

  /**
   * The captured stream (computed once; the buffers are released afterwards so a 10 MiB
   * capture does not stay in memory twice).
   */
  result(): CapturedStream {
    if (this.cached) return this.cached
    const head = this.head?.subarray(0, this.headUsed)
    let tailA: Buffer | undefined
    let tailB: Buffer | undefined
    let omitted = 0
    if (this.ring && this.tailWritten > 0) {
      if (this.tailWritten <= this.tailLimit) {
        tailA = this.ring.subarray(0, this.tailWritten)
      } else {
        // The ring wrapped: the oldest byte is at ringPos. Drop the partial first line.
        let older = this.ring.subarray(this.ringPos)
        let newer = this.ring.subarray(0, this.ringPos)
        const nl = older.indexOf(NEWLINE)
        if (nl >= 0) older = older.subarray(nl + 1)
        else {
          const nl2 = newer.indexOf(NEWLINE)
          older = Buffer.alloc(0)
          newer = nl2 < 0 ? Buffer.alloc(0) : newer.subarray(nl2 + 1)
        }
        tailA = older
        tailB = newer
        omitted = this.tailWritten - older.length - newer.length
      }
    } else if (this.tailWritten > 0) {
      omitted = this.tailWritten
    }
    const marker = omitted > 0 ? Buffer.from(cutMarker(omitted) + '\n', 'utf8') : undefined
    const pieces = [head, marker, tailA, tailB].filter((b): b is Buffer => !!b && b.length > 0)
    // Stored lines end with a newline; the text does not.
    const lastIndex = pieces.length - 1
    const last = pieces[lastIndex]
    if (last && last[last.length - 1] === NEWLINE) pieces[lastIndex] = last.subarray(0, -1)
    // A decoder per piece boundary keeps a character split by the ring's wrap intact; string
    // concatenation is lazy in V8, so no second full-size copy is made here.
    const decoder = new StringDecoder('utf8')
    let text = ''
    for (const piece of pieces) text += decoder.write(piece)
    text += decoder.end()
    this.cached = {
      text,
      bytes: this.bytes,
      lines: this.lines,
      truncated: omitted > 0 || this.lineCut
    }
    // The buffers are not needed any more.
    this.head = undefined
    this.ring = undefined
    return this.cached
  }

  private appendPending(buf: Buffer): void {
    if (buf.length === 0) return
    const keep = this.maxLineBytes + REDACT_MARGIN
    const room = keep - this.pendingBytes
    if (room <= 0) {
      this.pendingDropped += buf.length
      return
    }
    const take = Math.min(room, buf.length)
    // Copy: a subarray would pin the whole chunk in memory.
    this.pending.push(Buffer.from(buf.subarray(0, take)))
    this.pendingBytes += take
    this.pendingDropped += buf.length - take
  }

  private flushPending(): void {
    const text =
      this.pending.length === 1
        ? (this.pending[0] as Buffer).toString('utf8')
        : Buffer.concat(this.pending).toString('utf8')
    const dropped = this.pendingDropped
    this.pending = []
    this.pendingBytes = 0
    this.pendingDropped = 0
    this.emit(text, dropped)
  }

  private emit(raw: string, droppedBytes: number): void {
    this.lines++
    let line = this.options.redact(raw)
    // Only measure lines that could be too long (a UTF-16 unit is at most 3 UTF-8 bytes).
    if (droppedBytes > 0 || line.length * 3 > this.maxLineBytes) {
      const size = Buffer.byteLength(line, 'utf8')
      if (droppedBytes > 0 || size > this.maxLineBytes) {
        const kept = truncateUtf8(line, this.maxLineBytes)
        const omitted = droppedBytes + size - Buffer.byteLength(kept, 'utf8')
        line = `${kept} … [runguard: ${omitted} bytes of this line omitted]`
        this.lineCut = true
      }
    }
    this.options.onLine?.(line)
    this.store(line)
  }

  private store(line: string): void {
    const size = Buffer.byteLength(line, 'utf8') + 1
    if (!this.headFull && this.headUsed + size <= this.headLimit) {
      this.head ??= Buffer.allocUnsafe(this.headLimit)
      this.head.write(line, this.headUsed, 'utf8')
      this.head[this.headUsed + size - 1] = NEWLINE
      this.headUsed += size
      return
    }
    this.headFull = true
    if (this.tailLimit <= 0) {
      this.tailWritten += size
      return
    }
    this.ring ??= Buffer.allocUnsafe(this.tailLimit)
    const ring = this.ring
    this.tailWritten += size
    if (this.ringPos + size <= ring.length) {
      ring.write(line, this.ringPos, 'utf8')
      ring[this.ringPos + size - 1] = NEWLINE
      this.ringPos = (this.ringPos + size) % ring.length
      return
    }
    // Wraps (or is longer than the ring): copy through a temporary buffer, keeping its end.
    let bytes = Buffer.from(line + '\n', 'utf8')
    if (bytes.length > ring.length) bytes = bytes.subarray(bytes.length - ring.length)
    const first = Math.min(bytes.length, ring.length - this.ringPos)
    bytes.copy(ring, this.ringPos, 0, first)
    bytes.copy(ring, 0, first)
    this.ringPos = (this.ringPos + bytes.length) % ring.length
  }
}
