import { enableCompileCache } from './compile-cache.js'
import { cancelOnSignals } from './runner/cancel.js'

enableCompileCache()
const signal = cancelOnSignals().signal
// Imported after the compile cache is on, so the Action's chunks are cached too.
const { run } = await import('./main.js')
await run(signal)
