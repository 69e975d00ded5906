// Runs after ncc (`npm run build`). ncc emits ESM here (package.json "type": "module"), and an
// ESM bundle has no `__dirname`. @cyclonedx/cyclonedx-library computes its schema folder as
// `path.resolve(__dirname, '..', 'res')` when its Validation module loads, so without help
// the bundle throws "ReferenceError: __dirname is not defined" the first time an SBOM is
// validated. This script
//   1. gives every emitted .js file that mentions `__dirname` a module-scope `__dirname` equal
//      to its real directory (webpack wraps each bundled module in a function, so this
//      top-level binding is the free variable those modules see), and
//   2. copies the library's JSON schemas to where that code then looks: `<bundle dir>/../res`
//      — `res/` at the repository root for dist/index.js (the Action runs from the checkout)
//      and `dist/res/` for dist/cli/index.js (the npm package ships `dist/`).
// Only the JSON schemas are copied (about 1.1 MB); XML validation is never used.
// Exported functions are reused by __tests__/integration/sbom-dist.test.ts on a temp bundle.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const MARKER = '/* runguard post-build: __dirname shim */'
const SHIM =
  `${MARKER}\n` +
  "import { dirname as __rgDirname } from 'node:path'\n" +
  "import { fileURLToPath as __rgFileURLToPath } from 'node:url'\n" +
  'const __dirname = __rgDirname(__rgFileURLToPath(import.meta.url))\n'

/** Adds the shim to the ESM .js files of `dir` (not recursive) that use `__dirname`. */
export function shimDirname(dir) {
  const changed = []
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith('.js')) continue
    const file = path.join(dir, name)
    const text = fs.readFileSync(file, 'utf8')
    if (!/(?<![\w$.])__dirname(?![\w$])/.test(text) || text.includes(MARKER)) continue
    // A CommonJS bundle has its own __dirname; declaring one there would be a SyntaxError.
    if (!/^\s*(import|export)\s/m.test(text)) continue
    // A shebang must stay the first line.
    const shebang = text.startsWith('#!') ? text.slice(0, text.indexOf('\n') + 1) : ''
    fs.writeFileSync(file, shebang + SHIM + text.slice(shebang.length))
    changed.push(file)
  }
  return changed
}

/** Copies the CycloneDX JSON schemas into `<bundleDir>/../res` and returns that folder. */
export function copyCycloneDxSchemas(bundleDir, libraryRoot) {
  const from = path.join(libraryRoot, 'res')
  const to = path.resolve(bundleDir, '..', 'res')
  fs.rmSync(to, { recursive: true, force: true })
  fs.mkdirSync(path.join(to, 'schema'), { recursive: true })
  fs.copyFileSync(path.join(from, 'README.md'), path.join(to, 'README.md'))
  for (const name of fs.readdirSync(path.join(from, 'schema'))) {
    if (name.endsWith('.json') || name === 'README.md') {
      fs.copyFileSync(path.join(from, 'schema', name), path.join(to, 'schema', name))
    }
  }
  fs.copyFileSync(path.join(libraryRoot, 'LICENSE'), path.join(to, 'LICENSE'))
  return to
}

/** True when a bundle in `dir` contains the library's resource lookup. */
export function needsCycloneDxResources(dir) {
  return fs
    .readdirSync(dir)
    .filter(n => n.endsWith('.js'))
    .some(n => fs.readFileSync(path.join(dir, n), 'utf8').includes("__dirname, '..', 'res')"))
}

/**
 * The secret detector's worker (src/secrets/worker.ts, built to dist/secrets-worker/) is found
 * next to the running bundle (src/secrets/pool.ts: `<bundle dir>/secrets-worker/index.js`), so
 * the CLI, which runs from dist/cli/ and ships alone in the npm package, gets its own copy.
 */
export function copySecretsWorker(distDir) {
  const from = path.join(distDir, 'secrets-worker')
  const to = path.join(distDir, 'cli', 'secrets-worker')
  if (!fs.existsSync(from) || !fs.existsSync(path.join(distDir, 'cli'))) return undefined
  fs.rmSync(to, { recursive: true, force: true })
  fs.cpSync(from, to, { recursive: true })
  return to
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const worker = copySecretsWorker(path.join(root, 'dist'))
  if (worker) console.log(`post-build: secrets worker → ${path.relative(root, worker)}/`)
  const libraryRoot = path.join(root, 'node_modules', '@cyclonedx', 'cyclonedx-library')
  for (const rel of ['dist', 'dist/cli']) {
    const dir = path.join(root, rel)
    if (!fs.existsSync(dir)) continue
    for (const file of shimDirname(dir))
      console.log(`post-build: __dirname shim → ${path.relative(root, file)}`)
    if (needsCycloneDxResources(dir)) {
      const to = copyCycloneDxSchemas(dir, libraryRoot)
      console.log(`post-build: CycloneDX schemas → ${path.relative(root, to)}/`)
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
