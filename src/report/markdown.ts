/**
 * Markdown building blocks shared by the job summary and the PR comment: escaping that makes
 * tool output inert, table cells and rows, number and duration formatting, safe links.
 */

/** Longest table cell, in characters, before it is cut with `…`. */
export const CELL_MAX_CHARS = 240
/** Longest list line (reasons, warnings), in characters. */
export const LINE_MAX_CHARS = 1_000

/**
 * Makes any text inert in GitHub markdown: HTML entities for `& < >`, backslashes for inline
 * syntax (emphasis, code, links, tables, strike-through, math), a zero-width space after `@`
 * and before issue numbers so tool output never pings people or links issues (Renovate does
 * the same), and an escaped first character when it would start a block (heading, list).
 */
export function escapeMarkdown(text: string): string {
  let out = text
    .replace(/\r\n?|\n/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~$]/g, '\\$&')
    // `#` before `@`: the entity inserted after `@` itself contains `#8203`.
    .replace(/#(?=\d)/g, '#&#8203;')
    // Only an `@` that could start a mention (not after a letter, digit, `.`, `-` or `/`): a
    // copied `go install …/osv-scanner@v2.5.0` or `user@host` must keep working.
    .replace(/(?<![\w.\-/])@/g, '@&#8203;')
  // A backslash is only an escape before punctuation: `1\.` not `\1.` for ordered lists.
  if (/^[#+=-]/.test(out)) out = '\\' + out
  return out.replace(/^(\d+)([.)])/, '$1\\$2')
}

/** Escapes and shortens text for a table cell or list item. */
export function cell(text: string, max = CELL_MAX_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const short = [...flat].length > max ? [...flat].slice(0, max - 1).join('') + '…' : flat
  return escapeMarkdown(short)
}

/** Numbers without float noise: at most 3 decimals, trailing zeros dropped. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n)
  return String(Math.round(n * 1000) / 1000)
}

/** `850 ms`, `12.3 s`, `2 min 05 s`; `—` when not a duration. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—'
  if (ms < 1000) return `${Math.round(ms)} ms`
  const s = ms / 1000
  if (s < 60) return `${s.toFixed(1)} s`
  const m = Math.floor(s / 60)
  return `${m} min ${String(Math.round(s - m * 60)).padStart(2, '0')} s`
}

/** An http(s) URL usable as a markdown link destination, or undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    const u = new URL(url)
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined
    return u.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20')
  } catch {
    return undefined
  }
}

/** `https://github.com/o/r/blob/<sha>/<path>#L3-L5`, or undefined when either part is unusable. */
export function blobUrl(
  repoUrl: string | undefined,
  sha: string | undefined,
  path: string,
  startLine?: number,
  endLine?: number
): string | undefined {
  if (!repoUrl || !sha || !/^[0-9a-f]{7,64}$/i.test(sha)) return undefined
  let base: URL
  try {
    base = new URL(repoUrl)
  } catch {
    return undefined
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') return undefined
  const root = base.href.replace(/\/+$/, '')
  const file = path
    .split('/')
    .filter(p => p !== '' && p !== '.' && p !== '..')
    .map(encodeURIComponent)
    .join('/')
  let anchor = ''
  if (startLine !== undefined && startLine > 0) {
    anchor = `#L${startLine}`
    if (endLine !== undefined && endLine > startLine) anchor += `-L${endLine}`
  }
  // Parentheses would end a markdown link destination early.
  return `${root}/blob/${sha}/${file}${anchor}`.replace(/\(/g, '%28').replace(/\)/g, '%29')
}

/** One GFM table row. */
export function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`
}

/** A GFM table from a header and already rendered rows. */
export function table(header: string[], rows: string[]): string {
  return [row(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows].join('\n')
}

/** The note under a section cut to fit the size limit ('' when nothing was cut). */
export function more(kept: number, total: number, what: string): string {
  return kept < total
    ? `\n\n_…and ${total - kept} more ${what} (omitted to fit the size limit)._`
    : ''
}
