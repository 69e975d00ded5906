// Flat config: no `any`, no floating promises, explicit return types on exports, no import
// cycles, and the layers of docs/architecture.md: a file imports its own layer and the layers
// below it, never above, and `@actions/*` only in the Action layer.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'

// The layers, top to bottom, as globs (no-restricted-paths wants every `from` entry a glob).
const ACTION = ['src/@(index|main).ts', 'src/github/**']
const CLI = ['src/@(cli|cli-entry|merge-command).ts']
const PIPELINE = ['src/@(pipeline).ts']
/** Library rooms: every folder of src/ but the Action layer's and the ground floor's. */
const ROOMS = ['src/!(github|util)/**']
/** Ground floor: src/util/ and the files directly in src/ that are not entry points. */
const GROUND = ['src/util/**', 'src/!(index|main|cli|cli-entry|merge-command|pipeline).ts']

/** import-x settings: TS sources behind NodeNext `.js` specifiers. */
export const importSettings = {
  // import-x reads only .js files unless told; without these, no-cycle saw no TS imports.
  'import-x/extensions': ['.ts', '.mjs', '.js'],
  'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
  // NodeNext imports name the emitted `.js`; the source is the `.ts` beside it.
  'import-x/resolver-next': [
    createNodeResolver({
      extensions: ['.ts', '.mjs', '.js', '.json', '.node'],
      extensionAlias: { '.js': ['.ts', '.js'] }
    })
  ]
}

/** The layer rule (tested in __tests__/lint/layers.test.ts). */
export const layerRule = [
  'error',
  {
    basePath: import.meta.dirname,
    zones: [
      {
        target: [...ROOMS, ...GROUND, ...PIPELINE, ...CLI],
        from: ['node_modules/@actions/**'],
        message:
          '@actions/* belongs to the Action layer (src/main.ts, src/github/): outside Actions, @actions/core prints workflow commands. Take what you need as a parameter.'
      },
      {
        target: ROOMS,
        from: [...ACTION, ...CLI, ...PIPELINE],
        message:
          'A library room never imports the entry points, the pipeline or the Action layer: they call it.'
      },
      {
        target: GROUND,
        from: [...ACTION, ...CLI, ...PIPELINE, ...ROOMS],
        message: 'A ground-floor helper imports nothing above the ground floor.'
      },
      {
        target: PIPELINE,
        from: [...ACTION, ...CLI],
        message: 'The pipeline is shared by the Action and the CLI and imports neither.'
      },
      {
        target: CLI,
        from: ACTION,
        message: 'The CLI never imports the Action layer (it would load @actions/core).'
      },
      {
        target: ACTION,
        from: CLI,
        message: 'The Action layer does not import the CLI.'
      },
      {
        target: ['src/**'],
        from: ['bench/**', '__tests__/**', 'scripts/**'],
        message: 'Production code never imports benchmarks, tests or scripts.'
      },
      {
        target: ['__tests__/**'],
        from: ['bench/**'],
        message: 'Tests do not import benchmarks; shared test code lives in __tests__/helpers/.'
      }
    ]
  }
]

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'build/**',
      'examples/**',
      '**/*.js',
      '**/*.mjs'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': layerRule
    },
    settings: importSettings
  },
  {
    files: ['__tests__/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/explicit-module-boundary-types': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/require-await': 'off'
    }
  }
)
