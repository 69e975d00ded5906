import type { ProviderRule } from './define.js'
import { AI_RULES } from './ai.js'
import { API_RULES } from './apis.js'
import { AWS_RULES } from './aws.js'
import { AZURE_RULES } from './azure.js'
import { CHAT_RULES } from './chat.js'
import { CLOUD_RULES } from './cloud.js'
import { DEVOPS_RULES } from './devops.js'
import { GENERIC_RULES } from './generic.js'
import { GOOGLE_RULES } from './google.js'
import { HOSTING_RULES } from './hosting.js'
import { IDENTITY_RULES } from './identity.js'
import { KEY_RULES } from './keys.js'
import { MESSAGING_RULES } from './messaging.js'
import { OBSERVABILITY_RULES } from './observability.js'
import { PAYMENT_RULES } from './payments.js'
import { REGISTRY_RULES } from './registries.js'
import { SAAS_RULES } from './saas.js'
import { SERVICES_A_L_RULES } from './services-a-l.js'
import { SERVICES_M_Z_RULES } from './services-m-z.js'
import { SERVICES_SOURCED_RULES, TOOL_CREDENTIAL_RULES } from './services-sourced.js'
import { SERVICES_SOURCED_2_RULES, TOOL_CREDENTIAL_2_RULES } from './services-sourced-2.js'
import { URL_RULES } from './urls.js'
import { VCS_RULES } from './vcs.js'

/**
 * Every rule runguard ships, one file per provider family. A provider rule is a fixed-prefix
 * format (keyword = the prefix) or a keyword-anchored assignment; each carries its samples.
 */
export const RULES: readonly ProviderRule[] = [
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
]

/**
 * `provider` values that name a credential format rather than a service that issues it; the
 * provider count in docs/secret-rules.md leaves them out.
 */
export const FORMAT_FAMILIES: ReadonlySet<string> = new Set([
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
])

/** Distinct services with at least one specific rule. */
export function serviceProviders(rules: readonly ProviderRule[] = RULES): string[] {
  return [...new Set(rules.map(r => r.provider))]
    .filter(p => !FORMAT_FAMILIES.has(p))
    .sort((a, b) => a.localeCompare(b))
}

/** Rules by id. */
export const RULES_BY_ID: ReadonlyMap<string, ProviderRule> = new Map(RULES.map(r => [r.id, r]))

export type { ProviderRule, RuleSamples } from './define.js'
export { SampleKit } from './sample-kit.js'
