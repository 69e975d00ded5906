import fs from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
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
