import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** Writes a report's text, creating parent directories (the writers themselves are pure). */
export async function writeReport(filePath: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(filePath)), { recursive: true })
  await writeFile(filePath, text, 'utf8')
}
