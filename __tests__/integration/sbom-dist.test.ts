import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * The shipped Action is an ncc bundle. This bundles a tiny entry that builds and validates an
 * SBOM through src/report/sbom.ts exactly like `npm run build` bundles src/index.ts (ESM output,
 * because package.json says "type": "module"), applies scripts/post-build.mjs to it, and runs it
 * with node: the bundle must find the CycloneDX schemas. Without post-build it must fail, which
 * shows the test can fail.
 */
const root = path.resolve(import.meta.dirname, '../..')
const ncc = path.join(root, 'node_modules', '.bin', 'ncc')
const postBuild = pathToFileURL(path.join(root, 'scripts', 'post-build.mjs')).href
const entry = path.join(root, '__tests__', 'fixtures', 'sbom', 'bundle-entry.ts')

function run(file: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 60_000 })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('SBOM validation from the ncc bundle', () => {
  it('finds the schemas after post-build, and cannot without it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-sbom-dist-'))
    const dist = path.join(dir, 'dist')
    // --transpile-only: type errors elsewhere in the project are not this test's subject.
    const build = spawnSync(ncc, ['build', entry, '-o', dist, '--transpile-only', '--quiet'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 110_000
    })
    expect(build.stderr + build.stdout).not.toMatch(/Error/)
    expect(build.status).toBe(0)

    const before = run(path.join(dist, 'index.js'))
    expect(before.status).toBe(1)
    expect(before.stderr).toMatch(/__dirname is not defined/)

    const apply = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { shimDirname, copyCycloneDxSchemas, needsCycloneDxResources } from '${postBuild}'
         shimDirname(process.argv[1])
         if (!needsCycloneDxResources(process.argv[1])) throw new Error('resource lookup not found in bundle')
         copyCycloneDxSchemas(process.argv[1], process.argv[2])`,
        dist,
        path.join(root, 'node_modules', '@cyclonedx', 'cyclonedx-library')
      ],
      { encoding: 'utf8' }
    )
    expect(apply.stderr).toBe('')
    expect(fs.existsSync(path.join(dir, 'res', 'schema', 'bom-1.6.SNAPSHOT.schema.json'))).toBe(
      true
    )

    const after = run(path.join(dist, 'index.js'))
    expect(after.stderr).toBe('')
    expect(JSON.parse(after.stdout)).toEqual({ components: 6, errors: [] })

    // Schemas removed again: the bundle reports the missing files instead of passing silently.
    fs.rmSync(path.join(dir, 'res'), { recursive: true })
    const missing = run(path.join(dist, 'index.js'))
    expect(missing.status).toBe(1)
    expect(missing.stderr).toMatch(/ENOENT.*bom-1\.6/)
  })
})
