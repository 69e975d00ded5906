// The floor of bench/scan-e2e: the best any orchestrator could do on this machine. Reads a plan
// (written by run.ts from a recorded runguard run) and starts every process in `tools` at once,
// with the argv, working directory and environment runguard gave it, waits for all of them,
// then runs `script` (if any) and exits. Plain JavaScript with no imports beyond Node's own, so
// that what it costs is Node's start and the spawns: there is no orchestration left to cut.
//
//   node bench/scan-e2e/floor.mjs PLAN.json
//
// PLAN.json: { "tools": [{ "argv": [...], "cwd": "...", "env": {...} }], "script"?: {...} }.
// Exit codes are ignored (scanners exit 1 when they find something); a process that cannot be
// started fails the floor (exit 70), because a floor missing a tool would be too low.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'

const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'))

function start(p) {
  return new Promise((resolve, reject) => {
    const child = spawn(p.argv[0], p.argv.slice(1), {
      cwd: p.cwd,
      env: p.env,
      // Piped and read, as runguard reads every tool's output.
      stdio: ['ignore', 'pipe', 'pipe']
    })
    child.stdout.resume()
    child.stderr.resume()
    child.once('error', e => reject(new Error(`${p.argv.join(' ')}: ${e.message}`)))
    child.once('close', resolve)
  })
}

try {
  await Promise.all(plan.tools.map(start))
  if (plan.script) await start(plan.script)
} catch (e) {
  console.error(`floor: ${e.message}`)
  process.exitCode = 70
}
