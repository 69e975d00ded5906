import { cancelOnSignals } from './runner/cancel.js'
import { run } from './main.js'

await run(cancelOnSignals().signal)
