import * as core from '@actions/core'
import type { AnnotationProps, Logger } from '../logger.js'

/** Logger backed by @actions/core: warnings/errors become annotations, secrets are masked. */
export function actionsLogger(): Logger {
  const props = (p?: AnnotationProps): core.AnnotationProperties | undefined =>
    p
      ? {
          ...(p.title !== undefined ? { title: p.title } : {}),
          ...(p.file !== undefined ? { file: p.file } : {}),
          ...(p.startLine !== undefined ? { startLine: p.startLine } : {}),
          ...(p.endLine !== undefined ? { endLine: p.endLine } : {})
        }
      : undefined
  return {
    debug: m => core.debug(m),
    info: m => core.info(m),
    warning: (m, p) => core.warning(m, props(p)),
    error: (m, p) => core.error(m, props(p)),
    registerSecret: v => core.setSecret(v)
  }
}
