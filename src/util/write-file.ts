import fs from 'node:fs'
import { writeFileAtomic } from '../io/atomic-write.js'

/**
 * Writes a text file, creating its parent directories: every report and the saved baseline go
 * through here (the builders of those formats stay pure). Atomic, and never through a symlink
 * (src/io/atomic-write.ts); with `root` (the workspace), never outside it through a linked
 * directory either.
 */
export async function writeTextFile(filePath: string, text: string, root?: string): Promise<void> {
  await writeFileAtomic(filePath, text, root === undefined ? {} : { root })
}

/** Writes text given in pieces (a large SARIF's chunks) without joining them into one string. */
export function writeTextChunks(file: string, chunks: readonly string[]): void {
  const fd = fs.openSync(file, 'w')
  try {
    for (const chunk of chunks) fs.writeSync(fd, chunk)
  } finally {
    fs.closeSync(fd)
  }
}
