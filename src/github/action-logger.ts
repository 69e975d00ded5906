import { EOL } from 'node:os'
import type { AnnotationProps, Logger, PhaseTitle } from '../logger.js'
import { CommandGuard } from '../runner/live-output.js'
import * as commands from './workflow-commands.js'

/** The Action's logger, plus the writer for the script's own output. */
export interface ActionsLogger extends Logger {
  /**
   * One line of the script's output (already redacted): printed inside the script's own
   * `::group::` with workflow commands stopped, so nothing it prints speaks to the runner.
   */
  scriptLine(stream: 'stdout' | 'stderr', line: string): void
  /** Ends the script's section; call before anything else writes to the log. */
  closeScriptOutput(): void
  phase(title: PhaseTitle | undefined, options?: { grouped?: boolean }): void
}

/**
 * Logger writing workflow commands as @actions/core does (./workflow-commands.ts): warnings and
 * errors become annotations, secrets are masked.
 * Every line of runguard's own first closes the script's section (resuming commands), so
 * only this writer, which alone knows the stop token, ever resumes them.
 */
export function actionsLogger(
  write: (text: string) => void = text => process.stdout.write(text)
): ActionsLogger {
  const guard = new CommandGuard(
    line => write(line + EOL),
    'Output of the script (workflow commands in it are not processed)'
  )
  const props = (p?: AnnotationProps): commands.CommandAnnotation | undefined =>
    p
      ? {
          ...(p.title !== undefined ? { title: p.title } : {}),
          ...(p.file !== undefined ? { file: p.file } : {}),
          ...(p.startLine !== undefined ? { startLine: p.startLine } : {}),
          ...(p.endLine !== undefined ? { endLine: p.endLine } : {})
        }
      : undefined
  // The open phase section (Actions groups do not nest: one at a time).
  let phaseOpen = false
  const own =
    <A extends unknown[]>(emit: (...args: A) => void) =>
    (...args: A): void => {
      guard.close()
      emit(...args)
    }
  return {
    debug: own((m: string) => commands.debug(m)),
    debugEnabled: () => commands.isDebug(),
    info: own((m: string) => commands.info(m)),
    warning: own((m: string, p?: AnnotationProps) => commands.annotation('warning', m, props(p))),
    error: own((m: string, p?: AnnotationProps) => commands.annotation('error', m, props(p))),
    // A secret found in the script's output is masked before the line is printed: commands
    // resume for the one ::add-mask:: and stop again under a new token, inside the group.
    registerSecret: v => guard.command(() => commands.setSecret(v)),
    phase: (title, options) => {
      guard.close()
      if (phaseOpen) write('::endgroup::' + EOL)
      phaseOpen = title !== undefined && options?.grouped !== false
      if (phaseOpen) write(`::group::${title ?? ''}${EOL}`)
    },
    scriptLine: (stream, line) => guard.text(stream === 'stderr' ? `[stderr] ${line}` : line),
    closeScriptOutput: () => guard.close()
  }
}
