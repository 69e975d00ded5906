// The pure reader lives on the ground floor so that the CLI (not only the Action) can read a
// workflow's context when it runs inside GitHub Actions (src/history/context.ts).
export * from '../util/github-context.js'
