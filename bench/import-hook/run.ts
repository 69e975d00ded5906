// What the import hook (python/runguard_hook/sitecustomize.py) costs a script, as whole
// processes timed from outside, interleaved, in the same run:
//   python -c "import flask"                          the script alone (flaskr's venv)
//   the same with the hook on PYTHONPATH              the hook's own cost, no runguard
//   runguard gate --no-record-imports -- python …     runguard without the hook
//   runguard gate -- python …                         runguard with the hook (the default)
// Both runguard variants read the environment and scan an empty workspace with the secret
// detector only, so they differ by the hook alone (records written, read and mapped).
//
//   node --import ./bench/register.mjs bench/import-hook/run.ts [rounds=10] [--cli label=path]
//
// Needs `npm run build` and flaskr's venv from scripts/setup.sh. Target: the hook adds
// ≤ 5 % (or ≤ 0.03 s) to the script alone, and ≤ 0.1 s to the runguard run without it.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { prepareImportHook } from '../../src/runner/import-hook.js'
import { cliBuilds, machine, paired, s, type Variant } from '../whole-process.js'

const argv = process.argv.slice(2)
const rounds = Number(argv.find(a => /^\d+$/.test(a)) ?? 10)
const root = process.cwd()
const [cli] = cliBuilds(argv, root)
if (!cli) throw new Error('no CLI build')
const tools = process.env.RUNGUARD_TOOLS_DIR ?? path.join(os.homedir(), '.cache', 'runguard-tools')
const venv = path.join(tools, 'examples', 'flaskr', '.venv')
if (!existsSync(path.join(venv, 'bin', 'python')))
  throw new Error(`${venv} is missing: run bash scripts/setup.sh`)

// An empty workspace: nothing to scan, nothing written (history off, no report files).
const cwd = mkdtempSync(path.join(os.tmpdir(), 'rg-bench-hook-'))
const hook = prepareImportHook(path.join(root, 'python'))
const env = {
  ...process.env,
  CI: 'true',
  PATH: `${path.join(venv, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`,
  VIRTUAL_ENV: venv
}
const script = ['python', '-c', 'import flask']
const gate = [
  process.execPath,
  cli.file,
  'gate',
  '--scanners',
  'secrets',
  '--history',
  'off',
  '--isolation',
  'off',
  // The venv sits in runguard's tools directory, which is never auto-detected.
  '--python-path',
  venv
]
const variants: Variant[] = [
  { label: 'script alone', argv: script, cwd, env },
  { label: 'script + hook (no runguard)', argv: script, cwd, env: hook.scriptEnv(env) },
  { label: 'runguard, no hook', argv: [...gate, '--no-record-imports', '--', ...script], cwd, env },
  { label: 'runguard, hook', argv: [...gate, '--', ...script], cwd, env }
]
try {
  const results = await paired(variants, rounds)
  const [alone, hooked, without, withHook] = results
  console.log(`import hook, ${rounds} rounds, ${machine()}`)
  console.log('| variant | median s | min | max |')
  console.log('|---|---|---|---|')
  for (const r of results)
    console.log(`| ${r.label} | ${s(r.median)} | ${s(r.min)} | ${s(r.max)} |`)
  if (alone && hooked && without && withHook) {
    console.log(
      `hook alone: ${s(hooked.median / alone.median)}× the script (+${s(hooked.median - alone.median)} s)`
    )
    console.log(
      `runguard with/without hook: ${s(withHook.median / without.median)}× (+${s(withHook.median - without.median)} s)`
    )
    const pairs = alone.samples.map((a, i) => (hooked.samples[i] ?? a) / a)
    console.log(`per-round hook/alone ratios: ${pairs.map(s).join(', ')}`)
  }
} finally {
  hook.cleanup()
  rmSync(cwd, { recursive: true, force: true })
}
