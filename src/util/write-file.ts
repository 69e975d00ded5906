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
