import { execFileSync } from 'node:child_process'
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** One distribution to lay out in a fake environment's site-packages. */
export interface FakeDistribution {
  name: string
  version: string
  /** Extra METADATA header lines (`Requires-Dist: x`, `License-Expression: MIT` …). */
  headers?: string[]
  /** Module files the distribution installs, relative to site-packages (RECORD lists them). */
  files?: string[]
  /** Files beside METADATA in the .dist-info directory (LICENSE …). */
  extra?: Record<string, string>
  /** Directory name of the .dist-info (default `<name>-<version>.dist-info`). */
  dirName?: string
}

/** The real file behind the `python3` tests run with, outside any virtual environment. */
export function basePython(): string {
  const out = execFileSync(
    'python3',
    ['-c', 'import sys; print(sys.base_prefix); print(sys.version_info[0], sys.version_info[1])'],
    {
      encoding: 'utf8'
    }
  ).split('\n')
  const [major, minor] = (out[1] ?? '3 11').split(' ')
  return realpathSync(path.join(out[0] ?? '/usr', 'bin', `python${major}.${minor}`))
}

/**
 * A virtual environment laid out the way `python -m venv` does it (pyvenv.cfg, bin/python3
 * linking to the base interpreter, lib/pythonX.Y/site-packages), with hand-written
 * distributions: no network and no pip, and every byte of the metadata is the test's.
 */
export function makeFakeVenv(
  dir: string,
  dists: readonly FakeDistribution[]
): { root: string; site: string } {
  const python = basePython()
  const short = /python(\d+\.\d+)$/.exec(python)?.[1] ?? '3'
  mkdirSync(path.join(dir, 'bin'), { recursive: true })
  symlinkSync(python, path.join(dir, 'bin', 'python3'))
  symlinkSync('python3', path.join(dir, 'bin', 'python'))
  writeFileSync(
    path.join(dir, 'pyvenv.cfg'),
    `home = ${path.dirname(python)}\ninclude-system-site-packages = false\nversion = ${short}.0\n`
  )
  const site = path.join(dir, 'lib', `python${short}`, 'site-packages')
  mkdirSync(site, { recursive: true })
  for (const d of dists) addDistribution(site, d)
  return { root: dir, site }
}

/** Writes one .dist-info (METADATA, RECORD with sha256 lines) and its module files. */
export function addDistribution(site: string, d: FakeDistribution): string {
  const info = path.join(site, d.dirName ?? `${d.name.replace(/-/g, '_')}-${d.version}.dist-info`)
  mkdirSync(info, { recursive: true })
  writeFileSync(
    path.join(info, 'METADATA'),
    [
      `Metadata-Version: 2.4`,
      `Name: ${d.name}`,
      `Version: ${d.version}`,
      ...(d.headers ?? [])
    ].join('\n') + '\n'
  )
  const record: string[] = []
  for (const f of d.files ?? []) {
    mkdirSync(path.dirname(path.join(site, f)), { recursive: true })
    writeFileSync(path.join(site, f), '# fake module\n')
    record.push(`${f},sha256=47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU,14`)
  }
  for (const [name, text] of Object.entries(d.extra ?? {}))
    writeFileSync(path.join(info, name), text)
  record.push(`${path.basename(info)}/METADATA,,`, `${path.basename(info)}/RECORD,,`)
  writeFileSync(path.join(info, 'RECORD'), record.join('\n') + '\n')
  return info
}
