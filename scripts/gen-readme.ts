// Regenerates the README's input/output tables and CLI help from the code.
// Run: node --import ./bench/register.mjs scripts/gen-readme.ts
import { readFileSync, writeFileSync } from 'node:fs'
import { renderReadme } from './readme-sections.js'

writeFileSync('README.md', renderReadme(readFileSync('README.md', 'utf8')))
