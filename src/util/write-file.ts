import fs from 'node:fs'
import { mkdir, open, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Writes a text file, creating its parent directories: every report and the saved baseline go
 * through here (the builders of those formats stay pure).
 */
export async function writeTextFile(filePath: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(filePath)), { recursive: true })
  await writeFile(filePath, text, 'utf8')
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
 * returns the function that writes it (once) and closes the file. A path that cannot be written
 * fails here, early: the job summary is rendered last, from the verdict, yet a summary file
 * that cannot be written must still be part of that verdict.
 */
export async function openTextFile(filePath: string): Promise<(text: string) => Promise<void>> {
  await mkdir(path.dirname(path.resolve(filePath)), { recursive: true })
  const handle = await open(filePath, 'w')
  return async text => {
    try {
      await handle.writeFile(text, 'utf8')
    } finally {
      await handle.close()
    }
  }
}
