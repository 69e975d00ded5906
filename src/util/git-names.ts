/**
 * Names that reach `git` as arguments (a branch name from the settings, a remote URL) are
 * checked here first. A value starting with `-` would be read as an option (`--upload-pack=<cmd>`
 * runs a command on fetch), and a remote such as `ext::sh -c …` runs a command by itself, so
 * anything that is not a plain ref name or an https/http/file location is refused before git
 * sees it. Callers also put such values after `--end-of-options` where git accepts it.
 */

/** Why `name` is not a ref name `git check-ref-format` accepts, or undefined when it is. */
export function refNameProblem(name: string): string | undefined {
  if (name === '') return 'is empty'
  if (name.length > 255) return 'is longer than 255 characters'
  if (name.startsWith('-')) return 'starts with "-" (git would read it as an option)'
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(name))
    return 'contains a space, a control character or one of ~ ^ : ? * [ \\'
  if (name.includes('..')) return 'contains ".."'
  if (name.includes('@{')) return 'contains "@{"'
  if (name === '@') return 'is "@"'
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//'))
    return 'has an empty path component'
  if (name.endsWith('.')) return 'ends with "."'
  for (const part of name.split('/')) {
    if (part.startsWith('.')) return 'has a component starting with "."'
    if (part.endsWith('.lock')) return 'has a component ending with ".lock"'
  }
  return undefined
}

/**
 * Why `url` may not be used as a git remote, or undefined when it may: an `https://`, `http://`
 * or `file://` URL without credentials in it, or an absolute local path. Credentials travel in
 * a header from the environment, never in the URL (git prints remote URLs in its messages).
 */
export function remoteProblem(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/.test(url)) return 'contains a space or a control character'
  if (url.startsWith('-')) return 'starts with "-" (git would read it as an option)'
  if (url.startsWith('/')) return url.includes('::') ? 'contains "::"' : undefined
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'is neither a URL nor an absolute path'
  }
  if (!['https:', 'http:', 'file:'].includes(parsed.protocol))
    return `uses ${parsed.protocol.replace(/:$/, '')}; only https, http and file are allowed`
  if (parsed.username || parsed.password)
    return 'contains credentials; runguard sends the token as a header, never in the URL'
  return undefined
}
