#!/usr/bin/env node
import { main } from './cli.js'
import { cancelOnSignals } from './runner/cancel.js'

const cancellation = cancelOnSignals()
const code = await main(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  color: process.stdout.isTTY === true && !('NO_COLOR' in process.env),
  signal: cancellation.signal
})
// Interrupted: 128 + the signal's number (130 for Ctrl-C), as shells report it.
process.exitCode = cancellation.exitCode() ?? code
