import fs from 'node:fs'
import { openFileAtomic, writeFileAtomic } from './atomic-write.js'

/**
 * Writes a text file (one string, or pieces written in order), creating its parent directories:
 * every report and the saved baseline go through here (the builders of those formats stay pure). Atomic, and never through a symlink
 * (src/util/atomic-write.ts); with `root` (the workspace), never outside it through a linked
 * directory either.
 */
export async function writeTextFile(
  filePath: string,
  text: string | readonly string[],
  root?: string
): Promise<void> {
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

/**
 * Opens a file for a text that does not exist yet, creating its parent directories, and
 * returns the function that writes it (once). A path that cannot be written fails here, early:
 * the job summary is rendered last, from the verdict, yet a summary file that cannot be written
 * must still be part of that verdict. Atomic and link-refusing like writeTextFile.
 */
export async function openTextFile(
  filePath: string,
  root?: string
): Promise<(text: string) => Promise<void>> {
  return openFileAtomic(filePath, root === undefined ? {} : { root })
}
