import { expect } from '@jest/globals'
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { RawSettings } from '../../src/config/schema.js'
import { execFile } from '../../src/exec.js'
import { RecordingLogger } from './recording-logger.js'
import type { ToolRun } from '../../src/model.js'
import { createRedactor } from '../../src/redact.js'
import type { ScanContext, ScannerAdapter } from '../../src/scanners/types.js'
import { createTestSettings } from './settings.js'

/** A fresh copy of the vulnerable fixture project (tests may change files in it). */
export function copyScanProject(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  cpSync(path.join(process.cwd(), '__tests__/fixtures/scan-project'), dir, { recursive: true })
  return dir
}

/** Runs one real adapter on `workspace` the way the orchestrator does (detect, then scan). */
export async function scanWithAdapter(
  adapter: ScannerAdapter,
  workspace: string,
  overrides: Partial<RawSettings> = {},
  timeoutMs = 120_000
): Promise<ToolRun> {
  const settings = createTestSettings({ workspace, ...overrides })
  const ctx: ScanContext = {
    settings,
    workspace,
    paths: settings.paths.map(p => path.resolve(workspace, p)),
    exec: execFile,
    env: process.env,
    logger: new RecordingLogger(),
    redactor: createRedactor(),
    components: [],
    timeoutMs
  }
  const detection = await adapter.detect(ctx)
  expect(detection.installed).toBe(true)
  return adapter.scan(ctx, detection)
}
