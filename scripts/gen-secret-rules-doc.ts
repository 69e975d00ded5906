// Regenerates docs/secret-rules.md from the rule table.
// Run: node --import ./bench/register.mjs scripts/gen-secret-rules-doc.ts
import { writeFileSync } from 'node:fs'
import { renderSecretRulesDoc } from './secret-rules-doc.js'

writeFileSync('docs/secret-rules.md', renderSecretRulesDoc())
