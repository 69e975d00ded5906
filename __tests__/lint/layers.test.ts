import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { ESLint } from 'eslint'
import importX from 'eslint-plugin-import-x'
import tseslint from 'typescript-eslint'

// The repository's own rule and settings, so this tests what `npm run lint` enforces.
const CONFIG = '../../eslint.config.mjs'
const { importSettings, layerRule } = (await import(CONFIG)) as {
  importSettings: Record<string, unknown>
  layerRule: unknown
}

/**
 * The layer rule, run on one-line files placed in each layer: every arrow that runs back up
 * is reported, every arrow that runs down is not. (Type-aware rules are left out: they need a
 * program, and this is about imports only.)
 */
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tseslint.parser },
      plugins: { 'import-x': importX },
      rules: { 'import-x/no-restricted-paths': layerRule as never },
      settings: importSettings
    }
  ]
})

async function violations(file: string, specifier: string): Promise<string[]> {
  const code = `import * as probe from '${specifier}'\nexport const used = probe\n`
  const [result] = await eslint.lintText(code, { filePath: path.resolve(file) })
  return result!.messages.map(m => `${m.ruleId ?? 'parse'}: ${m.message}`)
}

// [importing file (need not exist), import specifier, allowed]
const CASES: Array<[string, string, boolean]> = [
  // @actions/* only in the Action layer.
  ['src/main.ts', '@actions/core', true],
  ['src/github/probe.ts', '@actions/github', true],
  ['src/scanners/probe.ts', '@actions/tool-cache', false],
  ['src/secrets/probe.ts', '@actions/exec', false],
  ['src/pipeline.ts', '@actions/core', false],
  ['src/cli.ts', '@actions/core', false],
  ['src/logger.ts', '@actions/core', false],
  // Rooms: down to other rooms and the ground floor, never up.
  ['src/gates/probe.ts', '../model.js', true],
  ['src/scanners/probe.ts', '../secrets/engine.js', true],
  ['src/gates/probe.ts', '../pipeline.js', false],
  ['src/report/probe.ts', '../main.js', false],
  ['src/report/probe.ts', '../cli.js', false],
  ['src/config/probe.ts', '../github/context.js', false],
  // Ground floor (src/util/ and the plain files in src/): only itself.
  ['src/logger.ts', './errors.js', true],
  ['src/util/probe.ts', '../errors.js', true],
  ['src/util/probe.ts', './json.js', true],
  ['src/util/probe.ts', '../report/sarif.js', false],
  ['src/util/probe.ts', '../pipeline.js', false],
  ['src/gates/probe.ts', '../util/json.js', true],
  ['src/model.ts', './gates/verdict.js', false],
  ['src/errors.ts', './pipeline.js', false],
  // Pipeline: everything below, no entry point.
  ['src/pipeline.ts', './scanners/run.js', true],
  ['src/pipeline.ts', './main.js', false],
  ['src/pipeline.ts', './github/publish.js', false],
  // Entry points.
  ['src/main.ts', './pipeline.js', true],
  ['src/github/probe.ts', '../pipeline.js', true],
  ['src/cli.ts', './pipeline.js', true],
  ['src/cli.ts', './github/context.js', false],
  ['src/github/probe.ts', '../cli.js', false],
  // Production code and the folders around it.
  ['src/report/probe.ts', '../../bench/register.mjs', false],
  ['src/report/probe.ts', '../../__tests__/helpers/settings.js', false],
  ['__tests__/gates/probe.test.ts', '../../bench/register.mjs', false],
  ['__tests__/gates/probe.test.ts', '../helpers/settings.js', true],
  ['bench/probe/run.ts', '../../__tests__/helpers/settings.js', true]
]

describe('the layer rule', () => {
  it.each(CASES)('%s importing %s: allowed=%s', async (file, specifier, allowed) => {
    const found = await violations(file, specifier)
    if (allowed) expect(found).toEqual([])
    else expect(found).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: /)])
  })

  it('resolves NodeNext `.js` specifiers to the TypeScript sources', async () => {
    // A specifier that resolves nowhere is not checked at all: the rule must see the file.
    expect(await violations('src/gates/probe.ts', '../pipeline.js')).toHaveLength(1)
    expect(await violations('src/gates/probe.ts', '../no-such-file.js')).toEqual([])
  })
})
