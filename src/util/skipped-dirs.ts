/**
 * Directories no part of runguard looks into: version-control data, virtualenvs and installed
 * packages, tool caches, and runguard's own state and reports. One list for the code scanners'
 * excludes, the dependency inventory's walk and the secret detector's walk.
 */
export const SKIPPED_DIRS: readonly string[] = [
  '.git',
  '.hg',
  '.svn',
  '.venv',
  'venv',
  '.tox',
  '.nox',
  'node_modules',
  'site-packages',
  '__pycache__',
  '.mypy_cache',
  '.pytest_cache',
  '.runguard',
  '.runguard-out'
]
