/**
 * Trimming a rendered document to a size budget (the job summary's bytes, the PR comment's
 * characters): sections are cut in a fixed order, each in turn to the most rows that fit
 * (binary search) while later sections stay whole; a section that cannot fit even when empty
 * goes to zero and the next one is cut.
 */

/** What trimming kept; the plan says how many rows of each section. */
export interface Trimmed<P> {
  plan: P
  text: string
  /** False when the text does not fit even with every listed section empty (the caller cuts). */
  fits: boolean
}

/** Fits `render(plan)` under `fits` by cutting the sections of `order`, first one first. */
export function trimToFit<K extends string>(
  full: Readonly<Record<K, number>>,
  order: readonly K[],
  render: (plan: Record<K, number>) => string,
  fits: (text: string) => boolean
): Trimmed<Record<K, number>> {
  let text = render(full)
  if (fits(text)) return { plan: { ...full }, text, fits: true }
  const plan: Record<K, number> = { ...full }
  for (const key of order) {
    const total = plan[key]
    plan[key] = 0
    text = render(plan)
    if (!fits(text)) continue
    let lo = 0
    let hi = total
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2)
      if (fits(render({ ...plan, [key]: mid }))) lo = mid
      else hi = mid - 1
    }
    plan[key] = lo
    return { plan, text: render(plan), fits: true }
  }
  return { plan, text, fits: false }
}

/** UTF-8 length: GitHub's job summary limit is in bytes. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/**
 * The last resort when even the skeleton is too big (e.g. thousands of tools): `text` cut at a
 * line boundary so that it and `note` together take at most `maxBytes`.
 */
export function cutAtLine(text: string, note: string, maxBytes: number): string {
  let cut = text
  while (cut.length > 0 && utf8Bytes(cut) + utf8Bytes(note) > maxBytes) {
    const over = utf8Bytes(cut) + utf8Bytes(note) - maxBytes
    cut = cut.slice(0, Math.max(0, cut.length - Math.max(over, 1)))
    const nl = cut.lastIndexOf('\n')
    cut = nl > 0 ? cut.slice(0, nl) : ''
  }
  return cut + note
}
