// Regenerates src/policy/dedupe-crosswalk.ts from the bundled Semgrep rules.
// Run: node --import ./bench/register.mjs scripts/gen-crosswalk.ts (part of npm run gen:docs)
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { CROSSWALK_FILE, readCrosswalk, renderCrosswalk } from './crosswalk.js'

writeFileSync(
  CROSSWALK_FILE,
  await renderCrosswalk(readCrosswalk(path.join('rules', 'semgrep')), CROSSWALK_FILE)
)
