// Restores lockfile entries for platform-specific optional packages (native bindings for other
// operating systems and CPUs) that `npm install` leaves out when the registry it reaches does
// not carry them. Without those entries `npm ci` refuses the lockfile ("Missing: … from lock
// file") although it would skip those packages on this platform anyway. Entries get os/cpu/libc
// from the binding's name, so npm never tries to fetch them here.
// Run after changing dependencies: node scripts/lock-optional-platforms.mjs
import { readFileSync, writeFileSync } from 'node:fs'

const OS = ['android', 'darwin', 'freebsd', 'linux', 'openharmony', 'win32']
const CPU = ['arm64', 'arm', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'x64']
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'))
const added = []
for (const [where, pkg] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`
    if (lock.packages[key] || (where && lock.packages[`${where}/${key}`])) continue
    const parts = name.split('/').pop().split('-')
    const os = parts.find(p => OS.includes(p))
    const cpu = parts.find(p => CPU.includes(p))
    if (!os || !cpu) continue
    const abi = parts.slice(parts.indexOf(cpu) + 1).join('-')
    const entry = { version, cpu: [cpu] }
    if (pkg.dev) entry.dev = true
    if (os === 'linux') entry.libc = [abi.startsWith('musl') ? 'musl' : 'glibc']
    entry.optional = true
    entry.os = [os]
    lock.packages[key] = entry
    added.push(`${name}@${version}`)
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) =>
    a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)
  )
)
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n')
console.log(
  added.length ? `added ${added.length} entries: ${added.join(', ')}` : 'lockfile complete'
)
