// Run as a child process by __tests__/adversarial/glob-event-loop.test.ts (see there): walks a
// tree with a crafted exclude pattern the way the secret scanner does, and prints the time.
import { walkFiles } from '../../../src/secrets/files.js'

const [root, pattern] = process.argv.slice(2) as [string, string]
const started = Date.now()
const result = await walkFiles([root], {
  workspace: root,
  maxFileSize: 1024 * 1024,
  exclude: [pattern]
})
process.stdout.write(
  JSON.stringify({ ms: Date.now() - started, files: result.files.length }) + '\n'
)
