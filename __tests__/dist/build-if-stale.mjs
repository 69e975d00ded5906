// Jest globalSetup of the `dist` project: the bundle tests run dist/index.js and
// dist/cli/index.js, so they are rebuilt (`npm run build`) when missing or older than anything
// that goes into them. CI builds dist/ just before the tests, so there this is a no-op.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const INPUTS = ['src', 'scripts/post-build.mjs', 'package-lock.json', 'tsconfig.json']
const BUNDLES = ['dist/index.js', 'dist/cli/index.js']

function newest(p) {
  const s = statSync(p)
  if (!s.isDirectory()) return s.mtimeMs
  return Math.max(0, ...readdirSync(p).map(n => newest(path.join(p, n))))
}

export default function buildIfStale(globalConfig) {
  const root = globalConfig.rootDir
  const at = p => path.join(root, p)
  const missing = BUNDLES.filter(b => !existsSync(at(b)))
  const built = missing.length ? 0 : Math.min(...BUNDLES.map(b => statSync(at(b)).mtimeMs))
  const changed = Math.max(...INPUTS.filter(p => existsSync(at(p))).map(p => newest(at(p))))
  if (missing.length === 0 && built >= changed) return
  process.stderr.write(
    `\n[dist tests] ${missing.length ? `missing ${missing.join(', ')}` : 'dist/ is older than its sources'}: npm run build\n`
  )
  const r = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 900_000
  })
  if (r.status !== 0) throw new Error(`npm run build failed (exit ${r.status}); the bundle tests cannot run`)
}
