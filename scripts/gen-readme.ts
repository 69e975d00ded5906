// Regenerates the generated blocks of the README and the docs/ pages from the code.
// Run: npm run gen:docs (or node --import ./bench/register.mjs scripts/gen-readme.ts)
import { readFileSync, writeFileSync } from 'node:fs'
import { GENERATED_PAGES, renderPage } from './readme-sections.js'

for (const page of Object.keys(GENERATED_PAGES)) {
  const text = readFileSync(page, 'utf8')
  const next = renderPage(text)
  if (next !== text) {
    writeFileSync(page, next)
    console.log(`updated ${page}`)
  }
}
