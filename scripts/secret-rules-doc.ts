// docs/secret-rules.md: every built-in secret rule with its provider, severity and check,
// generated from src/secrets/rules/ (shared by scripts/gen-secret-rules-doc.ts and the test
// that checks the page is current).
import { FORMAT_FAMILIES, RULES, serviceProviders } from '../src/secrets/rules/index.js'

const CHECK: Record<string, string> = {
  checksum: 'checksum',
  structure: 'structure',
  format: 'format',
  context: 'name/context',
  entropy: 'entropy'
}

export function renderSecretRulesDoc(): string {
  const services = serviceProviders()
  const bySeverity = new Map<string, number>()
  for (const r of RULES) bySeverity.set(r.severity, (bySeverity.get(r.severity) ?? 0) + 1)
  const severities = ['critical', 'high', 'medium', 'low']
    .filter(s => bySeverity.has(s))
    .map(s => `${bySeverity.get(s) ?? 0} ${s}`)
    .join(', ')
  const rows = [...RULES]
    .sort((a, b) => a.provider.localeCompare(b.provider) || a.id.localeCompare(b.id))
    .map(
      r =>
        `| ${r.provider} | \`${r.id}\` | ${r.title} | ${r.severity} | ${r.confidence} | ${CHECK[r.validation] ?? r.validation} |`
    )
  return [
    '# Built-in secret rules',
    '',
    '<!-- Generated from src/secrets/rules/ by `npm run gen:docs`; do not edit by hand. -->',
    '',
    `runguard's secret detector ships **${RULES.length} rules** with specific formats for ` +
      `**${services.length} services**, plus ${FORMAT_FAMILIES.size} provider-independent ` +
      `format families (${[...FORMAT_FAMILIES].join(', ')}). Severities: ${severities}.`,
    '',
    '**How providers are counted.** A provider is a distinct service that issues the credential ' +
      '(GitHub and npm count twice although one company runs both; Azure and Azure DevOps too). ' +
      'Formats that no single service issues — JWTs, private keys, age identities, Kubernetes ' +
      'tokens, database and URL credentials, `curl` and `.netrc` credentials, passwords in ' +
      "tools' documented command lines and settings (PsExec, PowerCLI, PHPMailer) or credential " +
      'constructors (.NET NetworkCredential, LDAP binds), and the generic assignment detector — ' +
      'are listed but not counted as providers. Several rules can belong ' +
      `to one provider (GitHub has ${RULES.filter(r => r.provider === 'GitHub').length}).`,
    '',
    "**Columns.** *Severity* is the finding's severity (`fail-on` compares against it; see " +
      "[severity.md](severity.md)). *Confidence* is the rule's default; a rule may lower it for " +
      'one match. *Check* is how a match is confirmed: *checksum* (the format carries one and it ' +
      'is verified offline, so a lookalike with a wrong checksum is not reported), *structure* ' +
      '(the value decodes to the expected structure: JWT header, PEM body, macaroon, base64 ' +
      'JSON), *format* (a distinctive prefix and exact length/charset), *name/context* (the ' +
      "service's name must be in the assigned name or on the line, for formats with no prefix), " +
      '*entropy* (the generic detector).',
    '',
    'Each rule keeps positive and near-miss samples beside it in `src/secrets/rules/`; ' +
      '`__tests__/secrets/rules.test.ts` runs every rule on its samples through the engine.',
    '',
    '| provider | rule id | what it finds | severity | confidence | check |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    ''
  ].join('\n')
}
