import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 298:
/***/ ((module) => {

// A simple implementation of make-array
function makeArray (subject) {
  return Array.isArray(subject)
    ? subject
    : [subject]
}

const UNDEFINED = undefined
const EMPTY = ''
const SPACE = ' '
const ESCAPE = '\\'

// The characters that carry a meaning of their own inside a regular
//   expression, so a literal one has to be escaped before it is emitted.
const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/
const BOM = '\uFEFF'
// A run of two or more asterisks is a globstar (#175)
const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/
const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/
const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/
const REGEX_SPLITALL_CRLF = /\r?\n/g

// Invalid:
// - /foo,
// - ./foo,
// - ../foo,
// - .
// - ..
// Valid:
// - .foo
const DOUBLE_SLASH = '//'
const SLASH_CODE = 47
const DOT_CODE = 46


const SLASH = '/'

// Do not use ternary expression here, since "istanbul ignore next" is buggy
let TMP_KEY_IGNORE = 'node-ignore'
/* istanbul ignore else */
if (typeof Symbol !== 'undefined') {
  TMP_KEY_IGNORE = Symbol.for('node-ignore')
}
const KEY_IGNORE = TMP_KEY_IGNORE

const define = (object, key, value) => {
  Object.defineProperty(object, key, {value})
  return value
}

const RETURN_FALSE = () => false

// > The range notation, e.g. [a-zA-Z],
// > can be used to match one of the characters in a range.
//
// gitignore(5) defers to fnmatch(3) for this, and git implements it in
//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
//   is neither the surrounding pattern grammar nor the JavaScript one:
//
//   - a `]` right after `[` or `[!` is a literal member, not the terminator
//   - `[:alpha:]` names one of twelve POSIX classes
//   - `\` escapes the next member, `]` included
//   - `*`, `?` and `.` are plain literal members
//   - an unterminated expression makes the whole pattern match nothing
//
// which means the expression can not be located -- let alone translated -- by
//   a regular expression.  It is scanned out of the pattern before the
//   replacers below run, and put back once they are done, so that neither the
//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
//   `\s`, which are wider.  `/` is left out of every expansion, because a
//   bracket expression never matches a path separator.
const POSIX_CLASSES = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-.0-~',
  lower: 'a-z',
  print: ' -.0-~',
  punct: '!-.:-@\\[-`{-~',
  // git's `sane-ctype.h` classifies \v and \f as control, not space,
  //   unlike C's `isspace`
  space: ' \\t\\n\\r',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f'
}

const CLASS_MEMBERS_TO_ESCAPE = '\\]^-['

const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
  ? char
  : ESCAPE + char

// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
// A bracket expression never matches a path separator, whatever its members
//   say, so a negated class gets `/` as one more excluded character, while a
//   plain one -- where a literal member or a range could still let `/` in --
//   is guarded with a lookahead, `/` being impossible to subtract from a
//   JavaScript character class.
const NON_SLASH = '(?!\\/)'

const classSource = (negated, body) => {
  if (negated) {
    return `[^\\/${body}]`
  }

  const source = `[${body}]`

  return new RegExp(source).test('/')
    ? NON_SLASH + source
    : source
}

// Scan the bracket expression that starts at `pattern[start] === '['`,
//   mirroring the member loop of git's `wildmatch.c`.
// @returns {{end: number, source: string} | null} `null` if the expression is
//   never terminated, which makes the whole pattern match nothing.
const scanBracket = (pattern, start) => {
  const {length} = pattern
  let index = start + 1
  let negated = EMPTY

  const lead = pattern[index]
  if (lead === '!' || lead === '^') {
    negated = '^'
    index ++
  }

  let body = EMPTY

  // The member a `-` could start a range from, or EMPTY when the previous
  //   member can not open one (start of the body, or a range / POSIX class
  //   that has just closed)
  let prev = EMPTY

  // git scans the members with a do-while, so the first one is consumed
  //   unconditionally.  That is the whole reason a leading `]` is a member
  //   and not the terminator.
  for (;;) {
    const char = pattern[index]

    if (char === UNDEFINED) {
      return null
    }

    if (char === ESCAPE) {
      // A pattern can not end on a lone backslash -- `createRule` has
      //   already thrown it away -- so there is a character to read.
      const escaped = pattern[++ index]
      body += escapeMember(escaped)
      prev = escaped
    } else if (
      char === '-'
      && prev
      && index + 1 < length
      && pattern[index + 1] !== ']'
    ) {
      index ++
      let to = pattern[index]
      if (to === ESCAPE) {
        to = pattern[index += 1]
      }
      // An out-of-order range matches nothing in git but is a syntax error in
      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
      //   match `c`.
      if (prev <= to) {
        body += `-${escapeMember(to)}`
      }
      prev = EMPTY
    } else if (char === '[' && pattern[index + 1] === ':') {
      const nameStart = index + 2
      let end = nameStart
      while (end < length && pattern[end] !== ']') {
        end ++
      }

      if (end === length) {
        return null
      }

      if (end > nameStart && pattern[end - 1] === ':') {
        const name = pattern.slice(nameStart, end - 1)

        // An unknown class name makes the whole pattern match nothing
        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
          return null
        }

        body += POSIX_CLASSES[name]
        prev = EMPTY
        index = end
      } else {
        // No `:]` to close it, so the `[` is a plain member and scanning
        //   resumes right after it.
        body += escapeMember('[')
        prev = '['
        index = nameStart - 2
      }
    } else {
      body += escapeMember(char)
      prev = char
    }

    index ++

    if (pattern[index] === ']') {
      return {
        end: index,
        source: classSource(negated, body)
      }
    }
  }
}

// An empty JavaScript class can never match, which is how a pattern that git
//   gives up on (`WM_ABORT_ALL`) is expressed here.
const NEVER_MATCH = '[]'

// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
//   the one safe placeholder character.  A literal one in the pattern is
//   held aside all the same, so a collision is impossible by construction.
const PLACEHOLDER = '\u0000'
const REGEX_RESTORE_PLACEHOLDER = new RegExp(
  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
)

// The one wildcard the chain does not expand for itself is a trailing `*`. How
//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
//   left to do it, and until then the pending wildcard travels as this marker.
//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
//   steps collapse the escaped one to the exact `\*` a wildcard would leave
//   behind, so by the time `_make` runs the two are otherwise the same string
//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
//   private-use character, and `extractBrackets` keeps one that came out of the
//   pattern apart from it, so the only marker `_make` ever turns back into a
//   real wildcard is the one this chain put there itself.
const TRAILING_WILDCARD = '\uE000'

// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
//   still never matches the folder itself (#21).
const TRAILING_DOUBLESTAR = '\uE001'

// The three characters above mean something to the chain that builds the
//   source rather than to the path, so one that came out of the pattern is
//   held aside like a bracket expression instead of going straight out. Being
//   held is what makes it safe: the restore runs after the step that anchors
//   the source, so the character comes back in the middle of the source and
//   not at its end, which is the one place `_make` and `checkSourceOf` look
//   for a marker. Without it a pattern's own character lands where a pending
//   marker sits, and `_make` turns it into a real trailing wildcard.
//
// It is held as a one-member class rather than bare, in both of the branches
//   a reserved character can reach, so that the property can be
//   read off this function alone -- a reserved character never goes out on
//   its own -- rather than depending on where in the chain the restore
//   happens to run. In the expression built here `[x]` matches exactly what
//   `x` matches, none of the three being special to a regular expression or
//   inside a class, so no test can tell the two apart: the class is insurance,
//   and the paragraph above is the reason it is not needed.
const isReserved = char =>
  char === PLACEHOLDER
  || char === TRAILING_WILDCARD
  || char === TRAILING_DOUBLESTAR

// Replace every bracket expression with a placeholder the replacers below
//   leave alone, and translate it separately.
const extractBrackets = pattern => {
  const sources = []
  const hold = source =>
    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`

  const {length} = pattern
  let out = EMPTY
  let index = 0

  while (index < length) {
    const char = pattern[index]

    if (char === ESCAPE) {
      // > Put a backslash ("\") in front of ... a character to make it literal.
      //                                            (gitignore(5) -> fnmatch(3))
      // A backslash quotes the next character, whatever it is, so `\d` is a
      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
      //   not a wildcard. Held aside as its literal here, the escape never
      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
      //   `\?` into `[^\/]`.
      //
      // Three escapes are still left for the chain: `\*` (a literal star,
      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
      //   replacers), `\[` (a literal bracket, the one `[` the bracket
      //   replacer still expects), and `\ ` (a quoted space, which one pass
      //   below rewrites in bulk -- holding each one aside instead costs more
      //   on a pattern built out of them).
      //
      // A quoted backslash is not among them. The chain doubles every
      //   backslash, then takes the doubling back out again, and a quoted one
      //   standing next to a character the chain also escapes left the two
      //   counts sharing a run, so one of the escapes was lost. Held here as
      //   the literal it means, it never joins that run.
      const escaped = pattern[index + 1]

      if (escaped === SLASH && index + 2 === length) {
        // Git removes a final directory slash before matching. An escape
        //   without a character after that removal makes the pattern invalid.
        out += hold(NEVER_MATCH)
      } else if (
        escaped === '*'
        || escaped === '['
        || escaped === SPACE
      ) {
        out += pattern.slice(index, index + 2)
      } else {
        out += hold(
          REGEX_LITERAL_SPECIAL.test(escaped)
            ? ESCAPE + escaped
            : isReserved(escaped)
              ? `[${escaped}]`
              : escaped
        )
      }

      index += 2
    } else if (isReserved(char)) {
      out += hold(`[${char}]`)
      index ++
    } else if (char === '[') {
      const scanned = scanBracket(pattern, index)

      if (scanned === null) {
        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
        //   follows can not make it match either.
        out += hold(NEVER_MATCH)
        index = length
      } else {
        out += hold(scanned.source)
        index = scanned.end + 1
      }
    } else {
      out += char
      index ++
    }
  }

  return {
    source: out,
    sources
  }
}

// A step of the chain below is normally a `[matcher, replacer]` pair handed
//   to `String.replace`. `DIRECT` marks the ones that are plain string work
//   instead, and take `(source, pattern)`.
//
// Anchoring the two ends is exactly that -- a test of one character and a
//   concatenation -- and putting it through the regular expression engine
//   cost a third of this chain for nothing: 167ns where 10ns does the same
//   job. The two are still steps in the same list, in the same places,
//   because their position in the order is part of what they mean.
const DIRECT = null

// A separator at the beginning or in the middle of a pattern, as opposed to
//   one at the very end.
const REGEX_INNER_SLASH = /\/(?!$)/
const WILDCARD = '[^\\/]*'

// > If the pattern ends with a slash,
// > it is removed for the purpose of the following description,
// > but it would only find a match with a directory.
// > In other words, foo/ will match a directory foo and paths underneath it,
// > but will not match a regular file or a symbolic link foo
// >  (this is consistent with the way how pathspec works in general in Git).
// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
//      you could use option `mark: true` with `glob`

// '`foo/`' should not continue with the '`..`'
// The chain that turns one gitignore pattern into a regular expression
//   source, in order. A step is either
//
//   [matcher, replacer]            handed to `String.replace`
//   [matcher, replacer, required]  the same, but skipped outright unless
//                                    `required` appears in the string, which
//                                    the matcher cannot match without
//   [DIRECT, transform]            plain string work, taking (source, pattern)
//
// The `required` character is only ever a shortcut: finding it does not mean
//   the matcher will match, and not finding it means it cannot. It is there
//   because scanning for one character costs a fraction of running a matcher
//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
//   backtracks its way through the whole string before giving up, 11ns
//   against 400ns.
const REPLACERS = [

  // Replace (\ ) with ' '
  // Only a space: an escaped tab or other whitespace is already a literal by
  //   the time it reaches here, and a bare tab must be left as one, not turned
  //   into a space.
  // (\ ) -> ' '
  // (\\ ) -> '\\ '
  // (\\\ ) -> '\\ '
  [
    // A run of backslashes is taken whole, from its first one, so no match
    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
    //   quadratic.
    /(\\+)( ?)/g,
    (_, run, space) => space
      ? run.slice(0, run.length - run.length % 2) + SPACE
      : run,
    ESCAPE + SPACE
  ],

  // git's wildmatch() reads a run of two or more asterisks as one globstar
  //   whenever the run fills a path segment: it starts the pattern or follows
  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
  //   already `**`; a longer one is folded into `**` here, so the steps
  //   below only ever have to know `**`.
  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
  // git also takes a run beside a literal prefix (`a***/b`) or beside an
  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
  //   lists both, under "A run of asterisks".
  [
    /(^|\/)\*{3,}(?=\/|$)/g,
    (_, start) => `${start}**`,
    '*'
  ],

  // Escape metacharacters
  // which is written down by users but means special for regular expressions.

  // > There are 12 characters with special meanings:
  // > - the backslash \,
  // > - the caret ^,
  // > - the dollar sign $,
  // > - the period or dot .,
  // > - the vertical bar or pipe symbol |,
  // > - the question mark ?,
  // > - the asterisk or star *,
  // > - the plus sign +,
  // > - the opening parenthesis (,
  // > - the closing parenthesis ),
  // > - and the opening square bracket [,
  // > - the opening curly brace {,
  // > These special characters are often called "metacharacters".
  [
    /[\\$.|*+(){^]/g,
    match => `\\${match}`
  ],

  [
    // > a question mark (?) matches a single character
    /(?!\\)\?/g,
    () => '[^/]',
    '?'
  ],

  // leading slash
  [

    // > A leading slash matches the beginning of the pathname.
    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
    // A leading slash matches the beginning of the pathname
    /^\//,
    () => '^',
    SLASH
  ],

  // replace special metacharacter slash after the leading slash
  [
    /\//g,
    () => '\\/',
    SLASH
  ],

  [
    // > A leading "**" followed by a slash means match in all directories.
    // > For example, "**/foo" matches file or directory "foo" anywhere,
    // > the same as pattern "foo".
    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
    // >   under directory "foo".
    // Notice that the '*'s have been replaced as '\\*'
    /^\^*(?:\\\*\\\*\\\/)+/,

    // '**/foo' <-> 'foo'
    () => '(?:^|\\/)',
    '*'
  ],

  // starting
  [
    // there will be no leading '/'
    //   (which has been replaced by section "leading slash")
    // If starts with '**', adding a '^' to the regular expression also works
    DIRECT,
    (source, pattern) => {
      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
      if (!source || source[0] === '^' || source[0] === '(') {
        return source
      }

      // If has a slash `/` at the beginning or middle
      const anchor = !REGEX_INNER_SLASH.test(pattern)
        // > Prior to 2.22.1
        // > If the pattern does not contain a slash /,
        // >   Git treats it as a shell glob pattern
        // Actually, if there is only a trailing slash,
        //   git also treats it as a shell glob pattern

        // After 2.22.1 (compatible but clearer)
        // > If there is a separator at the beginning or middle (or both)
        // > of the pattern, then the pattern is relative to the directory
        // > level of the particular .gitignore file itself.
        // > Otherwise the pattern may also match at any level below
        // > the .gitignore level.
        ? '(?:^|\\/)'

        // > Otherwise, Git treats the pattern as a shell glob suitable for
        // >   consumption by fnmatch(3)
        : '^'

      return anchor + source
    }
  ],

  // two globstars
  [
    // Use lookahead assertions so that we could match more than one `'/**'`
    /\\\/\\\*\\\*(?=\\\/|$)/g,

    // Zero, one or several directories
    // should not use '*', or it will be replaced by the next replacer

    // Check if it is not the last `'/**'`
    (_, index, str) => index + 6 < str.length

      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
      // >   matches everything inside, but it should not match the current
      // >   folder itself, so it requires at least one directory segment.
      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
      ? str.slice(index + 6) === '\\/'
        ? '(?:\\/[^\\/]+)+'

        // case: /**/
        // > A slash followed by two consecutive asterisks then a slash matches
        // >   zero or more directories.
        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
        // '/**/'
        : '(?:\\/[^\\/]+)*'

      // case: /**
      // > A trailing `"/**"` matches everything inside.

      // #21: everything inside but it should not include the current folder,
      //   resolved by `_make`
      : `\\/${TRAILING_DOUBLESTAR}`,
    '*'
  ],

  // normal intermediate wildcards
  [
    // Never replace escaped '*'
    // ignore rule '\*' will match the path '*'

    // 'abc.*/' -> go
    // 'abc.*'  -> skip this rule,
    //    coz trailing single wildcard will be handed by [trailing wildcard]
    /(^|[^\\])(?:\\\*)+(?!$)/g,

    // '*.js' matches '.js'
    // '*.js' doesn't match 'abc'
    // 1. An asterisk "*" matches anything except a slash.
    // 2. Other consecutive asterisks are considered regular asterisks
    //    and collapse into one non-slash wildcard run.
    (_, p1) => p1 + WILDCARD,
    '*'
  ],

  // trailing wildcard, held apart from a literal star
  [
    // The step above leaves a trailing `*` alone, so a single `\*` is all that
    //   can be left at the end here, and what stands in front of it says which
    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
    //   nothing before it; a literal arrives as the user's own escape, which
    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
    //   There is no third case: every backslash still reaching the chain is
    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
    //   own character, so a longer run can never form. This runs while the
    //   two are still distinct, before the unescape steps below collapse the
    //   literal onto the very `\*` a wildcard leaves behind.
    /(^|[^\\])((?:\\\\)*)\\\*$/,

    (match, p1, p2) =>
      p2 === EMPTY
        // A real wildcard: carry it to `_make` as the marker, so the unescape
        //   steps and the trailing-wildcard rewrite can never mistake it for a
        //   literal `\*` (nor the reverse).
        ? p1 + TRAILING_WILDCARD
        // A literal star: leave it exactly as it stands for the unescape steps.
        : match,
    '*'
  ],

  [
    // unescape, revert step 3 except for back slash
    // For example, if a user escape a '\\*',
    // after step 3, the result will be '\\\\\\*'
    /\\\\\\(?=[$.|*+(){^])/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // '\\\\' -> '\\'
    /\\\\/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // Every real bracket expression -- POSIX classes included -- has already
    //   been held aside by `extractBrackets`, so the only `[` left in the
    //   pattern is an escaped, literal one.

    // A backslash could only stand at the end of the range if it quoted the
    //   `]`, and `\]` is held aside long before this.
    /\\\[([^\]/]*?)($|\])/g,

    // '\\[bar]' -> '\\\\[bar]'
    (match, range, close) => `\\[${range}${close}`,
    '['
  ],

  // ending
  [
    // 'js' will not match 'js.'
    // 'ab' will not match 'abc'
    DIRECT,

    // WTF!
    // https://git-scm.com/docs/gitignore
    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
    // which re-fixes #24, #38

    // > If there is a separator at the end of the pattern then the pattern
    // > will only match directories, otherwise the pattern can match both
    // > files and directories.

    // 'js*' will not match 'a.js'
    // 'js/' will not match 'a.js'
    // 'js' will match 'a.js' and 'a.js/'
    source => {
      const last = source[source.length - 1]

      // The pattern is empty, or ends in a pending marker `_make` owns --
      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
      //   not the marker is a literal star, which anchors like any other
      //   final character.
      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
        return source
      }

      return last === SLASH
        // foo/ will not match 'foo'
        ? `${source}$`
        // foo matches 'foo' and 'foo/'
        : `${source}(?=$|\\/$)`
    }
  ]
]

const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/
const MODE_IGNORE = 'regex'
const MODE_CHECK_IGNORE = 'checkRegex'
const UNDERSCORE = '_'

const replaceTrailingWildcard = (_, p1) => {
  const prefix = p1
    // '\^':
    // '/*' does not match EMPTY
    // '/*' does not match everything

    // '\\\/':
    // 'abc/*' does not match 'abc/'
    ? `${p1}[^/]+`

    // 'a*' matches 'a'
    // 'a*' matches 'aa'
    : '[^/]*'

  return `${prefix}(?=$|\\/$)`
}

const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/

// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
//   requiring one arbitrary character (line terminators included, #176)
//   after 'abc/' is necessary and sufficient for `.test(path)`.
const replaceTrailingDoublestar = () => '[\\s\\S]'

// The fixed piece between the wildcard at `at` and the next wildcard of the
//   run: the tokens that separate them, joined as they appear in the source.
//   A run never holds two wildcards in a row, so there is always at least one
//   token.
const separatorAfter = (run, at) => {
  let separator = EMPTY

  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
    separator += run[index].single
  }

  return separator
}

// Where a run of non-slash wildcards is split by fixed pieces --
//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
//   input across the wildcards, and on input that does not match it works
//   through all of them, so the time grows with the number of wildcards
//   rather than the length of the path. Every wildcard but the last in such a
//   run can be pinned to stop where the piece after it begins, which leaves
//   one way to lay out the input and no rewinding, without changing which
//   paths match: the fixed pieces still bound the count, and the last
//   wildcard still absorbs the rest.
//
// A wildcard is pinned to the whole piece, never to the piece's first
//   character. The pin leaves no way back, so a wildcard that stopped at that
//   first character would hand over wherever the character happens to turn
//   up, including the places the rest of the piece cannot follow -- which is
//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
//   the one the `o/` after it needs. Every token of a piece matches exactly
//   one character, so the first place the whole piece fits is the leftmost
//   place it can sit, and whatever is left over goes to the wildcards that
//   follow.
//
// The source is read one token at a time -- a wildcard, a single-character
//   piece (a literal, an escape, a class), or a parenthesised group or anchor
//   that ends the run -- so only a genuine wildcard is touched.
const pinWildcards = source => {
  if (source.indexOf(WILDCARD) < 0) {
    return source
  }

  const tokens = []
  const {length} = source
  let index = 0

  while (index < length) {
    const char = source[index]

    if (source.startsWith(WILDCARD, index)) {
      tokens.push({wildcard: true})
      index += WILDCARD.length
    } else if (char === '[') {
      let end = index + 1

      if (source[end] === '^') {
        end ++
      }

      if (source[end] === ']') {
        end ++
      }

      while (end < length && source[end] !== ']') {
        end += source[end] === ESCAPE
          ? 2
          : 1
      }

      end ++
      tokens.push({single: source.slice(index, end)})
      index = end
    } else if (char === ESCAPE) {
      tokens.push({single: source.slice(index, index + 2)})
      index += 2
    } else if (char === '(') {
      let depth = 0
      let end = index

      do {
        if (source[end] === ESCAPE) {
          end ++
        } else if (source[end] === '(') {
          depth ++
        } else if (source[end] === ')') {
          depth --
        }

        end ++
      } while (end < length && depth > 0)

      if ('*+?'.indexOf(source[end]) >= 0) {
        end ++
      }

      tokens.push({boundary: source.slice(index, end)})
      index = end
    } else if (char === '^' || char === '$') {
      tokens.push({boundary: char})
      index ++
    } else {
      tokens.push({single: char})
      index ++
    }
  }

  let out = EMPTY
  let run = []

  const flush = () => {
    let lastWildcard

    run.forEach((token, at) => {
      if (token.wildcard) {
        lastWildcard = at
      }
    })

    run.forEach((token, at) => {
      if (!token.wildcard) {
        out += token.single
        return
      }

      // Every wildcard but the last is pinned to the whole piece that
      //   follows it, for the reason set out above this function. The last
      //   one stays as it is and takes up the rest.
      out += at === lastWildcard
        ? WILDCARD
        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`
    })

    run = []
  }

  tokens.forEach(token => {
    if (token.boundary === undefined) {
      run.push(token)
      return
    }

    flush()
    out += token.boundary
  })

  flush()

  return out
}

// @param {pattern}
const makeRegexPrefix = pattern => {
  // `/**` matches every path, as `**` does. The translation below only finds
  //   a globstar beside a slash it keeps, and the leading one is turned into
  //   an anchor, so `/**` would come out as `/*` and match one level only.
  //   Here rather than in `createRule`, so that `checkSourceOf`, which
  //   compiles `/**/` again without its trailing slash, gets it too.
  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
    pattern = '**'
  }

  const {source, sources} = extractBrackets(pattern)

  const replaced = REPLACERS.reduce(
    // A pass whose matcher finds nothing hands back the very string it was
    //   given, so asking first costs a search and saves a rewrite. Ten of the
    //   fifteen passes never fire for a typical .gitignore line, and between
    //   them they were 45% of this chain.
    (prev, [matcher, replacer, required]) => {
      if (matcher === DIRECT) {
        return replacer(prev, pattern)
      }

      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
        return prev
      }

      // A pass whose matcher finds nothing hands back the very string it was
      //   given, so asking first costs a search and saves a rewrite.
      return matcher.test(prev)
        ? prev.replace(matcher, replacer.bind(pattern))
        : prev
    },
    source
  )

  // Most patterns hold no bracket expression at all, and then there is
  //   nothing to put back.
  return sources.length
    ? replaced.replace(
      REGEX_RESTORE_PLACEHOLDER,
      (match, index) => sources[index]
    )
    : replaced
}

// `checkRegex` tests a path with a trailing slash, 'abc/', the way
//   `git check-ignore` matches that literal string once the directory itself
//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
//   pattern is dropped, a basename pattern sees an empty basename, and only a
//   pattern whose last segment is a pending wildcard can match what is left
//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
//   also matches 'abc/d/' (#77, #169).
const checkSourceOf = (body, prefix) => {
  if (body[body.length - 1] === SLASH) {
    prefix = makeRegexPrefix(body.slice(0, - 1))
  }

  const head = prefix.slice(0, - 1)
  const last = prefix[prefix.length - 1]

  return last === TRAILING_WILDCARD
    ? `${head}$`
    : last === TRAILING_DOUBLESTAR
      ? head
      : NEVER_MATCH
}

// A trailing slash does not stop a pattern being basename-only: it restricts
//   the match to a directory, it does not let the pattern reach across one.
//   Everything else a pattern can hold -- a wildcard, a character class, an
//   escape -- stays inside a single path segment too, so a pattern with no
//   separator in it can only ever describe the last one.
const matchesBasename = body => {
  const index = body.indexOf(SLASH)

  return index < 0 || index === body.length - 1
}

// The last segment of a path, keeping a trailing slash, because a pattern that
//   ends in one matches only a directory.
// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
const basenameOf = path => {
  const end = path.length - 1

  const index = path.lastIndexOf(
    SLASH,
    path[end] === SLASH
      ? end - 1
      : end
  )

  return index < 0
    ? path
    : path.slice(index + 1)
}

// The parent directory of a path, with its trailing separator, or EMPTY when
//   the path has none.
// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
//
// A path holding an empty segment has to be taken apart, because its
//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
//   it is given through the relative-path check.
//
// Every other path is a prefix of itself, and cutting one costs a fraction of
//   splitting it into an array and joining that back at every level: 73ns
//   against 207ns.
const parentOf = path => {
  if (
    path.charCodeAt(0) === SLASH_CODE
    || path.indexOf(DOUBLE_SLASH) >= 0
  ) {
    const slices = path.split(SLASH).filter(Boolean)

    slices.pop()

    return slices.length
      ? slices.join(SLASH) + SLASH
      : EMPTY
  }

  const end = path.length - 1

  // Look back from before a trailing separator, since that one belongs to the
  //   path itself.
  //
  // A negative place to start would be a trap here: `lastIndexOf` clamps one
  //   to 0 and searches there rather than reporting no match, so '/' would
  //   come back as its own parent and the walk would never end. It cannot
  //   happen -- that is the only path short enough to produce one, and the
  //   test above has already sent it the other way.
  const cut = path.lastIndexOf(
    SLASH,
    path.charCodeAt(end) === SLASH_CODE
      ? end - 1
      : end
  )

  return cut < 0
    ? EMPTY
    : path.slice(0, cut + 1)
}

const isString = subject => typeof subject === 'string'

// Blank lines, comments and trailing lone backslashes are told by
//   `createRule`, once the pattern is normalized.
const checkPattern = pattern => pattern
  && isString(pattern)

// Git drops one CR before each LF, and one at the end of a final line that
//   has no LF after it.
const splitPattern = pattern => (
  pattern[pattern.length - 1] === '\r'
    ? pattern.slice(0, - 1)
    : pattern
)
.split(REGEX_SPLITALL_CRLF)
.filter(Boolean)

class IgnoreRule {
  constructor (
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    prefix
  ) {
    this.pattern = pattern
    this.mark = mark
    this.negative = negative

    define(this, 'body', body)
    define(this, 'ignoreCase', ignoreCase)
    define(this, 'regexPrefix', prefix)
  }

  // Worked out on first use and kept behind an own property, the way `regex`
  //   caches itself in `_regex`. Deciding it in the constructor instead would
  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
  //   every compile -- including the compiles of rules that are never matched
  //   against anything.
  get _basenameOnly () {
    return define(this, '_basenameOnly', matchesBasename(this.body))
  }

  get regex () {
    const key = UNDERSCORE + MODE_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_IGNORE, key)
  }

  get checkRegex () {
    const key = UNDERSCORE + MODE_CHECK_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_CHECK_IGNORE, key)
  }

  _make (mode, key) {
    const str = pinWildcards(
      mode === MODE_IGNORE
        ? this.regexPrefix
        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
        : checkSourceOf(this.body, this.regexPrefix)
    )

    const regex = this.ignoreCase
      ? new RegExp(str, 'i')
      : new RegExp(str)

    return define(this, key, regex)
  }
}

const hasTrailingBackslash = str => {
  let count = 0

  while (str[str.length - count - 1] === ESCAPE) {
    count ++
  }

  return count % 2 === 1
}

// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
//   or object pattern), drop any trailing blank lines along with the LF
//   before each and at most one CR at the end of the line; then trim trailing
//   spaces in the same backward pass. Git trims spaces only, and a space
//   escaped by an odd run of backslashes stays, unescaped, as the last one.
// Scanned from the end: a regular expression can only try each start in
//   turn, which is quadratic over a long run of spaces or backslashes.
// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
const trimEnd = (body, stripLineEnd) => {
  let lineEnd = body.length
  let end

  for (;;) {
    if (stripLineEnd && body[lineEnd - 1] === '\r') {
      lineEnd --
    }

    end = lineEnd

    while (body[end - 1] === SPACE) {
      end --
    }

    if (!stripLineEnd || body[end - 1] !== '\n') {
      break
    }

    lineEnd = end - 1
  }

  if (end === lineEnd) {
    return body.slice(0, lineEnd)
  }

  let backslashes = 0

  while (body[end - backslashes - 1] === ESCAPE) {
    backslashes ++
  }

  return backslashes % 2
    ? body.slice(0, end - 1) + SPACE
    : body.slice(0, end)
}

const createRule = (
  pattern,
  mark,
  ignoreCase,
  stripLineEnd,
  stripBOM
) => {
  // Git drops a BOM before it reads the first line, so before anything else.
  let body = stripBOM && pattern[0] === BOM
    ? pattern.slice(1)
    : pattern

  // > A line starting with # serves as a comment.
  if (body[0] === '#') {
    return
  }

  let negative = false

  // > An optional prefix "!" which negates the pattern;
  if (body[0] === '!') {
    negative = true
    body = body.slice(1)
  }

  // Normalize the body before checking which slashes anchor the pattern.
  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
  //   A line from `splitPattern` has already lost its line ending, so only a
  //   trailing space remains to trim there.
  const last = body[body.length - 1]

  if (
    last === SPACE
    || stripLineEnd && (last === '\r' || last === '\n')
  ) {
    body = trimEnd(body, stripLineEnd)
  }

  // > A blank line matches no files, so it can serve as a separator for
  // >   readability.
  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
  //   anything else left empty here: an empty pattern would compile to a
  //   regex matching every path.
  if (!body || hasTrailingBackslash(body)) {
    return
  }

  body = body
  // > Put a backslash ("\") in front of the first "!" for patterns that
  // >   begin with a literal "!", for example, `"\!important!.txt"`.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
  // > Put a backslash ("\") in front of the first hash for patterns that
  // >   begin with a hash.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#')

  const regexPrefix = makeRegexPrefix(body)

  return new IgnoreRule(
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    regexPrefix
  )
}

class RuleManager {
  constructor (ignoreCase) {
    this._ignoreCase = ignoreCase
    this._rules = []

    // How many of the rules git would tag `EXC_FLAG_NODIR`.
    //
    // The scan uses it to decide, once for the whole set, whether handing
    //   those rules the basename is worth what it costs the others. The
    //   shortcut saves a full-path scan on every rule it applies to and costs
    //   a check on every rule it does not, so a set where almost nothing is
    //   basename-only comes out behind -- a 955 pattern set with 44 of them
    //   measured 19% slower with the shortcut always on.
    //
    // Deciding this by measurement rather than by meaning is safe: a
    //   basename-only pattern gives the very same answer against the whole
    //   path, it just takes longer to say so. The choice can only change how
    //   fast the scan runs, never what it returns.
    this._basenameCount = 0
  }

  _add (pattern, index) {
    // #32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules._rules)
      this._basenameCount += pattern._rules._basenameCount
      this._added = true
      return
    }

    const isStr = isString(pattern)
    const raw = isStr
      ? pattern
      : pattern.pattern

    const rule = checkPattern(raw)
      && createRule(
        raw,
        isStr ? UNDEFINED : pattern.mark,
        this._ignoreCase,
        !this._split,
        this._stripBOM && !index
      )

    if (rule) {
      this._added = true
      this._rules.push(rule)

      // Deliberately not `rule._basenameOnly`: reading that would materialise
      //   the rule's own copy, and the whole point of leaving it lazy is that
      //   a rule which is compiled and never matched never pays for it.
      if (matchesBasename(rule.body)) {
        this._basenameCount ++
      }
    }
  }

  // @param {Array<string> | string | Ignore} pattern
  add (pattern) {
    this._added = false
    this._split = isString(pattern)
    this._stripBOM = !this._split || pattern[0] === BOM

    makeArray(
      this._split
        ? splitPattern(pattern)
        : pattern
    ).forEach(this._add, this)

    if (this._added) {
      this._literalRules = UNDEFINED
    }

    return this._added
  }

  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
  //   are left out once, rather than tested or compiled for every path.
  testLiteral (path) {
    const rules = this._literalRules || (
      this._literalRules = this._rules.filter(
        ({body}) => body[body.length - (
          body[body.length - 1] === SLASH ? 2 : 1
        )] === '*'
      )
    )

    let ignored = false
    let unignored = false
    let matchedRule

    for (let index = rules.length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule.checkRegex.test(path)) {
        ignored = !rule.negative
        unignored = rule.negative
        matchedRule = rule.negative
          ? UNDEFINED
          : rule
        break
      }
    }

    const ret = {
      ignored,
      unignored
    }

    if (matchedRule) {
      ret.rule = matchedRule
    }

    return ret
  }

  // Test one single path without recursively checking parent directories
  //
  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

  // @returns {TestResult}
  test (path, mode) {
    // Most of a .gitignore is patterns with no slash in them, and running
    //   those against the whole path makes the regular expression engine walk
    //   every directory name on the way to the only segment that could match.
    //   Handing them the basename instead is what git does, and it is where
    //   the time in a directory walk goes: the rule scan was two thirds of it.
    const rules = this._rules
    const {length} = rules

    const shortcut = this._basenameCount * 2 >= length

    const basename = shortcut
      ? basenameOf(path)
      : path

    // The last rule to match decides, as in git, and it is the rule
    //   `git check-ignore -v` reports, so the scan runs from the end and stops
    //   at the first match.
    // A plain loop rather than `forEach`, so that `path`, `basename` and
    //   `shortcut` are locals. As a callback they became closure variables,
    //   and reaching for one of those once per rule cost 10% of a scan over a
    //   large rule set -- more than the shortcut they were there to serve.
    for (let index = length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule[mode].test(
        shortcut && rule._basenameOnly
          ? basename
          : path
      )) {
        const {negative} = rule

        const ret = {
          ignored: !negative,
          unignored: negative
        }

        if (!negative) {
          ret.rule = rule
        }

        return ret
      }
    }

    return {
      ignored: false,
      unignored: false
    }
  }
}

const throwError = (message, Ctor) => {
  throw new Ctor(message)
}

const checkPath = (path, originalPath, doThrow) => {
  if (!isString(path)) {
    return doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    )
  }

  // We don't know if we should ignore EMPTY, so throw
  if (!path) {
    return doThrow(`path must not be empty`, TypeError)
  }

  // Check if it is a relative path
  if (checkPath.isNotRelative(path)) {
    const r = '`path.relative()`d'
    return doThrow(
      `path should be a ${r} string, but got "${originalPath}"`,
      RangeError
    )
  }

  return true
}

// > pathname should be a `path.relative()`d one
//
// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
//   relative if it begins with a separator, or with `./` or `../`, or is
//   nothing but `.` or `..`. Every match is decided by the first three
//   characters, and this runs on every path handed to the library -- where it
//   was 55% of a cached lookup, more than the cache lookup itself.
const isNotRelative = path => {
  const first = path.charCodeAt(0)

  if (first === SLASH_CODE) {
    return true
  }

  if (first !== DOT_CODE) {
    return false
  }

  // '.'
  if (path.length === 1) {
    return true
  }

  const second = path.charCodeAt(1)

  // './'
  if (second === SLASH_CODE) {
    return true
  }

  if (second !== DOT_CODE) {
    return false
  }

  // '..' or '../'
  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
}

checkPath.isNotRelative = isNotRelative

// On windows, the following function will be replaced
/* istanbul ignore next */
checkPath.convert = p => p


const convertPath = target =>
  isString(target) && checkPath.convert(target)


class Ignore {
  constructor ({
    ignorecase = true,
    ignoreCase = ignorecase,
    allowRelativePaths = false
  } = {}) {
    define(this, KEY_IGNORE, true)

    this._rules = new RuleManager(ignoreCase)
    this._strictPathCheck = !allowRelativePaths
    this._initCache()
  }

  _initCache () {
    // A cache for the result of `.ignores()`
    this._ignoreCache = Object.create(null)

    // A cache for the result of `.test()`
    this._testCache = Object.create(null)
  }

  add (pattern) {
    if (this._rules.add(pattern)) {
      // Some rules have just added to the ignore,
      //   making the behavior changed,
      //   so we need to re-initialize the result cache
      this._initCache()
    }

    return this
  }

  // legacy
  addPattern (pattern) {
    return this.add(pattern)
  }

  // @returns {TestResult}
  _test (originalPath, cache, path) {
    checkPath(
      path,
      originalPath,
      this._strictPathCheck
        ? throwError
        : RETURN_FALSE
    )

    return path
      ? this._t(path, cache)
      : {
        ignored: false,
        unignored: false
      }
  }

  checkIgnore (target) {
    // A Windows path is converted first, so that a directory given with a
    //   trailing separator, `\` or `/`, is told the same way
    const path = convertPath(target)

    // If the path does not end with a slash, `.ignores()` is much equivalent
    //   to `git check-ignore`
    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
      return this._test(target, this._testCache, path)
    }

    // Like `git check-ignore`: a directory excluded by itself or by an
    //   ancestor settles it, and only then is the literal 'abc/' matched
    //   against the rules (see `checkSourceOf`).
    const dir = this._t(path, this._testCache)

    if (dir.ignored) {
      return dir
    }

    const literal = this._rules.testLiteral(path)

    return literal.ignored || literal.unignored
      ? literal
      : dir
  }

  _t (
    // The path to be tested
    path,

    // The cache for the result of a certain checking
    cache
  ) {
    if (path in cache) {
      return cache[path]
    }

    const parentPath = parentOf(path)

    // If the path contains a parent directory, check the parent first
    const parent = parentPath
      ? this._t(parentPath, cache)
      : UNDEFINED

    return cache[path] = parent && parent.ignored
      // > It is not possible to re-include a file if a parent directory of
      // >   that file is excluded.
      ? parent
      : this._rules.test(path, MODE_IGNORE)
  }

  ignores (path) {
    return this._test(path, this._ignoreCache, convertPath(path)).ignored
  }

  createFilter () {
    return path => !this.ignores(path)
  }

  filter (paths) {
    return makeArray(paths).filter(this.createFilter())
  }

  // @returns {TestResult}
  test (path) {
    return this._test(path, this._testCache, convertPath(path))
  }
}

const factory = options => new Ignore(options)

const isPathValid = path =>
  checkPath(convertPath(path), path, RETURN_FALSE)

/* istanbul ignore next */
const setupWindows = () => {
  /* eslint no-control-regex: "off" */
  const makePosix = str => /^\\\\\?\\/.test(str)
  || /["<>|\u0000-\u001F]+/u.test(str)
    ? str
    : str.replace(/\\/g, '/')

  checkPath.convert = makePosix

  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
  // 'd:\\foo'
  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i
  checkPath.isNotRelative = path =>
    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
    || isNotRelative(path)
}


// Windows
// --------------------------------------------------------------
/* istanbul ignore next */
if (
  // Detect `process` so that it can run in browsers.
  typeof process !== 'undefined'
  && process.platform === 'win32'
) {
  setupWindows()
}

// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

module.exports = factory

// Although it is an anti-pattern,
//   it is still widely misused by a lot of libraries in github
// Ref: https://github.com/search?q=ignore.default%28%29&type=code
factory.default = factory

module.exports.isPathValid = isPathValid

// For testing purposes
define(module.exports, Symbol.for('setupWindows'), setupWindows)


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/util/hash.ts

/** Stable fingerprint: sha256 hex of the parts (NUL-separated, so parts cannot run together), 32 chars. */
function fingerprintOf(parts) {
    // The hex of the first 16 bytes, not a slice of the full hex: V8 keeps a slice as a view of
    // its 64-character parent, which every finding would then hold (three times the memory).
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(parts.join('\0')).digest().toString('hex', 0, 16);
}

;// CONCATENATED MODULE: ./src/secrets/demo-credentials.json
const demo_credentials_namespaceObject = /*#__PURE__*/JSON.parse('{"about":"Known demo and placeholder credentials: never findings of the built-in secret detector. Documented in docs/secret-detection.md. exampleKeys match the whole value exactly; passwords match the whole value, case-insensitively, wherever a password or token is read; pairs match the user and password of a URL or basic-auth credential (localOnly: only when the host is local); a stand-in user (standInUsers) with a password containing a stand-in word (standInWords) is a demo pair; in documentation files a URL credential for a local or placeholder host is an example; placeholders are regular expressions (JavaScript syntax) over the whole value. To report them anyway set secrets-demo-credentials: report; to accept more values, add reviewed entries to .runguard-ignore.yml.","exampleKeys":[{"value":"3fa85f64-5717-4562-b3fc-2c963f66afa6","source":"Swagger UI: the example it shows for every `format: uuid` string, copied into many API docs"},{"value":"AKIAIOSFODNN7EXAMPLE","source":"AWS documentation: example access key ID"},{"value":"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY","source":"AWS documentation: example secret access key"},{"value":"AKIAI44QH8DHBEXAMPLE","source":"AWS documentation: second example access key ID"},{"value":"je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY","source":"AWS documentation: second example secret access key"},{"value":"ASIAIOSFODNN7EXAMPLE","source":"AWS documentation: example temporary (STS) access key ID"},{"value":"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c","source":"jwt.io: the example token shown on the home page"},{"value":"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==","source":"Azure Storage emulator (Azurite): the well-known development account key"},{"value":"sk_test_4eC39HqLyjWDarjtT1zdp7dc","source":"Stripe documentation: the public test-mode example secret key"},{"value":"pk_test_TYooMQauvdEDq54NiTphI7jx","source":"Stripe documentation: the public test-mode example publishable key"},{"value":"xoxb-not-a-real-token-this-will-not-work","source":"Slack documentation: example bot token"},{"value":"ghp_16C7e42F292c6912E7710c838347Ae178B4a","source":"GitHub documentation: example personal access token"},{"value":"192b9bdd22ab9ed4d12e236c78afcb9a393ec15f71bbf5dc987d54727823bcbf","source":"Flask documentation: example SECRET_KEY (configuration and deployment chapters)"},{"value":"5f352379324c22463451387a0aec5d2f","source":"Flask documentation: example FLASK_SECRET_KEY (configuration chapter)"},{"value":"_5#y2L\\"F4Q8z\\\\n\\\\xec]/","source":"Flask documentation: example app.secret_key bytes literal, as written in the source (quickstart)"}],"passwords":[{"value":"changeme","why":"the universal \'replace this\' default"},{"value":"change_me","why":"\'replace this\' default"},{"value":"change-me","why":"\'replace this\' default"},{"value":"changeit","why":"the Java keystore (cacerts) default password"},{"value":"password","why":"the word itself"},{"value":"passw0rd","why":"demo password"},{"value":"p@ssw0rd","why":"demo password"},{"value":"pass","why":"demo password"},{"value":"passwd","why":"the word itself"},{"value":"secret","why":"the word itself"},{"value":"s3cr3t","why":"demo password"},{"value":"hunter2","why":"the classic joke password"},{"value":"letmein","why":"demo password"},{"value":"qwerty","why":"keyboard row"},{"value":"123456","why":"digit run"},{"value":"12345678","why":"digit run"},{"value":"admin","why":"demo password"},{"value":"root","why":"demo password"},{"value":"toor","why":"demo password"},{"value":"default","why":"the word itself"},{"value":"example","why":"the word itself"},{"value":"test","why":"the word itself"},{"value":"testing","why":"the word itself"},{"value":"guest","why":"demo password"},{"value":"tiger","why":"Oracle\'s demo schema password (user scott)"},{"value":"mysecretpassword","why":"the official postgres image\'s documented example"}],"pairs":[{"user":"scott","password":"tiger","why":"Oracle\'s demo schema; SQLAlchemy\'s documentation uses it in every database URL"},{"user":"user","password":"pass","why":"documentation stand-in"},{"user":"user","password":"password","why":"documentation stand-in"},{"user":"username","password":"password","why":"documentation stand-in"},{"user":"admin","password":"admin","why":"documentation stand-in"},{"user":"foo","password":"bar","why":"documentation stand-in"},{"user":"me","password":"secret","why":"documentation stand-in"},{"user":"postgres","password":"postgres","localOnly":true,"why":"the postgres image\'s default, in local development and CI set-ups"},{"user":"root","password":"root","localOnly":true,"why":"local development database default"},{"user":"mysql","password":"mysql","localOnly":true,"why":"local development database default"},{"user":"guest","password":"guest","localOnly":true,"why":"RabbitMQ\'s default account"},{"user":"sa","password":"sa","localOnly":true,"why":"local SQL Server / H2 default"}],"standInUsers":["user","username","usr","me","foo","test","tester","admin","someuser","some_user","myuser","my_user","dbuser","db_user","john","jdoe","johndoe","alice","bob"],"standInWords":["pass","pwd","secret","some","my","test","example","sample","changeme","dummy","fake"],"placeholders":[{"pattern":"^<[^<>]*>$","why":"<password>, <your-token>"},{"pattern":"\\\\$\\\\{[^}]*\\\\}","why":"${VAR} substitution (shell, compose, Maven, JS templates)"},{"pattern":"\\\\{\\\\{[^}]*\\\\}\\\\}","why":"{{ var }} templates (Jinja, Helm, Go, Actions)"},{"pattern":"^\\\\$[A-Za-z_(]","why":"$VAR and $(command)"},{"pattern":"^%[A-Za-z_]+%$","why":"%VAR% (Windows)"},{"pattern":"%\\\\([A-Za-z_][A-Za-z0-9_]*\\\\)[sdr]","why":"%(password)s Python format"},{"pattern":"^@[A-Za-z_]+@$","why":"@VAR@ (autoconf, Gradle filters)"},{"pattern":"^\\\\*+$","why":"**** masked value"},{"pattern":"^(?:x+|X+|\\\\.+|-+|_+|#+|•+)$","why":"xxxx, ...., #### filler"},{"pattern":"xxxx","flags":"i","why":"a value with xxxx in it is a stand-in"},{"pattern":"\\\\*{4,}","why":"a value with **** in it was masked"},{"pattern":"^(?:true|false|null|nil|none|undefined|empty|string|required|optional|secret|password|token|changeme|default)$","flags":"i","why":"keywords and type names, not values"}]}');
;// CONCATENATED MODULE: ./src/secrets/demo.ts

const DATA = demo_credentials_namespaceObject;
const EXAMPLE_KEYS = new Map(DATA.exampleKeys.map(e => [e.value, e.source]));
const PASSWORDS = new Map(DATA.passwords.map(p => [p.value.toLowerCase(), p.why]));
const PAIRS = new Map(DATA.pairs.map(p => [`${p.user}\0${p.password}`, p]));
const STAND_IN_USERS = new Set(DATA.standInUsers);
const STAND_IN_WORDS = DATA.standInWords;
const PLACEHOLDERS = DATA.placeholders.map(p => ({
    re: new RegExp(p.pattern, p.flags ?? ''),
    why: p.why
}));
/** Hosts of local set-ups and names reserved for documentation (RFC 2606, RFC 6761). */
function isLocalHost(host) {
    const h = host.toLowerCase().replace(/^\[|\]$/g, '');
    return (h === 'localhost' ||
        h === '::1' ||
        h === '0.0.0.0' ||
        h === 'host.docker.internal' ||
        /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) ||
        /\.(?:localhost|local|test|invalid|example)$/.test(h) ||
        /(?:^|\.)example\.(?:com|org|net)$/.test(h) ||
        // A single-label name is a compose service or a LAN alias (`db`, `postgres`), not the internet.
        /^[a-z0-9_-]+$/.test(h));
}
/** True when `value` has the shape of a placeholder (`<password>`, `${VAR}`, `****` …). */
function isPlaceholderShape(value) {
    return PLACEHOLDERS.some(p => p.re.test(value));
}
/** Why a value is a known demo or placeholder credential, or undefined when it is not one. */
function demoReason(c) {
    const example = EXAMPLE_KEYS.get(c.value);
    if (example)
        return example;
    const password = PASSWORDS.get(c.value.toLowerCase());
    if (password)
        return password;
    if (c.user !== undefined) {
        let value = c.value;
        let user = c.user;
        try {
            value = decodeURIComponent(value);
            user = decodeURIComponent(user);
        }
        catch {
            // Keep the raw text when it is not valid percent-encoding.
        }
        const pair = PAIRS.get(`${user}\0${value}`);
        const local = c.host !== undefined && isLocalHost(c.host);
        if (pair && (!pair.localOnly || local))
            return pair.why;
        const lower = value.toLowerCase();
        if (STAND_IN_USERS.has(user.toLowerCase()) && STAND_IN_WORDS.some(w => lower.includes(w)))
            return 'a stand-in user with a stand-in password';
        if (c.docs && local)
            return 'a documentation example for a local or placeholder host';
    }
    return PLACEHOLDERS.find(p => p.re.test(c.value))?.why;
}
/** Every entry, for documentation and tests. */
const DEMO_CREDENTIALS = (/* unused pure expression or super */ null && (DATA));

;// CONCATENATED MODULE: ./src/secrets/heuristics.ts

/**
 * Value heuristics shared by the rules: entropy, character classes and the false-positive
 * filters (placeholders, documented example keys, UUIDs, hashes, digests, data
 * URIs, sequential or repeated characters, test-fixture markers).
 */
/** Shannon entropy in bits per character (gitleaks/detect-secrets compute it the same way). */
function shannonEntropy(value) {
    if (value.length === 0)
        return 0;
    const counts = new Map();
    for (const ch of value)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let h = 0;
    for (const n of counts.values()) {
        const p = n / value.length;
        h -= p * Math.log2(p);
    }
    return h;
}
/** How many of lower, upper, digit, symbol occur. */
function charClasses(value) {
    let lower = 0;
    let upper = 0;
    let digit = 0;
    let other = 0;
    for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        if (c >= 97 && c <= 122)
            lower = 1;
        else if (c >= 65 && c <= 90)
            upper = 1;
        else if (c >= 48 && c <= 57)
            digit = 1;
        else
            other = 1;
    }
    return lower + upper + digit + other;
}
/** Words that mark a value as an example, a fixture or a placeholder (lower case). */
const FAKE_MARKERS = [
    'example',
    'sample',
    'placeholder',
    'changeme',
    'change_me',
    'change-me',
    'dummy',
    'fake',
    'mock',
    'redacted',
    'your_',
    'your-',
    'my_key',
    'my-key',
    'my_token',
    'my-token',
    'my_secret',
    'my-secret',
    'yourkey',
    'yourtoken',
    'insert',
    'replace',
    'todo',
    'fixme',
    'foobar',
    'xxxx',
    'notreal',
    'not_real',
    'not-a-real',
    'secret_here',
    'token_here',
    'key_here',
    'abcdef',
    // Docs' stand-in values (`abc123xyz456`).
    'abc123',
    'abcdefgh',
    '123456',
    'qwerty',
    'lorem',
    'test'
];
/**
 * True for values that say they are fake. Documented example keys and demo passwords are the
 * engine's to drop, once (src/secrets/demo.ts), so `secrets-demo-credentials: report` can show them.
 */
function isExampleValue(value, markers = FAKE_MARKERS) {
    const lower = value.toLowerCase();
    return markers.some(m => lower.includes(m));
}
/** Markers that are strong enough to reject even a well-formed provider token. */
const PROVIDER_FAKE_MARKERS = [
    'example',
    'xxxxxx',
    'placeholder',
    'dummy',
    'redacted',
    'fake'
];
/** Template references and placeholders: `<…>`, `${VAR}`, `{{ … }}`, `$VAR`, `%VAR%`, `@VAR@`, `****`. */
function isPlaceholder(value) {
    return isPlaceholderShape(value);
}
const SEQUENCES = [
    'abcdefghijklmnopqrstuvwxyz',
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    '0123456789012345678901234567890123456789',
    'qwertyuiopasdfghjklzxcvbnm',
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
];
/** Sequential (`abcdef…`, `0123…`) or mostly one repeated character. */
function isSequentialOrRepeated(value) {
    if (value.length >= 8) {
        const lower = value.toLowerCase();
        for (const seq of SEQUENCES)
            if (seq.toLowerCase().includes(lower))
                return true;
    }
    const counts = new Map();
    let max = 0;
    for (const ch of value) {
        const n = (counts.get(ch) ?? 0) + 1;
        counts.set(ch, n);
        if (n > max)
            max = n;
    }
    // A value dominated by one character (aaaaaaa1, 0000000000) is not random.
    if (max / value.length > 0.6)
        return true;
    // Two-character alternation such as `abababab`.
    return value.length >= 8 && counts.size <= 2;
}
/** UUIDs (v1-v8 and nil). Heroku legacy keys are UUIDs too; that rule checks context first. */
function isUuid(value) {
    return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
/** Plain hex digests (MD5/SHA-1/SHA-256/SHA-512 lengths). */
function isHexDigest(value) {
    return /^[0-9a-f]+$/i.test(value) && [32, 40, 56, 64, 96, 128].includes(value.length);
}
/** Digest contexts on the line: `--hash=sha256:`, `@sha256:`, `integrity: sha512-`, `sha1-`. */
function hasDigestContext(line, valueStart) {
    const before = line.slice(Math.max(0, valueStart - 16), valueStart).toLowerCase();
    return (/(?:sha(?:1|224|256|384|512)|md5|blake2b?)[:=-]$/.test(before) || /--hash=[\w]*:?$/.test(before));
}
/** `data:` URIs carry encoded content, never credentials. */
function inDataUri(line, valueStart) {
    const before = line.slice(Math.max(0, valueStart - 200), valueStart);
    return /data:[\w.+-]+\/[\w.+-]+(?:;[\w=-]+)*;base64,[A-Za-z0-9+/=]*$/.test(before);
}
/**
 * Letters only, both cases, and no words in it: `wjXKCFzOWEPRqhTmmbWtVQ` splits into case runs of
 * two or three letters (`wj XKC Fz OWEP Rqh …`), an identifier into words of four or more
 * (`HTTP Server URL Parser`). Some services issue keys from a letters-only alphabet.
 */
function isRandomMixedCaseLetters(value) {
    if (value.length < 12 || !/^[A-Za-z]+$/.test(value))
        return false;
    if (!/[a-z]/.test(value) || !/[A-Z]/.test(value))
        return false;
    const runs = value.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g) ?? [];
    return runs.length >= 5 && value.length / runs.length < 3.5;
}
/** Looks like a natural-language word or identifier rather than a random value. */
function looksLikeWordOrIdentifier(value) {
    if (/^[a-z]+$/.test(value) && value.length < 20)
        return true;
    if (isRandomMixedCaseLetters(value))
        return false;
    if (/^[A-Za-z]+(?:[_.:/-][A-Za-z]+)*$/.test(value))
        return true;
    // camelCase / PascalCase identifiers without digits.
    if (/^[a-z]+(?:[A-Z][a-z]+)+$/.test(value) || /^(?:[A-Z][a-z]+)+$/.test(value))
        return true;
    return false;
}

;// CONCATENATED MODULE: ./src/util/json.ts
/**
 * Narrowing parsed JSON, once for the whole codebase (codeql-action's `isObject`): every reader
 * of tool output, SARIF, SBOM or metrics files walks `unknown` through these.
 */
/** True for a JSON object (not an array, not null). */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The value when it is a JSON object, else undefined (for optional chaining through a tree). */
function asObject(value) {
    return isObject(value) ? value : undefined;
}
/** The value when it is an array, else an empty array. */
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
/** The value when it is a string, else undefined. */
function asString(value) {
    return typeof value === 'string' ? value : undefined;
}
/** The value when it is a non-empty string, else undefined (tool output uses `""` for "none"). */
function asNonEmptyString(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/** The string elements of the value when it is an array (others dropped), else an empty array. */
function asStrings(value) {
    return asArray(value).filter((v) => typeof v === 'string');
}
/** JSON.parse that returns undefined instead of throwing (truncated or non-JSON output). */
function parseJsonOrUndefined(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        return undefined;
    try {
        return JSON.parse(trimmed);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/secrets/checksum.ts

/**
 * Offline self-checks for credential formats that carry one: they let a
 * finding be reported with high confidence and a lookalike with a wrong checksum be rejected.
 */
const CRC_TABLE = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
})();
/** CRC-32 (IEEE) of the UTF-8 bytes of an ASCII string. */
function checksum_crc32(text) {
    let crc = 0xffffffff;
    for (let i = 0; i < text.length; i++) {
        crc = (crc >>> 8) ^ CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff];
    }
    return (crc ^ 0xffffffff) >>> 0;
}
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** Base62 (alphabet 0-9A-Za-z) of a non-negative integer, left-padded with `0` to `width`. */
function base62(value, width) {
    let out = '';
    let v = value;
    do {
        out = BASE62[v % 62] + out;
        v = Math.floor(v / 62);
    } while (v > 0);
    return out.padStart(width, '0');
}
/**
 * GitHub classic tokens (`ghp_` …) and npm tokens (`npm_`): 30 random base62 characters then
 * base62(CRC32(random part)) in 6 characters.
 */
function validBase62Crc32Token(token) {
    const body = token.slice(token.indexOf('_') + 1);
    if (body.length !== 36)
        return false;
    return base62(checksum_crc32(body.slice(0, 30)), 6) === body.slice(30);
}
/** Builds a token whose checksum is valid; used by tests and the benchmark generator. */
function checksum_withBase62Crc32(prefix, random30) {
    return `${prefix}${random30}${base62(checksum_crc32(random30), 6)}`;
}
/** Grafana service-account tokens: `glsa_<32>_<8 hex>`, the hex being CRC32 of the first part. */
function validGrafanaServiceAccountToken(token) {
    const m = /^(glsa_[A-Za-z0-9]{32})_([0-9a-f]{8})$/.exec(token);
    if (!m)
        return false;
    const crc = checksum_crc32(m[1]);
    // Grafana writes the CRC in little-endian byte order.
    const le = Buffer.alloc(4);
    le.writeUInt32LE(crc);
    return le.toString('hex') === m[2] || crc.toString(16).padStart(8, '0') === m[2];
}
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function bech32Polymod(values) {
    const gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
    let chk = 1;
    for (const v of values) {
        const top = chk >>> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ v;
        for (let i = 0; i < 5; i++)
            if ((top >>> i) & 1)
                chk ^= gen[i];
    }
    return chk;
}
/** BIP-173 bech32 checksum (age secret keys `AGE-SECRET-KEY-1…`). */
function validBech32(text) {
    const s = text.toLowerCase();
    const sep = s.lastIndexOf('1');
    if (sep < 1 || sep + 7 > s.length)
        return false;
    const hrp = s.slice(0, sep);
    const data = [];
    for (const ch of s.slice(sep + 1)) {
        const v = BECH32.indexOf(ch);
        if (v < 0)
            return false;
        data.push(v);
    }
    const expanded = [];
    for (let i = 0; i < hrp.length; i++)
        expanded.push(hrp.charCodeAt(i) >> 5);
    expanded.push(0);
    for (let i = 0; i < hrp.length; i++)
        expanded.push(hrp.charCodeAt(i) & 31);
    return bech32Polymod([...expanded, ...data]) === 1;
}
/** Encodes data (5-bit groups) with a bech32 checksum; for the test generator. */
function checksum_bech32Encode(hrp, data) {
    const expanded = [];
    for (let i = 0; i < hrp.length; i++)
        expanded.push(hrp.charCodeAt(i) >> 5);
    expanded.push(0);
    for (let i = 0; i < hrp.length; i++)
        expanded.push(hrp.charCodeAt(i) & 31);
    const mod = bech32Polymod([...expanded, ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
    const checksum = [];
    for (let i = 0; i < 6; i++)
        checksum.push((mod >>> (5 * (5 - i))) & 31);
    return hrp + '1' + [...data, ...checksum].map(v => BECH32[v]).join('');
}
/** Decodes base64 or base64url (padding optional); undefined when it is not valid base64. */
function decodeBase64(text) {
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text))
        return undefined;
    const normalized = text.replace(/-/g, '+').replace(/_/g, '/');
    return Buffer.from(normalized, 'base64');
}
/** Decodes a base64url JSON object (JWT segments); undefined unless it is a JSON object. */
function decodeJsonSegment(segment) {
    const bytes = decodeBase64(segment);
    if (!bytes)
        return undefined;
    try {
        return asObject(JSON.parse(bytes.toString('utf8')));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/secrets/generic.ts



/**
 * The generic detector: an assignment (`name = value`, `name: value`, `"name": "value"`,
 * `name="value"` keyword argument, `.env` lines, `name := value`) whose NAME ends in a secret
 * word and whose VALUE looks random. It runs only at prefilter hits of the secret words, reads
 * the name around the hit with plain loops (no backtracking) and then applies the
 * false-positive filters of heuristics.ts.
 *
 * It runs in every file, tuned by context: documentation and example files (`.md`, `.rst`,
 * `.adoc`, `.txt`, `docs/`, `examples/` …), names that only weakly say "secret" (`key`,
 * `<provider>_key`) and values found on the line after their name (YAML/JSON dumps, docs)
 * need a stricter value — longer, more random, a mix of character kinds, no placeholder words.
 * In documentation, a sure name with its value after an operator on the same line is judged
 * as in config files, but still 12+ characters and without placeholder words.
 */
/** The last word(s) of a name that make it secret-ish. */
const SECRET_LAST_WORDS = new Set([
    'password',
    'passwd',
    'passwort',
    'passphrase',
    'pwd',
    'pass',
    'pw',
    'secret',
    'secrets',
    'token',
    'apikey',
    'credential',
    'credentials',
    'creds',
    'authorization',
    'auth'
]);
/** Words before `key` that make `…_key` a secret. */
const KEY_QUALIFIERS = new Set([
    'api',
    'access',
    'secret',
    'private',
    'auth',
    'client',
    'encryption',
    'signing',
    'master',
    'app',
    'application',
    'service',
    'account',
    'db',
    'database',
    'license',
    'subscription',
    'consumer',
    'shared',
    'hmac',
    'crypt',
    'jwt',
    'session',
    'admin',
    'write',
    'read',
    'ingest',
    'instrumentation',
    'query',
    'x'
]);
/** Words before `key` that name something that is not a credential (`sort_key`, `cache_key`). */
const KEY_NON_SECRET = new Set(('sort primary foreign cache partition lookup dict map unique composite idempotency object ' +
    'registry row column group shard routing dedup dedupe message event item order field config ' +
    'setting settings translation i18n locale label react list child parent node tree cursor next ' +
    'prev start end range bucket storage hot short long keyboard press up down on off the a this ' +
    'that your my new old which each any some first last default custom meta local global state ' +
    'hash index s3 redis cluster file table record entry lock job task queue').split(' '));
/** Words before `token` that name something that is not a credential. */
const TOKEN_NON_SECRET = new Set([
    'csrf',
    'xsrf',
    'next',
    'page',
    'continuation',
    'cancel',
    'cancellation',
    'max',
    'eos',
    'bos',
    'pad',
    'unk',
    'sep',
    'cls',
    'mask',
    'special',
    'start',
    'end',
    'sync',
    'resume',
    'num',
    'count',
    'type',
    'lexer',
    'last',
    'first',
    'current',
    'prev',
    'new',
    'ignore',
    'forward',
    'backward',
    'marker',
    'verification',
    'refresh_interval'
]);
/** Words that, anywhere in a name, mean it is about a secret rather than the secret itself. */
const DENY_WORDS = new Set(('public pubkey hash hashed digest length len encoding algorithm algo policy prompt label ' +
    'placeholder hint field column format pattern regex validator example sample file path dir ' +
    'url uri endpoint name header type env var prefix suffix count size ttl expiry expires ' +
    'expiration timeout version mode strategy provider method scheme enabled required store ' +
    'manager handler factory class schema template lifetime id ids min max fingerprint reset ' +
    'forgot validation rotation generator hasher input widget form button dialog icon error ' +
    'errors message msg text description desc title help location storage cache limit index ' +
    'position pos kind').split(' '));
/** Words a name may end in without a separator (`querykey`, `jenkinsToken` is split already). */
const GLUED_SUFFIXES = ['password', 'passwd', 'secret', 'token', 'apikey', 'key'];
/** Documentation files and example/sample trees. */
const DOCS_OR_EXAMPLES = /(?:^|\/)(?:docs?|documentation|examples?|samples?)\/|(?:^|\/)[^/]*examples?[-_.][^/]*$|\.(?:md|markdown|mdx|rst|adoc|asciidoc|txt|text)$/i;
/** Extensions whose values are code expressions unless quoted. */
const CODE_EXTENSIONS = /\.(?:py|pyi|js|jsx|mjs|cjs|ts|tsx|java|kt|kts|scala|go|rb|php|cs|c|cc|cpp|h|hpp|rs|swift|m|mm|dart|lua|pl|r|jl|ex|exs|erl|hs|clj|groovy|vue|svelte|ipynb)$/i;
function contextOf(path) {
    if (path === undefined)
        return 'config';
    if (DOCS_OR_EXAMPLES.test(path))
        return 'docs';
    return CODE_EXTENSIONS.test(path) ? 'code' : 'config';
}
// A file's keyword hits all share its path, and a minified file repeats the same few names
// thousands of times: both judgements are remembered (bounded) instead of redone per hit.
let lastPath;
let lastContext = 'config';
function cachedContext(path) {
    if (path !== lastPath || path === undefined) {
        lastPath = path;
        lastContext = contextOf(path);
    }
    return lastContext;
}
// A name that is no secret's on its own is no secret's whatever words come before it: those can
// only add a deny word or be the word before `key`/`token` when the name has one word, and a
// one-word `key` or `token` is a secret's name already (see secretNameStrength). Most keyword hits
// in code are such names (`keys`, `primary_key`, `tokens`), and this cache, keyed by the name
// alone, turns them away before the words before them are read.
const NAME_ALONE = new Map();
function hopelessName(name) {
    const known = NAME_ALONE.get(name);
    if (known !== undefined)
        return known;
    if (NAME_ALONE.size >= 4096)
        NAME_ALONE.clear();
    const hopeless = secretNameStrength(name) === undefined;
    NAME_ALONE.set(name, hopeless);
    return hopeless;
}
// Keyed by the name and the exact characters wordsBefore reads before it (wordsBeforeStart), so
// a hit skips splitting those words as well as judging them: on a large tree that splitting,
// done on every keyword hit, cost more than the judgement the cache saved.
const NAME_CACHE = new Map();
function cachedName(text, ns, name) {
    const key = `${name}\u0000${text.slice(wordsBeforeStart(text, ns), ns)}`;
    const known = NAME_CACHE.get(key);
    if (known)
        return known;
    if (NAME_CACHE.size >= 4096)
        NAME_CACHE.clear();
    const prefix = wordsBefore(text, ns);
    const judged = { prefix, strength: secretNameStrength(name, prefix) };
    NAME_CACHE.set(key, judged);
    return judged;
}
const isIdentChar = (c) => (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 95 ||
    c === 45 ||
    c === 46 ||
    c === 36;
/** Splits `DB_PASSWORD`, `dbPassword`, `db.password`, `db-password` into lower-case words. */
function nameWords(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(w => w.length > 0);
}
/** `querykey` → `query key`, `jenkinstoken` → `jenkins token` (all-lower-case compound names). */
function splitGlued(words) {
    const last = words[words.length - 1];
    if (last === undefined || SECRET_LAST_WORDS.has(last) || last === 'key')
        return words;
    for (const suffix of GLUED_SUFFIXES) {
        if (last.length > suffix.length + 1 && last.endsWith(suffix))
            return [...words.slice(0, -1), last.slice(0, -suffix.length), suffix];
    }
    return words;
}
/** Classifies an assigned name; `prefix` holds words written before it with spaces (docs). */
function secretNameStrength(name, prefix = []) {
    // `api_key2`, `token1`: numbered copies of the same kind of name.
    const own = splitGlued(nameWords(name).map(w => w.replace(/^([a-z]{3,})\d{1,2}$/, '$1')));
    const words = [...prefix, ...own];
    if (words.some(w => DENY_WORDS.has(w)))
        return undefined;
    const last = own[own.length - 1];
    const prev = words[words.length - 2];
    if (last === undefined)
        return undefined;
    if (last === 'key') {
        if (prev === undefined)
            return 'weak';
        if (KEY_QUALIFIERS.has(prev))
            return 'strong';
        return KEY_NON_SECRET.has(prev) ? undefined : 'weak';
    }
    if (last === 'token')
        return prev === undefined || !TOKEN_NON_SECRET.has(prev) ? 'strong' : undefined;
    if (last === 'pass' || last === 'pw')
        return own.length > 1 || name.length <= 4 ? 'strong' : undefined;
    return SECRET_LAST_WORDS.has(last) ? 'strong' : undefined;
}
/** True when the assigned name surely denotes a credential. */
function isSecretName(name) {
    return secretNameStrength(name) === 'strong';
}
/** Names of human-chosen secrets, whose values may hold any character. */
const FREE_FORM_NAME = /pass|pwd|pw$|secret|credential|creds/i;
const OPERATORS = [':=', '=>', '?=', '||=', '=', ':'];
const MAX_VALUE = 1024;
/**
 * Quoted values may be longer: Entra ID refresh tokens and long-lived JWTs run past 1 KB. The
 * closing quote bounds the read, so a longer limit does not make reads overlap.
 */
const MAX_QUOTED = 8192;
/** Characters that end a bare value: whitespace, quotes, `,`, `;` (fields), `&` (queries). */
const BARE_END = new Uint8Array(128);
for (const c of ' \t\n\r\v\f"\'`,;&')
    BARE_END[c.charCodeAt(0)] = 1;
/** Reads the value after an operator at `pos`, quoted or bare, on the same line. */
function readValue(text, pos, bareAllowed) {
    let i = pos;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t'))
        i++;
    // Python/JS string prefixes: r"", b"", f"", u"".
    if (/[rbufRBUF]/.test(text[i] ?? '') && /["']/.test(text[i + 1] ?? ''))
        i++;
    const q = text[i];
    if (q === '"' || q === "'" || q === '`') {
        let start = i + 1;
        const limit = Math.min(text.length, start + MAX_QUOTED);
        for (let j = start; j < limit; j++) {
            const c = text[j];
            if (c === '\n' || c === '\r')
                return undefined;
            if (c === '\\') {
                j++;
                continue;
            }
            if (c === q) {
                // Padding inside the quotes (`' V77f… '`) is not part of the value.
                let end = j;
                while (start < end && (text[start] === ' ' || text[start] === '\t'))
                    start++;
                while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t'))
                    end--;
                return { value: text.slice(start, end), start, quoted: true };
            }
        }
        return undefined;
    }
    if (!bareAllowed)
        return undefined;
    const start = i;
    let j = start;
    const limit = Math.min(text.length, start + MAX_VALUE);
    // `#` starts a comment only after whitespace (YAML, .env, shell), so it may be in the value;
    // `;` and `&` end a field in connection strings and query strings.
    // A table lookup, not a regex per character: `token=token=…` puts a hit every few characters.
    for (; j < limit; j++) {
        const c = text.charCodeAt(j);
        if (c < 128 ? BARE_END[c] === 1 : /\s/.test(text[j]))
            break;
    }
    if (j === limit && limit - start >= MAX_VALUE)
        return undefined;
    while (j > start && /[,;)\]}]/.test(text[j - 1]))
        j--;
    return { value: text.slice(start, j), start, quoted: false };
}
/**
 * The text of an XML element named like a secret (`<password>…</password>`, Maven settings,
 * Jenkins credentials, .NET config), closed on the same line. Jenkins stores its encrypted
 * secrets as `{base64}`: the braces are notation, not value. Text with spaces is judged by its
 * longest word that is not a name, so a phrase is still judged as words (and rejected as such).
 */
function readXmlElement(text, ns, ne, name) {
    if (text[ns - 1] !== '<' || text[ne] !== '>')
        return undefined;
    const close = `</${name}>`;
    const end = text.indexOf(close, ne + 1);
    if (end < 0 || end - ne > MAX_VALUE)
        return undefined;
    const inner = text.slice(ne + 1, end);
    if (/[\r\n<]/.test(inner))
        return undefined;
    // The longest word that is not itself a name (`{BROWSERSTACK_ACCESS_KEY AQAAABAAA 25IQ…}`).
    let best;
    let longest;
    for (const m of inner.matchAll(/[^\s{}]+/g)) {
        if (!longest || m[0].length > longest.value.length)
            longest = { value: m[0], at: m.index };
        if ((!best || m[0].length > best.value.length) && !looksLikeWordOrIdentifier(m[0]))
            best = { value: m[0], at: m.index };
    }
    best ??= longest;
    return best && { value: best.value, start: ne + 1 + best.at, quoted: true };
}
/** Strips `Bearer `/`Basic `/`token ` from header values. */
function stripScheme(value) {
    const m = /^(?:bearer|basic|token|bot|apikey)\s+/i.exec(value);
    return m ? { value: value.slice(m[0].length), offset: m[0].length } : { value, offset: 0 };
}
const INDIRECTION = /^(?:os\.(?:environ|getenv)|process\.env|env\(|ENV\[|getenv|System\.getenv|config\.|settings\.|self\.|this\.|args\.|request\.|params\.|props\.|options\.|opts\.|ctx\.|secrets\.|vars\.|import\b|require\(|new |await |function|lambda|None$|null$|nil$|undefined$)/;
/** Lower-case dot-separated labels ending in a common top-level domain. */
const HOST_NAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|net|org|io|dev|app|cloud|co|ai|us|eu|de|uk|info|biz|me|tech|site|online)$/;
/** Base64 / base64url text: `+`, `/` and `=` there are not operators. */
const BASE64_SHAPE = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;
/** Words that mark a documentation value as a stand-in, in docs and for weak names. */
const DOC_STAND_IN = /your|here|secret|token|passw|apikey|api_key|sample|demo|value|string/i;
/** A dotted chain of word-like identifiers (`settings.db.password`), i.e. code, not a token. */
function isMemberChain(value) {
    const parts = value.split('.');
    if (parts.length < 2)
        return false;
    return parts.every(p => /^[A-Za-z_$][\w$]*$/.test(p) &&
        (looksLikeWordOrIdentifier(p) || /^[A-Z][A-Z0-9_]*$/.test(p) || /^[a-z_][a-z0-9_]*$/.test(p)));
}
/**
 * `a1b2c3d4…`, `abcd1234efgh`, `zyxwvu…9876543210`: the letters or the digits, read alone, run
 * in sequence, forwards or backwards.
 */
function isInterleavedSequence(value) {
    const letters = value.replace(/[^A-Za-z]/g, '').toLowerCase();
    const digits = value.replace(/[^0-9]/g, '');
    const reversed = (s) => [...s].reverse().join('');
    return (longestRun(letters, 'abcdefghijklmnopqrstuvwxyz') >= 6 ||
        longestRun(digits, '0123456789') >= 6 ||
        longestRun(reversed(letters), 'abcdefghijklmnopqrstuvwxyz') >= 6 ||
        longestRun(reversed(digits), '0123456789') >= 6);
}
/** Longest substring of `s` whose characters follow each other in `alphabet` (cyclically). */
function longestRun(s, alphabet) {
    let best = s.length > 0 ? 1 : 0;
    let run = 1;
    for (let i = 1; i < s.length; i++) {
        const prev = alphabet.indexOf(s[i - 1]);
        const cur = alphabet.indexOf(s[i]);
        run = prev >= 0 && cur === (prev + 1) % alphabet.length ? run + 1 : 1;
        if (run > best)
            best = run;
    }
    return best;
}
/** A UUID that is a real random one, not `12345678-1234-…` or the nil UUID. */
function isRandomUuid(value) {
    const hex = value.replace(/-/g, '').toLowerCase();
    return (new Set(hex).size >= 10 &&
        !/0000|1234|abcd|(.)\1\1\1/.test(hex) &&
        !isInterleavedSequence(hex) &&
        shannonEntropy(hex) > 3.2);
}
/** True when a value (already known to follow a secret-ish name) looks like a real secret. */
function looksLikeSecretValue(value, quoted, options = {}) {
    const { strict = false } = options;
    const minLength = strict || options.documented ? 12 : 8;
    if (value.length < minLength || value.length > MAX_QUOTED)
        return false;
    if (/\s/.test(value))
        return false;
    if (isUuid(value))
        return options.uuidOk === true && isRandomUuid(value);
    if (isPlaceholder(value) || isExampleValue(value) || isSequentialOrRepeated(value))
        return false;
    if (isInterleavedSequence(value) || INDIRECTION.test(value))
        return false;
    // ARNs, truncated examples (`eyJ2Ijoi...`) and values that name themselves (`webdavpassword1`).
    if (/^arn:|\.\.\.|…|password|passwd/i.test(value))
        return false;
    // A host name (`4f2a9c.invoiceocean.net`): where a key is used, not the key.
    if (HOST_NAME.test(value))
        return false;
    // HTML-escaped placeholders (`&lt;YOUR_PASSWORD&gt;`).
    if (/&(?:lt|gt|quot|amp);/i.test(value))
        return false;
    // Short hex strings are content hashes and ids; hex API keys are 32+ characters.
    if (/^[0-9a-f]+$/i.test(value) && value.length < 24)
        return false;
    // Template interpolation (f-strings, format strings, JS templates, also when the value was cut
    // inside a nested template such as `${Buffer.from(`) and `<placeholder>` parts.
    if (/\{[^}]*\}|\$\{|<[A-Za-z_ -]{2,40}>/.test(value))
        return false;
    // Regular expressions and character classes (`r"[-!#$%&'*+.^_`|~0-9a-zA-Z]+"`).
    if (/^[[^(]|\\[dwsbDWSB]|\[[^\]]{2,}\][+*?{]?/.test(value))
        return false;
    // Natural-language contractions (`don'tuseme4real` in a docstring example).
    if (/[A-Za-z]'[a-z]/.test(value))
        return false;
    if (/%[sdr]|\{\d*\}|\{[a-z_]+\}|\$\(|^\.{0,2}\/|^[A-Za-z]:\\|^~\/|^https?:\/\/|^[\w-]+\.(?:pem|key|json|txt|ya?ml|crt|p12|pfx|env)$/i.test(value))
        return false;
    // Unquoted code: a call, an index, member access or an operator expression (base64 aside).
    if (!quoted && !BASE64_SHAPE.test(value)) {
        if (/[()[\]{}*<>|!]/.test(value) || isMemberChain(value))
            return false;
    }
    // Words and identifiers, also behind a sigil (`@app.teardown_request`, `$config.db`), and a
    // word with a short number (`Orange-2`, `admin123`).
    if (looksLikeWordOrIdentifier(value.replace(/^[@$#&*%]+/, '')))
        return false;
    if (/^[A-Za-z]{3,}[-_.]?\d{1,4}$/.test(value))
        return false;
    // Machine-made tokens use a token alphabet; `^`, `%`, `!`, `@` in a "token" mark a made-up one.
    // A `%` is allowed as percent-encoding (`%2B`, `%3D`: URL-encoded bearer tokens), not alone.
    if (options.tokenAlphabet &&
        /[!@#?^%&*()<>[\]{}|\\;,"'`]/.test(value.replace(/%[0-9A-F]{2}/g, '')))
        return false;
    const classes = charClasses(value);
    const entropy = shannonEntropy(value);
    if (strict) {
        if (DOC_STAND_IN.test(value))
            return false;
        if (classes >= 3 && entropy >= 3.3)
            return true;
        // Hex keys top out at 4 bits per character: judge them against that ceiling.
        if (/^[0-9a-f]+$/i.test(value))
            return value.length >= 32 && entropy >= 3.4;
        return value.length >= 20 && classes >= 2 && entropy >= 3.7;
    }
    if (options.documented && DOC_STAND_IN.test(value))
        return false;
    if (classes >= 3 && entropy >= 3.0)
        return true;
    if (classes >= 2 && entropy >= 3.5)
        return true;
    return value.length >= 24 && entropy >= 3.2 && classes >= 2;
}
/**
 * Declaration keywords and modifiers before a name (`var apiKey = …`, `public static final String
 * TOKEN = …`): code, not words of the name, so `var` and `public` do not read as the deny words
 * they are inside a name (`token_env_var`, `public_key`).
 */
const DECLARATION_WORDS = new Set('var let const val final static public private protected internal readonly export declare string my our local dim'.split(' '));
const isBlank = (c) => c === 32 || c === 9;
const isWordChar = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
/** Up to 3 words written before `pos` with single spaces (`AWS Secret Access Key`, `license key`). */
function wordsBefore(text, pos) {
    const words = [];
    let i = pos;
    while (words.length < 3) {
        if (!isBlank(text.charCodeAt(i - 1)))
            break;
        let j = i - 1;
        let end = j;
        while (end > 0 && isBlank(text.charCodeAt(end - 1)) && i - end < 3)
            end--;
        j = end;
        let start = j;
        while (start > 0 && i - start < 40 && isWordChar(text.charCodeAt(start - 1)))
            start--;
        if (start === j)
            break;
        words.unshift(...nameWords(text.slice(start, j)));
        i = start;
    }
    return words.filter(w => !DECLARATION_WORDS.has(w));
}
/**
 * The first index wordsBefore(text, pos) reads (or one before it): the same walk, splitting
 * nothing. wordsBefore's answer depends only on text[start, pos) and on whether start is the
 * beginning of the text (reading before it gives NaN, like a character that is neither blank
 * nor a word character); a slice from 0 only equals another slice from 0 of the same length,
 * so the slice is a sound cache key.
 */
function wordsBeforeStart(text, pos) {
    let words = 0;
    let i = pos;
    let lowest = pos;
    while (words < 3) {
        lowest = Math.min(lowest, i - 1);
        if (!isBlank(text.charCodeAt(i - 1)))
            break;
        let end = i - 1;
        while (end > 0 && i - end < 3) {
            lowest = Math.min(lowest, end - 1);
            if (!isBlank(text.charCodeAt(end - 1)))
                break;
            end--;
        }
        let start = end;
        while (start > 0 && i - start < 40) {
            lowest = Math.min(lowest, start - 1);
            if (!isWordChar(text.charCodeAt(start - 1)))
                break;
            start--;
        }
        if (start === end)
            break;
        // wordsBefore counts the words a run splits into; a run with a letter or digit gives at
        // least one, one of only `_`/`-` gives none. Counting the former only walks at least as far
        // as wordsBefore does, so the key covers every character it reads.
        if (/[A-Za-z0-9]/.test(text.slice(start, end)))
            words++;
        i = start;
    }
    return Math.max(0, lowest);
}
/** Up to 2 short words between a name and its operator (`token EU =`, `key ID:`). */
function bridgeAfter(text, pos) {
    const m = /^(?:[ \t]+[A-Za-z0-9_.-]{1,16}){1,2}(?=[ \t]*(?::=|=|:)[ \t"'`])/.exec(text.slice(pos, pos + 40));
    return m ? { words: nameWords(m[0]), end: pos + m[0].length } : { words: [], end: pos };
}
/** Index of the `\n` ending the line at `pos`, looking at most `max` characters ahead; -1 beyond. */
function lineEndWithin(text, pos, max) {
    const limit = Math.min(text.length, pos + max);
    for (let i = pos; i < limit; i++)
        if (text.charCodeAt(i) === 10)
            return i;
    return limit === text.length ? text.length : -1;
}
/** Start of the line holding `pos`, looking at most `max` characters back; -1 beyond. */
function lineStartWithin(text, pos, max) {
    const limit = Math.max(0, pos - max);
    for (let i = pos - 1; i >= limit; i--)
        if (text.charCodeAt(i) === 10)
            return i + 1;
    return limit === 0 ? 0 : -1;
}
/**
 * The next non-blank line (at most one blank line skipped) when it holds a single value.
 * `lineEnd` is the end of the line the name is on. Every scan is bounded: a huge minified line
 * after a keyword costs a constant here.
 */
function valueOnNextLine(text, lineEnd) {
    let i = lineEnd;
    for (let skipped = 0; i < text.length && skipped < 2; skipped++) {
        const lineStart = i + 1;
        const nl = lineEndWithin(text, lineStart, MAX_VALUE + 40);
        if (nl === -1)
            return undefined;
        const line = text.slice(lineStart, nl);
        if (line.trim() === '') {
            i = nl;
            continue;
        }
        // `  'value',`, `- value`, `"value"`, `value` — alone on its line.
        const m = /^([ \t]*(?:- )?)(?:(["'`])([^"'`\s]+)\2|([^\s"'`]+))[ \t]*[,;]?[ \t]*\r?$/.exec(line);
        if (!m)
            return undefined;
        const value = (m[3] ?? m[4]);
        const start = lineStart + m[1].length + (m[2] ? 1 : 0);
        return { value, start, quoted: m[2] !== undefined };
    }
    return undefined;
}
/**
 * A Basic authorization value: `not-secret` when it decodes to `user:` with an empty, demo or
 * placeholder password; `secret` when it holds a real-looking one; `unknown` when not base64.
 */
function basicAuthVerdict(value) {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value))
        return 'unknown';
    const decoded = decodeBase64(value)?.toString('utf8');
    if (decoded === undefined || !/^[\x20-\x7e]+$/.test(decoded))
        return 'unknown';
    const colon = decoded.indexOf(':');
    if (colon < 0)
        return 'unknown';
    const user = decoded.slice(0, colon);
    const password = decoded.slice(colon + 1);
    if (password.length < 4 || isPlaceholder(password) || demoReason({ value: password, user }))
        return 'not-secret';
    return 'secret';
}
/** Finder for the `generic-secret-assignment` rule (see rules.ts). */
function findGenericAssignments(text, hitStart, keyword, path, state) {
    // Expand the identifier around the keyword.
    let ns = hitStart;
    const minStart = Math.max(0, hitStart - 80);
    while (ns > minStart && isIdentChar(text.charCodeAt(ns - 1)))
        ns--;
    let ne = hitStart + keyword.length;
    const maxEnd = Math.min(text.length, ne + 60);
    while (ne < maxEnd && isIdentChar(text.charCodeAt(ne)))
        ne++;
    // Other keyword hits inside this identifier would read the same name again.
    if (state)
        state.skipUntil = ne;
    let name = text.slice(ns, ne);
    // `$password` in PHP/shell, trailing dots.
    name = name.replace(/^[$.-]+|[.-]+$/g, '');
    if (name.length === 0 || name.length > 80 || hopelessName(name))
        return [];
    const context = cachedContext(path);
    const { prefix, strength } = cachedName(text, ns, name);
    if (strength === undefined)
        return [];
    const element = readXmlElement(text, ns, ne, name);
    if (element)
        return judge(text, element, name, prefix, strength, context, false, false);
    // After the name: closing quote/bracket, spaces, maybe a word or two, an operator.
    let i = ne;
    // A quote just before the name that does not close right after it: the name is the start of
    // a string (`"Password:"`, a label), and an operator inside that string assigns nothing.
    const opened = text[ns - 1] === '"' || text[ns - 1] === "'" ? text[ns - 1] : undefined;
    const closed = text[i] === opened;
    if (opened && closed) {
        // A call that takes a name and its value (`req.Header.Set("X-Api-Key", "…")`,
        // `setRequestHeader('X-Auth-Token', '…')`, `headers.put("apikey", "…")`): the quoted name is
        // the call's first argument and the value its second, quoted.
        const pair = /^,[ \t]*(?=["'`])/.exec(text.slice(i + 1, i + 8));
        if (pair && text[ns - 2] === '(') {
            const span = readValue(text, i + 1 + pair[0].length, false);
            return span ? judge(text, span, name, prefix, strength, context, false, false) : [];
        }
        // A Terraform variable named like a secret (`variable "db_password" {`) and the quoted
        // `default = "…"` inside its block: the value the configuration falls back to.
        const lineStart = lineStartWithin(text, ns, 40);
        if (lineStart >= 0 &&
            /^[ \t]*variable[ \t]+"$/.test(text.slice(lineStart, ns)) &&
            /^[ \t]*\{/.test(text.slice(i + 1, i + 20))) {
            const block = text.slice(i + 1, Math.min(text.length, i + 1 + 600));
            const close = block.indexOf('}');
            const m = /\n[ \t]*default[ \t]*=[ \t]*/.exec(close < 0 ? block : block.slice(0, close));
            const span = m ? readValue(text, i + 1 + m.index + m[0].length, false) : undefined;
            return span ? judge(text, span, name, prefix, strength, context, false, false) : [];
        }
    }
    if (text[i] === '"' || text[i] === "'")
        i++;
    if (text[i] === ']')
        i++;
    const bridge = bridgeAfter(text, i);
    if (bridge.words.length) {
        if (bridge.words.some(w => DENY_WORDS.has(w)))
            return [];
        i = bridge.end;
    }
    const spaced = text[i] === ' ' || text[i] === '\t';
    while (text[i] === ' ' || text[i] === '\t')
        i++;
    const op = OPERATORS.find(o => text.startsWith(o, i));
    let span;
    let away = false;
    let basic = false;
    if (op === undefined &&
        spaced &&
        context !== 'code' &&
        /^-[ \t]+[^\s-]/.test(text.slice(i, i + 8))) {
        // `API token - <value>`: a dash between spaces, as lists and notes write it (in code it is a
        // subtraction). A looser layout than an operator, so the value is judged as in docs.
        let j = i + 1;
        while (text[j] === ' ' || text[j] === '\t')
            j++;
        span = readValue(text, j, true);
        if (span)
            return judge(text, span, name, prefix, strength, 'docs', false, false, true);
    }
    else if (op === undefined) {
        // A name alone on its line (`Password`, `**API key**`), its value alone on the next. Not in
        // code, where a word alone on a line is a statement (`pass`), and not for short words.
        if (context === 'code' || strength !== 'strong' || /^(?:pass|pw|auth)$/i.test(name))
            return [];
        // Bounded look-arounds: a keyword deep inside a long minified line costs nothing here.
        const lineStart = lineStartWithin(text, ns, 80);
        const lineEnd = lineEndWithin(text, ne, 20);
        if (lineStart === -1 || lineEnd === -1)
            return [];
        const before = text.slice(lineStart, ns);
        const after = text.slice(ne, lineEnd);
        if (!/^[ \t#>*_`-]*(?:[A-Za-z][\w-]{0,20}[ \t]){0,3}$/.test(before))
            return [];
        if (!/^[*_`]*[ \t]*\r?$/.test(after))
            return [];
        span = valueOnNextLine(text, lineEnd);
        away = true;
    }
    else {
        // `==`, `!=`, `===` are comparisons; `=` followed by `=` too.
        if (op === '=' &&
            (text[i + 1] === '=' || text[i - 1] === '!' || text[i - 1] === '<' || text[i - 1] === '>'))
            return [];
        // `name: str = …` type annotations and `name::` are not values; `a:b` (ARNs, URLs) neither:
        // YAML and JSON put a space, a quote or the end of the line after the colon.
        if (op === ':' && !/[ \t"'`\r\n]/.test(text[i + 1] ?? '\n'))
            return [];
        if (opened && !closed && text[i + op.length] === opened)
            return [];
        i += op.length;
        let eol = i;
        while (eol < text.length && eol - i < 40 && /[ \t\r]/.test(text[eol]))
            eol++;
        if (eol === text.length || text[eol] === '\n') {
            // `password:` / `"api_key":` at the end of the line: a YAML/JSON dump, value below.
            span = valueOnNextLine(text, eol);
            away = true;
        }
        else {
            // `Authorization: Bearer <token>` inside a header string: the scheme is not the value.
            const scheme = /^[ \t]*(?:bearer|basic|token|bot|apikey)[ \t]+(?=[^\s"'`])/i.exec(text.slice(i, i + 20));
            span = scheme
                ? readValue(text, i + scheme[0].length, true)
                : readValue(text, i, context !== 'code');
            if (span && scheme && /basic/i.test(scheme[0]))
                basic = true;
        }
    }
    if (!span)
        return [];
    return judge(text, span, name, prefix, strength, context, away, basic);
}
/** Whether the value read after (or below, or inside) a secret-ish name is reported. */
function judge(text, span, name, prefix, nameStrength, context, away, basic, dash = false) {
    let strength = nameStrength;
    if (away || context === 'docs')
        strength = 'weak';
    // In documentation a sure name (`token`, `secret`, `password`) with an operator and its value
    // on the same line reads like a config file: the usual randomness test, with the stand-in
    // words and the 12-character floor of documentation. A dash or a value below the name is a
    // looser layout and keeps the strict test.
    const docsLine = context === 'docs' && !away && !dash && nameStrength === 'strong';
    const { value, offset } = stripScheme(span.value);
    if (basic || /^basic\s/i.test(span.value)) {
        // Basic credentials are base64 of `user:password`: judge the password inside.
        const verdict = basicAuthVerdict(value);
        if (verdict === 'not-secret')
            return [];
    }
    const fullName = [...prefix, ...nameWords(name)].join('_');
    const freeForm = FREE_FORM_NAME.test(fullName);
    if (!looksLikeSecretValue(value, span.quoted, {
        strict: strength === 'weak' && !docsLine,
        documented: docsLine,
        tokenAlphabet: !freeForm,
        // A random UUID under a sure name on its own line counts in docs too: it is no stand-in
        // (those are `12345678-1234-…` or the documented examples in the demo list).
        uuidOk: (strength === 'strong' || (nameStrength === 'strong' && !away)) &&
            !/pass|pwd/.test(fullName)
    }))
        return [];
    const start = span.start + offset;
    // Content hashes next to secret words (`--hash=sha256:…`, image digests, data URIs).
    const lineStart = Math.max(lineStartWithin(text, start, 300), start - 300, 0);
    const line = text.slice(lineStart, Math.min(text.length, start + value.length + 1));
    if (isHexDigest(value) && hasDigestContext(line, start - lineStart))
        return [];
    if (inDataUri(line, start - lineStart))
        return [];
    const sure = /pass|secret|token|api_?key|apikey|credential/i.test(fullName);
    return [
        {
            ruleId: 'generic-secret-assignment',
            secret: value,
            start,
            end: start + value.length,
            confidence: sure && strength === 'strong' && shannonEntropy(value) >= 3.5 ? 'medium' : 'low'
        }
    ];
}

;// CONCATENATED MODULE: ./src/secrets/prefilter.ts
/**
 * Case-insensitive Aho-Corasick automaton over all rule keywords (gitleaks and trufflehog do the
 * same): one linear pass per text finds every keyword occurrence, so rules only run in small
 * windows around candidates instead of scanning the whole text once per rule.
 */
const ASCII = 128;
class KeywordPrefilter {
    /**
     * Dense DFA over character classes: `(state << shift) | class` → next state, negative when
     * that state has outputs (failure links already folded in). Only the characters keywords use
     * get a class of their own (about 50 of 128, upper case sharing lower case's), so the table
     * is a quarter of a 128-column one and its hot rows stay in cache.
     */
    next;
    /** log2 of the row width. */
    shift;
    /** ASCII code → class (0: in no keyword); case folding is in this table. */
    classes;
    /** Class of every code unit above ASCII (they all read as one character, as in keywords). */
    highClass;
    /** For each state, the keywords that end there (via output links), or undefined. */
    outputs;
    lengths;
    constructor(keywords) {
        const folded = keywords.map(fold);
        this.lengths = keywords.map(k => k.length);
        // Classes: 0 for every character no keyword has, then one per character keywords use.
        const classes = new Uint8Array(ASCII);
        let classCount = 1;
        for (const codes of folded)
            for (const c of codes)
                if (c !== 0 && classes[c] === 0)
                    classes[c] = classCount++;
        // Non-ASCII keyword characters fold to 0, and so does every non-ASCII character of a text.
        const highClass = folded.some(codes => codes.includes(0)) ? classCount++ : 0;
        classes[0] = highClass;
        for (let c = 65; c <= 90; c++)
            classes[c] = classes[c + 32];
        const shift = Math.max(1, Math.ceil(Math.log2(classCount)));
        const width = 1 << shift;
        const goto = [new Map()];
        const out = [undefined];
        folded.forEach((codes, index) => {
            let state = 0;
            for (const code of codes) {
                const cls = code === 0 ? highClass : classes[code];
                let nextState = goto[state]?.get(cls);
                if (nextState === undefined) {
                    nextState = goto.length;
                    goto.push(new Map());
                    out.push(undefined);
                    goto[state]?.set(cls, nextState);
                }
                state = nextState;
            }
            out[state] = [...(out[state] ?? []), index];
        });
        const states = goto.length;
        // Signed 16-bit entries while state numbers fit (they do by far today): half the cache lines.
        const next = states < 0x8000 ? new Int16Array(states * width) : new Int32Array(states * width);
        const fail = new Int32Array(states);
        // Breadth-first: build the full transition table with failure links resolved.
        const queue = [];
        for (const [cls, s] of goto[0] ?? []) {
            next[cls] = s;
            fail[s] = 0;
            queue.push(s);
        }
        for (let qi = 0; qi < queue.length; qi++) {
            const state = queue[qi];
            const f = fail[state];
            const inherited = out[f];
            if (inherited)
                out[state] = [...(out[state] ?? []), ...inherited];
            // The failure state's row (complete: it is nearer the root, so built earlier), then this
            // state's own edges over it: one block copy instead of a lookup per class and state, which
            // kept every run's first redaction ~50 ms slower.
            next.copyWithin(state << shift, f << shift, (f + 1) << shift);
            for (const [cls, s] of goto[state] ?? []) {
                fail[s] = next[(f << shift) | cls];
                next[(state << shift) | cls] = s;
                queue.push(s);
            }
        }
        // Negated where the target has outputs (state 0, the root, never has one: keywords are not
        // empty), so the hot loop needs no second lookup to know.
        for (let i = 0; i < next.length; i++) {
            const target = next[i];
            if (out[target])
                next[i] = -target;
        }
        this.next = next;
        this.shift = shift;
        this.classes = classes;
        this.highClass = highClass;
        this.outputs = out;
    }
    /**
     * Every keyword occurrence in ASCII `bytes`, in order of end position: the same hits as `scan`
     * of the text they decode to (one character per byte), found about twice as fast, since reading
     * a byte array costs less than `charCodeAt` on a string.
     */
    scanAscii(bytes) {
        const hits = [];
        const { next, shift, classes } = this;
        let state = 0;
        for (let i = 0, n = bytes.length; i < n; i++) {
            state = next[(state << shift) | classes[bytes[i]]];
            if (state < 0) {
                state = -state;
                for (const k of this.outputs[state])
                    hits.push({ keyword: k, start: i + 1 - this.lengths[k] });
            }
        }
        return hits;
    }
    /** Every keyword occurrence in `text`, in order of end position. */
    scan(text) {
        const hits = [];
        const { next, shift, classes, highClass } = this;
        let state = 0;
        for (let i = 0, n = text.length; i < n; i++) {
            const c = text.charCodeAt(i);
            state = next[(state << shift) | (c < ASCII ? classes[c] : highClass)];
            if (state < 0) {
                state = -state;
                for (const k of this.outputs[state])
                    hits.push({ keyword: k, start: i + 1 - this.lengths[k] });
            }
        }
        return hits;
    }
}
/** A keyword's code units, lower-cased; a non-ASCII one becomes 0 (as in texts: see `scan`). */
function fold(keyword) {
    const codes = [];
    for (const ch of keyword.toLowerCase()) {
        const c = ch.charCodeAt(0);
        codes.push(c < ASCII ? c : 0);
    }
    return codes;
}

;// CONCATENATED MODULE: ./src/secrets/rules/define.ts

/** A value that says it is fake or that is one repeated/sequential run is never a finding. */
function defaultFilter(secret) {
    return !isExampleValue(secret, PROVIDER_FAKE_MARKERS) && !isSequentialOrRepeated(secret);
}
/** A rule from a regex source with a named `secret` group (or the whole match). */
function rule(id, title, provider, source, options, flags = '') {
    const validate = options.validate;
    const combined = options.raw
        ? (validate ?? (() => true))
        : (secret, ctx) => (defaultFilter(secret) ? (validate ? validate(secret, ctx) : true) : false);
    return {
        id,
        title,
        provider,
        keywords: options.keywords,
        pattern: new RegExp(source, `gd${flags}`),
        before: options.before ?? 2,
        after: options.after ?? 200,
        multiline: options.multiline ?? false,
        confidence: options.confidence ?? 'high',
        severity: options.severity ?? 'high',
        validation: options.validation ?? 'format',
        validate: combined,
        priority: options.priority ?? 50,
        samples: options.samples
    };
}
/** A fixed-prefix token: `body` (prefix included), with boundaries on both sides. */
function prefixed(id, title, provider, body, options, flags = '') {
    return rule(id, title, provider, `(?<![A-Za-z0-9_])(?<secret>${body})(?![A-Za-z0-9_-])`, options, flags);
}
/**
 * A keyword-anchored assignment: `<name containing context> <op> <value>`, for formats with no
 * prefix of their own. `context` is a regex alternation that must occur in the assigned name.
 * Besides the assignment operators, a dash between spaces separates name and value as lists
 * and notes write it (`Okta token - 00…`); a dash inside a word (`okta-token`) does not.
 */
function assigned(id, title, provider, context, value, options) {
    const source = `(?:${context})[ \\t\\w.-]{0,30}?[\\s'"\\]]{0,3}(?:=|>|:{1,3}=|\\|\\||:|=>|\\?=|,|(?<=\\s)-(?=\\s))` +
        `[\\x60'"\\s=]{0,5}(?<secret>${value})(?![\\w-])`;
    return rule(id, title, provider, source, {
        before: 40,
        after: 200,
        confidence: 'medium',
        validation: 'context',
        ...options
    }, 'i');
}
/** Drops values whose Shannon entropy is at or under `floor` bits per character. */
const minEntropy = (floor) => secret => shannonEntropy(secret) > floor;
/** Upper-case-and-digit formats under the case-insensitive name anchor, with an entropy floor. */
const upperAlnum = (floor) => secret => /^[A-Z0-9]+$/.test(secret) && shannonEntropy(secret) > floor;
/** `len` lower-case hex digits. */
const hexId = (len) => `[0-9a-f]{${len}}`;
/** A UUID (any version) in lower or upper case. */
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
function specSamples(spec, extraFps) {
    return {
        tps: s => spec.tps
            ? spec.tps(s)
            : [`${spec.name} = "${spec.gen(s)}"`, `export ${spec.name}=${spec.gen(s)}`],
        fps: s => [
            ...(spec.miss ? spec.miss(s) : [spec.gen(s).slice(0, -1)]).map(v => `${spec.name} = "${v}"`),
            ...extraFps(s)
        ]
    };
}
/** A prefixed token (`re` includes the prefix); samples assign it to `name`. */
function tok(spec) {
    return prefixed(spec.id, spec.title, spec.provider, spec.re, {
        keywords: spec.keywords,
        before: spec.before ?? 2,
        after: spec.after ?? 120,
        validate: spec.validate ?? minEntropy(spec.entropy ?? 3),
        samples: specSamples(spec, () => []),
        ...(spec.severity ? { severity: spec.severity } : {}),
        ...(spec.confidence ? { confidence: spec.confidence } : {}),
        ...(spec.validation ? { validation: spec.validation } : {}),
        ...(spec.priority !== undefined ? { priority: spec.priority } : {})
    }, spec.flags ?? '');
}
/**
 * A keyword-anchored value (`context` must occur in the assigned name). Its near misses
 * include the same value under a name without the context: the anchor is what makes it a
 * finding.
 */
function kv(spec) {
    return assigned(spec.id, spec.title, spec.provider, spec.context, spec.value, {
        keywords: spec.keywords,
        validate: spec.validate ?? minEntropy(spec.entropy ?? 3),
        samples: specSamples(spec, s => [`RELEASE_CHANNEL = "${spec.gen(s)}"`]),
        ...(spec.severity ? { severity: spec.severity } : {}),
        ...(spec.confidence ? { confidence: spec.confidence } : {}),
        ...(spec.validation ? { validation: spec.validation } : {}),
        ...(spec.before !== undefined ? { before: spec.before } : {}),
        ...(spec.after !== undefined ? { after: spec.after } : {}),
        ...(spec.priority !== undefined ? { priority: spec.priority } : {})
    });
}

;// CONCATENATED MODULE: ./src/secrets/rules/ai.ts


/** AI model providers. */
const AI_RULES = [
    prefixed('openai-api-key', 'OpenAI API key', 'OpenAI', 'sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{20,74}T3BlbkFJ[A-Za-z0-9_-]{20,74}', {
        keywords: ['t3blbkfj'],
        before: 100,
        after: 90,
        validation: 'structure',
        samples: {
            tps: s => [`OPENAI_API_KEY = "sk-proj-${s.url(74)}T3BlbkFJ${s.url(74)}"`],
            fps: s => [`OPENAI_API_KEY = "sk-proj-${s.url(74)}T3BlbkFX${s.url(74)}"`]
        }
    }),
    prefixed('anthropic-api-key', 'Anthropic API key', 'Anthropic', 'sk-ant-api03-[\\w-]{93}AA', {
        keywords: ['sk-ant-api03-'],
        after: 112,
        validation: 'structure',
        validate: minEntropy(4),
        samples: {
            tps: s => [`ANTHROPIC_API_KEY = "sk-ant-api03-${s.url(93)}AA"`],
            fps: s => [`ANTHROPIC_API_KEY = "sk-ant-api03-${s.url(93)}AB"`]
        }
    }),
    prefixed('anthropic-admin-key', 'Anthropic admin key', 'Anthropic', 'sk-ant-admin01-[\\w-]{93}AA', {
        keywords: ['sk-ant-admin01-'],
        after: 114,
        validation: 'structure',
        validate: minEntropy(4),
        samples: {
            tps: s => [`ANTHROPIC_ADMIN = "sk-ant-admin01-${s.url(93)}AA"`],
            fps: s => [`ANTHROPIC_ADMIN = "sk-ant-admin01-${s.url(80)}AA"`]
        }
    }),
    prefixed('huggingface-token', 'Hugging Face access token', 'Hugging Face', 'hf_[A-Za-z]{34}', {
        keywords: ['hf_'],
        after: 40,
        validate: s => shannonEntropy(s) > 3.8 && /[a-z]/.test(s) && /[A-Z]/.test(s.slice(3)),
        samples: {
            tps: s => [`HF_TOKEN = "hf_${s.letters(34)}"`],
            fps: s => [`HF_TOKEN = "hf_${s.letters(33)}"`, `model = "hf_${s.lower(34)}"`]
        }
    }),
    prefixed('huggingface-org-token', 'Hugging Face organization token', 'Hugging Face', 'api_org_[A-Za-z]{34}', {
        keywords: ['api_org_'],
        after: 44,
        validate: s => shannonEntropy(s) > 3.8 && /[A-Z]/.test(s.slice(8)),
        samples: {
            tps: s => [`HF_ORG = "api_org_${s.letters(34)}"`],
            fps: s => [`HF_ORG = "api_org_${s.letters(30)}"`]
        }
    }),
    prefixed('groq-api-key', 'Groq API key', 'Groq', 'gsk_[A-Za-z0-9]{52}', {
        keywords: ['gsk_'],
        after: 60,
        validate: minEntropy(4),
        samples: {
            tps: s => [`GROQ = "gsk_${s.alnum(52)}"`],
            fps: s => [`GROQ = "gsk_${s.alnum(51)}"`]
        }
    }),
    prefixed('perplexity-api-key', 'Perplexity API key', 'Perplexity', 'pplx-[A-Za-z0-9]{48}', {
        keywords: ['pplx-'],
        after: 56,
        validate: minEntropy(4),
        samples: {
            tps: s => [`PPLX = "pplx-${s.alnum(48)}"`],
            fps: s => [`PPLX = "pplx-${s.alnum(47)}"`]
        }
    }),
    prefixed('xai-api-key', 'xAI API key', 'xAI', 'xai-[A-Za-z0-9]{80}', {
        keywords: ['xai-'],
        after: 88,
        validate: minEntropy(4),
        samples: {
            tps: s => [`XAI = "xai-${s.alnum(80)}"`],
            fps: s => [`XAI = "xai-${s.alnum(79)}"`]
        }
    }),
    prefixed('replicate-api-token', 'Replicate API token', 'Replicate', 'r8_[A-Za-z0-9]{37}', {
        keywords: ['r8_'],
        after: 44,
        validate: minEntropy(3.8),
        samples: {
            tps: s => [`REPLICATE = "r8_${s.alnum(37)}"`],
            fps: s => [`REPLICATE = "r8_${s.alnum(36)}"`]
        }
    }),
    tok({
        id: 'openrouter-api-key',
        title: 'OpenRouter API key',
        provider: 'OpenRouter',
        re: 'sk-or-v1-[0-9a-f]{64}',
        keywords: ['sk-or-v1-'],
        gen: s => `sk-or-v1-${s.hex(64)}`,
        name: 'OPENROUTER_API_KEY'
    }),
    tok({
        id: 'langsmith-api-key',
        title: 'LangSmith API key',
        provider: 'LangSmith',
        re: 'lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}',
        keywords: ['lsv2_pt_', 'lsv2_sk_'],
        gen: s => `lsv2_pt_${s.hex(32)}_${s.hex(10)}`,
        name: 'LANGSMITH_API_KEY'
    }),
    tok({
        id: 'langfuse-secret-key',
        title: 'Langfuse secret key',
        provider: 'Langfuse',
        re: 'sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
        keywords: ['sk-lf-'],
        gen: s => `sk-lf-${s.uuid()}`,
        name: 'LANGFUSE_SECRET_KEY'
    }),
    tok({
        id: 'pinecone-api-key',
        title: 'Pinecone API key',
        provider: 'Pinecone',
        re: 'pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80}',
        keywords: ['pcsk_'],
        gen: s => `pcsk_${s.alnum(6)}_${s.alnum(63)}`,
        miss: s => [`pcsk_${s.alnum(6)}_${s.alnum(30)}`],
        name: 'PINECONE_API_KEY',
        entropy: 4
    }),
    kv({
        id: 'pinecone-api-key-legacy',
        title: 'Pinecone API key (legacy format)',
        provider: 'Pinecone',
        context: 'pinecone',
        value: UUID,
        keywords: ['pinecone'],
        gen: s => s.uuid(),
        name: 'PINECONE_API_KEY'
    }),
    kv({
        id: 'cohere-api-key',
        title: 'Cohere API key',
        provider: 'Cohere',
        context: 'cohere|co_api_key',
        value: '[A-Za-z0-9]{40}',
        keywords: ['cohere', 'co_api_key'],
        gen: s => s.alnum(40),
        name: 'COHERE_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'mistral-api-key',
        title: 'Mistral AI API key',
        provider: 'Mistral AI',
        context: 'mistral',
        value: '[A-Za-z0-9]{32}',
        keywords: ['mistral'],
        gen: s => s.alnum(32),
        name: 'MISTRAL_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'deepseek-api-key',
        title: 'DeepSeek API key',
        provider: 'DeepSeek',
        context: 'deepseek',
        value: 'sk-[0-9a-f]{32}',
        keywords: ['deepseek'],
        gen: s => `sk-${s.hex(32)}`,
        name: 'DEEPSEEK_API_KEY'
    }),
    kv({
        id: 'together-api-key',
        title: 'Together AI API key',
        provider: 'Together AI',
        context: 'together',
        value: '(?:tgp_v1_[A-Za-z0-9_-]{43}|[0-9a-f]{64})',
        keywords: ['together'],
        gen: s => s.hex(64),
        name: 'TOGETHER_API_KEY'
    }),
    tok({
        id: 'fireworks-api-key',
        title: 'Fireworks AI API key',
        provider: 'Fireworks AI',
        re: 'fw_[A-Za-z0-9]{24}',
        keywords: ['fw_'],
        gen: s => `fw_${s.alnum(24)}`,
        name: 'FIREWORKS_API_KEY',
        entropy: 3.5
    }),
    tok({
        id: 'nvidia-api-key',
        title: 'NVIDIA API key',
        provider: 'NVIDIA',
        re: 'nvapi-[A-Za-z0-9_-]{64}',
        keywords: ['nvapi-'],
        gen: s => `nvapi-${s.url(64)}`,
        name: 'NVIDIA_API_KEY',
        entropy: 4
    }),
    tok({
        id: 'tavily-api-key',
        title: 'Tavily API key',
        provider: 'Tavily',
        re: 'tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}',
        keywords: ['tvly-'],
        gen: s => `tvly-dev-${s.alnum(32)}`,
        name: 'TAVILY_API_KEY',
        entropy: 3.5
    }),
    tok({
        id: 'firecrawl-api-key',
        title: 'Firecrawl API key',
        provider: 'Firecrawl',
        re: 'fc-[0-9a-f]{32}',
        keywords: ['fc-'],
        gen: s => `fc-${s.hex(32)}`,
        name: 'FIRECRAWL_API_KEY'
    }),
    kv({
        id: 'elevenlabs-api-key',
        title: 'ElevenLabs API key',
        provider: 'ElevenLabs',
        context: 'elevenlabs|eleven[_.-]api|xi[_.-]api[_.-]key',
        value: '(?:sk_)?[0-9a-f]{32,48}',
        keywords: ['elevenlabs', 'eleven_api', 'eleven-api', 'xi-api-key', 'xi_api_key'],
        gen: s => `sk_${s.hex(48)}`,
        miss: s => [`sk_${s.hex(20)}`],
        name: 'ELEVENLABS_API_KEY'
    }),
    kv({
        id: 'deepgram-api-key',
        title: 'Deepgram API key',
        provider: 'Deepgram',
        context: 'deepgram',
        value: '[0-9a-f]{40}',
        keywords: ['deepgram'],
        gen: s => s.hex(40),
        name: 'DEEPGRAM_API_KEY'
    }),
    kv({
        id: 'assemblyai-api-key',
        title: 'AssemblyAI API key',
        provider: 'AssemblyAI',
        context: 'assembly[_.-]?ai',
        value: '[0-9a-f]{32}',
        keywords: ['assemblyai', 'assembly_ai', 'assembly-ai'],
        gen: s => s.hex(32),
        name: 'ASSEMBLYAI_API_KEY'
    }),
    kv({
        id: 'stability-api-key',
        title: 'Stability AI API key',
        provider: 'Stability AI',
        context: 'stability',
        value: 'sk-[A-Za-z0-9]{48}',
        keywords: ['stability'],
        gen: s => `sk-${s.alnum(48)}`,
        name: 'STABILITY_API_KEY',
        entropy: 4
    }),
    tok({
        id: 'cerebras-api-key',
        title: 'Cerebras API key',
        provider: 'Cerebras',
        re: 'csk-[a-z0-9]{48}',
        keywords: ['csk-'],
        gen: s => `csk-${s.lowerAlnum(48)}`,
        name: 'CEREBRAS_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'wandb-api-key',
        title: 'Weights & Biases API key',
        provider: 'Weights & Biases',
        context: 'wandb',
        value: '[0-9a-f]{40}',
        keywords: ['wandb'],
        gen: s => s.hex(40),
        name: 'WANDB_API_KEY'
    }),
    tok({
        id: 'jina-api-key',
        title: 'Jina AI API key',
        provider: 'Jina AI',
        re: 'jina_[A-Za-z0-9_-]{56,64}',
        keywords: ['jina_'],
        gen: s => `jina_${s.hex(32)}${s.url(28)}`,
        miss: s => [`jina_${s.hex(32)}`],
        name: 'JINA_API_KEY',
        entropy: 3.5
    }),
    tok({
        id: 'anyscale-api-key',
        title: 'Anyscale API key',
        provider: 'Anyscale',
        re: 'esecret_[A-Za-z0-9]{30,60}',
        keywords: ['esecret_'],
        gen: s => `esecret_${s.alnum(40)}`,
        miss: s => [`esecret_${s.alnum(20)}`],
        name: 'ANYSCALE_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'voyage-api-key',
        title: 'Voyage AI API key',
        provider: 'Voyage AI',
        context: 'voyage',
        value: 'pa-[A-Za-z0-9_-]{43}',
        keywords: ['voyage'],
        gen: s => `pa-${s.url(43)}`,
        name: 'VOYAGE_API_KEY',
        entropy: 4
    }),
    kv({
        id: 'ai21-api-key',
        title: 'AI21 Labs API key',
        provider: 'AI21 Labs',
        context: 'ai21',
        value: '[A-Za-z0-9]{32}',
        keywords: ['ai21'],
        gen: s => s.alnum(32),
        name: 'AI21_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'serpapi-key',
        title: 'SerpApi key',
        provider: 'SerpApi',
        context: 'serp[_.-]?api',
        value: '[0-9a-f]{64}',
        keywords: ['serpapi', 'serp_api', 'serp-api'],
        gen: s => s.hex(64),
        name: 'SERPAPI_API_KEY'
    }),
    kv({
        id: 'brave-search-api-key',
        title: 'Brave Search API key',
        provider: 'Brave Search',
        context: 'brave[_.-]?(?:search|api)',
        value: 'BSA[A-Za-z0-9_-]{25,30}',
        keywords: ['brave_', 'brave-', 'bravesearch'],
        gen: s => `BSA${s.url(28)}`,
        miss: s => [`BSA${s.url(10)}`],
        name: 'BRAVE_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'exa-api-key',
        title: 'Exa API key',
        provider: 'Exa',
        context: 'exa[_.-]api[_.-]?key',
        value: UUID,
        keywords: ['exa_api', 'exa-api'],
        gen: s => s.uuid(),
        name: 'EXA_API_KEY'
    }),
    kv({
        id: 'modal-token',
        title: 'Modal token secret',
        provider: 'Modal',
        context: 'modal[_.-]?token[_.-]?secret',
        value: 'as-[A-Za-z0-9]{22}',
        keywords: ['modal_token', 'modal-token'],
        gen: s => `as-${s.alnum(22)}`,
        name: 'MODAL_TOKEN_SECRET',
        entropy: 3.5
    }),
    kv({
        id: 'runpod-api-key',
        title: 'RunPod API key',
        provider: 'RunPod',
        context: 'runpod',
        value: '(?:rpa_)?[A-Z0-9]{32,50}',
        keywords: ['runpod'],
        gen: s => `rpa_${s.upperAlnum(40)}`,
        miss: s => [`rpa_${s.upperAlnum(12)}`],
        name: 'RUNPOD_API_KEY',
        entropy: 3.5
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/apis.ts

/** Data, scraping, search, finance, crypto, maps and weather APIs: mostly keyword-anchored keys. */
const API_RULES = [
    // ── Scraping and enrichment (keyword-anchored keys with no prefix of their own)
    kv({
        id: 'scrapingbee-api-key',
        title: 'ScrapingBee API key',
        provider: 'ScrapingBee',
        context: 'scraping[_.-]?bee',
        value: '[A-Z0-9]{80}',
        keywords: ['scrapingbee', 'scraping_bee', 'scraping-bee'],
        gen: s => s.upperAlnum(80),
        miss: s => [s.upperAlnum(79), s.lowerAlnum(80)],
        name: 'SCRAPINGBEE_API_KEY',
        validate: upperAlnum(3)
    }),
    kv({
        id: 'scraperapi-key',
        title: 'ScraperAPI key',
        provider: 'ScraperAPI',
        context: 'scraper[_.-]?api',
        value: '[0-9a-f]{32}',
        keywords: ['scraperapi', 'scraper_api', 'scraper-api'],
        gen: s => s.hex(32),
        name: 'SCRAPERAPI_KEY'
    }),
    kv({
        id: 'zyte-api-key',
        title: 'Zyte (Scrapinghub) API key',
        provider: 'Zyte',
        context: 'zyte|scrapinghub|shub[_.-]?(?:api)?key',
        value: '[0-9a-f]{32}',
        keywords: ['zyte', 'scrapinghub', 'shub'],
        gen: s => s.hex(32),
        name: 'ZYTE_API_KEY'
    }),
    kv({
        id: 'zenrows-api-key',
        title: 'ZenRows API key',
        provider: 'ZenRows',
        context: 'zenrows',
        value: '[0-9a-f]{40}',
        keywords: ['zenrows'],
        gen: s => s.hex(40),
        name: 'ZENROWS_API_KEY'
    }),
    kv({
        id: 'brightdata-api-key',
        title: 'Bright Data API key',
        provider: 'Bright Data',
        context: 'bright[_.-]?data',
        value: '[0-9a-f]{64}|' + UUID,
        keywords: ['brightdata', 'bright_data', 'bright-data'],
        gen: s => s.hex(64),
        name: 'BRIGHTDATA_API_KEY'
    }),
    tok({
        id: 'apify-api-token',
        title: 'Apify API token',
        provider: 'Apify',
        re: 'apify_api_[A-Za-z0-9]{36}',
        keywords: ['apify_api_'],
        gen: s => `apify_api_${s.alnum(36)}`,
        name: 'APIFY_TOKEN',
        entropy: 3.5
    }),
    kv({
        id: 'browserless-token',
        title: 'Browserless API token',
        provider: 'Browserless',
        context: 'browserless',
        value: '[A-Za-z0-9]{30,64}|' + UUID,
        keywords: ['browserless'],
        gen: s => s.alnum(48),
        miss: s => [s.alnum(16)],
        name: 'BROWSERLESS_TOKEN',
        entropy: 3.5
    }),
    kv({
        id: 'diffbot-token',
        title: 'Diffbot API token',
        provider: 'Diffbot',
        context: 'diffbot',
        value: '[0-9a-f]{32}',
        keywords: ['diffbot'],
        gen: s => s.hex(32),
        name: 'DIFFBOT_TOKEN'
    }),
    kv({
        id: 'clearbit-api-key',
        title: 'Clearbit API key',
        provider: 'Clearbit',
        context: 'clearbit',
        value: 'sk_[0-9a-f]{32}',
        keywords: ['clearbit'],
        gen: s => `sk_${s.hex(32)}`,
        name: 'CLEARBIT_API_KEY'
    }),
    kv({
        id: 'hunter-api-key',
        title: 'Hunter.io API key',
        provider: 'Hunter',
        context: 'hunter[_.-]?(?:io[_.-]?)?api',
        value: '[0-9a-f]{40}',
        keywords: ['hunter'],
        gen: s => s.hex(40),
        name: 'HUNTER_API_KEY'
    }),
    kv({
        id: 'abstractapi-key',
        title: 'Abstract API key',
        provider: 'Abstract API',
        context: 'abstract[_.-]?api',
        value: '[0-9a-f]{32}',
        keywords: ['abstractapi', 'abstract_api', 'abstract-api'],
        gen: s => s.hex(32),
        name: 'ABSTRACT_API_KEY'
    }),
    kv({
        id: 'rapidapi-key',
        title: 'RapidAPI key',
        provider: 'RapidAPI',
        context: 'rapid[_.-]?api',
        value: '[A-Za-z0-9]{50}',
        keywords: ['rapidapi', 'rapid_api', 'rapid-api'],
        gen: s => s.alnum(50),
        name: 'X_RAPIDAPI_KEY',
        entropy: 4
    }),
    kv({
        id: 'ipinfo-token',
        title: 'IPinfo access token',
        provider: 'IPinfo',
        context: 'ipinfo',
        value: '[0-9a-f]{14}',
        keywords: ['ipinfo'],
        gen: s => s.hex(14),
        name: 'IPINFO_TOKEN',
        entropy: 2.5,
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    kv({
        id: 'ipstack-api-key',
        title: 'ipstack or ipapi access key',
        provider: 'apilayer',
        context: 'ipstack|ipapi|apilayer',
        value: '[0-9a-f]{32}',
        keywords: ['ipstack', 'ipapi', 'apilayer'],
        gen: s => s.hex(32),
        name: 'IPSTACK_ACCESS_KEY',
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    tok({
        id: 'maxmind-license-key',
        title: 'MaxMind license key',
        provider: 'MaxMind',
        // Since 2023: 40 characters of [A-Za-z0-9_], a six-character prefix, and a `_mmk` suffix.
        re: '[A-Za-z0-9]{6}_[A-Za-z0-9_]{29}_mmk',
        keywords: ['_mmk'],
        before: 40,
        after: 8,
        gen: s => `${s.alnum(6)}_${s.alnum(29)}_mmk`,
        miss: s => [`${s.alnum(6)}_${s.alnum(20)}_mmk`],
        name: 'MAXMIND_LICENSE_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'maxmind-license-key-legacy',
        title: 'MaxMind license key (legacy format)',
        provider: 'MaxMind',
        context: 'maxmind|geoip[\\w.-]{0,12}?license',
        value: '[A-Za-z0-9]{16}',
        keywords: ['maxmind', 'geoip'],
        gen: s => s.alnum(16),
        name: 'MAXMIND_LICENSE_KEY',
        entropy: 3.2
    }),
    // ── Finance and markets
    kv({
        id: 'alphavantage-api-key',
        title: 'Alpha Vantage API key',
        provider: 'Alpha Vantage',
        context: 'alpha[_.-]?vantage',
        value: '[A-Z0-9]{16}',
        keywords: ['alphavantage', 'alpha_vantage', 'alpha-vantage'],
        gen: s => s.upperAlnum(16),
        name: 'ALPHAVANTAGE_API_KEY',
        validate: upperAlnum(3),
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    kv({
        id: 'finnhub-api-key',
        title: 'Finnhub API key',
        provider: 'Finnhub',
        context: 'finnhub',
        value: '[a-z0-9]{20}',
        keywords: ['finnhub'],
        gen: s => s.lowerAlnum(20),
        name: 'FINNHUB_API_KEY',
        entropy: 3.2,
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    kv({
        id: 'polygon-api-key',
        title: 'Polygon.io (Massive) API key',
        provider: 'Polygon.io',
        context: 'polygon[_.-]?(?:io[_.-]?)?api',
        value: '[A-Za-z0-9_]{32}',
        keywords: ['polygon'],
        gen: s => s.alnum(32),
        name: 'POLYGON_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'twelvedata-api-key',
        title: 'Twelve Data API key',
        provider: 'Twelve Data',
        context: 'twelve[_.-]?data',
        value: '[0-9a-f]{32}',
        keywords: ['twelvedata', 'twelve_data', 'twelve-data'],
        gen: s => s.hex(32),
        name: 'TWELVEDATA_API_KEY',
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    kv({
        id: 'iex-cloud-secret',
        title: 'IEX Cloud secret token',
        provider: 'IEX Cloud',
        context: 'iex',
        value: 'sk_[0-9a-f]{32}',
        keywords: ['iex'],
        gen: s => `sk_${s.hex(32)}`,
        name: 'IEX_SECRET_TOKEN'
    }),
    // ── Crypto
    kv({
        id: 'etherscan-api-key',
        title: 'Etherscan API key',
        provider: 'Etherscan',
        context: 'etherscan|bscscan|polygonscan',
        value: '[A-Z0-9]{34}',
        keywords: ['etherscan', 'bscscan', 'polygonscan'],
        gen: s => s.upperAlnum(34),
        name: 'ETHERSCAN_API_KEY',
        validate: upperAlnum(3),
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    kv({
        id: 'infura-api-key',
        title: 'Infura API key',
        provider: 'Infura',
        context: 'infura',
        value: '[0-9a-f]{32}',
        keywords: ['infura'],
        gen: s => s.hex(32),
        name: 'INFURA_API_KEY'
    }),
    kv({
        id: 'alchemy-api-key',
        title: 'Alchemy API key',
        provider: 'Alchemy',
        context: 'alchemy',
        value: '[A-Za-z0-9_-]{32}',
        keywords: ['alchemy'],
        gen: s => s.url(32),
        name: 'ALCHEMY_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'binance-api-secret',
        title: 'Binance API secret',
        provider: 'Binance',
        context: 'binance',
        value: '[A-Za-z0-9]{64}',
        keywords: ['binance'],
        gen: s => s.alnum(64),
        name: 'BINANCE_API_SECRET',
        entropy: 4
    }),
    kv({
        id: 'coinbase-api-secret',
        title: 'Coinbase API secret',
        provider: 'Coinbase',
        context: 'coinbase[\\w.-]{0,12}?secret',
        value: '[A-Za-z0-9+/]{86}==|[A-Za-z0-9]{32}',
        keywords: ['coinbase'],
        gen: s => `${s.b64(86)}==`,
        miss: s => [s.alnum(16)],
        name: 'COINBASE_API_SECRET',
        entropy: 4
    }),
    kv({
        id: 'kraken-private-key',
        title: 'Kraken API private key',
        provider: 'Kraken',
        context: 'kraken',
        value: '[A-Za-z0-9+/]{86}==',
        keywords: ['kraken'],
        gen: s => `${s.b64(86)}==`,
        name: 'KRAKEN_PRIVATE_KEY',
        entropy: 4.5
    }),
    // ── Maps, weather, news, science
    kv({
        id: 'here-api-key',
        title: 'HERE API key',
        provider: 'HERE',
        context: 'here[_.-]api[_.-]?key',
        value: '[A-Za-z0-9_-]{43}',
        keywords: ['here_api', 'here-api', 'here.api'],
        gen: s => s.url(43),
        name: 'HERE_API_KEY',
        entropy: 4,
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    kv({
        id: 'tomtom-api-key',
        title: 'TomTom API key',
        provider: 'TomTom',
        context: 'tomtom',
        value: '[A-Za-z0-9]{32}',
        keywords: ['tomtom'],
        gen: s => s.alnum(32),
        name: 'TOMTOM_API_KEY',
        entropy: 3.5,
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    kv({
        id: 'openweather-api-key',
        title: 'OpenWeather API key',
        provider: 'OpenWeather',
        context: 'open[_.-]?weather|owm[_.-]?(?:api)?[_.-]?key',
        value: '[0-9a-f]{32}',
        keywords: ['openweather', 'open_weather', 'open-weather', 'owm'],
        gen: s => s.hex(32),
        name: 'OPENWEATHER_API_KEY',
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    kv({
        id: 'weatherapi-key',
        title: 'WeatherAPI.com key',
        provider: 'WeatherAPI',
        context: 'weather[_.-]?api',
        value: '[0-9a-f]{31}',
        keywords: ['weatherapi', 'weather_api', 'weather-api'],
        gen: s => s.hex(31),
        name: 'WEATHERAPI_KEY',
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    kv({
        id: 'newsapi-key',
        title: 'NewsAPI key',
        provider: 'NewsAPI',
        context: 'news[_.-]?api',
        value: '[0-9a-f]{32}',
        keywords: ['newsapi', 'news_api', 'news-api'],
        gen: s => s.hex(32),
        name: 'NEWSAPI_KEY',
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    kv({
        id: 'nasa-api-key',
        title: 'NASA API key',
        provider: 'NASA',
        context: 'nasa[_.-]?api',
        value: '[A-Za-z0-9]{40}',
        keywords: ['nasa'],
        gen: s => s.alnum(40),
        name: 'NASA_API_KEY',
        entropy: 3.5,
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    kv({
        id: 'dune-api-key',
        title: 'Dune API key',
        provider: 'Dune',
        context: 'dune[_.-]?api',
        value: '[A-Za-z0-9]{32}',
        keywords: ['dune_api', 'dune-api', 'duneapi'],
        gen: s => s.alnum(32),
        name: 'DUNE_API_KEY',
        entropy: 3.5,
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    // ── Commerce marketplaces
    tok({
        id: 'amazon-mws-token',
        title: 'Amazon MWS auth token',
        provider: 'Amazon Seller Central',
        re: 'amzn\\.mws\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
        keywords: ['amzn.mws.'],
        gen: s => `amzn.mws.${s.uuid()}`,
        name: 'MWS_AUTH_TOKEN'
    }),
    kv({
        id: 'etsy-api-key',
        title: 'Etsy API keystring or shared secret',
        provider: 'Etsy',
        context: 'etsy',
        value: '[a-z0-9]{24}',
        keywords: ['etsy'],
        gen: s => s.lowerAlnum(24),
        name: 'ETSY_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'ebay-client-secret',
        title: 'eBay client secret (Cert ID)',
        provider: 'eBay',
        context: 'ebay',
        value: 'PRD-[0-9a-f]{12}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}|SBX-[0-9a-f]{12}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}',
        keywords: ['ebay'],
        gen: s => `PRD-${s.hex(12)}-${s.hex(4)}-${s.hex(4)}-${s.hex(4)}-${s.hex(4)}`,
        name: 'EBAY_CERT_ID'
    }),
    kv({
        id: 'bigcommerce-token',
        title: 'BigCommerce API token',
        provider: 'BigCommerce',
        context: 'bigcommerce',
        value: '[a-z0-9]{31}',
        keywords: ['bigcommerce'],
        gen: s => s.lowerAlnum(31),
        name: 'BIGCOMMERCE_ACCESS_TOKEN',
        entropy: 3.5
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/sample-kit.ts
/**
 * Builds the samples each rule carries (`samples.tps` / `samples.fps`). Nothing
 * credential-shaped is written in the source: every value is a fixed prefix plus a body drawn
 * from a seeded generator at test time, with checksums computed at run time, so our own
 * detector and push protection never see a token in this repository.
 */

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const HEX = '0123456789abcdef';
/** A seeded source of random bodies in the alphabets credential formats use. */
class SampleKit {
    state;
    constructor(seed) {
        this.state = seed >>> 0;
    }
    /** mulberry32: small, fast and reproducible. */
    next() {
        this.state = (this.state + 0x6d2b79f5) >>> 0;
        let t = this.state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    /** `n` characters of `alphabet`; every class of the alphabet present once n ≥ 12. */
    of(alphabet, n) {
        const classes = [/[A-Z]/, /[a-z]/, /[0-9]/].filter(c => c.test(alphabet));
        for (let attempt = 0;; attempt++) {
            let s = '';
            for (let i = 0; i < n; i++)
                s += alphabet[Math.floor(this.next() * alphabet.length)];
            if (n < 12 || attempt > 50 || classes.every(c => c.test(s)))
                return s;
        }
    }
    alnum(n) {
        return this.of(ALNUM, n);
    }
    hex(n) {
        return this.of(HEX, n);
    }
    /** Upper-case hex. */
    HEX(n) {
        return this.of(HEX.toUpperCase(), n);
    }
    lower(n) {
        return this.of(LOWER, n);
    }
    upper(n) {
        return this.of(UPPER, n);
    }
    letters(n) {
        return this.of(UPPER + LOWER, n);
    }
    digits(n) {
        return this.of(DIGITS, n);
    }
    /** Lower case and digits. */
    lowerAlnum(n) {
        return this.of(LOWER + DIGITS, n);
    }
    /** Upper case and digits. */
    upperAlnum(n) {
        return this.of(UPPER + DIGITS, n);
    }
    /** Standard base64 alphabet, no padding. */
    b64(n) {
        return this.of(`${ALNUM}+/`, n);
    }
    /** base64url alphabet (`-` and `_`). */
    url(n) {
        return this.of(`${ALNUM}-_`, n);
    }
    /** Random bytes. */
    bytes(n) {
        return Buffer.from(Array.from({ length: n }, () => Math.floor(this.next() * 256)));
    }
    uuid() {
        return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${'89ab'[Math.floor(this.next() * 4)]}${this.hex(3)}-${this.hex(12)}`;
    }
    pick(items) {
        return items[Math.floor(this.next() * items.length)];
    }
    /** `prefix` + 30 random base62 + base62(CRC32) (GitHub classic and npm tokens). */
    crcToken(prefix) {
        return withBase62Crc32(prefix, this.alnum(30));
    }
    /** Hex CRC-32 of `text`, big-endian, 8 digits. */
    crcHex(text) {
        return crc32(text).toString(16).padStart(8, '0');
    }
    /** bech32 string with a valid checksum over `n` random 5-bit groups. */
    bech32(hrp, n) {
        return bech32Encode(hrp, Array.from({ length: n }, () => Math.floor(this.next() * 32)));
    }
    /** base64 of `text`. */
    base64(text) {
        return Buffer.from(text).toString('base64');
    }
    /** base64url of `text`, unpadded. */
    base64url(text) {
        return Buffer.from(text).toString('base64url');
    }
    /** A JWT-shaped value (header and payload JSON, random signature). */
    jwt(payload, alg = 'HS256') {
        const h = this.base64url(JSON.stringify({ alg, typ: 'JWT' }));
        return `${h}.${this.base64url(JSON.stringify(payload))}.${this.base64url(this.bytes(32))}`;
    }
    /** A PEM-looking body: `lines` lines of 64 random base64 characters. */
    pemBody(lines) {
        return Array.from({ length: lines }, () => this.b64(64)).join('\n');
    }
}
/** Cuts the last `n` characters (a too-short near miss). */
function cut(value, n = 1) {
    return value.slice(0, value.length - n);
}

;// CONCATENATED MODULE: ./src/secrets/rules/validators.ts


/**
 * Validators and finders the rules share: structural checks (JWT header, PEM body, macaroon,
 * snowflake), checksum checks and context checks. Kept apart from the rule table so a rule
 * reads as its format and the checks read as code.
 */
function lineAround(ctx, radius = 400) {
    const from = Math.max(0, ctx.start - radius);
    const to = Math.min(ctx.text.length, ctx.end + radius);
    const before = ctx.text.slice(from, ctx.start);
    const after = ctx.text.slice(ctx.end, to);
    const nlBefore = before.lastIndexOf('\n');
    const nlAfter = after.indexOf('\n');
    return ((nlBefore >= 0 ? before.slice(nlBefore + 1) : before) +
        ctx.text.slice(ctx.start, ctx.end) +
        (nlAfter >= 0 ? after.slice(0, nlAfter) : after));
}
const checksum = secret => validBase62Crc32Token(secret);
const jwtValidator = secret => {
    const [header, payload, signature] = secret.split('.');
    if (!header || !payload || signature === undefined)
        return false;
    const h = decodeJsonSegment(header);
    if (!h || typeof h.alg !== 'string' || h.alg.toLowerCase() === 'none')
        return false;
    const p = decodeJsonSegment(payload);
    if (!p)
        return false;
    // Real tokens carry registered claims; documentation examples often carry one toy claim.
    const registered = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'].some(c => c in p);
    if (!registered && Object.keys(p).length < 2)
        return false;
    if (isExampleValue(JSON.stringify(p), ['john doe', 'example', '1234567890']))
        return false;
    return true;
};
const PEM_HEADER_LINE = /^(?:Proc-Type|DEK-Info|Comment|Version|Hash):.*$/gm;
const pemValidator = (secret, ctx) => {
    const body = (ctx.groups.body ?? '')
        .replace(/\\r|\\n/g, '\n')
        .replace(PEM_HEADER_LINE, '')
        .replace(/["',+\s]|\\/g, '');
    if (body.length < 64)
        return false;
    if (!/^[A-Za-z0-9+/=]+$/.test(body))
        return false;
    if (isSequentialOrRepeated(body) || /x{8,}|\.{3}/i.test(body))
        return false;
    return shannonEntropy(body) > 4.5 ? true : 'medium';
};
const DEV_PASSWORDS = new Set([
    'password',
    'pass',
    'passwd',
    'pwd',
    'secret',
    'postgres',
    'root',
    'admin',
    'guest',
    'mysql',
    'redis',
    'user',
    'username',
    'test',
    'example',
    'changeme',
    'sa',
    'rabbitmq',
    'mongo',
    'default'
]);
const urlCredentialValidator = (secret, ctx) => {
    let password = secret;
    try {
        password = decodeURIComponent(secret);
    }
    catch {
        // Keep the raw text when it is not valid percent-encoding.
    }
    const user = ctx.groups.user ?? '';
    const host = (ctx.groups.host ?? '').toLowerCase();
    if (password.length < 4 || isPlaceholder(password) || /^[:%{<[(*$]/.test(password))
        return false;
    // Spaces, commas (multi-host URLs) and templates are not in real URL passwords.
    if (/[\s,{}<>]/.test(password))
        return false;
    if (DEV_PASSWORDS.has(password.toLowerCase()) || password === user)
        return false;
    if (isExampleValue(password) || isSequentialOrRepeated(password))
        return false;
    if (/(?:^|\.)(?:example\.(?:com|org|net)|host|hostname|domain|server)$/.test(host))
        return false;
    if (/^(?:user|username|usr|name|login|\$)/i.test(user) && password.length < 8)
        return false;
    return password.length >= 8 && charClasses(password) >= 2 ? 'high' : 'medium';
};
const dockerAuthValidator = secret => {
    const bytes = decodeBase64(secret);
    if (!bytes)
        return false;
    const decoded = bytes.toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 1 || colon === decoded.length - 1)
        return false;
    if (!/^[\x20-\x7e]+$/.test(decoded))
        return false;
    const password = decoded.slice(colon + 1);
    // Docs write `my_username:my_password`: a possessive in front of a word is still the word.
    const bare = password.toLowerCase().replace(/^(?:my|your)[_-]?/, '');
    return !isPlaceholder(password) && !isExampleValue(password) && !DEV_PASSWORDS.has(bare);
};
/** Discord bot tokens: the first segment is base64 of the bot's numeric snowflake id. */
const discordValidator = secret => {
    const first = secret.split('.')[0] ?? '';
    const decoded = decodeBase64(first)?.toString('latin1') ?? '';
    return /^\d{17,20}$/.test(decoded);
};
/**
 * A macaroon v2 (PyPI tokens): version 2, a header of fields up to an end marker, caveat
 * sections each ending with an end marker, an end marker, then a 32-byte signature field.
 * A random tail after the right prefix fails this walk.
 */
function validMacaroonV2(bytes) {
    let i = 1;
    const varint = () => {
        let value = 0;
        for (let shift = 0; shift < 28 && i < bytes.length; shift += 7) {
            const b = bytes[i++];
            value |= (b & 0x7f) << shift;
            if ((b & 0x80) === 0)
                return value;
        }
        return -1;
    };
    /** Fields up to an end marker; false when they run off the end or repeat out of order. */
    const section = () => {
        let count = 0;
        let last = 0;
        for (;;) {
            if (i >= bytes.length)
                return -1;
            const type = bytes[i++];
            if (type === 0)
                return count;
            if (type <= last || type > 6)
                return -1;
            last = type;
            const len = varint();
            if (len < 0 || i + len > bytes.length)
                return -1;
            i += len;
            count++;
        }
    };
    if (bytes[0] !== 2 || section() < 1)
        return false;
    for (let caveats = 0; caveats < 64; caveats++) {
        const fields = section();
        if (fields < 0)
            return false;
        if (fields === 0)
            break;
    }
    return bytes[i] === 6 && bytes[i + 1] === 32 && i + 2 + 32 === bytes.length;
}
const pypiValidator = secret => {
    const bytes = decodeBase64(secret.slice('pypi-'.length));
    return bytes !== undefined && validMacaroonV2(bytes);
};
const gcpServiceAccount = (text, hitStart, _keyword, _path, state) => {
    // The JSON object around `"service_account"`; keys can come in any order.
    const from = Math.max(0, hitStart - 4096);
    const to = Math.min(text.length, hitStart + 8192);
    // Hits close to this one see the same object (the adversarial benchmark repeats the keyword).
    if (state)
        state.skipUntil = hitStart + 1024;
    const window = text.slice(from, to);
    if (!/"type"\s*:\s*"service_account"/.test(window))
        return [];
    const key = /"private_key"\s*:\s*"(-----BEGIN [A-Z ]*PRIVATE KEY-----[^"]{64,8192}?-----END [A-Z ]*PRIVATE KEY-----(?:\\n)?)"/d.exec(window);
    const span = key?.indices?.[1];
    if (!key || !span || !key[1])
        return [];
    if (state)
        state.skipUntil = Math.max(state.skipUntil, from + span[1]);
    return [
        {
            ruleId: 'gcp-service-account-key',
            secret: key[1],
            start: from + span[0],
            end: from + span[1],
            confidence: 'high'
        }
    ];
};
const awsSecretValidator = secret => shannonEntropy(secret) > 4.0 && charClasses(secret) >= 3 && !/^[a-z]+$/i.test(secret);
const sasValidator = (_secret, ctx) => /[?&;]sv=\d{4}-\d{2}-\d{2}/.test(lineAround(ctx)) ? true : false;
/** Values that stand for a credential in docs: `YOUR_TOKEN`, `ACCESS_TOKEN`, `xxx…`. */
function isStandIn(value) {
    return (isPlaceholder(value) ||
        /^[A-Z][A-Z0-9_]{2,}$/.test(value) ||
        /^(?:your|my|the)[_-]/i.test(value) ||
        isExampleValue(value) ||
        isSequentialOrRepeated(value));
}
/** A command line aimed at a documentation domain (RFC 2606) is an example. */
function targetsExampleDomain(ctx) {
    return /https?:\/\/(?:[\w-]+\.)*example\.(?:com|org|net)\b/i.test(lineAround(ctx));
}
/** `curl -u user:password`: a real password, not a variable, a placeholder or a demo value. */
const curlPasswordValidator = (secret, ctx) => {
    const user = ctx.groups.user ?? '';
    if (targetsExampleDomain(ctx))
        return false;
    if (/^\$|^%|^\$\{/.test(secret) || isStandIn(secret))
        return false;
    if (DEV_PASSWORDS.has(secret.toLowerCase()) || secret === user)
        return false;
    if (secret.length < 6)
        return false;
    return charClasses(secret) >= 2 && shannonEntropy(secret) > 2.5 ? true : false;
};
/** A bearer/basic/API-key header value that is a literal credential. */
const curlHeaderValidator = (secret, ctx) => {
    if (isStandIn(secret) || targetsExampleDomain(ctx))
        return false;
    const decoded = decodeBase64(secret)?.toString('utf8') ?? '';
    // Basic credentials: base64 of user:password.
    if (/^[\x20-\x7e]+:[\x20-\x7e]+$/.test(decoded)) {
        const password = decoded.slice(decoded.indexOf(':') + 1);
        return !isStandIn(password) && !DEV_PASSWORDS.has(password.toLowerCase());
    }
    return shannonEntropy(secret) > 3 && charClasses(secret) >= 2;
};
/** A .netrc password: literal, random-looking, on a host that is not a documentation host. */
const netrcPasswordValidator = (secret, ctx) => {
    const host = (ctx.groups.host ?? '').toLowerCase();
    if (!/^[^\s"'\\]{8,128}$/.test(secret) || isStandIn(secret))
        return false;
    if (DEV_PASSWORDS.has(secret.toLowerCase()))
        return false;
    if (/(?:^|\.)(?:example\.(?:com|org|net)|domain\.com|host|hostname|localhost)$/.test(host))
        return false;
    return charClasses(secret) >= 2 && shannonEntropy(secret) > 2.8;
};

;// CONCATENATED MODULE: ./src/secrets/rules/aws.ts




/** Amazon Web Services. A key id makes a nearby 40-character value a secret key (engine). */
const AWS_RULES = [
    prefixed('aws-access-key-id', 'AWS access key ID', 'AWS', '(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}', {
        keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
        after: 24,
        confidence: 'medium',
        validation: 'format',
        validate: minEntropy(3),
        samples: {
            tps: s => [
                `AWS_ACCESS_KEY_ID = "AKIA${s.of('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}"`,
                `aws_access_key_id=ASIA${s.of('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`
            ],
            fps: s => [
                `AWS_ACCESS_KEY_ID = "AKIA${s.of('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 15)}"`,
                // 0, 1, 8 and 9 are not in the key id alphabet.
                `key = "AKIA${s.of('0189', 16)}"`,
                `AKIA${s.upper(16)}EXTRA`
            ]
        }
    }),
    rule('aws-secret-access-key', 'AWS secret access key', 'AWS', `(?:aws)?[_.-]?secret[_.-]?(?:access)?[_.-]?key(?:[_.-]?id)?[\\w.-]{0,10}["'\\]]{0,2}\\s{0,3}(?:=|:=|:|=>|,)\\s{0,3}["'\\x60]?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`, {
        keywords: ['secret_access_key', 'secretaccesskey', 'secret-access-key', 'aws_secret'],
        before: 12,
        after: 120,
        confidence: 'high',
        validation: 'context',
        validate: awsSecretValidator,
        samples: {
            tps: s => [`aws_secret_access_key = ${s.b64(40)}`, `"SecretAccessKey": "${s.b64(40)}"`],
            fps: s => [
                `aws_secret_access_key = ${s.b64(39)}`,
                `aws_secret_access_key = ${s.lower(40)}`,
                `aws_secret_access_key = ${s.b64(41)}`
            ]
        }
    }, 'i'),
    prefixed('aws-bedrock-api-key', 'AWS Bedrock API key', 'AWS', 'ABSK[A-Za-z0-9+/]{109,269}={0,2}', {
        keywords: ['absk'],
        after: 290,
        validate: minEntropy(4),
        samples: {
            tps: s => [`AWS_BEARER_TOKEN_BEDROCK=ABSK${s.b64(132)}`],
            fps: s => [`AWS_BEARER_TOKEN_BEDROCK=ABSK${s.b64(100)}`, `x = "ABSK${cut(s.b64(60))}"`]
        }
    }),
    prefixed('aws-bedrock-short-term-key', 'AWS Bedrock short-term API key', 'AWS', 'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{100,3000}={0,2}', {
        keywords: ['bedrock-api-key-ymvkcm9jay5hbwf6b25hd3muy29t'],
        after: 3100,
        validation: 'structure',
        // The body is base64 of a presigned bedrock.amazonaws.com URL.
        validate: v => (decodeBase64(v.slice('bedrock-api-key-'.length))?.toString('latin1') ?? '').includes('X-Amz-'),
        samples: {
            tps: s => [
                `AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-${s.base64(`bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA${s.upperAlnum(16)}%2F20261129%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Date=20261129T000000Z&X-Amz-Expires=43200&X-Amz-Security-Token=${s.url(200)}&X-Amz-Signature=${s.hex(64)}&Version=1`)}`
            ],
            fps: s => [
                `AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-${s.base64(`bedrock.amazonaws.com/?${s.alnum(90)}`)}`
            ]
        }
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/azure.ts


/** Microsoft Azure. */
const AZURE_RULES = [
    rule('azure-storage-account-key', 'Azure storage account key (connection string)', 'Azure', 'AccountKey\\s*=\\s*(?<secret>[A-Za-z0-9+/]{86}==)', {
        keywords: ['accountkey'],
        after: 110,
        validation: 'structure',
        validate: minEntropy(4.5),
        samples: {
            tps: s => [
                `AZURE_STORAGE = "DefaultEndpointsProtocol=https;AccountName=acct${s.lower(6)};AccountKey=${s.b64(86)}==;EndpointSuffix=core.windows.net"`
            ],
            fps: s => [
                `AZURE_STORAGE = "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${s.b64(60)}==;EndpointSuffix=core.windows.net"`
            ]
        }
    }, 'i'),
    rule('azure-sas-token', 'Azure shared access signature', 'Azure', '[?&;]sig=(?<secret>[A-Za-z0-9%+/]{40,120}(?:%3D|=){0,2})(?![A-Za-z0-9%+/=])', {
        keywords: ['sig='],
        before: 2,
        after: 140,
        validation: 'context',
        validate: sasValidator,
        samples: {
            tps: s => [
                `blob_url = "https://acct${s.lower(5)}.blob.core.windows.net/data?sv=2022-11-02&ss=b&srt=o&sp=r&se=2027-01-01T00:00:00Z&spr=https&sig=${s.alnum(43)}%3D"`
            ],
            fps: s => [
                // A signature without the SAS version parameter is some other signed URL.
                `url = "https://cdn.example.net/file?expires=1700000000&sig=${s.alnum(43)}%3D"`
            ]
        }
    }, 'i'),
    rule('azure-ad-client-secret', 'Azure AD (Entra ID) client secret', 'Azure', '(?<![\\w~.-])(?<secret>[\\w~.]{3}\\dQ~[\\w~.-]{31,34})(?![\\w~.-])', {
        keywords: ['q~'],
        before: 5,
        after: 40,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [
                `AZURE_CLIENT = "${s.alnum(3)}8Q~${s.of('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-.~', 34)}"`
            ],
            fps: s => [`AZURE_CLIENT = "${s.alnum(3)}8Q~${s.alnum(20)}"`]
        }
    }),
    rule('azure-shared-access-key', 'Azure Service Bus / Event Hubs / Relay shared access key', 'Azure', 'SharedAccessKey\\s*=\\s*(?<secret>[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)(?![A-Za-z0-9+/=])', {
        keywords: ['sharedaccesskey='],
        after: 70,
        validation: 'structure',
        validate: minEntropy(4),
        samples: {
            tps: s => [
                `SERVICEBUS = "Endpoint=sb://ns-${s.lower(6)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${s.b64(42)}A="`
            ],
            fps: s => [
                `SERVICEBUS = "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=${s.b64(30)}="`
            ]
        }
    }, 'i'),
    rule('azure-cosmosdb-key', 'Azure Cosmos DB account key (connection string)', 'Azure', 'AccountEndpoint=https://[\\w.-]{1,120}\\.documents\\.azure\\.com[:\\d/]{0,8};\\s*AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)', {
        keywords: ['.documents.azure.com'],
        before: 160,
        after: 200,
        priority: 55,
        validation: 'structure',
        validate: minEntropy(4.5),
        samples: {
            tps: s => [
                `COSMOS = "AccountEndpoint=https://db-${s.lower(6)}.documents.azure.com:443/;AccountKey=${s.b64(86)}==;"`
            ],
            fps: s => [
                `COSMOS = "AccountEndpoint=https://db.documents.azure.com:443/;AccountKey=${s.b64(40)}==;"`
            ]
        }
    }),
    kv({
        id: 'azure-openai-key',
        title: 'Azure OpenAI / AI services key',
        provider: 'Azure',
        context: 'azure[_.-]?(?:openai|ai|cognitive|speech|search)[\\w.-]{0,12}?key|ocp-apim-subscription-key',
        value: '[0-9a-f]{32}|[A-Za-z0-9]{84}',
        keywords: [
            'azure_openai',
            'azure-openai',
            'azure_ai',
            'azure_cognitive',
            'azure_speech',
            'azure_search',
            'ocp-apim-subscription-key'
        ],
        gen: s => s.hex(32),
        name: 'AZURE_OPENAI_API_KEY'
    }),
    kv({
        id: 'azure-devops-pat',
        title: 'Azure DevOps personal access token',
        provider: 'Azure DevOps',
        // PATs were 52 base32 characters; since 2024 they are 84 with `AZDO` at offset 76.
        // Source: https://learn.microsoft.com/en-us/azure/devops/release-notes/2024/sprint-241-update
        // and https://learn.microsoft.com/en-us/purview/sit-defn-azure-devops-personal-access-token
        // `personalAccessToken` is the variable Microsoft's REST samples read the PAT from; under
        // that name only those two shapes are reported.
        context: 'azure[_.-]?devops|ado[_.-]?(?:pat|token)|azdo|system[_.]accesstoken|vsts|personal[_.-]?access[_.-]?token',
        value: '[a-z2-7]{52}|[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}',
        keywords: [
            'azure_devops',
            'azure-devops',
            'azuredevops',
            'ado_pat',
            'ado_token',
            'azdo',
            'system.accesstoken',
            'system_accesstoken',
            'vsts',
            'personalaccesstoken',
            'personal_access_token',
            'personal-access-token',
            'personal.access.token'
        ],
        gen: s => s.of('abcdefghijklmnopqrstuvwxyz234567', 52),
        name: 'AZURE_DEVOPS_PAT',
        tps: s => [
            `AZURE_DEVOPS_PAT = "${s.of('abcdefghijklmnopqrstuvwxyz234567', 52)}"`,
            `var personalAccessToken = "${s.of('abcdefghijklmnopqrstuvwxyz234567', 52)}";`
        ]
    }),
    rule('azure-app-configuration-connection-string', 'Azure App Configuration connection string', 'Azure', 
    // Documented shape: `Endpoint=https://<store>.azconfig.io;Id=<id>;Secret=<base64>`.
    // Source (the shape as Dapr's App Configuration component documents it):
    // https://docs.dapr.io/reference/components-reference/supported-configuration-stores/azure-appconfig-configuration-store/
    // `Endpoint=` is sometimes dropped when the string is pasted or split; the `Id=`/`Secret=`
    // pair after the store's `.azconfig.io` host is the credential either way.
    '(?:Endpoint=)?https://[\\w.-]{1,100}\\.azconfig\\.io;\\s*Id=[^;\\s"\']{4,80};\\s*Secret=(?<secret>[A-Za-z0-9+/]{43}=)', {
        keywords: ['.azconfig.io'],
        before: 130,
        after: 200,
        validation: 'structure',
        validate: minEntropy(4),
        samples: {
            tps: s => [
                `APPCONFIG = "Endpoint=https://appcs-${s.lower(5)}.azconfig.io;Id=${s.alnum(4)}-l9-s0:${s.alnum(20)};Secret=${s.b64(43)}="`,
                `APPCONFIG = "https://appcs-${s.lower(5)}.azconfig.io;Id=${s.alnum(4)}-l9-s0:${s.alnum(20)};Secret=${s.b64(43)}="`
            ],
            fps: s => [
                `APPCONFIG = "Endpoint=https://appcs.azconfig.io;Id=x-l9-s0:${s.alnum(20)};Secret=${s.b64(20)}="`
            ]
        }
    }),
    tok({
        id: 'azure-identifiable-key',
        title: 'Azure identifiable key (Microsoft common annotated key format)',
        provider: 'Azure',
        // 84 characters: 52 random, the JQQJ9 signature, a version character, 18 more, a
        // four-letter provider signature (AZDO, ACOG, AZSE …) and 4 check characters.
        re: '[A-Za-z0-9]{52}JQQJ9[0-9A-Za-z][A-Za-z0-9]{18}[A-Z]{4}[A-Za-z0-9]{4}',
        keywords: ['jqqj9'],
        before: 54,
        after: 40,
        gen: s => `${s.alnum(52)}JQQJ99${s.alnum(18)}ACOG${s.alnum(4)}`,
        name: 'AZURE_KEY',
        validation: 'structure',
        entropy: 4
    }),
    tok({
        id: 'azure-devops-pat-identifiable',
        title: 'Azure DevOps personal access token (identifiable format)',
        provider: 'Azure DevOps',
        re: '[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}',
        keywords: ['azdo'],
        before: 78,
        after: 10,
        gen: s => `${s.alnum(76)}AZDO${s.alnum(4)}`,
        name: 'ADO_PAT',
        validation: 'structure',
        entropy: 4,
        priority: 55
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/chat.ts



/** A Discord bot token: base64 of the bot's snowflake id, a timestamp part and an HMAC. */
function discordBot(s) {
    const id = `${1 + Math.floor(s.next() * 9)}${s.digits(17)}`;
    return `${s.base64(id).replace(/=+$/, '')}.${s.url(6)}.${s.url(38)}`;
}
/** Chat platforms: Slack, Discord, Telegram. */
const CHAT_RULES = [
    prefixed('slack-bot-token', 'Slack bot token', 'Slack', 'xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-?)?[A-Za-z0-9]{24,34}', {
        keywords: ['xoxb-'],
        after: 70,
        validate: minEntropy(3),
        samples: {
            tps: s => [
                `SLACK_BOT_TOKEN = "xoxb-${s.digits(12)}-${s.digits(13)}-${s.alnum(24)}"`,
                // Legacy bot tokens have one number group.
                `SLACK_BOT_TOKEN = "xoxb-${s.digits(11)}-${s.alnum(24)}"`
            ],
            fps: s => [`SLACK_BOT_TOKEN = "xoxb-${s.digits(12)}-${s.digits(13)}-${s.alnum(20)}"`]
        }
    }),
    prefixed('slack-user-token', 'Slack user token', 'Slack', 'xox[pe](?:-[0-9]{10,13}){3}-[A-Za-z0-9]{28,34}', {
        keywords: ['xoxp-', 'xoxe-'],
        after: 90,
        validate: minEntropy(3),
        samples: {
            tps: s => [
                `slack_user = "xoxp-${s.digits(12)}-${s.digits(12)}-${s.digits(13)}-${s.hex(32)}"`
            ],
            fps: s => [`slack_user = "xoxp-${s.digits(12)}-${s.digits(12)}-${s.hex(32)}"`]
        }
    }),
    prefixed('slack-app-token', 'Slack app-level token', 'Slack', 'xapp-\\d-[A-Z0-9]{9,12}-\\d{10,13}-[a-f0-9]{64}', {
        keywords: ['xapp-'],
        after: 110,
        validate: minEntropy(3),
        samples: {
            tps: s => [`SLACK_APP_TOKEN=xapp-1-A${s.upperAlnum(10)}-${s.digits(13)}-${s.hex(64)}`],
            fps: s => [`SLACK_APP_TOKEN=xapp-1-A${s.upperAlnum(10)}-${s.digits(13)}-${s.hex(63)}`]
        }
    }),
    prefixed('slack-config-token', 'Slack configuration token', 'Slack', 'xoxe(?:\\.xox[bp])?-\\d-[A-Za-z0-9]{100,200}', {
        keywords: ['xoxe'],
        after: 190,
        validate: minEntropy(3),
        samples: {
            tps: s => [
                `slack_cfg = "xoxe.xoxp-1-${s.upperAlnum(163)}"`,
                `SLACK_CONFIG_REFRESH_TOKEN=xoxe-1-${s.alnum(146)}`
            ],
            fps: s => [`slack_cfg = "xoxe.xoxp-1-${s.alnum(60)}"`]
        }
    }),
    prefixed('slack-legacy-token', 'Slack legacy token', 'Slack', 'xox[aors]-(?:[0-9]{1,13}-){1,3}[0-9A-Za-z]{8,64}', {
        keywords: ['xoxa-', 'xoxo-', 'xoxr-', 'xoxs-'],
        after: 130,
        validate: minEntropy(3),
        samples: {
            tps: s => [
                `legacy = "xoxs-${s.digits(10)}-${s.digits(12)}-${s.digits(12)}-${s.hex(64)}"`,
                `token: xoxa-2-${s.digits(12)}-${s.alnum(32)}`
            ],
            fps: () => ['SLACK = "xoxs-not-a-token-value"']
        }
    }),
    rule('slack-webhook-url', 'Slack incoming webhook URL', 'Slack', 'hooks\\.slack\\.com/(?:services|workflows|triggers)/(?<secret>T[A-Z0-9]{8,12}/[A-Z0-9]{8,12}/(?:[0-9]{6,20}/)?[A-Za-z0-9]{24,32})(?![A-Za-z0-9])', {
        keywords: ['hooks.slack.com'],
        after: 120,
        validate: minEntropy(3),
        samples: {
            tps: s => [
                `SLACK_WEBHOOK = "https://hooks.slack.com/services/T${s.upperAlnum(10)}/B${s.upperAlnum(10)}/${s.alnum(24)}"`
            ],
            fps: s => [
                `SLACK_WEBHOOK = "https://hooks.slack.com/services/T${s.upperAlnum(10)}/B${s.upperAlnum(10)}/${s.alnum(12)}"`
            ]
        }
    }),
    prefixed('telegram-bot-token', 'Telegram bot token', 'Telegram', '[0-9]{8,10}:AA[\\w-]{31,33}', {
        keywords: [':aa'],
        before: 12,
        after: 40,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`TG = "${s.digits(10)}:AA${s.url(33)}"`],
            fps: s => [`TG = "${s.digits(10)}:AA${s.url(20)}"`, `TG = "${s.digits(5)}:AA${s.url(33)}"`]
        }
    }),
    rule('discord-webhook-url', 'Discord webhook URL', 'Discord', 'discord(?:app)?\\.com/api/webhooks/(?<secret>[0-9]{17,20}/[\\w-]{60,68})(?![\\w-])', {
        keywords: ['discord'],
        after: 120,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`hook = "https://discord.com/api/webhooks/${s.digits(18)}/${s.url(68)}"`],
            fps: s => [`hook = "https://discord.com/api/webhooks/${s.digits(18)}/${s.url(40)}"`]
        }
    }),
    rule('discord-bot-token', 'Discord bot token', 'Discord', '(?<![\\w-])(?<secret>[MNO][A-Za-z0-9_-]{23,25}\\.[\\w-]{6}\\.[\\w-]{27,38})(?![\\w-])', {
        // The snowflake check is strong enough that any nearby mention of a token or bot will do.
        keywords: ['discord', 'token', 'bot', '.run('],
        before: 200,
        after: 200,
        validation: 'structure',
        validate: discordValidator,
        samples: {
            tps: s => [
                `DISCORD_TOKEN = "${discordBot(s)}"`,
                `client.run("${discordBot(s)}")`,
                `BOT_TOKEN: ${discordBot(s)}`
            ],
            fps: s => [
                `token = "${s.base64('abcdefghijklmnopqr').slice(0, 24)}.${s.url(6)}.${s.url(38)}"`
            ]
        }
    }),
    kv({
        id: 'discord-client-secret',
        title: 'Discord OAuth2 client secret',
        provider: 'Discord',
        context: 'discord[\\w.-]{0,12}?secret',
        value: '[A-Za-z0-9_-]{32}',
        keywords: ['discord'],
        gen: s => s.url(32),
        name: 'DISCORD_CLIENT_SECRET',
        entropy: 3.5
    }),
    rule('microsoft-teams-webhook', 'Microsoft Teams incoming webhook URL', 'Microsoft Teams', '(?<secret>https://(?:[a-z0-9-]{1,60}\\.webhook\\.office\\.com/webhookb2|outlook\\.office(?:365)?\\.com/webhook)/[0-9a-f-]{36}@[0-9a-f-]{36}/IncomingWebhook/[0-9a-f]{32}/[0-9a-f-]{36}(?:/[A-Za-z0-9_-]{10,60})?)', {
        keywords: [
            '.webhook.office.com/webhookb2/',
            'outlook.office.com/webhook/',
            'outlook.office365.com/webhook/'
        ],
        before: 70,
        after: 260,
        validation: 'structure',
        samples: {
            tps: s => [
                `TEAMS_WEBHOOK = "https://${s.lower(8)}.webhook.office.com/webhookb2/${s.uuid()}@${s.uuid()}/IncomingWebhook/${s.hex(32)}/${s.uuid()}"`,
                `url = 'https://outlook.office.com/webhook/${s.uuid()}@${s.uuid()}/IncomingWebhook/${s.hex(32)}/${s.uuid()}'`
            ],
            fps: s => [
                `TEAMS_WEBHOOK = "https://${s.lower(8)}.webhook.office.com/webhookb2/${s.uuid()}/IncomingWebhook/"`
            ]
        }
    }),
    rule('mattermost-webhook', 'Mattermost incoming webhook URL', 'Mattermost', 'https?://[\\w.-]{1,100}/hooks/(?<secret>[a-z0-9]{26})(?![\\w-])', {
        keywords: ['/hooks/'],
        before: 110,
        after: 40,
        validation: 'context',
        confidence: 'medium',
        validate: (v, ctx) => /mattermost/i.test(lineAround(ctx)) && /[0-9]/.test(v),
        samples: {
            tps: s => [
                `MATTERMOST_WEBHOOK_URL = "https://chat.${s.lower(6)}.org/hooks/${s.lowerAlnum(26)}"`
            ],
            fps: s => [`WEBHOOK_URL = "https://chat.${s.lower(6)}.org/hooks/${s.lowerAlnum(26)}"`]
        }
    }),
    rule('zapier-webhook', 'Zapier catch hook URL', 'Zapier', 'hooks\\.zapier\\.com/hooks/catch/(?<secret>[0-9]{5,12}/[a-z0-9]{5,12})/?', {
        keywords: ['hooks.zapier.com'],
        after: 60,
        severity: 'medium',
        validate: minEntropy(2.5),
        samples: {
            tps: s => [
                `ZAP = "https://hooks.zapier.com/hooks/catch/${s.digits(7)}/${s.lowerAlnum(6)}/"`
            ],
            fps: () => ['ZAP = "https://hooks.zapier.com/hooks/catch/<id>/<hook>/"']
        }
    }),
    kv({
        id: 'line-channel-access-token',
        title: 'LINE channel access token or secret',
        provider: 'LINE',
        context: 'line[_.-]?(?:channel|bot|messaging)',
        value: '[A-Za-z0-9+/]{150,180}=|[0-9a-f]{32}',
        keywords: ['line_channel', 'line-channel', 'linechannel', 'line_bot', 'line_messaging'],
        after: 260,
        gen: s => `${s.b64(171)}=`,
        miss: s => [`${s.b64(40)}=`],
        name: 'LINE_CHANNEL_ACCESS_TOKEN',
        entropy: 4
    }),
    kv({
        id: 'twitch-client-secret',
        title: 'Twitch client secret or OAuth token',
        provider: 'Twitch',
        context: 'twitch',
        value: '(?:oauth:)?[a-z0-9]{30}',
        keywords: ['twitch'],
        gen: s => s.lowerAlnum(30),
        name: 'TWITCH_CLIENT_SECRET',
        entropy: 3.5
    }),
    tok({
        id: 'facebook-access-token',
        title: 'Facebook (Meta) access token',
        provider: 'Meta',
        re: 'EAA[A-Z][A-Za-z0-9]{80,255}',
        // `eaa` alone is in every other base64 blob: the service or the parameter name anchors it.
        keywords: ['facebook', 'fb_', 'fb-', 'access_token', 'graph.'],
        before: 200,
        after: 300,
        gen: s => `EAAC${s.alnum(180)}`,
        miss: s => [`EAAC${s.alnum(40)}`],
        name: 'FB_ACCESS_TOKEN',
        entropy: 4.5
    }),
    kv({
        id: 'facebook-app-secret',
        title: 'Facebook (Meta) app secret',
        provider: 'Meta',
        context: '(?:facebook|fb)[\\w.-]{0,12}?(?:secret|key)|meta[_.-]?app[_.-]?secret',
        value: '[0-9a-f]{32}',
        keywords: ['facebook', 'fb_', 'fb-', 'meta_app', 'meta-app', 'meta_secret'],
        gen: s => s.hex(32),
        name: 'FACEBOOK_APP_SECRET'
    }),
    tok({
        id: 'instagram-access-token',
        title: 'Instagram access token',
        provider: 'Instagram',
        re: 'IG(?:QV|AA)[A-Za-z0-9_-]{100,300}',
        keywords: ['igqv', 'igaa'],
        after: 320,
        gen: s => `IGQV${s.url(160)}`,
        miss: s => [`IGQV${s.url(40)}`],
        name: 'INSTAGRAM_ACCESS_TOKEN',
        entropy: 4.5
    }),
    tok({
        id: 'twitter-bearer-token',
        title: 'X (Twitter) app-only bearer token',
        provider: 'X (Twitter)',
        re: 'A{22}[A-Za-z0-9%]{80,120}',
        keywords: ['aaaaaaaaaaaaaaaaaaaaaa'],
        after: 150,
        gen: s => `${'A'.repeat(22)}${s.alnum(40)}%3D${s.alnum(50)}`,
        miss: s => [`${'A'.repeat(22)}${s.alnum(30)}`],
        validate: v => /[0-9]/.test(v) && /[a-z]/.test(v) && shannonEntropy(v.slice(22)) > 3.5,
        name: 'TWITTER_BEARER_TOKEN'
    }),
    kv({
        id: 'twitter-api-secret',
        title: 'X (Twitter) API secret or access token secret',
        provider: 'X (Twitter)',
        context: '(?:twitter|tweepy)[\\w.-]{0,20}?secret|consumer[_.-]?secret',
        value: '[A-Za-z0-9]{45,50}',
        keywords: ['twitter', 'tweepy', 'consumer_secret', 'consumer-secret', 'consumersecret'],
        gen: s => s.alnum(50),
        miss: s => [s.alnum(30)],
        name: 'TWITTER_CONSUMER_SECRET',
        entropy: 4
    }),
    kv({
        id: 'reddit-client-secret',
        title: 'Reddit app client secret',
        provider: 'Reddit',
        context: 'reddit[\\w.-]{0,12}?secret',
        value: '[A-Za-z0-9_-]{27,30}',
        keywords: ['reddit'],
        gen: s => s.url(27),
        miss: s => [s.url(12)],
        name: 'REDDIT_CLIENT_SECRET',
        entropy: 3.5
    }),
    kv({
        id: 'zoom-client-secret',
        title: 'Zoom app client secret',
        provider: 'Zoom',
        context: 'zoom[\\w.-]{0,12}?secret',
        value: '[A-Za-z0-9]{32}',
        keywords: ['zoom'],
        gen: s => s.alnum(32),
        name: 'ZOOM_CLIENT_SECRET',
        entropy: 3.5
    }),
    tok({
        id: 'twitch-stream-key',
        title: 'Twitch stream key',
        provider: 'Twitch',
        re: 'live_[0-9]{6,12}_[A-Za-z0-9]{30}',
        keywords: ['live_'],
        gen: s => `live_${s.digits(9)}_${s.alnum(30)}`,
        name: 'STREAM_KEY',
        entropy: 3.5
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/cloud.ts

/** Cloud, hosting and infrastructure platforms. */
const CLOUD_RULES = [
    ...[
        ['dop_v1_', 'digitalocean-pat', 'DigitalOcean personal access token'],
        ['doo_v1_', 'digitalocean-oauth-token', 'DigitalOcean OAuth token'],
        ['dor_v1_', 'digitalocean-refresh-token', 'DigitalOcean refresh token']
    ].map(([prefix, id, title]) => prefixed(id, title, 'DigitalOcean', `${prefix}${hexId(64)}`, {
        keywords: [prefix],
        after: 76,
        validate: minEntropy(3),
        samples: {
            tps: s => [`DIGITALOCEAN_TOKEN = "${prefix}${s.hex(64)}"`],
            fps: s => [`DIGITALOCEAN_TOKEN = "${prefix}${s.hex(63)}"`]
        }
    })),
    assigned('heroku-api-key', 'Heroku API key', 'Heroku', 'heroku', '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', {
        keywords: ['heroku'],
        validate: minEntropy(3),
        samples: {
            tps: s => [`HEROKU_API_KEY = "${s.uuid()}"`],
            fps: s => [
                `HEROKU_APP_NAME = "app-${s.lower(8)}"`,
                `HEROKU_API_KEY = "${s.uuid().slice(0, 30)}"`
            ]
        }
    }),
    prefixed('heroku-api-key-v2', 'Heroku API key', 'Heroku', 'HRKU-AA[\\w-]{58}', {
        keywords: ['hrku-aa'],
        after: 70,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`HEROKU = "HRKU-AA${s.url(58)}"`],
            fps: s => [`HEROKU = "HRKU-AA${s.url(50)}"`]
        }
    }),
    prefixed('fly-access-token', 'Fly.io access token', 'Fly.io', 'fo1_[\\w-]{43}', {
        keywords: ['fo1_'],
        after: 50,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`FLY = "fo1_${s.url(43)}"`],
            fps: s => [`FLY = "fo1_${s.url(42)}"`]
        }
    }),
    prefixed('planetscale-token', 'PlanetScale token or password', 'PlanetScale', 'pscale_(?:pw|tkn|oauth)_[\\w.=-]{32,64}', {
        keywords: ['pscale_pw_', 'pscale_tkn_', 'pscale_oauth_'],
        after: 80,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`PSCALE = "pscale_pw_${s.url(43)}"`],
            fps: s => [`PSCALE = "pscale_pw_${s.url(20)}"`]
        }
    }),
    prefixed('pulumi-access-token', 'Pulumi access token', 'Pulumi', `pul-${hexId(40)}`, {
        keywords: ['pul-'],
        after: 46,
        validate: minEntropy(3),
        samples: {
            tps: s => [`PULUMI_ACCESS_TOKEN = "pul-${s.hex(40)}"`],
            fps: s => [`PULUMI_ACCESS_TOKEN = "pul-${s.hex(39)}"`]
        }
    }),
    prefixed('terraform-cloud-token', 'Terraform Cloud / HCP token', 'HashiCorp', '[A-Za-z0-9]{14}\\.atlasv1\\.[\\w=-]{60,70}', {
        keywords: ['.atlasv1.'],
        before: 16,
        after: 80,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`TFC = "${s.alnum(14)}.atlasv1.${s.url(67)}"`],
            fps: s => [`TFC = "${s.alnum(14)}.atlasv1.${s.url(40)}"`]
        }
    }),
    prefixed('vault-service-token', 'HashiCorp Vault token', 'HashiCorp', '(?:hvs\\.[\\w-]{90,120}|hvb\\.[\\w-]{138,300})', {
        keywords: ['hvs.', 'hvb.'],
        after: 310,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`VAULT_TOKEN = "hvs.CAESI${s.url(91)}"`],
            fps: s => [`VAULT_TOKEN = "hvs.${s.url(24)}"`]
        }
    }),
    prefixed('doppler-token', 'Doppler token', 'Doppler', 'dp\\.(?:pt|st|sa|ct|scim|audit)\\.(?:[a-z0-9_-]{1,40}\\.)?[A-Za-z0-9]{40,44}', {
        keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
        after: 60,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`DOPPLER_TOKEN = "dp.pt.${s.alnum(43)}"`],
            fps: s => [`DOPPLER_TOKEN = "dp.pt.${s.alnum(30)}"`]
        }
    }),
    prefixed('databricks-token', 'Databricks access token', 'Databricks', `dapi${hexId(32)}(?:-\\d)?`, {
        keywords: ['dapi'],
        after: 40,
        validate: minEntropy(3),
        samples: {
            tps: s => [`DATABRICKS_TOKEN = "dapi${s.hex(32)}"`],
            fps: s => [`DATABRICKS_TOKEN = "dapi${s.hex(31)}"`]
        }
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/devops.ts

/** CI/CD, code quality, developer tooling, package hosting and secret managers. */
const DEVOPS_RULES = [
    // ── Code quality and security
    tok({
        id: 'sonarqube-token',
        title: 'SonarQube user, global or project analysis token',
        provider: 'SonarQube',
        re: 'sq[uap]_[0-9a-f]{40}',
        keywords: ['squ_', 'sqa_', 'sqp_'],
        gen: s => `squ_${s.hex(40)}`,
        name: 'SONAR_TOKEN'
    }),
    kv({
        id: 'sonarcloud-token',
        title: 'SonarQube Cloud token',
        provider: 'SonarQube',
        context: 'sonar[\\w.-]{0,12}?(?:token|login)',
        value: '[0-9a-f]{40}',
        keywords: ['sonar'],
        gen: s => s.hex(40),
        name: 'SONAR_TOKEN'
    }),
    kv({
        id: 'snyk-token',
        title: 'Snyk API token',
        provider: 'Snyk',
        context: 'snyk',
        value: UUID,
        keywords: ['snyk'],
        gen: s => s.uuid(),
        name: 'SNYK_TOKEN'
    }),
    kv({
        id: 'semgrep-app-token',
        title: 'Semgrep AppSec Platform token',
        provider: 'Semgrep',
        context: 'semgrep[\\w.-]{0,12}?token',
        value: '[0-9a-f]{64}',
        keywords: ['semgrep'],
        gen: s => s.hex(64),
        name: 'SEMGREP_APP_TOKEN'
    }),
    kv({
        id: 'gitguardian-api-key',
        title: 'GitGuardian API key',
        provider: 'GitGuardian',
        context: 'gitguardian',
        value: '[A-Za-z0-9]{64,71}',
        keywords: ['gitguardian'],
        gen: s => s.alnum(71),
        miss: s => [s.alnum(40)],
        name: 'GITGUARDIAN_API_KEY',
        entropy: 4
    }),
    kv({
        id: 'codecov-token',
        title: 'Codecov upload token',
        provider: 'Codecov',
        context: 'codecov',
        value: UUID,
        keywords: ['codecov'],
        gen: s => s.uuid(),
        name: 'CODECOV_TOKEN'
    }),
    kv({
        id: 'coveralls-repo-token',
        title: 'Coveralls repo token',
        provider: 'Coveralls',
        context: 'coveralls',
        value: '[A-Za-z0-9]{32,37}',
        keywords: ['coveralls'],
        gen: s => s.alnum(33),
        miss: s => [s.alnum(20)],
        name: 'COVERALLS_REPO_TOKEN',
        entropy: 3.5
    }),
    kv({
        id: 'codacy-token',
        title: 'Codacy project or account token',
        provider: 'Codacy',
        context: 'codacy',
        value: '[0-9a-f]{32}|[A-Za-z0-9]{20}',
        keywords: ['codacy'],
        gen: s => s.hex(32),
        miss: s => [s.hex(16)],
        name: 'CODACY_PROJECT_TOKEN'
    }),
    // ── CI/CD
    tok({
        id: 'circleci-token',
        title: 'CircleCI personal or project API token',
        provider: 'CircleCI',
        re: 'CCIP(?:AT|RJ)_[A-Za-z0-9]{22}_[0-9a-f]{40}',
        keywords: ['ccipat_', 'cciprj_'],
        gen: s => `CCIPAT_${s.alnum(22)}_${s.hex(40)}`,
        name: 'CIRCLECI_TOKEN',
        entropy: 3.5
    }),
    kv({
        id: 'circleci-token-legacy',
        title: 'CircleCI API token (legacy format)',
        provider: 'CircleCI',
        context: 'circle[_.-]?(?:ci)?[\\w.-]{0,12}?token',
        value: '[0-9a-f]{40}',
        keywords: ['circle'],
        gen: s => s.hex(40),
        name: 'CIRCLECI_TOKEN'
    }),
    tok({
        id: 'buildkite-api-token',
        title: 'Buildkite API access token',
        provider: 'Buildkite',
        re: 'bkua_[0-9a-f]{40}',
        keywords: ['bkua_'],
        gen: s => `bkua_${s.hex(40)}`,
        name: 'BUILDKITE_API_TOKEN'
    }),
    kv({
        id: 'buildkite-agent-token',
        title: 'Buildkite agent token',
        provider: 'Buildkite',
        context: 'buildkite[\\w.-]{0,12}?token',
        value: '[0-9a-f]{50}|bkct_[A-Za-z0-9]{40,60}',
        keywords: ['buildkite'],
        gen: s => s.hex(50),
        name: 'BUILDKITE_AGENT_TOKEN'
    }),
    kv({
        id: 'travis-ci-token',
        title: 'Travis CI API token',
        provider: 'Travis CI',
        context: 'travis',
        value: '[A-Za-z0-9_-]{22}',
        keywords: ['travis'],
        gen: s => s.url(22),
        name: 'TRAVIS_API_TOKEN',
        entropy: 3.5
    }),
    tok({
        id: 'harness-token',
        title: 'Harness personal access or service account token',
        provider: 'Harness',
        re: '(?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.[0-9a-f]{24}\\.[A-Za-z0-9]{20}',
        keywords: ['pat.', 'sat.'],
        gen: s => `pat.${s.url(22)}.${s.hex(24)}.${s.alnum(20)}`,
        name: 'HARNESS_PLATFORM_API_KEY',
        entropy: 3.5
    }),
    tok({
        id: 'octopus-deploy-api-key',
        title: 'Octopus Deploy API key',
        provider: 'Octopus Deploy',
        re: 'API-[A-Z0-9]{26,32}',
        keywords: ['api-'],
        gen: s => `API-${s.upperAlnum(27)}`,
        miss: s => [`API-${s.upperAlnum(20)}`, `API-${s.upper(27)}`],
        validate: v => /\d/.test(v.slice(4)) && /[A-Z]/.test(v.slice(4)),
        name: 'OCTOPUS_API_KEY'
    }),
    tok({
        id: 'teamcity-token',
        title: 'TeamCity access token',
        provider: 'TeamCity',
        re: 'eyJ0eXAiOiAiVENWMiJ9\\.[A-Za-z0-9_-]{36}\\.[A-Za-z0-9_-]{48}',
        keywords: ['eyj0exaioiaivenwmij9'],
        after: 120,
        gen: s => `eyJ0eXAiOiAiVENWMiJ9.${s.url(36)}.${s.url(48)}`,
        name: 'TEAMCITY_TOKEN',
        entropy: 4,
        priority: 55
    }),
    kv({
        id: 'jenkins-api-token',
        title: 'Jenkins API token',
        provider: 'Jenkins',
        context: 'jenkins',
        value: `11[0-9a-f]{32}|${UUID}`,
        keywords: ['jenkins'],
        gen: s => `11${s.hex(32)}`,
        name: 'JENKINS_API_TOKEN'
    }),
    kv({
        id: 'drone-token',
        title: 'Drone CI token',
        provider: 'Drone',
        context: 'drone[\\w.-]{0,8}?token',
        value: '[A-Za-z0-9]{32}',
        keywords: ['drone'],
        gen: s => s.alnum(32),
        name: 'DRONE_TOKEN',
        entropy: 3.5
    }),
    kv({
        id: 'bitrise-token',
        title: 'Bitrise access token',
        provider: 'Bitrise',
        context: 'bitrise',
        value: '[A-Za-z0-9_-]{86}',
        keywords: ['bitrise'],
        gen: s => s.url(86),
        name: 'BITRISE_TOKEN',
        entropy: 4
    }),
    // ── Testing services
    kv({
        id: 'cypress-record-key',
        title: 'Cypress Cloud record key',
        provider: 'Cypress',
        context: 'cypress',
        value: UUID,
        keywords: ['cypress'],
        gen: s => s.uuid(),
        name: 'CYPRESS_RECORD_KEY'
    }),
    kv({
        id: 'browserstack-access-key',
        title: 'BrowserStack access key',
        provider: 'BrowserStack',
        context: 'browserstack',
        value: '[A-Za-z0-9]{20}',
        keywords: ['browserstack'],
        gen: s => s.alnum(20),
        name: 'BROWSERSTACK_ACCESS_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'saucelabs-access-key',
        title: 'Sauce Labs access key',
        provider: 'Sauce Labs',
        context: 'sauce',
        value: UUID,
        keywords: ['sauce'],
        gen: s => s.uuid(),
        name: 'SAUCE_ACCESS_KEY'
    }),
    kv({
        id: 'lambdatest-access-key',
        title: 'LambdaTest access key',
        provider: 'LambdaTest',
        context: 'lambdatest|lt[_.-]access[_.-]key',
        value: '[A-Za-z0-9]{50}',
        keywords: ['lambdatest', 'lt_access', 'lt-access'],
        gen: s => s.alnum(50),
        name: 'LT_ACCESS_KEY',
        entropy: 4
    }),
    kv({
        id: 'percy-token',
        title: 'Percy project token',
        provider: 'Percy',
        context: 'percy',
        value: '(?:web_|app_|auto_)?[0-9a-f]{64}',
        keywords: ['percy'],
        gen: s => `web_${s.hex(64)}`,
        name: 'PERCY_TOKEN'
    }),
    // ── Forges and dev tools
    tok({
        id: 'bitbucket-app-password',
        title: 'Bitbucket app password',
        provider: 'Bitbucket',
        re: 'ATBB[A-Za-z0-9_=.-]{32}',
        keywords: ['atbb'],
        gen: s => `ATBB${s.alnum(24)}${s.HEX(8)}`,
        name: 'BITBUCKET_APP_PASSWORD',
        entropy: 3.5
    }),
    tok({
        id: 'bitbucket-data-center-token',
        title: 'Bitbucket Data Center HTTP access token',
        provider: 'Bitbucket',
        re: 'BBDC-[A-Za-z0-9+/@_-]{44}',
        keywords: ['bbdc-'],
        gen: s => `BBDC-${s.b64(44)}`,
        name: 'BITBUCKET_TOKEN',
        entropy: 4
    }),
    kv({
        id: 'gitea-token',
        title: 'Gitea or Forgejo access token',
        provider: 'Gitea',
        context: 'gitea|forgejo|codeberg',
        value: '[0-9a-f]{40}',
        keywords: ['gitea', 'forgejo', 'codeberg'],
        gen: s => s.hex(40),
        name: 'GITEA_TOKEN'
    }),
    tok({
        id: 'sourcegraph-token',
        title: 'Sourcegraph access token',
        provider: 'Sourcegraph',
        re: 'sgp_(?:[0-9a-f]{16}_|local_)?[0-9a-f]{40}',
        keywords: ['sgp_'],
        gen: s => `sgp_${s.hex(16)}_${s.hex(40)}`,
        name: 'SRC_ACCESS_TOKEN'
    }),
    tok({
        id: 'youtrack-token',
        title: 'YouTrack / Hub permanent token',
        provider: 'JetBrains',
        re: 'perm[:-][A-Za-z0-9+/=]{4,40}\\.[A-Za-z0-9+/=]{4,40}\\.[A-Za-z0-9]{30}',
        keywords: ['perm:', 'perm-'],
        gen: s => `perm:${s.base64(s.lower(6))}.${s.base64(`${s.digits(2)}-${s.digits(1)}`)}.${s.alnum(30)}`,
        miss: s => [`perm:${s.base64(s.lower(6))}.${s.base64('44-2')}.${s.alnum(20)}`],
        name: 'YOUTRACK_TOKEN',
        entropy: 3.5
    }),
    tok({
        id: 'wakatime-api-key',
        title: 'WakaTime API key',
        provider: 'WakaTime',
        re: 'waka_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
        keywords: ['waka_'],
        gen: s => `waka_${s.uuid()}`,
        name: 'WAKATIME_API_KEY'
    }),
    tok({
        id: 'readme-api-key',
        title: 'ReadMe API key',
        provider: 'ReadMe',
        re: 'rdme_[a-z0-9]{70}',
        keywords: ['rdme_'],
        gen: s => `rdme_${s.lowerAlnum(70)}`,
        name: 'README_API_KEY'
    }),
    kv({
        id: 'expo-access-token',
        title: 'Expo access token',
        provider: 'Expo',
        context: 'expo[_.-]?token',
        value: '[A-Za-z0-9_-]{40}',
        keywords: ['expo_token', 'expo-token', 'expotoken'],
        gen: s => s.url(40),
        name: 'EXPO_TOKEN',
        entropy: 3.5
    }),
    tok({
        id: 'prefect-api-key',
        title: 'Prefect Cloud API key',
        provider: 'Prefect',
        re: 'pn[ub]_[A-Za-z0-9]{36}',
        keywords: ['pnu_', 'pnb_'],
        gen: s => `pnu_${s.alnum(36)}`,
        name: 'PREFECT_API_KEY',
        entropy: 3.5
    }),
    tok({
        id: 'dbt-cloud-token',
        title: 'dbt Cloud service or personal token',
        provider: 'dbt Cloud',
        re: 'dbt[cu]_[A-Za-z0-9_-]{40,80}',
        keywords: ['dbtc_', 'dbtu_'],
        gen: s => `dbtc_${s.url(56)}`,
        miss: s => [`dbtc_${s.url(20)}`],
        name: 'DBT_CLOUD_API_TOKEN',
        entropy: 3.5
    }),
    // ── Networking
    tok({
        id: 'tailscale-key',
        title: 'Tailscale auth, API or OAuth client key',
        provider: 'Tailscale',
        re: 'tskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9]{8,20}-[A-Za-z0-9]{20,64}',
        keywords: ['tskey-'],
        gen: s => `tskey-auth-k${s.alnum(11)}-${s.alnum(33)}`,
        miss: s => [`tskey-auth-k${s.alnum(11)}-${s.alnum(10)}`],
        name: 'TS_AUTHKEY',
        entropy: 3.5
    }),
    kv({
        id: 'ngrok-authtoken',
        title: 'ngrok authtoken or API key',
        provider: 'ngrok',
        context: 'ngrok',
        value: '[0-9A-Za-z]{26,28}_[0-9A-Za-z]{20,22}',
        keywords: ['ngrok'],
        gen: s => `${s.alnum(27)}_${s.alnum(21)}`,
        miss: s => [`${s.alnum(27)}_${s.alnum(10)}`],
        name: 'NGROK_AUTHTOKEN',
        entropy: 3.5
    }),
    // ── Secret managers
    kv({
        id: 'bitwarden-access-token',
        title: 'Bitwarden Secrets Manager access token',
        provider: 'Bitwarden',
        context: 'bws|bitwarden',
        value: `0\\.${UUID}\\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22}==`,
        keywords: ['bws', 'bitwarden'],
        gen: s => `0.${s.uuid()}.${s.alnum(30)}:${s.b64(22)}==`,
        name: 'BWS_ACCESS_TOKEN',
        confidence: 'high',
        entropy: 4
    }),
    kv({
        id: 'infisical-token',
        title: 'Infisical service token or client secret',
        provider: 'Infisical',
        context: 'infisical',
        value: 'st\\.[0-9a-f-]{36}\\.[0-9a-f]{32}\\.[0-9a-f]{32}|[0-9a-f]{64}',
        keywords: ['infisical'],
        gen: s => s.hex(64),
        name: 'INFISICAL_CLIENT_SECRET'
    }),
    tok({
        id: 'onepassword-secret-key',
        title: '1Password account Secret Key',
        provider: '1Password',
        re: 'A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}',
        keywords: ['a3-'],
        gen: s => `A3-${s.upperAlnum(6)}-${s.upperAlnum(6)}-${s.upperAlnum(5)}-${s.upperAlnum(5)}-${s.upperAlnum(5)}-${s.upperAlnum(5)}`,
        name: 'OP_SECRET_KEY',
        severity: 'critical'
    }),
    // ── Package hosting
    tok({
        id: 'artifactory-api-key',
        title: 'JFrog Artifactory API key',
        provider: 'JFrog',
        re: 'AKCp[A-Za-z0-9]{69}',
        keywords: ['akcp'],
        gen: s => `AKCp${s.alnum(69)}`,
        name: 'ARTIFACTORY_API_KEY',
        entropy: 4
    }),
    tok({
        id: 'artifactory-reference-token',
        title: 'JFrog Artifactory reference token',
        provider: 'JFrog',
        re: 'cmVmdGtuOjAxOj[A-Za-z0-9]{50}',
        keywords: ['cmvmdgtuojaxoj'],
        gen: s => `cmVmdGtuOjAxOj${s.alnum(50)}`,
        name: 'JFROG_ACCESS_TOKEN',
        validation: 'structure',
        entropy: 4
    }),
    kv({
        id: 'cloudsmith-api-key',
        title: 'Cloudsmith API key',
        provider: 'Cloudsmith',
        context: 'cloudsmith',
        value: '[0-9a-f]{40}',
        keywords: ['cloudsmith'],
        gen: s => s.hex(40),
        name: 'CLOUDSMITH_API_KEY'
    }),
    tok({
        id: 'nuget-api-key',
        title: 'NuGet API key',
        provider: 'NuGet',
        re: 'oy2[a-z0-9]{43}',
        keywords: ['oy2'],
        gen: s => `oy2${s.lowerAlnum(43)}`,
        name: 'NUGET_API_KEY',
        entropy: 3.5
    }),
    tok({
        id: 'crates-io-token',
        title: 'crates.io API token',
        provider: 'crates.io',
        re: 'cio[A-Za-z0-9]{32}',
        keywords: ['cio'],
        gen: s => `cio${s.alnum(32)}`,
        // All-letter runs after `cio` are words (`ciocalteu…`), not tokens.
        validate: v => /[0-9]/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v.slice(3)),
        name: 'CARGO_REGISTRY_TOKEN'
    }),
    kv({
        id: 'gemfury-token',
        title: 'Gemfury push or deploy token',
        provider: 'Gemfury',
        context: 'gemfury|fury[_.-]?(?:push|deploy|token)',
        value: '[A-Za-z0-9_-]{20,40}',
        keywords: ['gemfury', 'fury_', 'fury-'],
        gen: s => s.url(22),
        miss: s => [s.url(12)],
        name: 'GEMFURY_TOKEN',
        entropy: 3.5
    }),
    kv({
        id: 'anaconda-token',
        title: 'Anaconda.org token',
        provider: 'Anaconda',
        context: 'anaconda',
        value: '[A-Za-z0-9-]{30,40}',
        keywords: ['anaconda'],
        gen: s => s.alnum(34),
        miss: s => [s.alnum(16)],
        name: 'ANACONDA_API_TOKEN',
        entropy: 3.5
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/generic.ts

/** The generic assignment detector (`src/secrets/generic.ts`); the lowest priority of all. */
const GENERIC_RULES = [
    {
        id: 'generic-secret-assignment',
        title: 'Hard-coded secret in an assignment',
        provider: 'generic',
        keywords: ['pass', 'pwd', 'secret', 'token', 'key', 'auth', 'cred'],
        find: findGenericAssignments,
        before: 80,
        after: 260,
        confidence: 'medium',
        severity: 'medium',
        validation: 'entropy',
        priority: 0,
        samples: {
            tps: s => [
                `DB_PASSWORD = "${s.alnum(10)}#${s.alnum(5)}"`,
                `client_secret: "${s.alnum(12)}!${s.alnum(6)}"`
            ],
            fps: () => [
                'password = "<your-password-here>"',
                'api_key = "${API_KEY}"',
                'DB_PASSWORD = os.environ["DB_PASSWORD"]',
                'SECRET_KEY = "changeme"'
            ]
        }
    }
];

;// CONCATENATED MODULE: ./src/secrets/rules/google.ts


/** Google and Google Cloud. */
const GOOGLE_RULES = [
    prefixed('google-api-key', 'Google API key', 'Google', 'AIza[\\w-]{35}', {
        keywords: ['aiza'],
        after: 42,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`GOOGLE_API_KEY = "AIza${s.url(35)}"`],
            fps: s => [`GOOGLE_API_KEY = "AIza${s.url(20)}"`, `GOOGLE_API_KEY = "AIza${s.url(36)}"`]
        }
    }),
    {
        id: 'gcp-service-account-key',
        title: 'Google Cloud service account key (JSON)',
        provider: 'Google Cloud',
        keywords: ['service_account'],
        find: gcpServiceAccount,
        before: 4096,
        after: 8192,
        multiline: true,
        confidence: 'high',
        severity: 'critical',
        validation: 'structure',
        priority: 90,
        samples: {
            tps: (s) => {
                const key = `-----BEGIN PRIVATE KEY-----\\nMIIE${s.pemBody(12).replace(/\n/g, '\\n')}\\n-----END PRIVATE KEY-----\\n`;
                return [
                    `{\n  "type": "service_account",\n  "project_id": "proj-${s.lower(6)}",\n  "private_key_id": "${s.hex(40)}",\n  "private_key": "${key}",\n  "client_email": "svc@proj-${s.lower(6)}.iam.gserviceaccount.com"\n}`
                ];
            },
            fps: (s) => [
                // An authorized-user file has no private key.
                `{\n  "type": "service_account",\n  "project_id": "proj-${s.lower(6)}",\n  "client_email": "svc@proj.iam.gserviceaccount.com"\n}`
            ]
        }
    },
    prefixed('google-oauth-client-secret', 'Google OAuth client secret', 'Google', 'GOCSPX-[\\w-]{28}', {
        keywords: ['gocspx-'],
        after: 38,
        validate: minEntropy(3),
        samples: {
            tps: s => [`client_secret = "GOCSPX-${s.url(28)}"`],
            fps: s => [`client_secret = "GOCSPX-${s.url(27)}"`]
        }
    }),
    prefixed('google-oauth-access-token', 'Google OAuth access token', 'Google', 'ya29\\.[\\w-]{60,300}', {
        keywords: ['ya29.'],
        after: 310,
        confidence: 'medium',
        validate: minEntropy(4),
        samples: {
            tps: s => [`access = "ya29.a0${s.url(120)}"`],
            fps: s => [`access = "ya29.a0${s.url(40)}"`]
        }
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/hosting.ts


/** IBM COS HMAC keys come as a JSON pair; the secret is 48 hex next to a 32-hex key id. */
const COS_SECRET = '[0-9a-f]{48}';
/** Edge, hosting, cloud platforms and managed databases. */
const HOSTING_RULES = [
    // ── Cloudflare: scannable API credentials (prefix + 40 + checksum), Origin CA keys, legacy.
    tok({
        id: 'cloudflare-api-token',
        title: 'Cloudflare API token or global API key',
        provider: 'Cloudflare',
        re: 'cf(?:k|ut|at)_[A-Za-z0-9]{40}[A-Za-z0-9]{6,10}',
        keywords: ['cfk_', 'cfut_', 'cfat_'],
        gen: s => `cfut_${s.alnum(40)}${s.alnum(8)}`,
        miss: s => [`cfut_${s.alnum(30)}`],
        name: 'CLOUDFLARE_API_TOKEN',
        entropy: 3.5
    }),
    tok({
        id: 'cloudflare-origin-ca-key',
        title: 'Cloudflare Origin CA key',
        provider: 'Cloudflare',
        re: 'v1\\.0-[0-9a-f]{24}-[0-9a-f]{146}',
        keywords: ['v1.0-'],
        after: 190,
        gen: s => `v1.0-${s.hex(24)}-${s.hex(146)}`,
        name: 'CF_ORIGIN_CA_KEY'
    }),
    kv({
        id: 'cloudflare-global-api-key',
        title: 'Cloudflare global API key (legacy)',
        provider: 'Cloudflare',
        context: 'cloudflare|cf[_.-]?(?:api[_.-]?)?key|x-auth-key',
        value: '[0-9a-f]{37}',
        keywords: ['cloudflare', 'cf_api_key', 'cf_key', 'cf-api-key', 'x-auth-key', 'cfapikey'],
        gen: s => s.hex(37),
        name: 'CLOUDFLARE_GLOBAL_KEY'
    }),
    kv({
        id: 'cloudflare-api-token-legacy',
        title: 'Cloudflare API token (legacy format)',
        provider: 'Cloudflare',
        context: 'cloudflare|cf[_.-]?api[_.-]?token',
        value: '[A-Za-z0-9_-]{40}',
        keywords: ['cloudflare', 'cf_api_token', 'cf-api-token'],
        gen: s => s.url(40),
        name: 'CLOUDFLARE_API_TOKEN',
        entropy: 3.5
    }),
    // ── Platforms
    kv({
        id: 'vercel-token',
        title: 'Vercel access token',
        provider: 'Vercel',
        context: 'vercel',
        value: '[A-Za-z0-9]{24}',
        keywords: ['vercel'],
        gen: s => s.alnum(24),
        name: 'VERCEL_TOKEN',
        entropy: 3.5
    }),
    tok({
        id: 'netlify-pat',
        title: 'Netlify personal access token',
        provider: 'Netlify',
        re: 'nfp_[A-Za-z0-9]{36}',
        keywords: ['nfp_'],
        gen: s => `nfp_${s.alnum(36)}`,
        name: 'NETLIFY_AUTH_TOKEN',
        entropy: 3.5
    }),
    kv({
        id: 'netlify-token-legacy',
        title: 'Netlify access token (legacy format)',
        provider: 'Netlify',
        context: 'netlify',
        value: '[A-Za-z0-9_-]{43,45}',
        keywords: ['netlify'],
        gen: s => s.url(43),
        miss: s => [s.url(30)],
        name: 'NETLIFY_AUTH_TOKEN',
        entropy: 3.5
    }),
    tok({
        id: 'render-api-key',
        title: 'Render API key',
        provider: 'Render',
        re: 'rnd_[A-Za-z0-9]{32}',
        keywords: ['rnd_'],
        gen: s => `rnd_${s.alnum(32)}`,
        name: 'RENDER_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'railway-token',
        title: 'Railway API token',
        provider: 'Railway',
        context: 'railway',
        value: UUID,
        keywords: ['railway'],
        gen: s => s.uuid(),
        name: 'RAILWAY_TOKEN'
    }),
    tok({
        id: 'deno-deploy-token',
        title: 'Deno Deploy access token',
        provider: 'Deno Deploy',
        re: 'dd[pw]_[A-Za-z0-9]{36}',
        keywords: ['ddp_', 'ddw_'],
        gen: s => `ddp_${s.alnum(36)}`,
        name: 'DENO_DEPLOY_TOKEN',
        entropy: 3.5
    }),
    tok({
        id: 'supabase-access-token',
        title: 'Supabase personal access token',
        provider: 'Supabase',
        re: 'sbp_[0-9a-f]{40}',
        keywords: ['sbp_'],
        gen: s => `sbp_${s.hex(40)}`,
        name: 'SUPABASE_ACCESS_TOKEN'
    }),
    tok({
        id: 'supabase-secret-key',
        title: 'Supabase secret API key',
        provider: 'Supabase',
        re: 'sb_secret_[A-Za-z0-9_-]{20,64}',
        keywords: ['sb_secret_'],
        gen: s => `sb_secret_${s.url(31)}`,
        miss: s => [`sb_secret_${s.url(12)}`],
        name: 'SUPABASE_SECRET_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'supabase-service-role-key',
        title: 'Supabase service role key',
        provider: 'Supabase',
        context: 'supabase[\\w.-]{0,20}?(?:service|secret)',
        value: 'eyJ[\\w-]{10,80}\\.eyJ[\\w-]{20,600}\\.[\\w-]{20,120}',
        keywords: ['supabase'],
        gen: s => s.jwt({ iss: 'supabase', ref: s.lower(20), role: 'service_role', iat: 1700000000 }),
        miss: s => [s.jwt({ iss: 'supabase', role: 'service_role' }).slice(0, 30)],
        name: 'SUPABASE_SERVICE_ROLE_KEY',
        after: 1600,
        entropy: 4
    }),
    tok({
        id: 'neon-api-key',
        title: 'Neon API key',
        provider: 'Neon',
        re: 'napi_[a-z0-9]{64}',
        keywords: ['napi_'],
        gen: s => `napi_${s.lowerAlnum(64)}`,
        name: 'NEON_API_KEY'
    }),
    kv({
        id: 'fastly-api-token',
        title: 'Fastly API token',
        provider: 'Fastly',
        context: 'fastly',
        value: '[A-Za-z0-9_-]{32}',
        keywords: ['fastly'],
        gen: s => s.url(32),
        name: 'FASTLY_API_TOKEN',
        entropy: 3.5
    }),
    tok({
        id: 'akamai-edgegrid-token',
        title: 'Akamai EdgeGrid client or access token',
        provider: 'Akamai',
        re: 'akab-[a-z0-9]{16}-[a-z0-9]{16}',
        keywords: ['akab-'],
        gen: s => `akab-${s.lowerAlnum(16)}-${s.lowerAlnum(16)}`,
        name: 'client_token',
        severity: 'medium'
    }),
    kv({
        id: 'akamai-edgegrid-client-secret',
        title: 'Akamai EdgeGrid client secret',
        provider: 'Akamai',
        context: 'client_secret',
        value: '[A-Za-z0-9+/]{43}=',
        keywords: ['client_secret'],
        gen: s => `${s.b64(43)}=`,
        name: 'client_secret',
        // An .edgerc section: the client secret sits next to its akab- client and access tokens.
        validate: (v, ctx) => shannonEntropy(v) > 4 &&
            ctx.text.slice(Math.max(0, ctx.start - 400), ctx.end + 400).includes('akab-'),
        tps: s => [
            `[default]\nclient_secret = ${s.b64(43)}=\nhost = akab-${s.lowerAlnum(16)}-${s.lowerAlnum(16)}.luna.akamaiapis.net`
        ]
    }),
    // ── Other clouds
    tok({
        id: 'alibaba-access-key-id',
        title: 'Alibaba Cloud AccessKey ID',
        provider: 'Alibaba Cloud',
        re: 'LTAI[A-Za-z0-9]{12,20}',
        keywords: ['ltai'],
        gen: s => `LTAI${s.alnum(20)}`,
        miss: s => [`LTAI${s.alnum(8)}`],
        name: 'ALIBABA_CLOUD_ACCESS_KEY_ID',
        confidence: 'medium'
    }),
    kv({
        id: 'alibaba-access-key-secret',
        title: 'Alibaba Cloud AccessKey secret',
        provider: 'Alibaba Cloud',
        context: 'ali(?:baba|yun|cloud)[\\w.-]{0,25}?secret|access_key_secret',
        value: '[A-Za-z0-9]{30}',
        keywords: ['alibaba', 'aliyun', 'alicloud', 'access_key_secret'],
        gen: s => s.alnum(30),
        name: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
        entropy: 3.5
    }),
    tok({
        id: 'tencent-secret-id',
        title: 'Tencent Cloud SecretId',
        provider: 'Tencent Cloud',
        re: 'AKID[A-Za-z0-9]{32}',
        keywords: ['akid'],
        gen: s => `AKID${s.alnum(32)}`,
        name: 'TENCENTCLOUD_SECRET_ID',
        confidence: 'medium',
        entropy: 3.5
    }),
    kv({
        id: 'tencent-secret-key',
        title: 'Tencent Cloud SecretKey',
        provider: 'Tencent Cloud',
        context: 'tencent[\\w.-]{0,25}?(?:secret|key)',
        value: '[A-Za-z0-9]{32}',
        keywords: ['tencent'],
        gen: s => s.alnum(32),
        name: 'TENCENTCLOUD_SECRET_KEY',
        entropy: 3.5
    }),
    tok({
        id: 'yandex-cloud-api-key',
        title: 'Yandex Cloud API key',
        provider: 'Yandex Cloud',
        re: 'AQVN[A-Za-z0-9_-]{35,38}',
        keywords: ['aqvn'],
        gen: s => `AQVN${s.url(36)}`,
        miss: s => [`AQVN${s.url(20)}`],
        name: 'YC_API_KEY',
        entropy: 3.5
    }),
    tok({
        id: 'yandex-cloud-iam-token',
        title: 'Yandex Cloud IAM token',
        provider: 'Yandex Cloud',
        re: 't1\\.[A-Za-z0-9_-]{20,100}={0,2}\\.[A-Za-z0-9_-]{86}={0,2}',
        keywords: ['t1.'],
        after: 220,
        gen: s => `t1.${s.url(60)}.${s.url(86)}`,
        miss: s => [`t1.${s.url(60)}.${s.url(40)}`],
        name: 'YC_IAM_TOKEN',
        entropy: 4
    }),
    tok({
        id: 'scaleway-access-key',
        title: 'Scaleway access key',
        provider: 'Scaleway',
        re: 'SCW[A-Z0-9]{17}',
        keywords: ['scw'],
        gen: s => `SCW${s.upperAlnum(17)}`,
        name: 'SCW_ACCESS_KEY',
        confidence: 'medium'
    }),
    kv({
        id: 'scaleway-secret-key',
        title: 'Scaleway secret key',
        provider: 'Scaleway',
        context: 'scw[_.-]?secret|scaleway',
        value: UUID,
        keywords: ['scw_secret', 'scw-secret', 'scaleway'],
        gen: s => s.uuid(),
        name: 'SCW_SECRET_KEY'
    }),
    kv({
        id: 'linode-token',
        title: 'Linode (Akamai Cloud) personal access token',
        provider: 'Linode',
        context: 'linode',
        value: '[0-9a-f]{64}',
        keywords: ['linode'],
        gen: s => s.hex(64),
        name: 'LINODE_TOKEN'
    }),
    kv({
        id: 'vultr-api-key',
        title: 'Vultr API key',
        provider: 'Vultr',
        context: 'vultr',
        value: '[A-Z0-9]{36}',
        keywords: ['vultr'],
        gen: s => s.upperAlnum(36),
        name: 'VULTR_API_KEY',
        validate: upperAlnum(3)
    }),
    kv({
        id: 'hetzner-cloud-token',
        title: 'Hetzner Cloud API token',
        provider: 'Hetzner',
        context: 'hcloud|hetzner',
        value: '[A-Za-z0-9]{64}',
        keywords: ['hcloud', 'hetzner'],
        gen: s => s.alnum(64),
        name: 'HCLOUD_TOKEN',
        entropy: 4
    }),
    kv({
        id: 'ovh-application-secret',
        title: 'OVHcloud application secret or consumer key',
        provider: 'OVHcloud',
        context: 'ovh[\\w.-]{0,20}?(?:secret|consumer)',
        value: '[A-Za-z0-9]{32}',
        keywords: ['ovh'],
        gen: s => s.alnum(32),
        name: 'OVH_APPLICATION_SECRET',
        entropy: 3.5
    }),
    kv({
        id: 'ibm-cloud-iam-api-key',
        title: 'IBM Cloud IAM API key',
        provider: 'IBM Cloud',
        context: 'ibm[\\w.-]{0,25}?(?:api[_.-]?key|iam)|iam[_.-]?api[_.-]?key|ic_api_key|bluemix',
        value: '[A-Za-z0-9_-]{44}',
        keywords: ['ibm', 'iam_api', 'iam-api', 'iamapi', 'ic_api_key', 'bluemix'],
        gen: s => s.url(44),
        name: 'IBMCLOUD_API_KEY',
        entropy: 3.5
    }),
    rule('ibm-cos-hmac-secret', 'IBM Cloud Object Storage HMAC secret', 'IBM Cloud', `"secret_access_key"\\s*:\\s*"(?<secret>${COS_SECRET})"`, {
        keywords: ['cos_hmac_keys', 'secret_access_key'],
        before: 400,
        after: 400,
        multiline: true,
        validation: 'context',
        validate: (secret, ctx) => /cos_hmac_keys|"access_key_id"\s*:\s*"[0-9a-f]{32}"/.test(ctx.text.slice(Math.max(0, ctx.start - 400), ctx.end + 400)),
        samples: {
            tps: s => [
                `{\n  "cos_hmac_keys": {\n    "access_key_id": "${s.hex(32)}",\n    "secret_access_key": "${s.hex(48)}"\n  }\n}`
            ],
            fps: s => [`{"secret_access_key": "${s.hex(48)}"}`]
        }
    }),
    kv({
        id: 'softlayer-api-key',
        title: 'IBM SoftLayer API key',
        provider: 'SoftLayer',
        context: 'softlayer|sl[_.-]api[_.-]?key',
        value: '[0-9a-f]{64}',
        keywords: ['softlayer', 'sl_api', 'sl-api', 'sl.api'],
        gen: s => s.hex(64),
        name: 'SOFTLAYER_API_KEY'
    }),
    tok({
        id: 'exoscale-api-key',
        title: 'Exoscale API key',
        provider: 'Exoscale',
        re: 'EXO[0-9a-f]{24}',
        keywords: ['exo'],
        gen: s => `EXO${s.hex(24)}`,
        name: 'EXOSCALE_API_KEY',
        confidence: 'medium'
    }),
    kv({
        id: 'backblaze-application-key',
        title: 'Backblaze B2 application key',
        provider: 'Backblaze',
        context: 'b2[_.-]?(?:app(?:lication)?[_.-]?key|secret)|backblaze',
        value: 'K[0-9]{3}[A-Za-z0-9+/]{27}',
        keywords: ['b2_app', 'b2_application', 'b2-app', 'b2_secret', 'backblaze'],
        gen: s => `K00${s.digits(1)}${s.alnum(27)}`,
        name: 'B2_APPLICATION_KEY',
        entropy: 3.5
    }),
    tok({
        id: 'digitalocean-spaces-key',
        title: 'DigitalOcean Spaces access key',
        provider: 'DigitalOcean',
        re: 'DO00[A-Z0-9]{16}',
        keywords: ['do00'],
        gen: s => `DO00${s.upperAlnum(16)}`,
        name: 'SPACES_ACCESS_KEY_ID',
        confidence: 'medium'
    }),
    rule('cloudinary-url', 'Cloudinary URL with API secret', 'Cloudinary', 'cloudinary://[0-9]{10,20}:(?<secret>[A-Za-z0-9_-]{25,32})@[a-z0-9_-]{2,64}', {
        keywords: ['cloudinary://'],
        after: 140,
        validation: 'context',
        samples: {
            tps: s => [`CLOUDINARY_URL=cloudinary://${s.digits(15)}:${s.url(27)}@demo-${s.lower(5)}`],
            fps: () => ['CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>']
        }
    }),
    tok({
        id: 'firebase-cloud-messaging-key',
        title: 'Firebase Cloud Messaging server key',
        provider: 'Firebase',
        re: 'AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}',
        keywords: [':apa91b'],
        before: 12,
        after: 150,
        gen: s => `AAAA${s.url(7)}:APA91b${s.url(134)}`,
        name: 'FCM_SERVER_KEY',
        entropy: 4
    }),
    tok({
        id: 'mapbox-secret-token',
        title: 'Mapbox secret access token',
        provider: 'Mapbox',
        re: '[st]k\\.eyJ[A-Za-z0-9_-]{20,200}\\.[A-Za-z0-9_-]{22}',
        keywords: ['sk.eyj', 'tk.eyj'],
        after: 240,
        gen: s => `sk.${s.base64url(JSON.stringify({ u: s.lower(8), a: s.lowerAlnum(25) }))}.${s.url(22)}`,
        miss: s => [`sk.${s.base64url(JSON.stringify({ u: s.lower(8) }))}.${s.url(12)}`],
        name: 'MAPBOX_SECRET_TOKEN',
        entropy: 4
    }),
    kv({
        id: 'upstash-redis-token',
        title: 'Upstash Redis REST token',
        provider: 'Upstash',
        context: 'upstash[\\w.-]{0,25}?token',
        value: 'A[A-Za-z0-9_=-]{50,120}',
        keywords: ['upstash'],
        gen: s => `A${s.url(60)}`,
        miss: s => [`A${s.url(20)}`],
        name: 'UPSTASH_REDIS_REST_TOKEN',
        entropy: 4
    }),
    kv({
        id: 'fauna-secret',
        title: 'Fauna secret',
        provider: 'Fauna',
        context: 'fauna',
        value: 'fn[A-Za-z0-9_-]{38}',
        keywords: ['fauna'],
        gen: s => `fn${s.url(38)}`,
        name: 'FAUNA_SECRET',
        entropy: 3.5
    }),
    kv({
        id: 'mongodb-atlas-private-key',
        title: 'MongoDB Atlas API private key',
        provider: 'MongoDB Atlas',
        context: '(?:mongodb[_.-]?)?atlas[\\w.-]{0,20}?private',
        value: UUID,
        keywords: ['atlas'],
        gen: s => s.uuid(),
        name: 'MONGODB_ATLAS_PRIVATE_KEY'
    }),
    tok({
        id: 'clickhouse-cloud-api-secret',
        title: 'ClickHouse Cloud API key secret',
        provider: 'ClickHouse',
        re: '4b1d[A-Za-z0-9]{38}',
        keywords: ['4b1d'],
        gen: s => `4b1d${s.alnum(38)}`,
        // Lower-case hex after the prefix is a hash, not a ClickHouse secret.
        miss: s => [`4b1d${s.alnum(37)}`, `4b1d${s.hex(38)}`],
        validate: v => /[A-Z]/.test(v) && /[a-z]/.test(v.slice(4)) && !/^4b1d[0-9a-f]+$/.test(v),
        name: 'CLICKHOUSE_KEY_SECRET'
    }),
    kv({
        id: 'confluent-api-secret',
        title: 'Confluent Cloud API secret',
        provider: 'Confluent',
        context: 'confluent[\\w.-]{0,25}?secret|sasl[_.]?password|cloud[_.-]?api[_.-]?secret',
        value: '[A-Za-z0-9+/]{64}',
        keywords: ['confluent', 'sasl_password', 'sasl.password', 'cloud_api_secret'],
        gen: s => s.b64(64),
        name: 'CONFLUENT_API_SECRET',
        entropy: 4
    }),
    kv({
        id: 'aiven-token',
        title: 'Aiven API token',
        provider: 'Aiven',
        context: 'aiven',
        value: '[A-Za-z0-9+/]{372}',
        keywords: ['aiven'],
        after: 420,
        gen: s => s.b64(372),
        name: 'AIVEN_TOKEN',
        entropy: 4.5
    }),
    kv({
        id: 'influxdb-token',
        title: 'InfluxDB API token',
        provider: 'InfluxDB',
        context: 'influx',
        value: '[A-Za-z0-9_-]{86}==',
        keywords: ['influx'],
        gen: s => `${s.url(86)}==`,
        name: 'INFLUXDB_TOKEN',
        entropy: 4.5
    }),
    kv({
        id: 'algolia-admin-key',
        title: 'Algolia admin API key',
        provider: 'Algolia',
        context: 'algolia',
        value: '[0-9a-f]{32}',
        keywords: ['algolia'],
        gen: s => s.hex(32),
        name: 'ALGOLIA_ADMIN_KEY'
    }),
    kv({
        id: 'elastic-api-key',
        title: 'Elastic API key',
        provider: 'Elastic',
        context: 'elastic(?:search)?[\\w.-]{0,20}?api[_.-]?key',
        value: '[A-Za-z0-9_-]{20,24}:[A-Za-z0-9_-]{22}|[A-Za-z0-9+/]{56,64}={0,2}',
        keywords: ['elastic'],
        gen: s => `${s.url(20)}:${s.url(22)}`,
        miss: s => [`${s.url(20)}:${s.url(10)}`],
        name: 'ELASTIC_API_KEY',
        entropy: 4
    }),
    kv({
        id: 'hasura-admin-secret',
        title: 'Hasura admin secret',
        provider: 'Hasura',
        context: 'hasura[\\w.-]{0,20}?(?:admin|secret)',
        value: '[A-Za-z0-9_-]{32,64}',
        keywords: ['hasura'],
        gen: s => s.url(40),
        miss: s => [s.url(16)],
        name: 'HASURA_GRAPHQL_ADMIN_SECRET',
        entropy: 3.8
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/identity.ts

/** Identity providers, sign-in services and CAPTCHA secrets. */
const IDENTITY_RULES = [
    kv({
        id: 'okta-api-token',
        title: 'Okta API token',
        provider: 'Okta',
        context: 'okta',
        value: '00[A-Za-z0-9_-]{40}',
        keywords: ['okta'],
        gen: s => `00${s.url(40)}`,
        name: 'OKTA_API_TOKEN',
        entropy: 3.5
    }),
    kv({
        id: 'auth0-client-secret',
        title: 'Auth0 client secret or management token',
        provider: 'Auth0',
        context: 'auth0',
        value: '[A-Za-z0-9_-]{64}|eyJ[\\w-]{10,80}\\.eyJ[\\w-]{20,1200}\\.[\\w-]{20,600}',
        keywords: ['auth0'],
        gen: s => s.url(64),
        name: 'AUTH0_CLIENT_SECRET',
        entropy: 4
    }),
    kv({
        id: 'clerk-secret-key',
        title: 'Clerk secret key',
        provider: 'Clerk',
        context: 'clerk',
        value: 'sk_(?:live|test)_[A-Za-z0-9]{40,60}',
        keywords: ['clerk'],
        gen: s => `sk_live_${s.alnum(42)}`,
        miss: s => [`sk_live_${s.alnum(12)}`],
        name: 'CLERK_SECRET_KEY',
        entropy: 3.5,
        // Outranks the Stripe rule on the same value: the name says whose key it is.
        priority: 55
    }),
    tok({
        id: 'stytch-secret',
        title: 'Stytch project secret',
        provider: 'Stytch',
        re: 'secret-(?:live|test)-[A-Za-z0-9_=-]{36}',
        keywords: ['secret-live-', 'secret-test-'],
        gen: s => `secret-live-${s.url(36)}`,
        name: 'STYTCH_SECRET',
        entropy: 3.5,
        priority: 55
    }),
    tok({
        id: 'ory-api-key',
        title: 'Ory Network API key or token',
        provider: 'Ory',
        re: 'ory_(?:pat|apikey|at|rt|ac)_[A-Za-z0-9]{32,64}',
        keywords: ['ory_pat_', 'ory_apikey_', 'ory_at_', 'ory_rt_', 'ory_ac_'],
        gen: s => `ory_pat_${s.alnum(32)}`,
        name: 'ORY_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'duo-secret-key',
        title: 'Duo integration secret key',
        provider: 'Duo',
        context: 'duo[\\w.-]{0,12}?(?:secret|skey)',
        value: '[A-Za-z0-9]{40}',
        keywords: ['duo'],
        gen: s => s.alnum(40),
        name: 'DUO_SECRET_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'workos-api-key',
        title: 'WorkOS API key',
        provider: 'WorkOS',
        context: 'workos',
        value: 'sk_(?:live_|test_)?[A-Za-z0-9]{40,80}',
        keywords: ['workos'],
        gen: s => `sk_${s.alnum(60)}`,
        miss: s => [`sk_${s.alnum(12)}`],
        name: 'WORKOS_API_KEY',
        entropy: 3.5,
        priority: 55
    }),
    kv({
        id: 'fusionauth-api-key',
        title: 'FusionAuth API key',
        provider: 'FusionAuth',
        context: 'fusionauth',
        value: '[A-Za-z0-9_-]{40,64}',
        keywords: ['fusionauth'],
        gen: s => s.url(44),
        miss: s => [s.url(20)],
        name: 'FUSIONAUTH_API_KEY',
        entropy: 3.8
    }),
    kv({
        id: 'recaptcha-secret-key',
        title: 'Google reCAPTCHA secret key',
        provider: 'reCAPTCHA',
        context: 'recaptcha[\\w.-]{0,12}?(?:secret|private)',
        value: '6L[A-Za-z0-9_-]{38}',
        keywords: ['recaptcha'],
        gen: s => `6L${s.url(38)}`,
        name: 'RECAPTCHA_SECRET_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'hcaptcha-secret',
        title: 'hCaptcha secret',
        provider: 'hCaptcha',
        context: 'hcaptcha[\\w.-]{0,12}?secret',
        value: '0x[0-9a-fA-F]{40}|ES_[0-9a-f]{32}',
        keywords: ['hcaptcha'],
        gen: s => `0x${s.hex(40)}`,
        name: 'HCAPTCHA_SECRET',
        entropy: 3.5
    }),
    kv({
        id: 'turnstile-secret-key',
        title: 'Cloudflare Turnstile secret key',
        provider: 'Cloudflare',
        context: 'turnstile[\\w.-]{0,12}?secret',
        value: '0x4AAAAAAA[A-Za-z0-9_-]{22,30}',
        keywords: ['turnstile'],
        gen: s => `0x4AAAAAAA${s.url(26)}`,
        miss: s => [`0x4AAAAAAA${s.url(10)}`],
        name: 'TURNSTILE_SECRET_KEY',
        entropy: 3.5
    }),
    rule('okta-ssws-token', 'Okta API token in an SSWS Authorization header', 'Okta', 'SSWS\\s{1,3}(?<secret>00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])', {
        keywords: ['ssws'],
        after: 60,
        validation: 'context',
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`Authorization: SSWS 00${s.url(40)}`],
            fps: s => [`Authorization: SSWS 00${s.url(30)}`, 'Authorization: SSWS ${OKTA_API_TOKEN}']
        }
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/keys.ts




/** Provider-independent structured secrets: JWTs, private keys, age identities. */
const KEY_RULES = [
    prefixed('jwt', 'JSON Web Token', 'JWT', 'eyJ[\\w-]{8,800}\\.eyJ[\\w-]{4,4000}\\.[\\w-]{16,1000}', {
        keywords: ['eyj'],
        after: 5900,
        confidence: 'medium',
        severity: 'medium',
        validation: 'structure',
        validate: jwtValidator,
        priority: 20,
        samples: {
            tps: s => [
                `session_jwt = "${s.jwt({ sub: s.digits(9), name: s.lower(7), iat: 1700000000, scope: 'read:all' })}"`
            ],
            fps: s => [
                // alg none, and a payload with one toy claim.
                `token = "${s.base64url('{"alg":"none"}')}.${s.base64url('{"sub":"a"}')}.${s.url(20)}"`,
                `token = "${s.base64url('{"alg":"HS256"}')}.${s.base64url('{"name":"x"}')}.${s.url(43)}"`
            ]
        }
    }),
    rule('private-key', 'Private key', 'Private key', '-----BEGIN (?<kind>[A-Z0-9]{1,12} ){0,2}PRIVATE KEY(?: BLOCK)?-----(?<body>[\\s\\S]{16,16384}?)-----END (?:[A-Z0-9]{1,12} ){0,2}PRIVATE KEY(?: BLOCK)?-----', {
        keywords: ['-----begin'],
        before: 0,
        after: 16500,
        multiline: true,
        severity: 'critical',
        validation: 'structure',
        raw: true,
        validate: pemValidator,
        priority: 60,
        samples: {
            tps: s => ['RSA ', 'EC ', 'OPENSSH ', '', 'DSA ', 'ENCRYPTED '].map(kind => `-----BEGIN ${kind}PRIVATE KEY-----\nMIIE${s.pemBody(12)}\n${s.b64(20)}==\n-----END ${kind}PRIVATE KEY-----`),
            fps: s => [
                '-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----',
                `-----BEGIN PUBLIC KEY-----\nMIIB${s.pemBody(4)}\n-----END PUBLIC KEY-----`
            ]
        }
    }),
    rule('putty-private-key', 'PuTTY private key', 'Private key', 'PuTTY-User-Key-File-[23]: [\\w-]{3,40}\\r?\\n(?:[^\\r\\n]{0,200}\\r?\\n){0,40}?Private-Lines: \\d{1,3}\\r?\\n(?<secret>(?:[A-Za-z0-9+/=]{1,80}\\r?\\n){1,100})', {
        keywords: ['putty-user-key-file-'],
        before: 0,
        after: 16000,
        multiline: true,
        severity: 'critical',
        validation: 'structure',
        raw: true,
        validate: s => s.replace(/\s/g, '').length >= 32 && shannonEntropy(s) > 4,
        samples: {
            tps: s => [
                `PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: deploy@ci\nPublic-Lines: 2\n${s.b64(64)}\n${s.b64(40)}\nPrivate-Lines: 14\n${s.pemBody(14)}\nPrivate-MAC: ${s.hex(64)}`
            ],
            fps: () => [
                'PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nPrivate-Lines: 1\nAAAAB3Nza\nPrivate-MAC: 00'
            ]
        }
    }),
    prefixed('age-secret-key', 'age secret key', 'age', 'AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}', {
        keywords: ['age-secret-key-1'],
        after: 80,
        validation: 'checksum',
        severity: 'critical',
        validate: s => validBech32(s),
        samples: {
            tps: s => [`AGE_KEY = "${s.bech32('age-secret-key-', 52).toUpperCase()}"`],
            fps: s => {
                const k = s.bech32('age-secret-key-', 52).toUpperCase();
                return [`AGE_KEY = "${k.slice(0, -1)}${k.endsWith('Q') ? 'P' : 'Q'}"`];
            }
        }
    }),
    rule('private-key-base64', 'Private key (base64-encoded PEM)', 'Private key', '(?<![A-Za-z0-9+/])(?<secret>LS0tLS1CRUdJTi[A-Za-z0-9+/]{0,40}(?:UFJJVkFURSBLRVkt|BSSVZBVEUgS0VZL|QUklWQVRFIEtFWS)[A-Za-z0-9+/]{200,12000}={0,2})', {
        keywords: ['ls0tls1crudjti'],
        before: 0,
        after: 12100,
        severity: 'critical',
        validation: 'structure',
        validate: v => {
            const text = decodeBase64(v)?.toString('latin1') ?? '';
            if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text))
                return false;
            // The key body (header lines dropped) must be random base64, not filler text.
            const body = text
                .split('\n')
                .filter(l => /^[A-Za-z0-9+/=]{16,}$/.test(l.trim()))
                .join('');
            return body.length >= 64 && shannonEntropy(body) > 5;
        },
        samples: {
            tps: s => [
                `client-key-data: ${s.base64(`-----BEGIN RSA PRIVATE KEY-----\nMIIE${s.pemBody(12)}\n-----END RSA PRIVATE KEY-----\n`)}`
            ],
            fps: s => [
                s.base64(`-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n\n${s.lower(64)}\n${s.lower(64)}\n-----END RSA PRIVATE KEY-----\n`),
                `client-certificate-data: ${s.base64(`-----BEGIN CERTIFICATE-----\nMIIE${s.pemBody(12)}\n-----END CERTIFICATE-----\n`)}`
            ]
        }
    }),
    rule('wireguard-private-key', 'WireGuard private key', 'Private key', '(?:Private|Preshared)Key\\s*=\\s*(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])', {
        keywords: ['privatekey', 'presharedkey'],
        after: 70,
        severity: 'critical',
        validation: 'structure',
        validate: minEntropy(4),
        samples: {
            tps: s => [
                `[Interface]\nAddress = 10.0.0.2/32\nPrivateKey = ${s.b64(42)}${s.pick(['A', 'E', 'I', 'M'])}=`
            ],
            fps: s => [`PublicKey = ${s.b64(42)}A=`, `PrivateKey = ${s.b64(30)}=`]
        }
    }),
    rule('openvpn-static-key', 'OpenVPN static key', 'Private key', '-----BEGIN OpenVPN Static key V1-----(?<secret>(?:\\s{1,2}[0-9a-f]{32}){16})\\s{1,2}-----END OpenVPN Static key V1-----', {
        keywords: ['-----begin openvpn static key'],
        before: 0,
        after: 700,
        multiline: true,
        severity: 'critical',
        validation: 'structure',
        raw: true,
        samples: {
            tps: s => [
                `-----BEGIN OpenVPN Static key V1-----\n${Array.from({ length: 16 }, () => s.hex(32)).join('\n')}\n-----END OpenVPN Static key V1-----`
            ],
            fps: s => [
                `-----BEGIN OpenVPN Static key V1-----\n${Array.from({ length: 4 }, () => s.hex(32)).join('\n')}\n-----END OpenVPN Static key V1-----`
            ]
        }
    }),
    rule('ssh2-encrypted-private-key', 'SSH.com (SSH2) private key', 'Private key', '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----(?<body>[\\s\\S]{64,16384}?)---- END SSH2 ENCRYPTED PRIVATE KEY ----', {
        keywords: ['---- begin ssh2 encrypted private key'],
        before: 0,
        after: 16500,
        multiline: true,
        severity: 'critical',
        validation: 'structure',
        raw: true,
        validate: pemValidator,
        samples: {
            tps: s => [
                `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: "rsa-key"\n${s.pemBody(10)}\n---- END SSH2 ENCRYPTED PRIVATE KEY ----`
            ],
            fps: () => [
                '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n...\n---- END SSH2 ENCRYPTED PRIVATE KEY ----'
            ]
        }
    }),
    kv({
        id: 'kubernetes-service-account-token',
        title: 'Kubernetes service account or kubeconfig user token',
        provider: 'Kubernetes',
        context: 'kube[\\w.-]{0,20}?token|(?<![\\w-])token(?=:\\s{0,3}eyJhbGciOi)',
        value: 'eyJhbGciOi[\\w-]{10,200}\\.eyJ[\\w-]{20,2000}\\.[\\w-]{20,1000}',
        keywords: ['kube', 'token'],
        after: 3300,
        gen: s => s.jwt({
            iss: 'kubernetes/serviceaccount',
            'kubernetes.io/serviceaccount/namespace': 'default',
            sub: `system:serviceaccount:default:${s.lower(6)}`
        }, 'RS256'),
        miss: s => [s.jwt({ iss: 'kubernetes/serviceaccount' }, 'RS256').slice(0, 50)],
        name: 'KUBE_TOKEN',
        validate: jwtValidator,
        validation: 'structure',
        priority: 25
    }),
    kv({
        id: 'kubernetes-bootstrap-token',
        title: 'Kubernetes bootstrap token',
        provider: 'Kubernetes',
        context: '(?:bootstrap|join)[_.-]?token|token[_.-]?secret|--token',
        value: '[a-z0-9]{6}\\.[a-z0-9]{16}|[a-z0-9]{16}',
        keywords: [
            'bootstrap-token',
            'bootstrap_token',
            'join-token',
            'token-secret',
            'token_secret',
            '--token'
        ],
        gen: s => `${s.lowerAlnum(6)}.${s.lowerAlnum(16)}`,
        name: 'BOOTSTRAP_TOKEN',
        entropy: 3
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/messaging.ts

/** E-mail, SMS and voice APIs. */
const MESSAGING_RULES = [
    prefixed('twilio-api-key', 'Twilio API key', 'Twilio', `SK${hexId(32)}`, {
        keywords: ['sk'],
        after: 36,
        validate: minEntropy(3),
        samples: {
            tps: s => [`TWILIO_KEY_SID = "SK${s.hex(32)}"`],
            fps: s => [`TWILIO_KEY_SID = "SK${s.hex(31)}"`, `TWILIO_KEY_SID = "SK${s.HEX(32)}"`]
        }
    }),
    assigned('twilio-auth-token', 'Twilio auth token', 'Twilio', 'twilio[\\w .-]{0,20}?(?:auth|token|secret)', hexId(32), {
        keywords: ['twilio'],
        validate: minEntropy(3),
        samples: {
            tps: s => [`TWILIO_AUTH_TOKEN = "${s.hex(32)}"`],
            fps: s => [`TWILIO_AUTH_TOKEN = "${s.hex(30)}"`, `TWILIO_ACCOUNT = "${s.hex(32)}"`]
        }
    }),
    prefixed('sendgrid-api-key', 'SendGrid API key', 'SendGrid', 'SG\\.[\\w-]{22}\\.[\\w-]{43}', {
        keywords: ['sg.'],
        after: 72,
        validate: minEntropy(4),
        samples: {
            tps: s => [`SENDGRID = "SG.${s.url(22)}.${s.url(43)}"`],
            fps: s => [`SENDGRID = "SG.${s.url(22)}.${s.url(40)}"`]
        }
    }),
    // Mailgun's own examples of the `key-` format use lower-case letters and digits, not only hex.
    prefixed('mailgun-api-key', 'Mailgun API key', 'Mailgun', 'key-[0-9a-z]{32}', {
        keywords: ['key-'],
        after: 40,
        validate: minEntropy(3),
        samples: {
            tps: s => [`MAILGUN = "key-${s.hex(32)}"`, `MAILGUN = "key-${s.lowerAlnum(32)}"`],
            fps: s => [`MAILGUN = "key-${s.hex(31)}"`, `MAILGUN = "key-${s.lowerAlnum(33)}"`]
        }
    }),
    assigned('mailgun-signing-key', 'Mailgun webhook signing key', 'Mailgun', 'mailgun', '[0-9a-h]{32}-[0-9a-h]{8}-[0-9a-h]{8}', {
        keywords: ['mailgun'],
        validate: minEntropy(3),
        samples: {
            tps: s => [`MAILGUN_SIGNING_KEY = "${s.hex(32)}-${s.hex(8)}-${s.hex(8)}"`],
            fps: s => [`MAILGUN_SIGNING_KEY = "${s.hex(32)}-${s.hex(8)}"`]
        }
    }),
    prefixed('mailchimp-api-key', 'Mailchimp API key', 'Mailchimp', `${hexId(32)}-us\\d{1,2}`, {
        keywords: ['-us'],
        before: 34,
        after: 6,
        validate: minEntropy(3),
        samples: {
            tps: s => [`MC = "${s.hex(32)}-us${1 + Math.floor(s.next() * 20)}"`],
            fps: s => [`MC = "${s.hex(31)}-us12"`]
        }
    }),
    prefixed('sendinblue-api-key', 'Brevo (Sendinblue) API key', 'Brevo', `xkeysib-${hexId(64)}-[A-Za-z0-9]{16}`, {
        keywords: ['xkeysib-'],
        after: 92,
        validate: minEntropy(3),
        samples: {
            tps: s => [`BREVO = "xkeysib-${s.hex(64)}-${s.alnum(16)}"`],
            fps: s => [`BREVO = "xkeysib-${s.hex(64)}-${s.alnum(15)}"`]
        }
    }),
    kv({
        id: 'postmark-server-token',
        title: 'Postmark server or account token',
        provider: 'Postmark',
        context: 'postmark',
        value: UUID,
        keywords: ['postmark'],
        gen: s => s.uuid(),
        name: 'POSTMARK_SERVER_TOKEN'
    }),
    kv({
        id: 'sparkpost-api-key',
        title: 'SparkPost API key',
        provider: 'SparkPost',
        context: 'sparkpost',
        value: '[0-9a-f]{40}',
        keywords: ['sparkpost'],
        gen: s => s.hex(40),
        name: 'SPARKPOST_API_KEY'
    }),
    kv({
        id: 'mandrill-api-key',
        title: 'Mailchimp Transactional (Mandrill) API key',
        provider: 'Mailchimp',
        context: 'mandrill',
        value: '(?:md-)?[A-Za-z0-9_-]{22}',
        keywords: ['mandrill'],
        gen: s => `md-${s.url(22)}`,
        name: 'MANDRILL_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'mailjet-secret-key',
        title: 'Mailjet API secret key',
        provider: 'Mailjet',
        context: 'mailjet|mj[_.-]apikey[_.-]private',
        value: '[0-9a-f]{32}',
        keywords: ['mailjet', 'mj_apikey', 'mj-apikey'],
        gen: s => s.hex(32),
        name: 'MAILJET_SECRET_KEY'
    }),
    tok({
        id: 'resend-api-key',
        title: 'Resend API key',
        provider: 'Resend',
        re: 're_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}',
        keywords: ['re_'],
        gen: s => `re_${s.alnum(8)}_${s.alnum(24)}`,
        name: 'RESEND_API_KEY',
        entropy: 3.5
    }),
    tok({
        id: 'mailersend-api-token',
        title: 'MailerSend API token',
        provider: 'MailerSend',
        re: 'mlsn\\.[0-9a-f]{64}',
        keywords: ['mlsn.'],
        gen: s => `mlsn.${s.hex(64)}`,
        name: 'MAILERSEND_API_TOKEN'
    }),
    kv({
        id: 'mailerlite-api-key',
        title: 'MailerLite API key',
        provider: 'MailerLite',
        context: 'mailerlite',
        value: 'eyJ[\\w-]{10,80}\\.eyJ[\\w-]{20,800}\\.[\\w-]{20,600}|[0-9a-f]{32}',
        keywords: ['mailerlite'],
        gen: s => s.hex(32),
        name: 'MAILERLITE_API_KEY'
    }),
    kv({
        id: 'kit-api-secret',
        title: 'Kit (ConvertKit) API secret',
        provider: 'Kit',
        context: 'convertkit|kit[_.-]api[_.-]?secret',
        value: '(?:kit_)?[A-Za-z0-9_-]{32,43}',
        keywords: ['convertkit', 'kit_api', 'kit-api'],
        gen: s => `kit_${s.hex(32)}`,
        miss: s => [`kit_${s.hex(12)}`],
        name: 'CONVERTKIT_API_SECRET'
    }),
    kv({
        id: 'customerio-api-key',
        title: 'Customer.io API key',
        provider: 'Customer.io',
        context: 'customer[_.-]?io|cio[_.-](?:api|app)[_.-]?key',
        value: '[0-9a-f]{20,32}',
        keywords: ['customerio', 'customer_io', 'customer-io', 'customer.io', 'cio_api', 'cio_app'],
        gen: s => s.hex(32),
        miss: s => [s.hex(12)],
        name: 'CUSTOMERIO_API_KEY'
    }),
    kv({
        id: 'vonage-api-secret',
        title: 'Vonage (Nexmo) API secret',
        provider: 'Vonage',
        context: '(?:vonage|nexmo)[\\w.-]{0,12}?secret',
        value: '[A-Za-z0-9]{16}',
        keywords: ['vonage', 'nexmo'],
        gen: s => s.alnum(16),
        name: 'VONAGE_API_SECRET',
        entropy: 3.2
    }),
    kv({
        id: 'plivo-auth-token',
        title: 'Plivo auth token',
        provider: 'Plivo',
        context: 'plivo',
        value: '[A-Za-z0-9]{40}',
        keywords: ['plivo'],
        gen: s => s.alnum(40),
        name: 'PLIVO_AUTH_TOKEN',
        entropy: 3.5
    }),
    tok({
        id: 'telnyx-api-key',
        title: 'Telnyx API key',
        provider: 'Telnyx',
        re: 'KEY[0-9A-F]{32}_[A-Za-z0-9]{22}',
        keywords: ['key'],
        gen: s => `KEY${s.HEX(32)}_${s.alnum(22)}`,
        name: 'TELNYX_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'messagebird-api-key',
        title: 'MessageBird (Bird) API key',
        provider: 'MessageBird',
        context: 'message[_.-]?bird|\\bbird[_.-]?(?:api|access)[_.-]?key',
        value: '(?:live_|test_)?[A-Za-z0-9]{25}',
        keywords: ['messagebird', 'message_bird', 'message-bird', 'bird_api', 'bird_access'],
        gen: s => s.alnum(25),
        name: 'MESSAGEBIRD_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'sinch-api-secret',
        title: 'Sinch API secret or token',
        provider: 'Sinch',
        context: 'sinch',
        value: '[0-9a-f]{32}|[A-Za-z0-9_-]{26,40}',
        keywords: ['sinch'],
        gen: s => s.hex(32),
        miss: s => [s.hex(12)],
        name: 'SINCH_API_TOKEN'
    }),
    kv({
        id: 'pusher-secret',
        title: 'Pusher Channels app secret',
        provider: 'Pusher',
        context: 'pusher[\\w.-]{0,12}?secret',
        value: '[0-9a-f]{20}',
        keywords: ['pusher'],
        gen: s => s.hex(20),
        name: 'PUSHER_APP_SECRET'
    }),
    kv({
        id: 'ably-api-key',
        title: 'Ably API key',
        provider: 'Ably',
        context: 'ably',
        value: '[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_=+/-]{40,45}',
        keywords: ['ably'],
        gen: s => `${s.url(6)}.${s.url(6)}:${s.url(43)}`,
        miss: s => [`${s.url(6)}.${s.url(6)}:${s.url(20)}`],
        name: 'ABLY_API_KEY',
        confidence: 'high',
        entropy: 4
    }),
    kv({
        id: 'sendbird-api-token',
        title: 'Sendbird API token',
        provider: 'Sendbird',
        context: 'sendbird',
        value: '[0-9a-f]{40}',
        keywords: ['sendbird'],
        gen: s => s.hex(40),
        name: 'SENDBIRD_API_TOKEN'
    }),
    tok({
        id: 'onesignal-api-key',
        title: 'OneSignal REST API key',
        provider: 'OneSignal',
        re: 'os_v2_(?:app|org)_[a-z0-9]{50,120}',
        keywords: ['os_v2_app_', 'os_v2_org_'],
        gen: s => `os_v2_app_${s.lowerAlnum(113)}`,
        miss: s => [`os_v2_app_${s.lowerAlnum(20)}`],
        name: 'ONESIGNAL_REST_API_KEY',
        entropy: 3.5
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/observability.ts


/** Monitoring, logging and error tracking. */
const OBSERVABILITY_RULES = [
    prefixed('sentry-token', 'Sentry auth token', 'Sentry', `(?:sntrys_eyJ[\\w=+/-]{50,300}|sntryu_${hexId(64)})`, {
        keywords: ['sntrys_', 'sntryu_'],
        after: 310,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [
                `SENTRY_AUTH_TOKEN = "sntryu_${s.hex(64)}"`,
                `SENTRY_AUTH_TOKEN=sntrys_${s.base64url(JSON.stringify({ iat: 1700000000, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: s.lower(8) }))}_${s.url(43)}`
            ],
            fps: s => [`SENTRY_AUTH_TOKEN = "sntryu_${s.hex(63)}"`]
        }
    }),
    prefixed('grafana-service-account-token', 'Grafana service account token', 'Grafana', `glsa_[A-Za-z0-9]{32}_${hexId(8)}`, {
        keywords: ['glsa_'],
        after: 48,
        validation: 'checksum',
        validate: s => validGrafanaServiceAccountToken(s),
        samples: {
            tps: s => {
                const head = `glsa_${s.alnum(32)}`;
                const le = Buffer.from(s.crcHex(head), 'hex').reverse().toString('hex');
                return [`GRAFANA_TOKEN = "${head}_${le}"`];
            },
            fps: s => [`GRAFANA_TOKEN = "glsa_${s.alnum(32)}_${s.hex(8)}"`]
        }
    }),
    prefixed('grafana-cloud-token', 'Grafana Cloud API token', 'Grafana', 'glc_[A-Za-z0-9+/]{32,400}={0,2}', {
        keywords: ['glc_'],
        after: 410,
        validate: minEntropy(4),
        samples: {
            tps: s => [`GRAFANA_CLOUD = "glc_${s.base64(s.bytes(90)).replace(/[+/=]/g, 'x')}"`],
            fps: () => ['GRAFANA = "glc_short"']
        }
    }),
    prefixed('newrelic-user-key', 'New Relic user API key', 'New Relic', 'NRAK-[A-Z0-9]{27}', {
        keywords: ['nrak-'],
        after: 34,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`NEW_RELIC_API_KEY = "NRAK-${s.upperAlnum(27)}"`],
            fps: s => [`NEW_RELIC_API_KEY = "NRAK-${s.upperAlnum(26)}"`]
        }
    }),
    prefixed('dynatrace-token', 'Dynatrace API token', 'Dynatrace', 'dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}', {
        keywords: ['dt0c01.'],
        after: 100,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`DT_API_TOKEN = "dt0c01.${s.upperAlnum(24)}.${s.upperAlnum(64)}"`],
            fps: s => [`DT_API_TOKEN = "dt0c01.${s.upperAlnum(24)}.${s.upperAlnum(60)}"`]
        }
    }),
    kv({
        id: 'datadog-api-key',
        title: 'Datadog API key',
        provider: 'Datadog',
        context: 'datadog[\\w.-]{0,12}?api|dd[_.-]?api[_.-]?key',
        value: '[0-9a-f]{32}',
        keywords: ['datadog', 'dd_api', 'dd-api', 'ddapi'],
        gen: s => s.hex(32),
        name: 'DD_API_KEY'
    }),
    kv({
        id: 'datadog-app-key',
        title: 'Datadog application key',
        provider: 'Datadog',
        context: 'datadog[\\w.-]{0,12}?app|dd[_.-]?app(?:lication)?[_.-]?key',
        value: '[0-9a-f]{40}',
        keywords: ['datadog', 'dd_app', 'dd-app', 'ddapp'],
        gen: s => s.hex(40),
        name: 'DD_APP_KEY'
    }),
    tok({
        id: 'newrelic-insert-key',
        title: 'New Relic insert or browser key',
        provider: 'New Relic',
        re: '(?:NRI[IQ]-[A-Za-z0-9_-]{32}|NRJS-[0-9a-f]{19}|NRAA-[0-9a-f]{27}|NRRA-[0-9a-f]{42})',
        keywords: ['nrii-', 'nrjs-', 'nraa-', 'nriq-', 'nrra-'],
        gen: s => `NRII-${s.url(32)}`,
        miss: s => [`NRII-${s.url(10)}`, `NRII-${s.url(27)}`],
        name: 'NEW_RELIC_INSERT_KEY',
        entropy: 3.5
    }),
    tok({
        id: 'newrelic-license-key',
        title: 'New Relic license (ingest) key',
        provider: 'New Relic',
        re: '(?:[a-z]{2}[0-9]{2}xx[0-9a-f]{30}|[0-9a-f]{36})NRAL',
        keywords: ['nral'],
        before: 40,
        gen: s => `${s.hex(36)}NRAL`,
        miss: s => [`${s.hex(30)}NRAL`, `${s.lowerAlnum(36).replace(/[0-9a-f]/, 'z')}NRAL`],
        name: 'NEW_RELIC_LICENSE_KEY'
    }),
    tok({
        id: 'honeycomb-api-key',
        title: 'Honeycomb ingest or management key',
        provider: 'Honeycomb',
        re: 'hc[ax](?:ik|mk|lk)_[0-9a-z]{58}',
        keywords: ['hcaik_', 'hcxik_', 'hcamk_', 'hcxmk_', 'hcalk_', 'hcxlk_'],
        gen: s => `hcaik_01${s.lowerAlnum(56)}`,
        name: 'HONEYCOMB_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'honeycomb-config-key',
        title: 'Honeycomb configuration key',
        provider: 'Honeycomb',
        context: 'honeycomb',
        value: '[A-Za-z0-9]{22}|[0-9a-f]{32}',
        keywords: ['honeycomb'],
        gen: s => s.alnum(22),
        miss: s => [s.alnum(12)],
        name: 'HONEYCOMB_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'sumologic-access-key',
        title: 'Sumo Logic access key',
        provider: 'Sumo Logic',
        context: 'sumo',
        value: '[A-Za-z0-9]{64}',
        keywords: ['sumo'],
        gen: s => s.alnum(64),
        name: 'SUMOLOGIC_ACCESS_KEY',
        entropy: 4
    }),
    kv({
        id: 'splunk-token',
        title: 'Splunk HEC or authentication token',
        provider: 'Splunk',
        context: 'splunk',
        value: UUID,
        keywords: ['splunk'],
        gen: s => s.uuid(),
        name: 'SPLUNK_HEC_TOKEN'
    }),
    kv({
        id: 'pagerduty-api-key',
        title: 'PagerDuty API key',
        provider: 'PagerDuty',
        context: 'pager[_.-]?duty',
        value: 'u\\+[A-Za-z0-9_+-]{18}|[A-Za-z0-9_+-]{20}|[0-9a-f]{32}',
        keywords: ['pagerduty', 'pager_duty', 'pager-duty'],
        gen: s => `u+${s.url(18)}`,
        miss: s => [`u+${s.url(8)}`],
        name: 'PAGERDUTY_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'opsgenie-api-key',
        title: 'Opsgenie API key',
        provider: 'Opsgenie',
        context: 'opsgenie',
        value: UUID,
        keywords: ['opsgenie'],
        gen: s => s.uuid(),
        name: 'OPSGENIE_API_KEY'
    }),
    kv({
        id: 'rollbar-token',
        title: 'Rollbar access token',
        provider: 'Rollbar',
        context: 'rollbar',
        value: '[0-9a-f]{32}',
        keywords: ['rollbar'],
        gen: s => s.hex(32),
        name: 'ROLLBAR_ACCESS_TOKEN'
    }),
    kv({
        id: 'bugsnag-api-key',
        title: 'Bugsnag API key',
        provider: 'Bugsnag',
        context: 'bugsnag',
        value: '[0-9a-f]{32}',
        keywords: ['bugsnag'],
        gen: s => s.hex(32),
        name: 'BUGSNAG_API_KEY'
    }),
    tok({
        id: 'honeybadger-token',
        title: 'Honeybadger personal auth token',
        provider: 'Honeybadger',
        re: 'hbp_[A-Za-z0-9]{36}',
        keywords: ['hbp_'],
        gen: s => `hbp_${s.alnum(36)}`,
        name: 'HONEYBADGER_TOKEN',
        entropy: 3.5
    }),
    kv({
        id: 'airbrake-key',
        title: 'Airbrake project key',
        provider: 'Airbrake',
        context: 'airbrake',
        value: '[0-9a-f]{32}',
        keywords: ['airbrake'],
        gen: s => s.hex(32),
        name: 'AIRBRAKE_PROJECT_KEY'
    }),
    kv({
        id: 'loggly-token',
        title: 'Loggly customer token',
        provider: 'Loggly',
        context: 'loggly',
        value: UUID,
        keywords: ['loggly'],
        gen: s => s.uuid(),
        name: 'LOGGLY_TOKEN'
    }),
    kv({
        id: 'logzio-token',
        title: 'Logz.io shipping or API token',
        provider: 'Logz.io',
        context: 'logz',
        value: '[A-Za-z]{32}|' + UUID,
        keywords: ['logz'],
        gen: s => s.letters(32),
        miss: s => [s.letters(20)],
        name: 'LOGZIO_TOKEN',
        entropy: 3.5
    }),
    tok({
        id: 'axiom-token',
        title: 'Axiom API or personal token',
        provider: 'Axiom',
        re: 'xa[ap]t-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
        keywords: ['xaat-', 'xapt-'],
        gen: s => `xaat-${s.uuid()}`,
        name: 'AXIOM_TOKEN'
    }),
    tok({
        id: 'checkly-api-key',
        title: 'Checkly API key',
        provider: 'Checkly',
        re: 'cu_[0-9a-f]{32}',
        keywords: ['cu_'],
        gen: s => `cu_${s.hex(32)}`,
        name: 'CHECKLY_API_KEY'
    }),
    tok({
        id: 'coralogix-key',
        title: 'Coralogix API or send-your-data key',
        provider: 'Coralogix',
        re: 'cx(?:tp|up)_[A-Za-z0-9]{30}',
        keywords: ['cxtp_', 'cxup_'],
        gen: s => `cxtp_${s.alnum(30)}`,
        name: 'CORALOGIX_PRIVATE_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'lightstep-access-token',
        title: 'Lightstep (ServiceNow Cloud Observability) access token',
        provider: 'Lightstep',
        context: 'lightstep',
        value: '[A-Za-z0-9+/]{84}|[A-Za-z0-9]{32}',
        keywords: ['lightstep'],
        gen: s => s.alnum(32),
        miss: s => [s.alnum(20)],
        name: 'LIGHTSTEP_ACCESS_TOKEN',
        entropy: 3.5
    }),
    // ── Feature flags and product analytics
    tok({
        id: 'launchdarkly-token',
        title: 'LaunchDarkly API access token or SDK key',
        provider: 'LaunchDarkly',
        re: '(?:api|sdk)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
        keywords: ['api-', 'sdk-'],
        gen: s => `api-${s.uuid()}`,
        name: 'LAUNCHDARKLY_ACCESS_TOKEN'
    }),
    tok({
        id: 'configcat-sdk-key',
        title: 'ConfigCat SDK key',
        provider: 'ConfigCat',
        re: 'configcat-sdk-1/[A-Za-z0-9_-]{22}/[A-Za-z0-9_-]{22}',
        keywords: ['configcat-sdk-1/'],
        gen: s => `configcat-sdk-1/${s.url(22)}/${s.url(22)}`,
        name: 'CONFIGCAT_SDK_KEY',
        severity: 'medium',
        entropy: 3.5
    }),
    tok({
        id: 'flagsmith-server-key',
        title: 'Flagsmith server-side environment key',
        provider: 'Flagsmith',
        re: 'ser\\.[A-Za-z0-9]{22}',
        keywords: ['ser.'],
        gen: s => `ser.${s.alnum(22)}`,
        name: 'FLAGSMITH_SERVER_KEY',
        entropy: 3.5
    }),
    tok({
        id: 'statsig-server-secret',
        title: 'Statsig server secret key',
        provider: 'Statsig',
        re: 'secret-[A-Za-z0-9]{43}',
        keywords: ['secret-'],
        gen: s => `secret-${s.alnum(43)}`,
        name: 'STATSIG_SERVER_SECRET',
        entropy: 4
    }),
    tok({
        id: 'posthog-personal-api-key',
        title: 'PostHog personal API key',
        provider: 'PostHog',
        re: 'phx_[A-Za-z0-9_-]{43}',
        keywords: ['phx_'],
        gen: s => `phx_${s.url(43)}`,
        name: 'POSTHOG_PERSONAL_API_KEY',
        entropy: 4
    }),
    tok({
        id: 'segment-public-api-token',
        title: 'Segment public API token',
        provider: 'Segment',
        re: 'sgp_[A-Za-z0-9]{64}',
        keywords: ['sgp_'],
        gen: s => `sgp_${s.alnum(64)}`,
        name: 'SEGMENT_API_TOKEN',
        entropy: 4
    }),
    kv({
        id: 'mixpanel-secret',
        title: 'Mixpanel API secret',
        provider: 'Mixpanel',
        context: 'mixpanel[\\w.-]{0,12}?secret',
        value: '[0-9a-f]{32}',
        keywords: ['mixpanel'],
        gen: s => s.hex(32),
        name: 'MIXPANEL_API_SECRET'
    }),
    kv({
        id: 'amplitude-secret-key',
        title: 'Amplitude secret key',
        provider: 'Amplitude',
        context: 'amplitude[\\w.-]{0,12}?secret',
        value: '[0-9a-f]{32}',
        keywords: ['amplitude'],
        gen: s => s.hex(32),
        name: 'AMPLITUDE_SECRET_KEY'
    }),
    tok({
        id: 'grafana-api-key-legacy',
        title: 'Grafana API key (legacy)',
        provider: 'Grafana',
        re: 'eyJrIjoi[A-Za-z0-9+/_-]{40,200}={0,2}',
        keywords: ['eyjrijoi'],
        after: 220,
        gen: s => s.base64(JSON.stringify({ k: s.alnum(32), n: s.lower(6), id: 1 })),
        miss: s => [s.base64(JSON.stringify({ k: s.alnum(4) }))],
        name: 'GRAFANA_API_KEY',
        validation: 'structure',
        // base64 of {"k":…,"n":…,"id":…}.
        validate: v => /^\{"k":"[A-Za-z0-9]{16,64}","n":/.test(decodeBase64(v)?.toString('latin1') ?? ''),
        priority: 30
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/payments.ts

/** Payments and commerce. */
const PAYMENT_RULES = [
    prefixed('stripe-secret-key', 'Stripe live secret key', 'Stripe', 'sk_live_[A-Za-z0-9]{24,99}', {
        keywords: ['sk_live_'],
        after: 110,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [
                `STRIPE_KEY = "sk_live_${s.alnum(24)}"`,
                `stripe.api_key = 'sk_live_${s.alnum(99)}'`
            ],
            fps: s => [`STRIPE_KEY = "sk_live_${s.alnum(12)}"`, `STRIPE_KEY = "sk_test_${s.alnum(24)}"`]
        }
    }),
    prefixed('stripe-restricted-key', 'Stripe live restricted key', 'Stripe', 'rk_live_[A-Za-z0-9]{24,99}', {
        keywords: ['rk_live_'],
        after: 110,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`stripe_rk = "rk_live_${s.alnum(24)}"`],
            fps: s => [`stripe_rk = "rk_live_${s.alnum(12)}"`]
        }
    }),
    prefixed('stripe-webhook-secret', 'Stripe webhook signing secret', 'Stripe', 'whsec_[A-Za-z0-9+/]{32,64}', {
        keywords: ['whsec_'],
        after: 75,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`WEBHOOK_SIGNING = "whsec_${s.alnum(32)}"`],
            fps: s => [`WEBHOOK_SIGNING = "whsec_${s.alnum(20)}"`]
        }
    }),
    prefixed('square-access-token', 'Square access token', 'Square', 'sq0atp-[\\w-]{22}', {
        keywords: ['sq0atp-'],
        after: 32,
        validate: minEntropy(3),
        samples: {
            tps: s => [`square = "sq0atp-${s.url(22)}"`],
            fps: s => [`square = "sq0atp-${s.url(21)}"`]
        }
    }),
    prefixed('square-oauth-secret', 'Square OAuth secret', 'Square', 'sq0csp-[\\w-]{43}', {
        keywords: ['sq0csp-'],
        after: 52,
        validate: minEntropy(3),
        samples: {
            tps: s => [`square_oauth = "sq0csp-${s.url(43)}"`],
            fps: s => [`square_oauth = "sq0csp-${s.url(42)}"`]
        }
    }),
    tok({
        id: 'paystack-secret-key',
        title: 'Paystack live secret key',
        provider: 'Paystack',
        re: 'sk_live_[0-9a-f]{40}',
        keywords: ['sk_live_'],
        gen: s => `sk_live_${s.hex(40)}`,
        name: 'PAYSTACK_SECRET_KEY',
        // Stripe's keys are mixed case: 40 lower-case hex after `sk_live_` is Paystack's format.
        priority: 55
    }),
    tok({
        id: 'flutterwave-secret-key',
        title: 'Flutterwave secret key',
        provider: 'Flutterwave',
        re: 'FLWSECK(?:_TEST)?-[0-9a-f]{32}-X',
        keywords: ['flwseck'],
        gen: s => `FLWSECK-${s.hex(32)}-X`,
        miss: s => [`FLWSECK-${s.hex(31)}-X`],
        name: 'FLW_SECRET_KEY'
    }),
    kv({
        id: 'razorpay-key-secret',
        title: 'Razorpay key secret',
        provider: 'Razorpay',
        context: 'razorpay[\\w.-]{0,12}?secret|rzp[_.-]?(?:key[_.-]?)?secret',
        value: '[A-Za-z0-9]{24}',
        keywords: ['razorpay', 'rzp'],
        gen: s => s.alnum(24),
        name: 'RAZORPAY_KEY_SECRET',
        entropy: 3.5
    }),
    kv({
        id: 'mollie-api-key',
        title: 'Mollie API key',
        provider: 'Mollie',
        context: 'mollie',
        value: '(?:live|test)_[A-Za-z0-9]{30}|access_[A-Za-z0-9]{40}',
        keywords: ['mollie'],
        gen: s => `live_${s.alnum(30)}`,
        name: 'MOLLIE_API_KEY',
        confidence: 'high',
        entropy: 3.5
    }),
    kv({
        id: 'gocardless-access-token',
        title: 'GoCardless access token',
        provider: 'GoCardless',
        context: 'gocardless',
        value: '(?:live|sandbox)_[A-Za-z0-9_-]{40}',
        keywords: ['gocardless'],
        gen: s => `live_${s.url(40)}`,
        name: 'GOCARDLESS_ACCESS_TOKEN',
        confidence: 'high',
        entropy: 3.5
    }),
    tok({
        id: 'braintree-access-token',
        title: 'PayPal Braintree access token',
        provider: 'PayPal',
        re: 'access_token\\$(?:production|sandbox)\\$[0-9a-z]{16}\\$[0-9a-f]{32}',
        keywords: ['access_token$'],
        gen: s => `access_token$production$${s.lowerAlnum(16)}$${s.hex(32)}`,
        name: 'BRAINTREE_ACCESS_TOKEN'
    }),
    kv({
        id: 'paypal-client-secret',
        title: 'PayPal REST client secret',
        provider: 'PayPal',
        context: 'paypal[\\w.-]{0,12}?secret',
        value: 'E[A-Za-z0-9_-]{79}',
        keywords: ['paypal'],
        gen: s => `E${s.url(79)}`,
        name: 'PAYPAL_CLIENT_SECRET',
        entropy: 4
    }),
    kv({
        id: 'adyen-api-key',
        title: 'Adyen API key',
        provider: 'Adyen',
        context: 'adyen',
        value: 'AQE[A-Za-z0-9+/=_.-]{80,300}',
        keywords: ['adyen'],
        after: 340,
        gen: s => `AQE${s.url(150)}`,
        miss: s => [`AQE${s.url(30)}`],
        name: 'ADYEN_API_KEY',
        entropy: 4.5
    }),
    tok({
        id: 'plaid-access-token',
        title: 'Plaid access token',
        provider: 'Plaid',
        re: 'access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
        keywords: ['access-sandbox-', 'access-development-', 'access-production-'],
        gen: s => `access-production-${s.uuid()}`,
        name: 'PLAID_ACCESS_TOKEN'
    }),
    kv({
        id: 'plaid-secret',
        title: 'Plaid secret',
        provider: 'Plaid',
        context: 'plaid[\\w.-]{0,12}?secret',
        value: '[0-9a-f]{30}',
        keywords: ['plaid'],
        gen: s => s.hex(30),
        name: 'PLAID_SECRET'
    }),
    kv({
        id: 'lob-api-key',
        title: 'Lob API key',
        provider: 'Lob',
        context: 'lob[_.-]?(?:api|secret|live|test)',
        value: '(?:live|test)_[0-9a-f]{35}',
        keywords: ['lob_', 'lob-'],
        gen: s => `live_${s.hex(35)}`,
        name: 'LOB_API_KEY'
    }),
    tok({
        id: 'shippo-api-token',
        title: 'Shippo live API token',
        provider: 'Shippo',
        re: 'shippo_live_[0-9a-f]{40}',
        keywords: ['shippo_live_'],
        gen: s => `shippo_live_${s.hex(40)}`,
        name: 'SHIPPO_API_TOKEN'
    }),
    tok({
        id: 'easypost-api-key',
        title: 'EasyPost production API key',
        provider: 'EasyPost',
        re: 'EZAK[A-Za-z0-9]{54}',
        keywords: ['ezak'],
        gen: s => `EZAK${s.alnum(54)}`,
        name: 'EASYPOST_API_KEY',
        entropy: 4
    }),
    tok({
        id: 'duffel-api-token',
        title: 'Duffel live access token',
        provider: 'Duffel',
        re: 'duffel_live_[A-Za-z0-9_-]{43}',
        keywords: ['duffel_live_'],
        gen: s => `duffel_live_${s.url(43)}`,
        name: 'DUFFEL_ACCESS_TOKEN',
        entropy: 4
    }),
    tok({
        id: 'woocommerce-consumer-secret',
        title: 'WooCommerce REST consumer secret',
        provider: 'WooCommerce',
        re: 'cs_[0-9a-f]{40}',
        keywords: ['cs_'],
        gen: s => `cs_${s.hex(40)}`,
        name: 'WC_CONSUMER_SECRET'
    }),
    kv({
        id: 'checkout-secret-key',
        title: 'Checkout.com secret key',
        provider: 'Checkout.com',
        // The `sk_` prefix marks a secret key, so an `api_key` name is enough (a public key is
        // `pk_`); a GUID's hex digits may be written in either case.
        context: 'checkout[_.-]?(?:com[_.-]?)?(?:secret|sk|api[_.-]?key)',
        value: 'sk_(?:sbox_)?[a-z0-9]{26}|sk_(?:test_)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
        keywords: ['checkout'],
        gen: s => `sk_${s.lowerAlnum(26)}`,
        name: 'CHECKOUT_SECRET_KEY',
        tps: s => [
            `CHECKOUT_SECRET_KEY = "sk_${s.lowerAlnum(26)}"`,
            `checkout_api_key: "sk_test_${s.uuid().toUpperCase()}"`
        ],
        entropy: 3.5
    }),
    prefixed('stripe-test-secret-key', 'Stripe test-mode secret key', 'Stripe', '[sr]k_test_[A-Za-z0-9]{24,99}', {
        keywords: ['sk_test_', 'rk_test_'],
        after: 110,
        // Test-mode keys reach test data only: reported, below the default fail-on.
        severity: 'low',
        confidence: 'medium',
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`stripe.api_key = "sk_test_${s.alnum(24)}"`],
            fps: s => [`stripe.api_key = "sk_test_${s.alnum(12)}"`]
        }
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/registries.ts


/** A PyPI token: `pypi-` + base64url of a macaroon v2 whose location is pypi.org. */
function pypi(s) {
    const field = (type, data) => {
        const d = Buffer.from(data);
        return Buffer.concat([Buffer.from([type, d.length]), d]);
    };
    const caveat = `{"version": 1, "permissions": {"projects": ["${s.lower(8)}"]}}`;
    const macaroon = Buffer.concat([
        Buffer.from([2]),
        field(1, 'pypi.org'),
        field(2, s.bytes(40)),
        Buffer.from([0]),
        field(2, caveat),
        Buffer.from([0, 0]),
        field(6, s.bytes(32))
    ]);
    return `pypi-${s.base64url(macaroon)}`;
}
/** Package registries and container registries. */
const REGISTRY_RULES = [
    prefixed('npm-access-token', 'npm access token', 'npm', 'npm_[A-Za-z0-9]{36}', {
        keywords: ['npm_'],
        after: 44,
        validation: 'checksum',
        validate: checksum,
        samples: {
            tps: s => [`//registry.npmjs.org/:_authToken=${s.crcToken('npm_')}`],
            fps: s => {
                const t = s.crcToken('npm_');
                return [`//registry.npmjs.org/:_authToken=${t.slice(0, -1)}${t.endsWith('A') ? 'B' : 'A'}`];
            }
        }
    }),
    prefixed('pypi-upload-token', 'PyPI upload token', 'PyPI', 'pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[\\w-]{50,400}', {
        keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
        after: 440,
        validation: 'structure',
        validate: pypiValidator,
        samples: {
            tps: s => [`TWINE_PASSWORD = "${pypi(s)}"`],
            fps: s => [
                `TWINE_PASSWORD = "${pypi(s).slice(0, 40)}"`,
                // The right prefix on something that is not a macaroon.
                `TWINE_PASSWORD = "pypi-AgEIcHlwaS5vcmc${s.url(60)}"`
            ]
        }
    }),
    prefixed('rubygems-api-key', 'RubyGems API key', 'RubyGems', `rubygems_${hexId(48)}`, {
        keywords: ['rubygems_'],
        after: 60,
        validate: minEntropy(3),
        samples: {
            tps: s => [`GEM_HOST_API_KEY = "rubygems_${s.hex(48)}"`],
            fps: s => [`GEM_HOST_API_KEY = "rubygems_${s.hex(47)}"`]
        }
    }),
    prefixed('dockerhub-pat', 'Docker Hub access token', 'Docker', 'dckr_(?:pat|oat)_[\\w-]{27,32}', {
        keywords: ['dckr_pat_', 'dckr_oat_'],
        after: 44,
        validate: minEntropy(3),
        samples: {
            tps: s => [`DOCKERHUB = "dckr_pat_${s.url(27)}"`],
            fps: s => [`DOCKERHUB = "dckr_pat_${s.url(20)}"`]
        }
    }),
    rule('docker-config-auth', 'Docker registry credentials (config.json auths)', 'Docker', 
    // The JSON is often embedded in a string with its quotes escaped, as GitLab runners take
    // it in `DOCKER_AUTH_CONFIG={\"auths\": …}`.
    '(?<q>\\\\{0,3}")auth\\k<q>\\s*:\\s*\\k<q>(?<secret>[A-Za-z0-9+/]{8,400}={0,2})\\k<q>', {
        keywords: ['"auth"', 'auth\\'],
        before: 8,
        after: 440,
        validation: 'structure',
        raw: true,
        validate: dockerAuthValidator,
        samples: {
            tps: s => [
                `{\n  "auths": {\n    "registry.internal:5000": {\n      "auth": "${s.base64(`${s.lower(7)}:${s.alnum(16)}`)}"\n    }\n  }\n}`,
                `environment = ["DOCKER_AUTH_CONFIG={\\"auths\\":{\\"r.io:8083\\":{\\"auth\\":\\"${s.base64(`${s.lower(7)}:${s.alnum(16)}`)}\\"}}}"]`
            ],
            fps: s => [
                `{"auths": {"r.io": {"auth": "${s.base64(`nocolon${s.alnum(9)}`)}"}}}`,
                `DOCKER_AUTH_CONFIG={\\"auths\\":{\\"r.io\\":{\\"auth\\":\\"${s.base64('my_username:my_password')}\\"}}}`
            ]
        }
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/saas.ts


/** Work tools, content platforms and commerce back offices. */
const SAAS_RULES = [
    ...[
        ['shpat_', 'shopify-access-token', 'Shopify access token'],
        ['shpca_', 'shopify-custom-app-token', 'Shopify custom app access token'],
        ['shppa_', 'shopify-private-app-token', 'Shopify private app access token'],
        ['shpss_', 'shopify-shared-secret', 'Shopify shared secret']
    ].map(([prefix, id, title]) => prefixed(id, title, 'Shopify', `${prefix}[a-fA-F0-9]{32}`, {
        keywords: [prefix],
        after: 42,
        validate: minEntropy(3),
        samples: {
            tps: s => [`SHOPIFY = "${prefix}${s.hex(32)}"`],
            fps: s => [`SHOPIFY = "${prefix}${s.hex(31)}"`]
        }
    })),
    prefixed('atlassian-api-token', 'Atlassian API token', 'Atlassian', 'ATATT3[A-Za-z0-9_=-]{186}', {
        keywords: ['atatt3'],
        after: 196,
        validate: minEntropy(4),
        samples: {
            tps: s => [`JIRA_API_TOKEN = "ATATT3${s.url(178)}=${s.HEX(7)}"`],
            fps: s => [`JIRA_API_TOKEN = "ATATT3${s.url(100)}"`]
        }
    }),
    prefixed('linear-api-key', 'Linear API key', 'Linear', 'lin_api_[A-Za-z0-9]{40}', {
        keywords: ['lin_api_'],
        after: 50,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`LINEAR = "lin_api_${s.alnum(40)}"`],
            fps: s => [`LINEAR = "lin_api_${s.alnum(39)}"`]
        }
    }),
    prefixed('notion-token', 'Notion integration token', 'Notion', 'ntn_[0-9]{11}[A-Za-z0-9]{35}', {
        keywords: ['ntn_'],
        after: 52,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`NOTION = "ntn_${s.digits(11)}${s.alnum(35)}"`],
            fps: s => [`NOTION = "ntn_${s.digits(11)}${s.alnum(34)}"`]
        }
    }),
    prefixed('postman-api-key', 'Postman API key', 'Postman', `PMAK-${hexId(24)}-${hexId(34)}`, {
        keywords: ['pmak-'],
        after: 66,
        validate: minEntropy(3),
        samples: {
            tps: s => [`POSTMAN = "PMAK-${s.hex(24)}-${s.hex(34)}"`],
            fps: s => [`POSTMAN = "PMAK-${s.hex(24)}-${s.hex(33)}"`]
        }
    }),
    prefixed('contentful-pat', 'Contentful personal access token', 'Contentful', 'CFPAT-[\\w-]{43}', {
        keywords: ['cfpat-'],
        after: 52,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`CONTENTFUL = "CFPAT-${s.url(43)}"`],
            fps: s => [`CONTENTFUL = "CFPAT-${s.url(42)}"`]
        }
    }),
    prefixed('onepassword-service-token', '1Password service account token', '1Password', 'ops_eyJ[\\w+/=-]{250,1200}', {
        keywords: ['ops_eyj'],
        after: 1210,
        validate: minEntropy(4),
        samples: {
            tps: s => [
                `OP_SERVICE_ACCOUNT_TOKEN = "ops_${s.base64url(JSON.stringify({ signInAddress: 'my.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: s.url(22) }, email: `${s.lower(12)}@1passwordserviceaccounts.com`, srpX: s.hex(64), muk: { alg: 'A256GCM', k: s.url(43), kty: 'oct', kid: 'mp' }, secretKey: `A3-${s.upperAlnum(26)}`, deviceUuid: s.lowerAlnum(26) }))}"`
            ],
            fps: () => ['OP = "ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSJ9"']
        }
    }),
    tok({
        id: 'figma-pat',
        title: 'Figma personal access token',
        provider: 'Figma',
        re: 'figd_[A-Za-z0-9_-]{40}',
        keywords: ['figd_'],
        gen: s => `figd_${s.url(40)}`,
        name: 'FIGMA_TOKEN',
        entropy: 3.5
    }),
    tok({
        id: 'airtable-pat',
        title: 'Airtable personal access token',
        provider: 'Airtable',
        re: 'pat[A-Za-z0-9]{14}\\.[0-9a-f]{64}',
        // `pat` alone is in every `path`; the name of the service on the line is the anchor.
        keywords: ['airtable'],
        before: 200,
        after: 220,
        gen: s => `pat${s.alnum(14)}.${s.hex(64)}`,
        name: 'AIRTABLE_TOKEN'
    }),
    kv({
        id: 'asana-pat',
        title: 'Asana personal access token',
        provider: 'Asana',
        context: 'asana',
        value: '[12]/[0-9]{10,20}(?:/[0-9]{10,20})?:[0-9a-f]{32}',
        keywords: ['asana'],
        gen: s => `2/${s.digits(16)}/${s.digits(16)}:${s.hex(32)}`,
        name: 'ASANA_ACCESS_TOKEN',
        confidence: 'high'
    }),
    tok({
        id: 'clickup-api-token',
        title: 'ClickUp personal API token',
        provider: 'ClickUp',
        re: 'pk_[0-9]{6,10}_[A-Z0-9]{32}',
        keywords: ['pk_'],
        gen: s => `pk_${s.digits(8)}_${s.upperAlnum(32)}`,
        name: 'CLICKUP_API_TOKEN',
        entropy: 3.5
    }),
    kv({
        id: 'monday-api-token',
        title: 'monday.com API token',
        provider: 'monday.com',
        context: 'monday',
        value: 'eyJ[\\w-]{10,80}\\.eyJ[\\w-]{20,800}\\.[\\w-]{20,600}',
        keywords: ['monday'],
        gen: s => s.jwt({
            tid: Number(s.digits(9)),
            aai: 11,
            uid: Number(s.digits(8)),
            iad: '2026-01-01',
            per: 'me:write'
        }),
        miss: s => [s.jwt({ tid: 1 }).slice(0, 40)],
        name: 'MONDAY_API_TOKEN',
        after: 1600,
        entropy: 4
    }),
    kv({
        id: 'trello-token',
        title: 'Trello API token',
        provider: 'Trello',
        context: 'trello',
        value: 'ATTA[A-Za-z0-9]{60,72}|[0-9a-f]{64}',
        keywords: ['trello'],
        gen: s => `ATTA${s.hex(64)}${s.HEX(8)}`,
        miss: s => [`ATTA${s.hex(30)}`],
        name: 'TRELLO_TOKEN'
    }),
    kv({
        id: 'todoist-api-token',
        title: 'Todoist API token',
        provider: 'Todoist',
        context: 'todoist',
        value: '[0-9a-f]{40}',
        keywords: ['todoist'],
        gen: s => s.hex(40),
        name: 'TODOIST_API_TOKEN'
    }),
    tok({
        id: 'typeform-pat',
        title: 'Typeform personal access token',
        provider: 'Typeform',
        re: 'tfp_[A-Za-z0-9_-]{44}_[A-Za-z0-9_-]{14}',
        keywords: ['tfp_'],
        gen: s => `tfp_${s.alnum(44)}_${s.alnum(14)}`,
        name: 'TYPEFORM_TOKEN',
        entropy: 4
    }),
    kv({
        id: 'calendly-token',
        title: 'Calendly personal access token',
        provider: 'Calendly',
        context: 'calendly',
        value: 'eyJ[\\w-]{10,80}\\.eyJ[\\w-]{20,800}\\.[\\w-]{20,600}',
        keywords: ['calendly'],
        gen: s => s.jwt({
            iss: 'https://auth.calendly.com',
            iat: 1700000000,
            jti: s.uuid(),
            user_uuid: s.uuid()
        }),
        miss: s => [s.jwt({ iss: 'x' }).slice(0, 40)],
        name: 'CALENDLY_TOKEN',
        after: 1600,
        entropy: 4
    }),
    tok({
        id: 'hubspot-private-app-token',
        title: 'HubSpot private app access token',
        provider: 'HubSpot',
        re: 'pat-(?:na|eu|ap)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
        keywords: ['pat-na', 'pat-eu', 'pat-ap'],
        gen: s => `pat-na1-${s.uuid()}`,
        name: 'HUBSPOT_ACCESS_TOKEN'
    }),
    tok({
        id: 'salesforce-access-token',
        title: 'Salesforce access or session token',
        provider: 'Salesforce',
        re: '00D[A-Za-z0-9]{12,15}![A-Za-z0-9_.]{96}',
        keywords: ['00d'],
        after: 130,
        gen: s => `00D${s.alnum(15)}!${s.alnum(96)}`,
        miss: s => [`00D${s.alnum(15)}!${s.alnum(40)}`],
        name: 'SALESFORCE_ACCESS_TOKEN',
        entropy: 4
    }),
    tok({
        id: 'zoho-oauth-token',
        title: 'Zoho OAuth access or refresh token',
        provider: 'Zoho',
        re: '1000\\.[0-9a-f]{32}\\.[0-9a-f]{32}',
        keywords: ['1000.'],
        gen: s => `1000.${s.hex(32)}.${s.hex(32)}`,
        name: 'ZOHO_REFRESH_TOKEN'
    }),
    kv({
        id: 'pipedrive-api-token',
        title: 'Pipedrive API token',
        provider: 'Pipedrive',
        context: 'pipedrive',
        value: '[0-9a-f]{40}',
        keywords: ['pipedrive'],
        gen: s => s.hex(40),
        name: 'PIPEDRIVE_API_TOKEN'
    }),
    tok({
        id: 'intercom-access-token',
        title: 'Intercom access token',
        provider: 'Intercom',
        re: 'dG9rO[A-Za-z0-9+/_-]{50,70}={0,2}',
        keywords: ['dg9ro'],
        gen: s => s.base64(`tok:${s.uuid()}:${s.digits(12)}`),
        miss: s => [s.base64(`tok:${s.hex(8)}`)],
        name: 'INTERCOM_ACCESS_TOKEN',
        validation: 'structure',
        validate: v => (decodeBase64(v)?.toString('latin1') ?? '').startsWith('tok:')
    }),
    kv({
        id: 'zendesk-api-token',
        title: 'Zendesk API token',
        provider: 'Zendesk',
        context: 'zendesk',
        value: '[A-Za-z0-9]{40}',
        keywords: ['zendesk'],
        gen: s => s.alnum(40),
        name: 'ZENDESK_API_TOKEN',
        entropy: 3.5
    }),
    kv({
        id: 'freshdesk-api-key',
        title: 'Freshdesk API key',
        provider: 'Freshdesk',
        context: 'freshdesk|freshservice',
        value: '[A-Za-z0-9]{20}',
        keywords: ['freshdesk', 'freshservice'],
        gen: s => s.alnum(20),
        name: 'FRESHDESK_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'sanity-token',
        title: 'Sanity API token',
        provider: 'Sanity',
        context: 'sanity',
        value: 'sk[A-Za-z0-9]{78,200}',
        keywords: ['sanity'],
        after: 260,
        gen: s => `sk${s.alnum(180)}`,
        miss: s => [`sk${s.alnum(40)}`],
        name: 'SANITY_API_TOKEN',
        entropy: 4
    }),
    kv({
        id: 'ghost-admin-api-key',
        title: 'Ghost Admin API key',
        provider: 'Ghost',
        context: 'ghost[\\w.-]{0,12}?(?:admin|api)',
        value: '[0-9a-f]{24}:[0-9a-f]{64}',
        keywords: ['ghost'],
        gen: s => `${s.hex(24)}:${s.hex(64)}`,
        name: 'GHOST_ADMIN_API_KEY',
        confidence: 'high'
    }),
    kv({
        id: 'webflow-api-token',
        title: 'Webflow API token',
        provider: 'Webflow',
        context: 'webflow',
        value: '[0-9a-f]{64}',
        keywords: ['webflow'],
        gen: s => s.hex(64),
        name: 'WEBFLOW_API_TOKEN'
    }),
    kv({
        id: 'storyblok-token',
        title: 'Storyblok management token',
        provider: 'Storyblok',
        context: 'storyblok',
        value: '[A-Za-z0-9]{22}tt-[0-9]{6}-[A-Za-z0-9_-]{20}|[A-Za-z0-9]{22}',
        keywords: ['storyblok'],
        gen: s => s.alnum(22),
        miss: s => [s.alnum(12)],
        name: 'STORYBLOK_TOKEN',
        entropy: 3.5
    }),
    kv({
        id: 'datocms-api-token',
        title: 'DatoCMS API token',
        provider: 'DatoCMS',
        context: 'datocms',
        value: '[0-9a-f]{30}',
        keywords: ['datocms'],
        gen: s => s.hex(30),
        name: 'DATOCMS_API_TOKEN'
    }),
    // ── Files and media
    tok({
        id: 'dropbox-access-token',
        title: 'Dropbox access token',
        provider: 'Dropbox',
        re: 'sl\\.(?:u\\.)?[A-Za-z0-9_-]{130,1200}',
        keywords: ['sl.'],
        after: 1220,
        gen: s => `sl.${s.url(140)}`,
        miss: s => [`sl.${s.url(60)}`],
        name: 'DROPBOX_ACCESS_TOKEN',
        entropy: 4.5
    }),
    kv({
        id: 'box-client-secret',
        title: 'Box client secret or developer token',
        provider: 'Box',
        context: 'box[_.-]?(?:client[_.-]?secret|developer[_.-]?token|access[_.-]?token)',
        value: '[A-Za-z0-9]{32}',
        keywords: ['box_client', 'box-client', 'box_developer', 'box_access', 'boxclient'],
        gen: s => s.alnum(32),
        name: 'BOX_CLIENT_SECRET',
        entropy: 3.5
    }),
    tok({
        id: 'frameio-token',
        title: 'Frame.io developer token',
        provider: 'Frame.io',
        re: 'fio-u-[A-Za-z0-9_=-]{64}',
        keywords: ['fio-u-'],
        gen: s => `fio-u-${s.url(64)}`,
        name: 'FRAMEIO_TOKEN',
        entropy: 4
    }),
    tok({
        id: 'adobe-client-secret',
        title: 'Adobe client secret',
        provider: 'Adobe',
        re: 'p8e-[A-Za-z0-9_-]{32}',
        keywords: ['p8e-'],
        gen: s => `p8e-${s.url(32)}`,
        name: 'ADOBE_CLIENT_SECRET',
        entropy: 3.5
    }),
    kv({
        id: 'miro-access-token',
        title: 'Miro access token',
        provider: 'Miro',
        context: 'miro',
        value: 'eyJtaXJvLm9yaWdpbiI6[A-Za-z0-9_-]{20,200}|[A-Za-z0-9_-]{27}',
        keywords: ['miro'],
        gen: s => `eyJtaXJvLm9yaWdpbiI6${s.url(60)}`,
        miss: s => [s.url(12)],
        name: 'MIRO_ACCESS_TOKEN',
        entropy: 4
    }),
    kv({
        id: 'mux-token-secret',
        title: 'Mux access token secret',
        provider: 'Mux',
        context: 'mux[_.-]?token[_.-]?secret',
        value: '[A-Za-z0-9+/]{75}',
        keywords: ['mux_token', 'mux-token'],
        gen: s => s.b64(75),
        name: 'MUX_TOKEN_SECRET',
        entropy: 4
    }),
    kv({
        id: 'unsplash-secret-key',
        title: 'Unsplash access or secret key',
        provider: 'Unsplash',
        context: 'unsplash',
        value: '[A-Za-z0-9_-]{43}',
        keywords: ['unsplash'],
        gen: s => s.url(43),
        name: 'UNSPLASH_SECRET_KEY',
        entropy: 4,
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    kv({
        id: 'giphy-api-key',
        title: 'GIPHY API key',
        provider: 'GIPHY',
        context: 'giphy',
        value: '[A-Za-z0-9]{32}',
        keywords: ['giphy'],
        gen: s => s.alnum(32),
        name: 'GIPHY_API_KEY',
        entropy: 3.5,
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    kv({
        id: 'pexels-api-key',
        title: 'Pexels API key',
        provider: 'Pexels',
        context: 'pexels',
        value: '[A-Za-z0-9]{56}',
        keywords: ['pexels'],
        gen: s => s.alnum(56),
        name: 'PEXELS_API_KEY',
        entropy: 4,
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/services-a-l.ts


/**
 * Long-tail services whose names start with a–l, each written from the provider's own
 * description of its credential (prefix, length, alphabet); a format the provider does not
 * describe gets no rule here. Services m–z are in `services-m-z.ts`.
 */
const SERVICES_A_L_RULES = [
    // Adafruit IO shows the account's key as `aio_` and 28 letters and digits. (Adafruit's API
    // docs still show the older 32-hex key, sent as `X-AIO-Key`: the rule below.)
    tok({
        id: 'adafruit-io-key',
        title: 'Adafruit IO key',
        provider: 'Adafruit IO',
        re: 'aio_[A-Za-z0-9]{28}',
        keywords: ['aio_'],
        gen: s => `aio_${s.alnum(28)}`,
        miss: s => [`aio_${s.alnum(27)}`, `aio_${s.alnum(29)}`],
        name: 'ADAFRUIT_IO_KEY',
        entropy: 3.5
    }),
    // Adafruit IO keys from before the `aio_` prefix: 32 hex digits, sent in the `X-AIO-Key`
    // header or the `x-aio-key` query parameter.
    // Source: https://adafruit.github.io/Adafruit_IO_Documentation/http.html
    kv({
        id: 'adafruit-io-key-legacy',
        title: 'Adafruit IO key (32-hex format)',
        provider: 'Adafruit IO',
        context: 'x-aio-key|aio[_.-]?key|adafruit[_.-]?io[_.-]?key',
        value: hexId(32),
        keywords: ['x-aio-key', 'aio_key', 'aio-key', 'aiokey', 'adafruit_io_key', 'adafruit-io-key'],
        gen: s => s.hex(32),
        name: 'ADAFRUIT_IO_KEY',
        tps: s => [
            `ADAFRUIT_IO_KEY = "${s.hex(32)}"`,
            `curl -H "X-AIO-Key: ${s.hex(32)}" https://io.adafruit.com/api/v2/user/feeds`,
            `https://io.adafruit.com/api/v2/user/feeds?x-aio-key=${s.hex(32)}`
        ]
    }),
    // Dependency-Track (4.10+) issues API keys as `odt_` and 32 letters and digits.
    tok({
        id: 'dependency-track-api-key',
        title: 'Dependency-Track API key',
        provider: 'Dependency-Track',
        re: 'odt_[A-Za-z0-9]{32}',
        keywords: ['odt_'],
        gen: s => `odt_${s.alnum(32)}`,
        miss: s => [`odt_${s.alnum(31)}`, `odt_${s.alnum(33)}`],
        name: 'DTRACK_API_KEY',
        entropy: 3.5
    }),
    // AWS AppSync API keys (key version `da2`, the only valid one since 2018): `da2-` and 26
    // lower-case letters and digits, sent as `x-api-key`.
    tok({
        id: 'aws-appsync-api-key',
        title: 'AWS AppSync API key',
        provider: 'AWS',
        re: 'da2-[a-z0-9]{26}',
        keywords: ['da2-'],
        gen: s => `da2-${s.lowerAlnum(26)}`,
        miss: s => [`da2-${s.lowerAlnum(25)}`, `da2-${s.lowerAlnum(27)}`],
        name: 'APPSYNC_API_KEY'
    }),
    // Azure Container Registry access keys (admin passwords and token passwords) are 52 base64
    // characters that carry the service signature `+ACR` at offset 42.
    tok({
        id: 'azure-container-registry-key',
        title: 'Azure Container Registry access key',
        provider: 'Azure',
        re: '[A-Za-z0-9+/]{42}\\+ACR[A-Za-z0-9+/]{6}',
        keywords: ['+acr'],
        before: 50,
        after: 12,
        gen: s => `${s.b64(42)}+ACR${s.alnum(6)}`,
        miss: s => [`${s.b64(42)}+ACR${s.alnum(5)}`, `${s.b64(42)}+ACX${s.alnum(6)}`],
        name: 'ACR_PASSWORD',
        entropy: 4
    }),
    // Fly.io tokens (`fly tokens create …`, `fly auth token`) are macaroons written
    // `FlyV1 fm2_<base64>`, several hundred characters long, comma-separated when bundled.
    // Source: https://fly.io/docs/flyctl/tokens-create/ and Fly.io's macaroon library,
    // https://readme.hex.pm/macfly/0.2.20
    tok({
        id: 'flyio-token',
        title: 'Fly.io API token',
        provider: 'Fly.io',
        re: 'FlyV1 fm2_[A-Za-z0-9+/=_,-]{100,2000}',
        keywords: ['flyv1 fm2_'],
        after: 2010,
        gen: s => `FlyV1 fm2_${s.b64(160)},fm2_${s.b64(120)}`,
        miss: s => [`FlyV1 fm2_${s.b64(40)}`, `FlyV2 fm2_${s.b64(160)}`],
        name: 'FLY_API_TOKEN',
        entropy: 4.5
    }),
    // LoginRadius API keys and secrets are GUIDs.
    kv({
        id: 'loginradius-api-key',
        title: 'LoginRadius API key or secret',
        provider: 'LoginRadius',
        context: 'login[_.-]?radius',
        value: UUID,
        keywords: ['loginradius', 'login_radius', 'login-radius', 'login.radius'],
        gen: s => s.uuid(),
        name: 'LOGINRADIUS_API_SECRET'
    }),
    // DocuSign integration secret keys are GUIDs (the integration key, a GUID too, only names
    // the app: the rule wants a secret in the name).
    kv({
        id: 'docusign-secret-key',
        title: 'DocuSign integration secret key',
        provider: 'DocuSign',
        context: 'docu[_.-]?sign[\\w.-]{0,20}?(?:secret|private)',
        value: UUID,
        keywords: ['docusign', 'docu_sign', 'docu-sign'],
        gen: s => s.uuid(),
        name: 'DOCUSIGN_SECRET_KEY',
        tps: s => [`DOCUSIGN_SECRET_KEY = "${s.uuid()}"`, `docusignClientSecret := "${s.uuid()}"`]
    }),
    // Blocknative API keys (Mempool, Gas Platform) are GUIDs.
    kv({
        id: 'blocknative-api-key',
        title: 'Blocknative API key',
        provider: 'Blocknative',
        context: 'blocknative',
        value: UUID,
        keywords: ['blocknative'],
        gen: s => s.uuid(),
        name: 'BLOCKNATIVE_API_KEY'
    }),
    // Code Climate's test reporter ID (`CC_TEST_REPORTER_ID`, 64 hex digits) lets its holder
    // upload coverage reports for the repository.
    kv({
        id: 'codeclimate-test-reporter-id',
        title: 'Code Climate test reporter ID',
        provider: 'Code Climate',
        context: '(?:cc|code[_.-]?climate)[_.-]?(?:test[_.-]?)?reporter[_.-]?id',
        value: hexId(64),
        keywords: ['reporter_id', 'reporter-id', 'reporterid'],
        gen: s => s.hex(64),
        name: 'CC_TEST_REPORTER_ID',
        // Code Climate says the ID only identifies the repository when coverage is posted and
        // cannot read any data, so it is reported below the default `fail-on`.
        // Source: https://docs.codeclimate.com/docs/finding-your-test-coverage-token#should-i-keep-my-test-reporter-id-secret
        severity: 'low'
    }),
    // A new Jenkins controller prints its generated admin password (32 hex digits, the content of
    // `secrets/initialAdminPassword`) under this sentence in its first log.
    rule('jenkins-initial-admin-password', 'Jenkins initial admin password', 'Jenkins', 'password to proceed to installation:\\s{1,20}(?<secret>[0-9a-f]{32})(?![0-9A-Za-z])', {
        keywords: ['password to proceed to installation'],
        before: 0,
        after: 100,
        multiline: true,
        validate: minEntropy(3),
        samples: {
            tps: s => [
                `Jenkins initial setup is required. An admin user has been created and a password generated.\nPlease use the following password to proceed to installation:\n\n${s.hex(32)}\n\nThis may also be found at: /var/jenkins_home/secrets/initialAdminPassword`
            ],
            fps: s => [
                `Please use the following password to proceed to installation:\n\n${s.hex(31)}\n`,
                `Please use the following password to proceed to installation:\n\n${s.hex(32)}${s.hex(8)}\n`
            ]
        }
    }),
    // A HashiCorp Vault unseal key share is 33 random bytes in base64 (44 characters); `vault
    // operator init` prints them as `Unseal Key N: …` and `vault operator unseal` takes one.
    rule('vault-unseal-key', 'HashiCorp Vault unseal key share', 'HashiCorp', '(?:operator\\s{1,5}unseal(?:\\s{1,5}-[\\w-]{1,30}(?:=[^\\s"\']{1,100})?){0,4}|unseal key(?:\\s{1,3}\\d{1,2})?\\s{0,3}:)[\\s"\']{1,5}(?<secret>[A-Za-z0-9+/]{44})(?![A-Za-z0-9+/=])', {
        keywords: ['operator unseal', 'unseal key'],
        before: 0,
        after: 260,
        validate: minEntropy(4),
        samples: {
            tps: s => [
                `vault operator unseal ${s.b64(44)}`,
                `Unseal Key 1: ${s.b64(44)}\nUnseal Key 2: ${s.b64(44)}`
            ],
            fps: s => [
                `vault operator unseal ${s.b64(40)}`,
                `Unseal Key 1: ${s.b64(44)}${s.b64(4)}`,
                'vault operator unseal -migrate'
            ]
        }
    }, 'i'),
    // Google Artifact Registry and Container Registry accept a service account key file as a
    // Docker password under the user name `_json_key`; Docker stores `user:password` in base64
    // (`"auth"` in config.json, DOCKER_AUTH_CONFIG), which then starts with `X2pzb25fa2V5`.
    rule('gcp-docker-json-key', 'Google Cloud service account key in Docker registry credentials', 'Google Cloud', '(?<![A-Za-z0-9+/])(?<secret>X2pzb25fa2V5[A-Za-z0-9+/]{100,8000}={0,2})(?![A-Za-z0-9+/=])', {
        keywords: ['x2pzb25fa2v5'],
        before: 0,
        after: 8020,
        severity: 'critical',
        validation: 'structure',
        raw: true,
        validate: secret => {
            const text = decodeBase64(secret)?.toString('utf8') ?? '';
            return /^_json_key(?:_base64)?:/.test(text) && /private_key/.test(text);
        },
        samples: {
            tps: s => [
                `{"auths": {"europe-docker.pkg.dev": {"auth": "${s.base64(`_json_key:${JSON.stringify({ type: 'service_account', project_id: s.lower(10), private_key_id: s.hex(40), private_key: `-----BEGIN PRIVATE KEY-----\n${s.b64(64)}\n-----END PRIVATE KEY-----\n`, client_email: `${s.lower(8)}@${s.lower(10)}.iam.gserviceaccount.com` }, null, 2)}`)}"}}}`
            ],
            fps: s => [
                `IMAGE_PULL = "${s.base64(`_json_key:${JSON.stringify({ type: 'authorized_user', note: s.lower(90) })}`)}"`
            ]
        }
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/services-m-z.ts


/**
 * Hex under the case-insensitive name anchor: a generated key is all lower or all upper case,
 * never mixed, and random enough.
 */
const oneCaseHex = (floor) => secret => (/^[0-9a-f]+$/.test(secret) || /^[0-9A-F]+$/.test(secret)) && shannonEntropy(secret) > floor;
/**
 * Services M–Z (and digits) with no rule in the family files, each written from the
 * provider's own description of its credential: a URL or API call shape the provider
 * documents, or a documented length and alphabet under the service's name.
 */
const SERVICES_M_Z_RULES = [
    rule('power-automate-workflow-url', 'Power Automate / Logic Apps workflow trigger URL (Teams workflow webhook)', 'Microsoft Power Automate', 
    // The `sig` query parameter is the trigger URL's SAS signature. Source:
    // https://learn.microsoft.com/en-us/dotnet/api/azure.resourcemanager.logic.models.logicworkflowtriggercallbackqueryparameterinfo.sig
    // A manual-trigger workflow URL carries its authorization in the `sig` query parameter
    // (an HMAC-SHA256, 43 base64url characters): anyone holding the URL can run the flow.
    // Teams' Workflows webhooks, which replace the retired connector webhooks, are these URLs.
    '(?<secret>https://[a-z0-9.-]{3,120}\\.(?:environment\\.api\\.powerplatform\\.com|logic\\.azure\\.com)(?::\\d{2,5})?/(?:powerautomate/automations/direct/)?workflows/[0-9a-f]{32}/triggers/[\\w.-]{1,80}/paths/invoke\\?[\\w%&=.~-]{0,300}?sig=[A-Za-z0-9_-]{43})(?![\\w-])', {
        keywords: ['environment.api.powerplatform.com', '.logic.azure.com'],
        before: 130,
        after: 700,
        validation: 'structure',
        raw: true,
        validate: secret => shannonEntropy(secret.slice(secret.lastIndexOf('sig=') + 4)) > 4,
        samples: {
            tps: s => [
                `TEAMS_WEBHOOK = "https://default${s.hex(30)}.${s.digits(2)}.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/${s.hex(32)}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${s.url(43)}"`,
                `url: https://prod-${s.digits(2)}.westeurope.logic.azure.com:443/workflows/${s.hex(32)}/triggers/manual/paths/invoke?sig=${s.url(43)}&api-version=2016-06-01`
            ],
            fps: s => [
                // No signature: the URL alone does not authorize a call.
                `url: https://prod-${s.digits(2)}.westeurope.logic.azure.com:443/workflows/${s.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01`,
                `url: https://prod-${s.digits(2)}.westeurope.logic.azure.com:443/workflows/${s.hex(32)}/triggers/manual/paths/invoke?sig=${s.url(30)}`
            ]
        }
    }),
    rule('truenas-api-key', 'TrueNAS API key', 'TrueNAS', 
    // TrueNAS shows a key once as `<key id>-<64 letters and digits>`; its JSON-RPC API takes it
    // as the only parameter of `auth.login_with_api_key`.
    '(?:login_with_api_key|truenas)[\\s\\S]{0,80}?(?<![\\w-])(?<secret>[0-9]{1,6}-[A-Za-z0-9]{64})(?![\\w-])', {
        keywords: ['login_with_api_key', 'truenas'],
        before: 0,
        after: 160,
        // JSON dumps put `params` on the lines after `method`.
        multiline: true,
        confidence: 'medium',
        validation: 'context',
        validate: secret => shannonEntropy(secret) > 4,
        samples: {
            tps: s => [
                `{"id": "${s.uuid()}", "msg": "method", "method": "auth.login_with_api_key", "params": ["${s.digits(1)}-${s.alnum(64)}"]}`,
                `TRUENAS_API_KEY=${s.digits(2)}-${s.alnum(64)}`
            ],
            fps: s => [
                `TRUENAS_API_KEY=${s.digits(2)}-${s.alnum(63)}`,
                `{"method": "auth.login_with_api_key", "params": ["$TRUENAS_API_KEY"]}`,
                `BUILD_ID=${s.digits(2)}-${s.alnum(64)}`
            ]
        }
    }, 'i'),
    rule('thingsboard-device-token', 'ThingsBoard device access token in a device API URL', 'ThingsBoard', 
    // Source: https://thingsboard.io/docs/reference/http-api/
    // The device HTTP API (and CoAP) takes the device's access token as a path segment:
    // `/api/v1/<token>/telemetry`, `/attributes`, `/rpc`, `/claim`, `/firmware`.
    '/api/v1/(?<secret>[A-Za-z0-9_-]{16,64})/(?:telemetry|attributes|rpc|claim|firmware|software)(?![\\w-])', {
        keywords: ['/telemetry', '/attributes', '/claim', '/firmware', '/software'],
        before: 80,
        after: 20,
        confidence: 'medium',
        validation: 'context',
        validate: secret => !isPlaceholder(secret) &&
            /[0-9]/.test(secret) &&
            /[A-Za-z]/.test(secret) &&
            shannonEntropy(secret) > 3.2,
        samples: {
            tps: s => [
                `curl -v -X POST http://tb.${s.lower(6)}.net:8080/api/v1/${s.alnum(20)}/telemetry -d '{"t": 1}'`,
                `coap://coap.thingsboard.cloud/api/v1/${s.lowerAlnum(20)}/attributes`
            ],
            fps: () => [
                'curl -X POST http://$THINGSBOARD_HOST/api/v1/$ACCESS_TOKEN/telemetry',
                'http://localhost:8080/api/v1/{accessToken}/telemetry',
                'http://localhost:8080/api/v1/YOUR_DEVICE_ACCESS_TOKEN/telemetry'
            ]
        }
    }),
    kv({
        id: 'zulip-api-key',
        title: 'Zulip API key',
        provider: 'Zulip',
        context: 'zulip',
        // A zuliprc's `key=`: 32 letters and digits (the length as Zulip's own zulip-js README
        // shows a key; zulip.com/api/api-keys documents the zuliprc but not the length).
        // Source: https://zulip.com/api/api-keys and https://www.npmjs.com/package/zulip-js
        value: '[A-Za-z0-9]{32}',
        keywords: ['zulip'],
        gen: s => s.alnum(32),
        name: 'ZULIP_API_KEY',
        entropy: 3.5,
        tps: s => [`ZULIP_API_KEY = "${s.alnum(32)}"`, `zulip key - '${s.alnum(32)}'`]
    }),
    kv({
        id: 'notion-integration-secret',
        title: 'Notion internal integration secret (secret_ format)',
        provider: 'Notion',
        context: 'notion',
        // Before `ntn_`, Notion issued internal integration secrets as `secret_` + 43 characters.
        value: 'secret_[A-Za-z0-9]{43}',
        keywords: ['notion'],
        gen: s => `secret_${s.alnum(43)}`,
        name: 'NOTION_TOKEN',
        entropy: 4
    }),
    kv({
        id: 'phrase-access-token',
        title: 'Phrase (Strings) API access token',
        provider: 'Phrase',
        // Phrase documents the token's use (`Authorization: token ACCESS_TOKEN`), not its length.
        // Source: https://developers.phrase.com/en/api/strings/authentication
        // `phrase` as a word of the name, not the end of `passphrase`.
        context: '(?<![a-z])phrase(?:app)?[\\w .-]{0,20}?(?:token|access)',
        value: '[0-9a-f]{64}',
        keywords: ['phrase'],
        gen: s => s.hex(64),
        miss: s => [s.hex(63), `${s.hex(32).toUpperCase()}${s.hex(32)}`],
        name: 'PHRASE_ACCESS_TOKEN',
        validate: oneCaseHex(3.3),
        tps: s => [`PHRASE_ACCESS_TOKEN = "${s.hex(64)}"`, `phrase token - ${s.hex(64)}`]
    }),
    kv({
        id: 'moosend-api-key',
        title: 'Moosend API key',
        provider: 'Moosend',
        context: 'moosend',
        // Moosend API keys are GUIDs.
        value: UUID,
        keywords: ['moosend'],
        gen: s => s.uuid(),
        name: 'MOOSEND_API_KEY'
    }),
    kv({
        id: 'shortcut-api-token',
        title: 'Shortcut (formerly Clubhouse) API token',
        provider: 'Shortcut',
        // Shortcut API tokens are UUIDs; `shortcut` is a common word, so the name must say token.
        // Shortcut's client README tells users to export `SHORTCUT_API_TOKEN`; the GUID shape is
        // not on Shortcut's pages. Source: https://github.com/useshortcut/shortcut-client-js
        context: '(?:shortcut|clubhouse)[\\w .-]{0,20}?(?:token|api[_.-]?key)',
        value: UUID,
        keywords: ['shortcut', 'clubhouse'],
        gen: s => s.uuid(),
        name: 'SHORTCUT_API_TOKEN',
        tps: s => [`SHORTCUT_API_TOKEN = "${s.uuid()}"`, `shortcut token = '${s.uuid()}'`]
    }),
    kv({
        id: 'npm-legacy-token',
        title: 'npm legacy access token (UUID format)',
        provider: 'npm',
        // npm tokens issued before the `npm_` format are UUIDs. npm removed legacy tokens on
        // 5 November 2025, so one found now no longer logs in to npmjs.com: reported below the
        // default `fail-on` (private registries that copied the format may still accept theirs).
        // Source: https://docs.npmjs.com/about-access-tokens/
        context: 'npm[\\w .-]{0,12}?(?:token|auth)',
        value: UUID,
        keywords: ['npm'],
        gen: s => s.uuid(),
        name: 'NPM_TOKEN',
        severity: 'low'
    }),
    kv({
        id: 'twitter-consumer-key',
        title: 'X (Twitter) API key (consumer key)',
        provider: 'X (Twitter)',
        // The API key (consumer key) is 25 letters and digits; its secret is the 50-character
        // value `twitter-api-secret` finds.
        context: '(?:twitter|tweepy)[\\w.-]{0,20}?(?:consumer|api)[_.-]?key',
        value: '[A-Za-z0-9]{25}',
        keywords: ['twitter', 'tweepy'],
        gen: s => s.alnum(25),
        name: 'TWITTER_CONSUMER_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'poloniex-api-secret',
        title: 'Poloniex API secret',
        provider: 'Poloniex',
        context: 'poloniex',
        // The secret signs requests with HMAC-SHA512: 128 hex digits.
        value: '[0-9a-f]{128}',
        keywords: ['poloniex'],
        gen: s => s.hex(128),
        miss: s => [s.hex(127), `D${s.hex(126)}B`],
        name: 'POLONIEX_SECRET',
        validate: oneCaseHex(3.5)
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/services-sourced.ts



/**
 * Services whose credential format or usage their own documentation describes; the page each
 * rule was written from is named beside it. A service that documents neither gets no rule.
 */
const SERVICES_SOURCED_RULES = [
    // Tines: each Webhook action has a unique URL that carries the action's path and, when
    // access control uses it, the secret: `https://<tenant>.tines.com/webhook/<path>/<secret>`.
    // Source: https://www.tines.com/docs/actions/types/webhook/
    rule('tines-webhook-url', 'Tines webhook URL with its secret', 'Tines', 'https://[a-z0-9-]{1,63}\\.tines\\.com/webhook/[A-Za-z0-9_-]{1,64}/(?<secret>[A-Za-z0-9]{16,64})(?![\\w-])', {
        keywords: ['.tines.com/webhook/'],
        before: 80,
        after: 150,
        validation: 'structure',
        validate: secret => shannonEntropy(secret) > 3.5,
        samples: {
            tps: s => [
                `TINES_HOOK = "https://${s.lower(8)}.tines.com/webhook/${s.lowerAlnum(32)}/${s.lowerAlnum(32)}"`,
                `hook: https://${s.upper(3)}.tines.com/webhook/${s.lowerAlnum(32)}/${s.lowerAlnum(32)}`
            ],
            fps: s => [
                // No secret segment: the path alone is not a credential.
                `TINES_HOOK = "https://${s.lower(8)}.tines.com/webhook/${s.lowerAlnum(32)}"`,
                // A query string cuts the path: not the documented shape.
                `TINES_HOOK = "https://${s.lower(8)}.tines.com/webhook/${s.lowerAlnum(10)}?x=${s.lowerAlnum(8)}/${s.lowerAlnum(32)}"`
            ]
        }
    }, 
    // Host names are case-insensitive.
    'i'),
    // HubSpot's (retired, still found in old code) account API key went into the `hapikey`
    // query parameter; keys were GUIDs.
    // Source: https://knowledge.hubspot.com/integrations/how-do-i-get-my-hubspot-api-key
    kv({
        id: 'hubspot-legacy-api-key',
        title: 'HubSpot legacy API key (hapikey)',
        provider: 'HubSpot',
        context: 'hapikey|hubspot[_.-]?api[_.-]?key',
        value: UUID,
        keywords: ['hapikey', 'hubspot_api_key', 'hubspot-api-key', 'hubspotapikey', 'hubspot.api'],
        gen: s => s.uuid(),
        name: 'HAPIKEY'
    }),
    // Cisco Meraki Dashboard API keys: 40 hex digits, sent as `Authorization: Bearer` or
    // `X-Cisco-Meraki-API-Key`, read from `MERAKI_DASHBOARD_API_KEY` by Cisco's SDK. The rule
    // wants Meraki named before a key label, since 40 hex digits alone look like a commit id.
    // Source: https://developer.cisco.com/meraki/api-v1/authorization/
    rule('meraki-api-key', 'Cisco Meraki Dashboard API key', 'Cisco Meraki', 'meraki[\\s\\S]{0,120}?(?:api[_-]?key|token|bearer)\\W{0,5}(?<secret>[0-9a-f]{40})(?![0-9a-z])', {
        keywords: ['meraki'],
        before: 0,
        after: 220,
        multiline: true,
        confidence: 'medium',
        validation: 'context',
        validate: secret => shannonEntropy(secret) > 3,
        samples: {
            tps: s => [
                `MERAKI_DASHBOARD_API_KEY=${s.hex(40)}`,
                `import meraki\nAPI_KEY = '${s.hex(40)}'\ndashboard = meraki.DashboardAPI(API_KEY)`,
                `curl https://api.meraki.com/api/v1/organizations -H 'X-Cisco-Meraki-API-Key: ${s.hex(40)}'`
            ],
            fps: s => [
                // A commit id near the name is not a key.
                `pip install git+https://github.com/meraki/dashboard-api-python@${s.hex(40)}`,
                `MERAKI_DASHBOARD_API_KEY=${s.hex(39)}`,
                `API_KEY = '${s.hex(40)}'`
            ]
        }
    }, 'i'),
    // Vault AppRole: `role_id` names the role, `secret_id` is the credential that logs in with
    // it; both are UUIDs (`vault write -f auth/approle/role/<name>/secret-id`). The rule wants
    // Vault named before the value, since `secret_id` alone is a common field name.
    // Source: https://developer.hashicorp.com/vault/docs/auth/approle
    rule('vault-approle-secret-id', 'HashiCorp Vault AppRole secret ID', 'HashiCorp', `(?:vault|approle|hashicorp)[\\s\\S]{0,160}?secret[_-]?id\\w{0,3}["']?\\s{0,3}(?:=|:)\\s{0,3}["']?(?<secret>${UUID})(?![\\w-])`, {
        keywords: ['secret_id', 'secret-id', 'secretid'],
        before: 200,
        after: 80,
        multiline: true,
        confidence: 'medium',
        validation: 'context',
        validate: secret => shannonEntropy(secret) > 3,
        samples: {
            tps: s => [
                `vault:\n  role_id = "${s.uuid()}"\n  secret_id = "${s.uuid()}"`,
                `VAULT_ADDR=https://vault.${s.lower(6)}.net\nVAULT_SECRET_ID=${s.uuid()}`
            ],
            fps: s => [
                // No Vault context: `secret_id` is too common a field name on its own.
                `secret_id = "${s.uuid()}"`,
                // A role ID is not a credential.
                `vault:\n  role_id = "${s.uuid()}"`,
                `vault:\n  secret_id = "${s.uuid().slice(0, -1)}"`
            ]
        }
    }, 'i')
];
/**
 * Passwords written into a tool's documented command line or settings (the tool names the
 * field, so no service name is needed). A variable, placeholder or stock word is not a
 * finding: the checks `url-basic-auth` applies to a URL's password.
 */
const toolPassword = (secret, ctx) => 
// `mypass`, `your_password`: a possessive in front of a stock word is still the stock word.
DEV_PASSWORDS.has(secret.toLowerCase().replace(/^(?:my|your)[_-]?/, ''))
    ? false
    : urlCredentialValidator(secret, ctx);
const TOOL_CREDENTIAL_RULES = [
    // PsExec runs a program on another Windows machine as `-u <user> -p <password>`.
    // Source: https://learn.microsoft.com/en-us/sysinternals/downloads/psexec
    rule('psexec-password', 'Password on a PsExec command line', 'PsExec', '\\bpsexec(?:64)?(?:\\.exe)?\\b[^\\n]{0,300}?\\s-u\\s{1,5}["\']?(?<user>[^\\s"\']{1,64})["\']?\\s{1,5}-p\\s{1,5}["\']?(?<secret>[^\\s"\']{3,128})', {
        keywords: ['psexec'],
        before: 0,
        after: 500,
        confidence: 'medium',
        validation: 'context',
        validate: toolPassword,
        samples: {
            tps: s => [
                `psexec \\\\10.0.0.${s.digits(2)} -u Administrator -p ${s.alnum(12)} cmd /c ipconfig`,
                `PsExec64.exe \\\\host${s.digits(2)} -u CORP\\svc_${s.lower(5)} -p "${s.alnum(14)}" -i cmd`
            ],
            fps: s => [
                // Variables and placeholders, not passwords.
                `psexec \\\\host -u Administrator -p $Password cmd`,
                `psexec \\\\host -u Administrator -p %PASS% cmd`,
                `psexec \\\\host -u DOMAIN\\ADMINISTRATOR -p PASSWORD cmd`,
                `psexec \\\\host -u DOMAIN\\me -p mypass cmd`,
                // `-p` without `-u` before it is some other program's flag.
                `psexec \\\\host cmd /c dir -p ${s.alnum(12)}`
            ]
        }
    }, 'i'),
    // VMware PowerCLI logs in with `Connect-VIServer -Server … -User … -Password …`.
    // Source: https://developer.broadcom.com/powercli/latest/vmware.vimautomation.core/commands/connect-viserver
    rule('powercli-password', 'Password on a PowerCLI Connect-VIServer line', 'PowerCLI', '\\bconnect-viserver\\b[^\\n]{0,300}?\\s-password\\s{1,5}["\']?(?<secret>[^\\s"\']{3,128})', {
        keywords: ['connect-viserver'],
        before: 0,
        after: 450,
        confidence: 'medium',
        validation: 'context',
        validate: toolPassword,
        samples: {
            tps: s => [
                `Connect-VIServer -Server vc.${s.lower(5)}.local -User administrator@vsphere.local -Password '${s.alnum(14)}'`,
                `connect-viserver 10.1.1.${s.digits(2)} -user root -password ${s.alnum(10)}!`
            ],
            fps: s => [
                `Connect-VIServer $server -User $user -Password $password`,
                `Connect-VIServer vc.${s.lower(5)}.local -User root -Password <password>`,
                `Connect-VIServer vc.${s.lower(5)}.local -Credential $cred`
            ]
        }
    }, 'i'),
    // ADO.NET / ODBC / OLE DB connection strings: `Server=` (or `Data Source=`, `Host=`),
    // `User ID=` (`Uid=`), `Password=` (`Pwd=`), separated by semicolons.
    // Source: https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring
    rule('connection-string-password', 'Password in a database connection string', 'Database', '(?<![\\w-])(?:server|data source|host|address|addr|network address)\\s{0,3}=[^;"\'\\n]{1,200};[^"\'\\n]{0,400}?(?:(?:user id|userid|uid|user name|username|user)\\s{0,3}=\\s{0,3}(?<user>[^;"\'\\n]{1,64});[^"\'\\n]{0,200}?)?(?<![\\w-])(?:password|pwd)\\s{0,3}=\\s{0,3}(?<secret>[^;"\'\\n]{3,128}?)\\s{0,3}(?=[;"\'\\n]|$)', {
        keywords: ['server=', 'data source=', 'host=', 'server =', 'data source ='],
        before: 2,
        after: 900,
        confidence: 'medium',
        validation: 'context',
        validate: toolPassword,
        samples: {
            tps: s => [
                `"Server=db${s.digits(2)}.corp;Database=app;User Id=svc_${s.lower(5)};Password=${s.alnum(14)};"`,
                `Provider=SQLNCLI;Data Source=10.0.0.${s.digits(2)},1433;Initial Catalog=app;Uid=app;Pwd=${s.alnum(12)}!;`
            ],
            fps: s => [
                // Stock and templated passwords, and a password with no server in front of it.
                `Server=host;Port=5432;User Id=username;Password=secret;Database=databasename;`,
                `"driver={SQL Server};server=(#{h});database=#{d};uid=#{u};pwd=#{datastore['DBPASSWORD']}"`,
                `Password=${s.alnum(14)};`
            ]
        }
    }, 'i'),
    // PHPMailer takes the SMTP login as `$mail->Username` / `$mail->Password` after
    // `isSMTP()` / `SMTPAuth`; the rule wants one of those before the password, since other
    // PHP classes have a `Password` property too.
    // Source: https://github.com/PHPMailer/PHPMailer#a-simple-example
    rule('phpmailer-smtp-password', 'SMTP password in PHPMailer settings', 'PHPMailer', '(?:PHPMailer|isSMTP\\(\\)|SMTPAuth|->Username)[\\s\\S]{0,400}?->Password\\s{0,40}=\\s{0,5}(["\'])(?<secret>[^"\'\\n$]{3,128})\\1', {
        keywords: ['->password'],
        before: 500,
        after: 200,
        multiline: true,
        confidence: 'medium',
        validation: 'context',
        validate: toolPassword,
        samples: {
            tps: s => [
                `$mail = new PHPMailer(true);\n$mail->isSMTP();\n$mail->SMTPAuth = true;\n$mail->Username = 'ops@${s.lower(6)}.com';\n$mail->Password = '${s.alnum(14)}';`
            ],
            fps: s => [
                // The README's own placeholder, an environment read, and a model's field.
                `$mail->isSMTP();\n$mail->Username = 'user@example.com';\n$mail->Password = 'secret';`,
                `$mail->isSMTP();\n$mail->Password = getenv('SMTP_PASSWORD');`,
                `$user = new User();\n$user->Password = '${s.alnum(14)}';`
            ]
        }
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/services-sourced-2.ts



/**
 * More services and APIs whose credential format or usage their own documentation describes;
 * the page each rule was written from is named beside it.
 */
const SERVICES_SOURCED_2_RULES = [
    // HubSpot's retired account API key (a GUID, sent as `hapikey`) handed straight to a HubSpot
    // client's constructor: `new HubSpotAPI("…")`, `Hubspot({ apiKey: "…" })`. The `hapikey`
    // assignment form is `hubspot-legacy-api-key`.
    // Source: https://knowledge.hubspot.com/integrations/how-do-i-get-my-hubspot-api-key
    rule('hubspot-legacy-api-key-call', 'HubSpot legacy API key passed to a HubSpot client', 'HubSpot', `\\bhubspot\\w{0,20}\\s{0,3}\\(\\s{0,5}(?:\\{\\s{0,5}(?:hapikey|api_?key)\\s{0,3}:\\s{0,3})?(?<q>["'])(?<secret>${UUID})\\k<q>`, {
        keywords: ['hubspot'],
        before: 0,
        after: 120,
        confidence: 'medium',
        validation: 'context',
        validate: secret => shannonEntropy(secret) > 3,
        samples: {
            tps: s => [
                `const hs = new HubSpotAPI("${s.uuid()}");`,
                `const client = new Hubspot({ apiKey: '${s.uuid()}' })`
            ],
            fps: s => [
                // A form's GUID is not a key, and neither is a key read from the environment.
                `const form = useHubspotForm({ portalId: '${s.digits(7)}', formId: '${s.uuid()}' })`,
                `const hs = new HubSpotAPI({ hapikey: process.env.HAPI_KEY })`,
                `const hs = new HubSpotAPI("${s.uuid().slice(0, -1)}")`
            ]
        }
    }, 'i'),
    // Vault tokens before 1.10: "Service tokens start with `s.` and batch tokens start with
    // `b.`" (Vault 1.0 upgrade notes); OpenBao went back to these prefixes. `s.` alone is every
    // minified `s.method()`, so the rule wants the value under a Vault token name (`VAULT_TOKEN`,
    // `X-Vault-Token`, `-vaultToken`). Today's `hvs.`/`hvb.` tokens have their own rule.
    // Source: https://developer.hashicorp.com/vault/docs/upgrading/upgrade-to-1.0.0
    rule('vault-legacy-token', 'HashiCorp Vault token (s./b. prefix, before Vault 1.10)', 'HashiCorp', '(?:vault[_.-]?(?:client[_.-]?)?token|x-vault-token)["\'\\]]{0,2}\\s{0,3}(?:=|:|\\s)\\s{0,3}["\'\\x60]?(?<secret>[sb]\\.[A-Za-z0-9_-]{24,400})(?![\\w.-])', {
        keywords: ['vaulttoken', 'vault_token', 'vault-token', 'vault.token', 'vault_client_token'],
        before: 2,
        after: 440,
        confidence: 'medium',
        validation: 'context',
        validate: secret => shannonEntropy(secret.slice(2)) > 3.5 && /[0-9]/.test(secret),
        samples: {
            tps: s => [
                `VAULT_TOKEN=s.${s.alnum(24)}`,
                `curl -H "X-Vault-Token: s.${s.alnum(24)}" https://vault.${s.lower(6)}.net/v1/secret/app`,
                `\`-vaultToken s.CAESI${s.url(100)}\``
            ],
            fps: s => [
                // Minified code: `s.` is a variable, not a token.
                `this.vaultToken = s.${s.lower(12)}${s.upper(1)}${s.lower(12)}()`,
                `VAULT_TOKEN=s.${s.alnum(20)}`,
                // The same value under a name that is not Vault's.
                `SESSION=s.${s.alnum(24)}`
            ]
        }
    }, 'i')
];
/**
 * Passwords passed to a documented constructor or call that takes a user name and a password
 * as separate arguments (the API names the field, so no service name is needed). The checks
 * are the ones of the other tool-password rules: variables, placeholders and stock words are
 * not reported.
 */
const TOOL_CREDENTIAL_2_RULES = [
    // .NET `new NetworkCredential(userName, password[, domain])`; PowerShell writes it
    // `New-Object System.Net.NetworkCredential("user", "password")`.
    // Source: https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential.-ctor
    rule('dotnet-network-credential', 'Password in a .NET NetworkCredential', '.NET', '\\bNetworkCredential\\s{0,3}\\(\\s{0,40}(?<q1>["\'])(?<user>[^"\'\\n]{1,128})\\k<q1>\\s{0,40},\\s{0,40}(?<q2>["\'])(?<secret>[^"\'\\n]{3,128})\\k<q2>', {
        keywords: ['networkcredential'],
        before: 0,
        after: 420,
        multiline: true,
        confidence: 'medium',
        validation: 'context',
        validate: toolPassword,
        samples: {
            tps: s => [
                `smtp.Credentials = new NetworkCredential("ci@${s.lower(6)}.com", "${s.lower(16)}");`,
                `$wc.Credentials = New-Object System.Net.NetworkCredential('svc_${s.lower(4)}', '${s.alnum(20)}')`
            ],
            fps: s => [
                // Variables, a stock word and a placeholder are not passwords.
                `smtp.Credentials = new NetworkCredential(user, password);`,
                `smtp.Credentials = new NetworkCredential("ci@${s.lower(6)}.com", "password");`,
                `smtp.Credentials = new NetworkCredential("ci@${s.lower(6)}.com", "<your-password>");`,
                `smtp.Credentials = new NetworkCredential("ci@${s.lower(6)}.com", $"{pass}");`
            ]
        }
    }),
    // Azure's identity library signs a user in with `UsernamePasswordCredential(client_id,
    // username, password)`; Python code passes them as keywords.
    // Source: https://learn.microsoft.com/en-us/python/api/azure-identity/azure.identity.usernamepasswordcredential
    rule('azure-username-password-credential', 'Password in an Azure identity UsernamePasswordCredential', 'Azure', '\\bUsernamePasswordCredential\\s{0,3}\\([^)]{0,400}?\\bpassword\\s{0,3}=\\s{0,3}(?<q>["\'])(?<secret>[^"\'\\n]{3,128})\\k<q>', {
        keywords: ['usernamepasswordcredential'],
        before: 0,
        after: 560,
        multiline: true,
        confidence: 'medium',
        validation: 'context',
        validate: toolPassword,
        samples: {
            tps: s => [
                `credential = UsernamePasswordCredential(\n    client_id="${s.uuid()}",\n    username="ops@${s.lower(6)}.onmicrosoft.com",\n    password="${s.alnum(12)}#${s.digits(2)}",\n)`
            ],
            fps: s => [
                `credential = UsernamePasswordCredential(client_id=cid, username=user, password=os.environ["AZ_PASSWORD"])`,
                `credential = UsernamePasswordCredential(client_id="${s.uuid()}", username="u", password="<password>")`,
                // A password after the call has closed belongs to something else.
                `c = UsernamePasswordCredential(cid, user, pw)\nlogin(password="${s.alnum(12)}")`
            ]
        }
    }),
    // .NET `new DirectoryEntry(path, username, password)` and ADSI's
    // `OpenDSObject(path, user, password, flags)` bind to a directory with a password.
    // Sources: https://learn.microsoft.com/en-us/dotnet/api/system.directoryservices.directoryentry.-ctor
    // and https://learn.microsoft.com/en-us/windows/win32/api/iads/nf-iads-iadsopendsobject-opendsobject
    rule('ldap-bind-password', 'Password in a .NET DirectoryEntry or ADSI OpenDSObject bind', 'LDAP', '\\b(?:DirectoryEntry|OpenDSObject)\\s{0,3}\\(\\s{0,40}(?<q0>["\'])(?:LDAPS?|GC|WinNT)://[^"\'\\n]{0,200}\\k<q0>\\s{0,40},\\s{0,40}(?<q1>["\'])(?<user>[^"\'\\n]{1,128})\\k<q1>\\s{0,40},\\s{0,40}(?<q2>["\'])(?<secret>[^"\'\\n]{3,128})\\k<q2>', {
        keywords: ['directoryentry', 'opendsobject'],
        before: 0,
        after: 640,
        multiline: true,
        confidence: 'medium',
        validation: 'context',
        validate: toolPassword,
        samples: {
            tps: s => [
                `var entry = new DirectoryEntry("LDAP://dc01.${s.lower(5)}.local", "CORP\\\\svc_${s.lower(4)}", "${s.alnum(14)}");`,
                `Set obj = dso.OpenDSObject("LDAP://${s.lower(6)}.corp/DC=corp", "admin@corp", "${s.alnum(12)}!", 1)`
            ],
            fps: s => [
                `new DirectoryEntry("LDAP://10.0.0.${s.digits(2)}", "domain\\\\user", "secret")`,
                `new DirectoryEntry("LDAP://dc01", user, password)`,
                `new DirectoryEntry("LDAP://dc01", "admin", "$${s.lower(8)}")`
            ]
        }
    }, 'i')
];

;// CONCATENATED MODULE: ./src/secrets/rules/urls.ts




/**
 * The arguments of a curl command up to the flag a rule wants, on one line or on lines joined
 * by a trailing backslash (how shell scripts and READMEs split a long command); the flag must
 * follow a space or such a line break.
 */
const CURL_ARGS = '(?:[^\\n]|\\\\\\r?\\n){0,400}?(?:[ \\t]|\\\\\\r?\\n)';
/** Credentials embedded in connection URLs, command lines and client config files. */
const URL_RULES = [
    rule('database-url-password', 'Database connection URL with a password', 'Database', '(?<![a-z0-9+.-])(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|mssql|sqlserver|oracle|clickhouse|cockroachdb|couchdb|jdbc:[a-z]{2,12}|(?:postgres(?:ql)?|mysql)\\+[a-z0-9]{2,16})://(?<user>[^\\s:@/?#\'"\\x60<>]{0,64}):(?<secret>[^\\s/?#\'"\\x60<>]{1,128})@(?<host>\\[[0-9a-f:.]{2,45}\\]|[\\w.-]{1,253})', {
        // The password runs to the last `@` before the host: people paste passwords with an
        // unescaped `@` (`user:p@ss@cluster0.mongodb.net`), which the user:password@host form
        // otherwise cuts at the first one.
        keywords: [
            'postgres',
            'mysql',
            'mariadb',
            'mongodb',
            'redis',
            'amqp',
            'mssql',
            'sqlserver',
            'oracle://',
            'clickhouse',
            'cockroachdb',
            'couchdb',
            'jdbc:'
        ],
        before: 6,
        after: 500,
        confidence: 'high',
        validation: 'context',
        raw: true,
        validate: urlCredentialValidator,
        priority: 40,
        samples: {
            tps: s => ['postgresql', 'mysql', 'mongodb+srv', 'redis', 'amqps']
                .map(scheme => `DATABASE_URL = "${scheme}://svc_${s.lower(5)}:${s.alnum(18)}@db-${s.lower(6)}.internal.corp:5432/app"`)
                .concat([
                `uri: 'mongodb+srv://app:${s.alnum(9)}@${s.digits(4)}!@cluster0-${s.lowerAlnum(5)}.mongodb.net/shop'`
            ]),
            fps: () => [
                'DATABASE_URL = "postgresql://svc:${DB_PASSWORD}@db.internal/app"',
                'DATABASE_URL = "postgres://user:password@localhost:5432/app"',
                'url = "mysql://root:root@127.0.0.1/test"'
            ]
        }
    }, 'i'),
    rule('url-basic-auth', 'URL with embedded credentials', 'URL', '(?<![a-z0-9+.-])(?:https?|ftps?|sftp|ssh|git|svn|smtps?|imaps?|pop3s?|ldaps?|socks5h?|wss?)://(?<user>[^\\s:@/?#\'"\\x60<>]{1,64}):(?<secret>[^\\s@/?#\'"\\x60<>]{1,128})@(?<host>\\[[0-9a-f:.]{2,45}\\]|[\\w.-]{1,253})', {
        keywords: ['://'],
        before: 10,
        after: 460,
        confidence: 'medium',
        validation: 'context',
        raw: true,
        validate: urlCredentialValidator,
        priority: 30,
        samples: {
            tps: s => [
                `MIRROR_URL = "https://deploy-${s.lower(4)}:${s.alnum(16)}@artifacts.corp-${s.lower(5)}.net/simple/"`
            ],
            fps: () => ['MIRROR = "https://user:password@example.com/simple/"']
        }
    }, 'i'),
    rule('curl-basic-auth', 'Credentials in a curl command line (-u user:password)', 'curl', `\\bcurl\\b${CURL_ARGS}(?:-u|--user)(?:\\s{1,3}|=)?["']?(?<user>[^\\s:"'$<{]{1,64}):(?<secret>[^\\s"'<]{3,128})`, {
        keywords: ['curl'],
        multiline: true,
        before: 0,
        after: 600,
        confidence: 'medium',
        validation: 'context',
        raw: true,
        validate: curlPasswordValidator,
        samples: {
            tps: s => [
                `curl -u deploy:${s.alnum(16)} https://api.${s.lower(6)}.net/v1/items`,
                `curl --user "svc-${s.lower(4)}:${s.alnum(12)}#${s.digits(3)}" -X POST https://h.corp/x`,
                // A long command split over lines with a trailing backslash.
                `curl -X POST https://fra1.${s.lower(5)}.cloud/oauth2/token \\\n  -u client-${s.alnum(10)}:${s.alnum(24)}`
            ],
            fps: s => [
                'curl -u user:password https://example.com/',
                'curl -u "$USER:$PASSWORD" https://api.internal/',
                `curl -u admin:\${ADMIN_PASS} https://h.corp/${s.lower(4)}`,
                // An API key given as user name with an empty password is the key rule's job.
                'curl -u key: https://api.stripe.com/v1/charges',
                // Without the backslash the next line is another command, not curl's `-u`.
                `curl https://h.corp/${s.lower(4)}\nsomecmd -u deploy:${s.alnum(16)}`
            ]
        }
    }, 'i'),
    rule('curl-auth-header', 'Credential in a curl Authorization or API-key header', 'curl', `\\bcurl\\b${CURL_ARGS}(?:-H|--header)(?:\\s{1,3}|=)?["'](?:authorization:\\s{0,3}(?:bearer|basic|token|apikey|api-key)\\s{1,3}|(?:x-)?api[_-]?key:\\s{0,3}|x-auth-token:\\s{0,3}|private-token:\\s{0,3})(?<secret>[A-Za-z0-9+/._~=:_-]{16,1200})["'\\s]`, {
        keywords: ['curl'],
        multiline: true,
        before: 0,
        after: 1700,
        confidence: 'medium',
        validation: 'context',
        validate: curlHeaderValidator,
        samples: {
            tps: s => [
                `curl -H "Authorization: Bearer ${s.url(40)}" https://api.${s.lower(6)}.io/v2/me`,
                `curl -s --header 'X-API-Key: ${s.hex(32)}' https://h.corp/items`,
                `curl -H "Authorization: Basic ${s.base64(`ci:${s.alnum(14)}`)}" https://h.corp/`,
                `curl -s https://api.${s.lower(6)}.io/v2/me \\\n  -H 'Authorization: Bearer ${s.url(40)}'`
            ],
            fps: s => [
                'curl -H "Authorization: Bearer $TOKEN" https://api.example.com/',
                'curl -H "Authorization: Bearer ${GITHUB_TOKEN}" https://api.github.com/user',
                'curl -H "Authorization: Bearer <your-token-here>" https://api.example.com/',
                'curl -H "Authorization: Bearer YOUR_ACCESS_TOKEN" https://api.example.com/',
                `curl -H "Authorization: Bearer ${s.url(40)}" https://api.example.com/v1/me`
            ]
        }
    }, 'i'),
    rule('netrc-password', 'Password in a .netrc entry', 'netrc', '\\bmachine\\s{1,5}(?<host>[\\w.-]{1,253})\\s{1,10}login\\s{1,5}[^\\s]{1,64}\\s{1,10}password\\s{1,5}(?<secret>[^\\s]{4,128})', {
        keywords: ['machine'],
        before: 0,
        after: 500,
        multiline: true,
        confidence: 'high',
        validation: 'context',
        raw: true,
        validate: netrcPasswordValidator,
        samples: {
            tps: s => [
                `machine api.heroku.com\n  login ci@${s.lower(6)}.io\n  password ${s.alnum(20)}`
            ],
            fps: () => [
                'machine example.com login user password <password>',
                // Parser tests: quoted and escaped tokens, documentation hosts, short words.
                'machine host.domain.com login log password "\\\\"pass" account acct',
                'machine api.corp.net login log password pass account acct'
            ]
        }
    }, 'i'),
    rule('npmrc-auth', 'npm registry credentials in .npmrc (_auth or _password)', 'npm', '(?:^|[\\s:/])_(?:auth|password)\\s*=\\s*["\']?(?<secret>[A-Za-z0-9+/]{12,400}={0,2})', {
        keywords: ['_auth', '_password'],
        before: 60,
        after: 420,
        validation: 'structure',
        raw: true,
        validate: v => {
            const decoded = decodeBase64(v)?.toString('utf8') ?? '';
            return (/^[\x20-\x7e]{2,}$/.test(decoded) && !isPlaceholder(decoded) && !isExampleValue(decoded));
        },
        samples: {
            tps: s => [
                `//npm.corp.net/:_auth=${s.base64(`ci:${s.alnum(16)}`)}`,
                `//npm.corp.net/:_password=${s.base64(s.alnum(18))}`
            ],
            fps: () => ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}', '_auth = ${NPM_AUTH}']
        }
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/vcs.ts



/** Source hosting: GitHub, GitLab, Bitbucket and the self-hosted forges. */
const VCS_RULES = [
    ...[
        ['ghp_', 'github-pat', 'GitHub personal access token (classic)', 'GITHUB_TOKEN'],
        ['gho_', 'github-oauth-token', 'GitHub OAuth access token', 'gh_oauth'],
        ['ghu_', 'github-user-to-server-token', 'GitHub App user-to-server token', 'user_tok'],
        ['ghs_', 'github-server-to-server-token', 'GitHub App installation token', 'installation'],
        ['ghr_', 'github-refresh-token', 'GitHub refresh token', 'refresh']
    ].map(([prefix, id, title, name]) => prefixed(id, title, 'GitHub', `${prefix}[A-Za-z0-9]{36}`, {
        keywords: [prefix],
        after: 44,
        validation: 'checksum',
        validate: checksum,
        samples: {
            tps: s => [`${name} = "${s.crcToken(prefix)}"`, `token: ${s.crcToken(prefix)}`],
            fps: s => {
                const t = s.crcToken(prefix);
                // A wrong checksum (documentation lookalikes), one character short, one too long.
                return [
                    `${name} = "${cut(t)}${t.endsWith('A') ? 'B' : 'A'}"`,
                    `${name} = "${cut(t)}"`,
                    `${name} = "${t}x"`
                ];
            }
        }
    })),
    // GitHub App refresh tokens as GitHub's own example response shows them: `ghr_` and 76
    // letters and digits (the 36-character form above carries a checksum; this one has none).
    // Source: https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/refreshing-user-access-tokens
    prefixed('github-app-refresh-token', 'GitHub App refresh token', 'GitHub', 'ghr_[A-Za-z0-9]{76}', {
        keywords: ['ghr_'],
        after: 84,
        validate: minEntropy(4),
        samples: {
            tps: s => [`"refresh_token": "ghr_${s.alnum(76)}"`, `GH_REFRESH=ghr_${s.alnum(76)}`],
            fps: s => [`"refresh_token": "ghr_${s.alnum(75)}"`, `"refresh_token": "ghr_${s.alnum(77)}"`]
        }
    }),
    prefixed('github-fine-grained-pat', 'GitHub fine-grained personal access token', 'GitHub', 'github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}', {
        keywords: ['github_pat_'],
        after: 96,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`GH_PAT=github_pat_11${s.alnum(20)}_${s.alnum(59)}`],
            fps: s => [`GH_PAT=github_pat_11${s.alnum(20)}_${s.alnum(58)}`]
        }
    }),
    prefixed('gitlab-pat', 'GitLab personal access token', 'GitLab', 'glpat-(?:[\\w-]{27,300}\\.[0-9a-z]{2}[0-9a-z]{7}|[\\w-]{20})', {
        keywords: ['glpat-'],
        after: 330,
        validate: minEntropy(3),
        samples: {
            tps: s => [
                `GITLAB_TOKEN = "glpat-${s.url(20)}"`,
                `GITLAB_TOKEN=glpat-${s.url(36)}.01${s.lowerAlnum(7)}`
            ],
            fps: s => [`GITLAB_TOKEN = "glpat-${s.url(19)}"`, `GITLAB_TOKEN = "glpat-${s.url(24)}"`]
        }
    }),
    prefixed('gitlab-token', 'GitLab CI/runner/deploy/feed token', 'GitLab', '(?:glptt|glrt|gldt|glcbt|glft|glimt|glagent|glsoat|glffct)-[\\w-]{20,64}', {
        keywords: [
            'glptt-',
            'glrt-',
            'gldt-',
            'glcbt-',
            'glft-',
            'glimt-',
            'glagent-',
            'glsoat-',
            'glffct-'
        ],
        after: 80,
        validate: minEntropy(3),
        samples: {
            tps: s => [`RUNNER_TOKEN = "glrt-${s.url(20)}"`, `deploy: gldt-${s.url(20)}`],
            fps: s => [`RUNNER_TOKEN = "glrt-${s.url(19)}"`]
        }
    }),
    // An OAuth application secret is `gloas-` and 32 random bytes in hex (GitLab's
    // `UniqueApplicationToken` generates it with `SecureRandom.hex(32)`).
    // Source: https://rubydoc.info/github/gitlabhq/gitlabhq/Gitlab/DoorkeeperSecretStoring/Token/UniqueApplicationToken
    prefixed('gitlab-oauth-app-secret', 'GitLab OAuth application secret', 'GitLab', 'gloas-[0-9a-f]{64}', {
        keywords: ['gloas-'],
        after: 80,
        validate: minEntropy(3),
        samples: {
            tps: s => [`client_secret: gloas-${s.hex(64)}`, `GITLAB_APP_SECRET="gloas-${s.hex(64)}"`],
            // Half a secret, and one that is not hex.
            fps: s => [`client_secret: gloas-${s.hex(32)}`, `client_secret: gloas-${s.url(64)}`]
        }
    }),
    prefixed('gitlab-runner-registration-token', 'GitLab runner registration token', 'GitLab', 'GR1348941[\\w-]{20}', {
        keywords: ['gr1348941'],
        after: 32,
        validate: minEntropy(3),
        samples: {
            tps: s => [`registration-token: GR1348941${s.url(20)}`],
            fps: s => [`registration-token: GR1348941${s.url(19)}`]
        }
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/index.ts























/**
 * Every rule runguard ships, one file per provider family. A provider rule is a fixed-prefix
 * format (keyword = the prefix) or a keyword-anchored assignment; each carries its samples.
 */
const RULES = [
    ...AWS_RULES,
    ...VCS_RULES,
    ...CHAT_RULES,
    ...PAYMENT_RULES,
    ...GOOGLE_RULES,
    ...AZURE_RULES,
    ...MESSAGING_RULES,
    ...REGISTRY_RULES,
    ...AI_RULES,
    ...CLOUD_RULES,
    ...HOSTING_RULES,
    ...DEVOPS_RULES,
    ...IDENTITY_RULES,
    ...API_RULES,
    ...SAAS_RULES,
    ...SERVICES_A_L_RULES,
    ...OBSERVABILITY_RULES,
    ...KEY_RULES,
    ...URL_RULES,
    ...SERVICES_M_Z_RULES,
    ...SERVICES_SOURCED_RULES,
    ...TOOL_CREDENTIAL_RULES,
    ...SERVICES_SOURCED_2_RULES,
    ...TOOL_CREDENTIAL_2_RULES,
    ...GENERIC_RULES
];
/**
 * `provider` values that name a credential format rather than a service that issues it; the
 * provider count in docs/secret-rules.md leaves them out.
 */
const FORMAT_FAMILIES = new Set([
    'JWT',
    'Private key',
    'age',
    'Kubernetes',
    'Database',
    'URL',
    'curl',
    'netrc',
    'PsExec',
    'PowerCLI',
    'PHPMailer',
    '.NET',
    'LDAP',
    'generic'
]);
/** Distinct services with at least one specific rule. */
function serviceProviders(rules = RULES) {
    return [...new Set(rules.map(r => r.provider))]
        .filter(p => !FORMAT_FAMILIES.has(p))
        .sort((a, b) => a.localeCompare(b));
}
/** Rules by id. */
const RULES_BY_ID = new Map(RULES.map(r => [r.id, r]));


;// CONCATENATED MODULE: ./src/secrets/engine.ts






/**
 * The engine: one Aho-Corasick pass over the text finds every keyword; each rule then runs only
 * in small windows around its own keywords (merged when they overlap), so the cost is one
 * linear pass plus work proportional to the candidates — never one full scan per rule.
 */
/** Salt for fingerprints: a fingerprint can be compared, never turned back into the value. */
const FINGERPRINT_SALT = 'runguard-secrets-v1';
/** Salted hash of rule + value; the same wherever the secret moves (no path, no line). */
function secretFingerprint(ruleId, value) {
    return fingerprintOf([FINGERPRINT_SALT, ruleId, value]);
}
/** At most the first 4 characters (fewer for short values) then `…`. */
function maskSecret(value) {
    const shown = Math.min(4, Math.floor(value.length / 4));
    return `${value.slice(0, shown)}…`;
}
/**
 * The literal a provider pattern's secret starts with, when it is one of the rule's keywords
 * (`(?<secret>ghp_[A-Za-z0-9]{36})` → `ghp_`). A value with that prefix is the provider rule's
 * to judge: when the rule rejects it (too short, wrong checksum), the generic rule must not
 * report the lookalike as a random string.
 */
function literalPrefix(rule) {
    const body = rule.pattern ? /\(\?<secret>(.*)/.exec(rule.pattern.source)?.[1] : undefined;
    if (!body)
        return undefined;
    let literal = '';
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c === '\\' && /[-._/]/.test(body[i + 1] ?? '')) {
            literal += body[++i];
            continue;
        }
        if (/[[\](){}.*+?|^$\\]/.test(c))
            break;
        literal += c;
    }
    const lower = literal.toLowerCase();
    if (GENERIC_PREFIX.test(lower))
        return undefined;
    return lower.length >= 4 && rule.keywords.some(k => lower.startsWith(k)) ? lower : undefined;
}
/**
 * A plain word and a separator (`live_`, `key-`, `api-`, `secret-`) names no provider: many
 * providers mark their keys that way, so one rule's format cannot speak for every value that
 * starts like it, and the generic rule still judges them.
 */
const GENERIC_PREFIX = /^(?:live|test|prod|sandbox|key|api|secret|token)[-_.]$/;
let compiled;
function engine() {
    if (compiled)
        return compiled;
    const keywords = [];
    const index = new Map();
    const owners = [];
    for (const rule of RULES) {
        for (const kw of rule.keywords) {
            const k = kw.toLowerCase();
            let i = index.get(k);
            if (i === undefined) {
                i = keywords.length;
                index.set(k, i);
                keywords.push(k);
                owners.push([]);
            }
            owners[i]?.push(rule);
        }
    }
    const tokenPrefixes = [
        ...new Set(RULES.map(literalPrefix).filter((p) => p !== undefined))
    ];
    compiled = { prefilter: new KeywordPrefilter(keywords), owners, keywords, tokenPrefixes };
    return compiled;
}
/**
 * Builds the engine now rather than on the first text: a worker thread calls it as it starts, so
 * the build overlaps the walk that lists the files instead of delaying the first batch.
 */
function prepareEngine() {
    engine();
}
/**
 * Line bounds around increasing positions, amortized O(n) over a whole scan: a 50 MB
 * single-line file with a million keyword hits must not cost a line search per hit.
 */
class LineBounds {
    text;
    prevNl = -1;
    nextNl = -1;
    constructor(text) {
        this.text = text;
    }
    /** [start of the line, end of the line (exclusive)] of `pos`; `pos` must not decrease. */
    at(pos) {
        if (this.nextNl === -1 || pos > this.nextNl) {
            const nl = this.text.indexOf('\n', pos);
            this.nextNl = nl === -1 ? this.text.length : nl;
            // Stops at the newline we knew before at the latest, so the scans never overlap.
            this.prevNl = this.text.lastIndexOf('\n', pos - 1);
        }
        return [this.prevNl + 1, this.nextNl];
    }
}
/** Window of a hit, cut at line ends unless the rule is multi-line. */
function windowOf(text, rule, hit, kwLen, lines) {
    let from = Math.max(0, hit - rule.before);
    let to = Math.min(text.length, hit + Math.max(rule.after, kwLen));
    if (!rule.multiline) {
        const [lineStart, lineEnd] = lines.at(hit);
        if (lineStart > from)
            from = lineStart;
        if (lineEnd < to)
            to = lineEnd;
    }
    return [from, to];
}
/** Bits per character a checksum lookalike needs to be reported (random base62 has ~5). */
const LOOKALIKE_MIN_ENTROPY = 3.5;
function runPattern(text, rule, from, to, path, out, rejected) {
    const pattern = rule.pattern;
    const window = text.slice(from, to);
    pattern.lastIndex = 0;
    let m;
    while ((m = pattern.exec(window)) !== null) {
        if (m[0].length === 0) {
            pattern.lastIndex++;
            continue;
        }
        const span = m.indices?.groups?.secret ?? m.indices?.[0];
        if (!span)
            continue;
        const secret = m.groups?.secret ?? m[0];
        const start = from + span[0];
        const ctx = {
            text,
            start,
            end: start + secret.length,
            ...(path === undefined ? {} : { path }),
            groups: m.groups ?? {}
        };
        const verdict = rule.validate ? rule.validate(secret, ctx) : true;
        if (verdict === false) {
            // A provider format with a wrong checksum or structure is a lookalike; the generic rule
            // must not report the same value as a "random string" either.
            if (rule.validation === 'checksum' || rule.validation === 'structure')
                rejected.push([start, start + secret.length]);
            // A checksum lookalike is still reported, low, saying why (docs/secret-detection.md):
            // it may be a real token someone truncated or altered, and a reviewer should decide.
            // Only values random enough to have been a token: not `ghp_000…`.
            if (rule.validation === 'checksum' && shannonEntropy(secret) >= LOOKALIKE_MIN_ENTROPY)
                out.push({
                    ruleId: rule.id,
                    secret,
                    start,
                    end: start + secret.length,
                    confidence: 'low',
                    checksumMismatch: true
                });
            continue;
        }
        const { user, host } = m.groups ?? {};
        out.push({
            ruleId: rule.id,
            secret,
            start,
            end: start + secret.length,
            confidence: verdict === true ? rule.confidence : verdict,
            ...(user === undefined ? {} : { user }),
            ...(host === undefined ? {} : { host })
        });
    }
}
/** Raw candidates of every rule, before overlap resolution. */
function candidates(text, path, demo, ascii) {
    const rejected = [];
    let out = collect(text, path, rejected, ascii);
    if (demo === 'skip') {
        // Known demo and placeholder credentials are not findings; the generic rule must not report
        // the same span as a "random string" either.
        const docs = contextOf(path) === 'docs';
        out = out.filter(m => {
            if (demoReason({ value: m.secret, user: m.user, host: m.host, docs }) === undefined)
                return true;
            rejected.push([m.start, m.end]);
            return false;
        });
    }
    const { tokenPrefixes } = engine();
    return out.filter(m => {
        if (m.ruleId !== 'generic-secret-assignment')
            return true;
        if (rejected.some(([s, e]) => m.start < e && s < m.end))
            return false;
        const lower = m.secret.toLowerCase();
        return !tokenPrefixes.some(p => lower.startsWith(p));
    });
}
function collect(text, path, rejected, ascii) {
    const { prefilter, owners, keywords } = engine();
    const hits = ascii ? prefilter.scanAscii(ascii) : prefilter.scan(text);
    if (hits.length === 0)
        return [];
    // The automaton reports by end position; windows need increasing starts.
    hits.sort((a, b) => a.start - b.start);
    const lines = new LineBounds(text);
    const out = [];
    // Per rule: the end of the last window run, to merge overlapping windows.
    const lastEnd = new Map();
    const finderState = new Map();
    for (const hit of hits) {
        const kw = keywords[hit.keyword];
        for (const rule of owners[hit.keyword] ?? []) {
            if (rule.find) {
                let state = finderState.get(rule);
                if (!state)
                    finderState.set(rule, (state = { skipUntil: -1 }));
                if (hit.start < state.skipUntil)
                    continue;
                out.push(...rule.find(text, hit.start, kw, path, state));
                continue;
            }
            const [from, to] = windowOf(text, rule, hit.start, kw.length, lines);
            const pending = lastEnd.get(rule);
            if (pending && from <= pending[1]) {
                // Overlapping windows: extend the pending one instead of scanning twice.
                pending[1] = Math.max(pending[1], to);
                continue;
            }
            if (pending)
                runPattern(text, rule, pending[0], pending[1], path, out, rejected);
            lastEnd.set(rule, [from, to]);
        }
    }
    for (const [rule, [from, to]] of lastEnd)
        runPattern(text, rule, from, to, path, out, rejected);
    return out;
}
/** Keeps one match per span: the higher-priority rule wins where matches overlap. */
function resolveOverlaps(matches) {
    const unique = new Map();
    for (const m of matches)
        unique.set(`${m.ruleId}:${m.start}:${m.end}`, m);
    const sorted = [...unique.values()].sort((a, b) => (RULES_BY_ID.get(b.ruleId)?.priority ?? 0) - (RULES_BY_ID.get(a.ruleId)?.priority ?? 0) ||
        b.end - b.start - (a.end - a.start));
    const kept = [];
    for (const m of sorted) {
        const clash = kept.some(k => m.start < k.end && k.start < m.end);
        if (!clash)
            kept.push(m);
    }
    return kept.sort((a, b) => a.start - b.start);
}
const AWS_SECRET_CANDIDATE = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
/**
 * AWS pairs: a key id makes a nearby 40-character base64 value an AWS secret key even without
 * a telling variable name (trufflehog's proximity idea, bounded to ±4 lines here).
 */
function pairAws(text, matches) {
    const extra = [];
    for (const m of matches) {
        if (m.ruleId !== 'aws-access-key-id')
            continue;
        // ±4 lines, at most 2000 characters each way.
        let from = m.start;
        const minFrom = Math.max(0, m.start - 2000);
        for (let lines = 0; from > minFrom; from--) {
            if (text.charCodeAt(from - 1) === 10 && ++lines > 4)
                break;
        }
        let to = m.end;
        const maxTo = Math.min(text.length, m.end + 2000);
        for (let lines = 0; to < maxTo; to++) {
            if (text.charCodeAt(to) === 10 && ++lines > 4)
                break;
        }
        const window = text.slice(from, to);
        AWS_SECRET_CANDIDATE.lastIndex = 0;
        let c;
        while ((c = AWS_SECRET_CANDIDATE.exec(window)) !== null) {
            const value = c[0];
            if (shannonEntropy(value) <= 4.25 ||
                charClasses(value) < 3 ||
                isExampleValue(value, ['example']))
                continue;
            // Paths and base64 of text have long runs of lower-case letters; real keys do not.
            if (/[a-z]{12}|\/\/|^\/|\/$/.test(value))
                continue;
            const start = from + c.index;
            extra.push({
                ruleId: 'aws-secret-access-key',
                secret: value,
                start,
                end: start + 40,
                confidence: 'high'
            });
            m.confidence = 'high';
        }
    }
    return extra.length ? [...matches, ...extra] : matches;
}
/** Finds secrets in one text (a file's content or a chunk of script output). */
function scanText(text, opts = {}) {
    const raw = resolveOverlaps(pairAws(text, candidates(text, opts.path, opts.demo ?? 'skip', opts.ascii)));
    if (raw.length === 0)
        return [];
    // Line starts, computed once and only when there is something to report.
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        lineStarts.push(i + 1);
    const lineOf = (offset) => {
        let lo = 0;
        let hi = lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    };
    return raw.map(m => {
        const rule = RULES_BY_ID.get(m.ruleId);
        const startIdx = lineOf(m.start);
        const endIdx = lineOf(Math.max(m.start, m.end - 1));
        const lineStart = lineStarts[startIdx];
        const endLineStart = lineStarts[endIdx];
        const nextLine = lineStarts[startIdx + 1];
        const lineText = text.slice(lineStart, nextLine === undefined ? undefined : nextLine);
        const allowed = lineText.length < 100_000 ? lineText.includes('runguard:allow') : hasAllowNear(text, m.start);
        return {
            ruleId: rule.id,
            title: rule.title,
            provider: rule.provider,
            confidence: m.confidence,
            severity: m.checksumMismatch ? 'low' : rule.severity,
            validation: rule.validation,
            value: m.secret,
            masked: maskSecret(m.secret),
            fingerprint: secretFingerprint(rule.id, m.secret),
            startLine: startIdx + 1,
            endLine: endIdx + 1,
            startColumn: m.start - lineStart + 1,
            endColumn: m.end - endLineStart + 1,
            allowedInline: allowed,
            ...(m.checksumMismatch ? { checksumMismatch: true } : {})
        };
    });
}
/** On huge single-line files only look near the match for the allow marker. */
function hasAllowNear(text, offset) {
    return text.slice(Math.max(0, offset - 2000), offset + 2000).includes('runguard:allow');
}
/** Raw values found in a text; the runner's Redactor detect hook (fast on short lines). */
function detectSecretValues(text) {
    return [...new Set(scanText(text).map(m => m.value))];
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var node_modules_ignore = __nccwpck_require__(298);
;// CONCATENATED MODULE: ./src/util/skipped-dirs.ts
/**
 * Directories no part of runguard looks into: version-control data, virtualenvs and installed
 * packages, tool caches, and runguard's own state and reports. One list for the code scanners'
 * excludes, the dependency inventory's walk and the secret detector's walk.
 */
const SKIPPED_DIRS = [
    '.git',
    '.hg',
    '.svn',
    '.venv',
    'venv',
    '.tox',
    '.nox',
    'node_modules',
    'site-packages',
    '__pycache__',
    '.mypy_cache',
    '.pytest_cache',
    '.runguard',
    '.runguard-out'
];

;// CONCATENATED MODULE: ./src/secrets/files.ts






/**
 * How a file the walk listed is opened for reading: it may have been swapped since, so never
 * follow a link there, and never block on a FIFO (a read of one without a writer then ends at
 * once instead of waiting forever).
 */
const SAFE_READ_FLAGS = external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0) | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0);
/** Lock files and vendored/minified/generated paths: content hashes and third-party code. */
const DEFAULT_ALLOWLIST_GLOBS = [
    // The directories runguard never looks into, plus vendored third-party code.
    ...[...SKIPPED_DIRS, 'vendor', 'bower_components'].map(dir => `**/${dir}/**`),
    '**/*.min.js',
    '**/*.min.css',
    '**/*.min.mjs',
    '**/*.js.map',
    '**/*.css.map',
    '**/package-lock.json',
    '**/npm-shrinkwrap.json',
    '**/yarn.lock',
    '**/pnpm-lock.yaml',
    '**/poetry.lock',
    '**/Pipfile.lock',
    '**/uv.lock',
    '**/pdm.lock',
    '**/Cargo.lock',
    '**/go.sum',
    '**/composer.lock',
    '**/Gemfile.lock',
    '**/Podfile.lock',
    '**/packages.lock.json',
    '**/gradle.lockfile',
    '**/deno.lock',
    '**/bun.lockb',
    '**/flake.lock'
];
function allowlistShape(globs) {
    const shape = { dirs: new Set(), names: new Set(), suffixes: [] };
    for (const glob of globs) {
        const dir = /^\*\*\/([^*/]+)\/\*\*$/.exec(glob)?.[1];
        const name = /^\*\*\/([^*/]+)$/.exec(glob)?.[1];
        const suffix = /^\*\*\/\*([^*/]+)$/.exec(glob)?.[1];
        if (dir !== undefined)
            shape.dirs.add(dir);
        else if (name !== undefined)
            shape.names.add(name);
        else if (suffix !== undefined)
            shape.suffixes.push(suffix);
        else
            throw new Error(`default allowlist glob ${glob} has no fast pre-check`);
    }
    return shape;
}
let defaultShape;
let defaultMatch;
/**
 * The globs decide; the shape check only spares them the paths they cannot match. The globs are
 * compiled when a path first passes the shape check: compiling them costs 16–80 ms (more on a
 * busy machine), which every command that loads this module (`runguard run` included) would
 * otherwise pay at start-up, and a walk whose paths never look vendored, minified or locked (most
 * Python repositories) at the start of its critical path.
 */
function inDefaultAllowlist(rel) {
    const shape = (defaultShape ??= allowlistShape(DEFAULT_ALLOWLIST_GLOBS));
    const segments = rel.split('/');
    const last = segments[segments.length - 1];
    const possible = shape.names.has(last) ||
        shape.suffixes.some(s => last.endsWith(s)) ||
        segments.some(s => shape.dirs.has(s));
    if (!possible)
        return false;
    defaultMatch ??= picomatch(DEFAULT_ALLOWLIST_GLOBS, { dot: true });
    return defaultMatch(rel);
}
const BINARY_EXTENSIONS = new Set(('png jpg jpeg gif bmp ico webp tif tiff psd svgz heic avif mp3 mp4 m4a wav ogg flac mov avi mkv ' +
    'webm woff woff2 ttf otf eot pdf doc docx xls xlsx ppt pptx odt zip gz tgz bz2 xz zst 7z rar jar ' +
    'war ear whl egg so dylib dll exe o a lib class pyc pyo pyd wasm bin dat db sqlite sqlite3 ' +
    'parquet npy npz pkl pickle h5 onnx pt pth').split(' '));
/** Why a path is in the default allowlist, or undefined. */
function defaultSkipReason(rel) {
    if (inDefaultAllowlist(rel))
        return 'vendored, minified or lock file (default allowlist)';
    const ext = path.posix.extname(rel).slice(1).toLowerCase();
    if (BINARY_EXTENSIONS.has(ext))
        return `binary file type .${ext}`;
    return undefined;
}
/** Test directories and test-file names of the common ecosystems (repo-relative posix paths). */
const TEST_FIXTURE_PATH = /(?:^|\/)(?:tests?|__tests__|spec|specs|testdata|test[-_]data|fixtures?|__fixtures__|testing|mocks?|__mocks__|e2e|testcases?|test[-_]?cases)\/|(?:^|\/)(?:test_[^/]+\.py|[^/]+_test\.(?:py|go|rb|exs?)|[^/]+\.(?:test|spec)\.[cm]?[jt]sx?|conftest\.py|[^/]+Tests?\.(?:java|kt|cs|scala|swift))$/i;
/**
 * True for files under a test directory or named as tests. A real key there is still a finding
 * (test fixtures leak like any file), but reports say "test fixture" so a reviewer knows.
 */
function isTestFixturePath(rel) {
    return TEST_FIXTURE_PATH.test(rel);
}
/** Binary by content: a NUL byte in the first 8 KiB (git's heuristic), unless UTF-16 with a BOM. */
function isBinaryContent(bytes) {
    if (bytes.length >= 2 &&
        ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
        return false;
    // Native search: a JavaScript loop over 8 KiB costs ~10 µs per file, a tenth of a small file's scan.
    return bytes.subarray(0, 8192).indexOf(0) !== -1;
}
/** Decodes file bytes: UTF-8 (invalid sequences become U+FFFD), or UTF-16 when it has a BOM. */
function decodeText(bytes) {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
        return bytes.subarray(2).toString('utf16le');
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
        const swapped = Buffer.from(bytes.subarray(2));
        swapped.swap16();
        return swapped.toString('utf16le');
    }
    return bytes.toString('utf8');
}
function readIgnoreLayer(absDir, base, file) {
    try {
        // Not through a symbolic link (git does not follow one for .gitignore either): a link in the
        // tree must not make the walk read, as ignore rules, a file outside the workspace.
        const fd = openSync(path.join(absDir, file), SAFE_READ_FLAGS);
        try {
            return { base, rules: ignore().add(readFileSync(fd, 'utf8')) };
        }
        finally {
            closeSync(fd);
        }
    }
    catch {
        return undefined;
    }
}
function ignoredBy(layers, rel, isDir) {
    for (const layer of layers) {
        const sub = layer.base === '' ? rel : rel.slice(layer.base.length + 1);
        if (sub === '' || sub.startsWith('..'))
            continue;
        if (layer.rules.ignores(isDir ? `${sub}/` : sub))
            return true;
    }
    return false;
}
/** The walk gives the event loop a turn at least this often (ms). */
const YIELD_MS = 10;
/** Lists the files to scan under `roots` (absolute paths inside the workspace). */
async function walkFiles(roots, options) {
    const files = [];
    const skipped = [];
    const excluded = options.exclude.length ? compileGlobs(options.exclude) : undefined;
    const root = options.workspace;
    const relOf = (abs) => path.relative(root, abs).split(path.sep).join('/');
    const rootLayers = [];
    const top = readIgnoreLayer(root, '', '.gitignore');
    if (top)
        rootLayers.push(top);
    const info = readIgnoreLayer(path.join(root, '.git', 'info'), '', 'exclude');
    if (info)
        rootLayers.push(info);
    const seen = new Set();
    const tracked = options.tracked;
    // Tracked files below each directory, so an ignored or skipped directory is entered or counted.
    const trackedBelow = new Map();
    for (const t of tracked ?? []) {
        for (let i = t.lastIndexOf('/'); i > 0; i = t.lastIndexOf('/', i - 1)) {
            const dir = t.slice(0, i);
            trackedBelow.set(dir, (trackedBelow.get(dir) ?? 0) + 1);
        }
    }
    const skip = (rel, reason, notable, isDir = false) => {
        if (!tracked) {
            skipped.push({ rel, reason, notable });
            return;
        }
        const inside = isDir ? (trackedBelow.get(rel) ?? 0) : tracked.has(rel) ? 1 : 0;
        const why = isDir && inside > 0 ? `${reason}; ${inside} tracked file(s) inside` : reason;
        skipped.push({ rel, reason: why, notable, tracked: inside > 0 });
    };
    // The walk uses the synchronous fs calls: on a tree of many small files the promise API's
    // per-call round trips through the thread pool cost more CPU than the scan itself. It
    // yields to the event loop every few milliseconds, so the other scanners' output is still read.
    let lastYield = performance.now();
    const maybeYield = async () => {
        if (performance.now() - lastYield < YIELD_MS)
            return;
        await new Promise(resolve => setImmediate(resolve));
        lastYield = performance.now();
    };
    const visitDir = async (abs, rel, layers, depth) => {
        if (rel === '.git' || rel.endsWith('/.git'))
            return;
        // Tracked first: a set lookup, where the ignore rules cost tens of µs per path.
        if (rel !== '' && !trackedBelow.has(rel) && ignoredBy(layers, rel, true))
            return;
        if (rel !== '' && (excluded?.(rel) || excluded?.(`${rel}/`)))
            return;
        if (rel !== '' && inDefaultAllowlist(`${rel}/x`)) {
            skip(rel, 'vendored directory (default allowlist)', false, true);
            return;
        }
        if (depth > 256) {
            skip(rel, 'directory nesting deeper than 256 levels', true, true);
            return;
        }
        let entries;
        try {
            entries = readdirSync(abs, { withFileTypes: true });
        }
        catch (error) {
            skipped.push({
                rel: rel || '.',
                reason: `cannot read directory: ${error.code ?? String(error)}`,
                notable: true
            });
            return;
        }
        // Name order (code units, as Array.prototype.sort does), so the walk is the same everywhere.
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        // Read a nested .gitignore only where the listing has one: trying every directory cost a
        // failed open and a thrown error each (~12 µs; ~50 ms of CPU on a tree of 4,000 directories).
        const own = rel !== '' && entries.some(e => e.name === '.gitignore')
            ? readIgnoreLayer(abs, rel, '.gitignore')
            : undefined;
        const next = own ? [...layers, own] : layers;
        // `abs` is already normalised and a name holds no separator: path.join's normalising pass
        // over every path of the tree is not needed.
        const dirPrefix = abs.endsWith(path.sep) ? abs : `${abs}${path.sep}`;
        for (const entry of entries) {
            if (options.signal?.aborted)
                return;
            const childAbs = dirPrefix + entry.name;
            const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
            if (entry.isSymbolicLink()) {
                // Never followed: a link is either a loop, outside the workspace, or scanned where it points.
                skip(childRel, 'symbolic link (not followed)', false);
            }
            else if (entry.isDirectory()) {
                await visitDir(childAbs, childRel, next, depth + 1);
            }
            else if (entry.isFile()) {
                visitFile(childAbs, childRel, next);
            }
            else {
                skip(childRel, 'not a regular file', false);
            }
            await maybeYield();
        }
    };
    const visitFile = (abs, rel, layers, known) => {
        if (seen.has(rel))
            return;
        seen.add(rel);
        if ((tracked?.has(rel) !== true && ignoredBy(layers, rel, false)) || excluded?.(rel))
            return;
        const reason = defaultSkipReason(rel);
        if (reason) {
            skip(rel, reason, false);
            return;
        }
        let size;
        try {
            size = (known ?? lstatSync(abs)).size;
        }
        catch (error) {
            skipped.push({
                rel,
                reason: `cannot stat: ${error.code ?? String(error)}`,
                notable: true
            });
            return;
        }
        if (size > options.maxFileSize) {
            skip(rel, `larger than the ${formatBytes(options.maxFileSize)} limit (${formatBytes(size)})`, true);
            return;
        }
        const file = { abs, rel, size };
        files.push(file);
        options.onFile?.(file);
    };
    /** A root given on the command line: stat'ed itself (it may be a file or a link). */
    const visitRoot = async (abs) => {
        if (options.signal?.aborted)
            return;
        const rel = relOf(abs);
        if (rel.startsWith('..') || path.isAbsolute(rel)) {
            skipped.push({ rel: abs, reason: 'outside the workspace', notable: true });
            return;
        }
        let stat;
        try {
            stat = lstatSync(abs);
        }
        catch (error) {
            skipped.push({
                rel: rel || '.',
                reason: `cannot stat: ${error.code ?? String(error)}`,
                notable: true
            });
            return;
        }
        if (stat.isSymbolicLink())
            skip(rel, 'symbolic link (not followed)', false);
        else if (stat.isDirectory())
            await visitDir(abs, rel, rootLayers, 0);
        else if (stat.isFile())
            visitFile(abs, rel, rootLayers, stat);
        else
            skip(rel, 'not a regular file', false);
    };
    for (const r of roots)
        await visitRoot(path.resolve(r));
    return { files, skipped };
}
/** `5 MiB`-style sizes for messages. */
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(0)} KiB`;
    return `${n} B`;
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
var promises_default = /*#__PURE__*/__nccwpck_require__.n(promises_namespaceObject);
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./src/secrets/stream.ts




/**
 * Large files are scanned in chunks so memory stays bounded whatever `secrets-max-file-size`
 * allows. Each scan keeps the last OVERLAP characters for the next one and only reports
 * matches that start before them: every secret shorter than OVERLAP (PEM blocks are capped at
 * 16 KiB by their rule) is seen whole exactly once.
 */
const CHUNK_BYTES = 4 * 1024 * 1024;
const OVERLAP = 32 * 1024;
/** Scans a file chunk by chunk; undefined when its first chunk is binary. */
async function scanLargeFile(abs, rel, demo = 'skip') {
    const handle = await promises_default().open(abs, SAFE_READ_FLAGS);
    const out = [];
    try {
        // Read no further than the size at open: a file something keeps appending to (or a FIFO,
        // size 0) ends here instead of never.
        let left = (await handle.stat()).size;
        const decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
        const buffer = Buffer.alloc(CHUNK_BYTES);
        let pending = '';
        // Where `pending` starts: 0-based line, and its column offset when it starts mid-line.
        let lineBase = 0;
        let colBase = 0;
        let first = true;
        for (;;) {
            const { bytesRead } = left > 0
                ? await handle.read(buffer, 0, Math.min(CHUNK_BYTES, left), null)
                : { bytesRead: 0 };
            left -= bytesRead;
            if (first && isBinaryContent(buffer.subarray(0, bytesRead)))
                return undefined;
            first = false;
            const eof = bytesRead === 0;
            pending += eof ? decoder.end() : decoder.write(buffer.subarray(0, bytesRead));
            if (!eof && pending.length < CHUNK_BYTES)
                continue;
            const tailStart = eof ? pending.length : Math.max(0, pending.length - OVERLAP);
            // Line and column (1-based, within `pending`) where the kept tail starts.
            let tailLine = 1;
            let lastNl = -1;
            for (let i = pending.indexOf('\n'); i !== -1 && i < tailStart; i = pending.indexOf('\n', i + 1)) {
                tailLine++;
                lastNl = i;
            }
            const tailCol = tailStart - lastNl;
            for (const m of scanText(pending, { path: rel, demo })) {
                const inTail = m.startLine > tailLine || (m.startLine === tailLine && m.startColumn >= tailCol);
                if (inTail && !eof)
                    continue;
                out.push({
                    ...m,
                    startLine: m.startLine + lineBase,
                    endLine: m.endLine + lineBase,
                    startColumn: m.startLine === 1 ? m.startColumn + colBase : m.startColumn,
                    endColumn: m.endLine === 1 ? m.endColumn + colBase : m.endColumn
                });
            }
            if (eof)
                break;
            colBase = lastNl === -1 ? colBase + tailStart : tailStart - lastNl - 1;
            lineBase += tailLine - 1;
            pending = pending.slice(tailStart);
        }
    }
    finally {
        await handle.close();
    }
    return out;
}

;// CONCATENATED MODULE: ./src/secrets/scan-file.ts





/** Files above this are scanned in chunks (src/secrets/stream.ts) instead of read whole. */
const STREAM_THRESHOLD = 8 * 1024 * 1024;
function unread(rel, error) {
    return {
        rel,
        kind: 'unread',
        reason: `cannot read: ${error.code ?? String(error)}`
    };
}
/**
 * Reads and scans one file; a read error is an outcome, never a throw. Large files are
 * streamed (asynchronously); the others are read with one synchronous call: `fs.promises.readFile`
 * costs four thread-pool round trips (open, stat, read, close) per file, which on a tree of
 * small files cost more CPU than scanning them.
 */
function scanFile(job, demo) {
    if (job.size > STREAM_THRESHOLD)
        return scanStreamed(job, demo);
    let bytes;
    try {
        const fd = (0,external_node_fs_namespaceObject.openSync)(job.abs, SAFE_READ_FLAGS);
        try {
            // The size of the file now open, not the walk's: a file that grew since (a script writing
            // beside the scan) is streamed when it crossed the threshold, and never read past this size.
            const size = (0,external_node_fs_namespaceObject.fstatSync)(fd).size;
            if (size > STREAM_THRESHOLD)
                return scanStreamed(job, demo);
            bytes = Buffer.allocUnsafe(size);
            let read = 0;
            while (read < size) {
                const n = (0,external_node_fs_namespaceObject.readSync)(fd, bytes, read, size - read, null);
                if (n === 0)
                    break;
                read += n;
            }
            bytes = bytes.subarray(0, read);
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
    }
    catch (error) {
        return unread(job.rel, error);
    }
    if (isBinaryContent(bytes))
        return { rel: job.rel, kind: 'binary' };
    // Most source files are ASCII: the keyword pass then reads the bytes (src/secrets/engine.ts).
    const ascii = (0,external_node_buffer_namespaceObject.isAscii)(bytes) ? bytes : undefined;
    return {
        rel: job.rel,
        kind: 'scanned',
        matches: scanText(decodeText(bytes), { path: job.rel, demo, ...(ascii ? { ascii } : {}) })
    };
}
async function scanStreamed(job, demo) {
    try {
        const matches = await scanLargeFile(job.abs, job.rel, demo);
        return matches === undefined
            ? { rel: job.rel, kind: 'binary' }
            : { rel: job.rel, kind: 'scanned', matches };
    }
    catch (error) {
        return unread(job.rel, error);
    }
}

;// CONCATENATED MODULE: ./src/secrets/worker.ts



/**
 * The secret detector's worker thread (bundled on its own by `npm run build` as
 * dist/secrets-worker/index.js and dist/cli/secrets-worker/index.js). It reads and scans the
 * files of each batch the pool (src/secrets/pool.ts) sends, and answers with
 * what it found; only paths go in and only matches come out, so memory stays bounded.
 */
const port = external_node_worker_threads_namespaceObject.parentPort;
if (!port)
    throw new Error('src/secrets/worker.ts runs only as a worker thread');
const demo = external_node_worker_threads_namespaceObject.workerData.demo;
port.on('message', (request) => {
    void (async () => {
        // One file after the other: reads are synchronous (a worker has nothing else to do while
        // it waits), only files large enough to be streamed are awaited.
        const outcomes = [];
        for (const job of request.jobs)
            outcomes.push(await scanFile(job, demo));
        port.postMessage({ id: request.id, outcomes });
    })();
});
// The keyword automaton and the rules' tables, built while the main thread is still listing
// files: messages that arrive meanwhile wait in the port's queue.
prepareEngine();

