#!/usr/bin/env node
import { main } from './cli.js'

process.exitCode = await main(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  color: process.stdout.isTTY === true && !('NO_COLOR' in process.env)
})
