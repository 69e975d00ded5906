/** runguard's version (a test checks it against package.json; bundles can't read that file). */
export const RUNGUARD_VERSION = '0.1.0'
