#!/usr/bin/env node
import { enableCompileCache } from './compile-cache.js'
import { cancelOnSignals } from './runner/cancel.js'

enableCompileCache()
const cancellation = cancelOnSignals()
// Imported after the compile cache is on, so the CLI's own chunks are cached too.
const { main } = await import('./cli.js')
const code = await main(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  color: process.stdout.isTTY === true && !('NO_COLOR' in process.env),
  signal: cancellation.signal,
  ...(process.stderr.isTTY ? { terminal: { columns: () => process.stderr.columns || 80 } } : {})
})
// Interrupted: 128 + the signal's number (130 for Ctrl-C), as shells report it.
process.exitCode = cancellation.exitCode() ?? code
// Once nothing is left to do (every write flushed, every child reaped), exit at once: a natural
// exit first frees V8's heap page by page (over a hundred munmap calls after the last line), which
// the kernel does anyway when the process ends.
process.once('beforeExit', () => process.exit())
