// Lets benchmarks run TypeScript sources directly on Node 20 (no --experimental-strip-types):
// `node --import ./bench/register.mjs bench/<name>/run.ts`. Transpile-only, no type checking.
import { register } from 'node:module'

register('./ts-loader.mjs', import.meta.url)
