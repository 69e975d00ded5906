import { SETTING_TABLE } from './keys.js'
import type { SourceLayer } from './file.js'
import { fromText } from './text.js'

/**
 * Turns Action inputs into the raw settings shape. `getInput` returns '' for an input that was
 * not given (as core.getInput does); empty means "not set", so the config file and the schema's
 * defaults apply. action.yml declares no defaults for the same reason: the schema owns them.
 */
export function layerFromInputs(getInput: (name: string) => string): {
  layer: SourceLayer
  configPath?: string
} {
  const layer: SourceLayer = { raw: {}, sources: {} }
  for (const entry of SETTING_TABLE) {
    if (entry.input !== true) continue
    const text = getInput(entry.name)
    if (text.trim() === '') continue
    const source = { kind: 'input' as const, name: entry.name }
    ;(layer.raw as Record<string, unknown>)[entry.key] = fromText(entry, text, source)
    layer.sources[entry.key] = source
  }
  const configPath = getInput('config').trim()
  return { layer, ...(configPath ? { configPath } : {}) }
}
