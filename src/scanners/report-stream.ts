import { JSONParser, TokenType } from '@streamparser/json'

/**
 * Reads a code scanner's JSON report (`{"results": [...], ...}`) as its stdout arrives: each
 * element of the top-level `results` array is handed over as soon as it is complete and is not
 * kept, the few other top-level fields the adapter names are kept whole, everything else is
 * dropped as it ends. A report of 100,000 results (tens of MB) was held as chunks, their
 * concatenation, the string, the parsed document and the findings at once; now only the
 * findings are.
 */

/** What an adapter supplies: what it keeps of the report and what it does with each result. */
export interface ResultReader<R> {
  /** Top-level fields kept whole for `finish` (small: errors, version …); `results` is implied. */
  readonly frameKeys: readonly string[]
  /** Called once per element of `results`, in order; throws (ToolOutputError) on a bad one. */
  result(item: unknown, index: number): void
  /**
   * Checks the report around the results and returns what was read. `frame` has the kept
   * fields, `results` as an empty array when it was one (its elements went to `result`), or a
   * value of the report's own JSON type when the report is not an object.
   */
  finish(frame: unknown): R
}

/** Stdout is not one JSON document (empty, cut off, garbage before or after it). */
export class NotJsonError extends Error {
  override readonly name = 'NotJsonError'
}

/** A report being read; `end` returns what the reader made of it, or throws. */
export interface ReportStream<R> {
  write(chunk: Uint8Array | string): void
  /**
   * The reader's result once the whole document was read. Throws NotJsonError when stdout was
   * not one JSON document, or the first error `result` or `finish` threw.
   */
  end(): R
}

/** An empty value of the document's JSON type, for the frame check of a report that is not an object. */
function placeholderOf(token: TokenType | undefined): unknown {
  switch (token) {
    case TokenType.LEFT_BRACKET:
      return []
    case TokenType.STRING:
      return ''
    case TokenType.NUMBER:
      return 0
    case TokenType.TRUE:
    case TokenType.FALSE:
      return false
    default:
      return null
  }
}

/**
 * Starts reading one report. Writes after the first error are ignored (the tool's output is
 * still drained by the caller), so a bad result early in 60 MB costs nothing more.
 */
export function readReportStream<R>(reader: ResultReader<R>): ReportStream<R> {
  const kept = reader.frameKeys.filter(k => k !== 'results')
  // keepStack false drops each value once no enclosing value is to be emitted. `$.results` is
  // emitted (to learn that it was an array), so its elements would stay in it: onValue empties
  // it as they are handed over.
  const parser = new JSONParser({
    paths: ['$.results', '$.results.*', ...kept.map(k => `$.${k}`)],
    keepStack: false
  })
  const frame: Record<string, unknown> = Object.create(null) as Record<string, unknown>
  let first: TokenType | undefined
  let failure: Error | undefined
  let results = 0
  parser.onToken = ({ token }) => {
    first ??= token
  }
  parser.onError = (e: Error) => {
    failure ??= new NotJsonError(e.message)
  }
  parser.onValue = ({ value, key, parent, stack }) => {
    if (failure !== undefined) return
    if (stack.length === 2 && Array.isArray(parent)) {
      // An element of `results` (the path selects nothing else at this depth in an array).
      parent.length = 0
      try {
        reader.result(value, results++)
      } catch (e) {
        failure = e instanceof Error ? e : new Error(String(e))
      }
    } else if (stack.length === 1 && typeof key === 'string') {
      if (key in frame) failure = new NotJsonError(`the report has "${key}" twice`)
      else frame[key] = value
    }
  }
  return {
    write(chunk) {
      if (failure !== undefined) return
      try {
        parser.write(chunk)
      } catch (e) {
        failure ??= new NotJsonError(e instanceof Error ? e.message : String(e))
      }
    },
    end() {
      if (failure === undefined && !parser.isEnded) {
        try {
          // A number at the top level is only complete here.
          parser.end()
        } catch (e) {
          failure ??= new NotJsonError(e instanceof Error ? e.message : String(e))
        }
      }
      if (failure === undefined && first === undefined) failure = new NotJsonError('no output')
      if (failure !== undefined) throw failure
      return reader.finish(first === TokenType.LEFT_BRACE ? { ...frame } : placeholderOf(first))
    }
  }
}
