import spdxCorrect from 'spdx-correct'
import parseSpdx from 'spdx-expression-parse'
import spdxSatisfies from 'spdx-satisfies'

/**
 * Licences of installed distributions, and the allow/deny policy over them. What a package
 * declares is turned into an SPDX expression from, in order: PEP 639 `License-Expression`;
 * a `License` field that already is an SPDX expression; its licence classifiers when each maps
 * to exactly one SPDX id; the licence text (a long `License` field or the licence file) when it
 * is one of a few well-known texts; a short `License` field spdx-correct can read (marked
 * corrected). Anything else is unknown and listed, never guessed.
 */

/** Where a package's licence came from. */
export type LicenseSource =
  'expression' | 'license-field' | 'classifier' | 'license-text' | 'unknown'

export interface LicenseInfo {
  /** A valid SPDX expression, when one was found. */
  expression?: string
  source: LicenseSource
  /** What the package declared, when that is not the expression itself (shown with it). */
  declared?: string
}

/**
 * Trove licence classifiers that name exactly one SPDX licence (trove-classifiers' list). Those
 * that name a family ("BSD License", "Apache Software License") are left to the licence text.
 */
const CLASSIFIERS: Readonly<Record<string, string>> = {
  'License :: OSI Approved :: MIT License': 'MIT',
  'License :: OSI Approved :: MIT No Attribution License (MIT-0)': 'MIT-0',
  'License :: OSI Approved :: ISC License (ISCL)': 'ISC',
  'License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)': 'MPL-2.0',
  'License :: OSI Approved :: Mozilla Public License 1.1 (MPL 1.1)': 'MPL-1.1',
  'License :: OSI Approved :: The Unlicense (Unlicense)': 'Unlicense',
  'License :: OSI Approved :: Python Software Foundation License': 'PSF-2.0',
  'License :: OSI Approved :: Boost Software License 1.0 (BSL-1.0)': 'BSL-1.0',
  'License :: OSI Approved :: Eclipse Public License 2.0 (EPL-2.0)': 'EPL-2.0',
  'License :: OSI Approved :: Eclipse Public License 1.0 (EPL-1.0)': 'EPL-1.0',
  'License :: OSI Approved :: European Union Public Licence 1.2 (EUPL 1.2)': 'EUPL-1.2',
  'License :: OSI Approved :: GNU General Public License v2 (GPLv2)': 'GPL-2.0-only',
  'License :: OSI Approved :: GNU General Public License v2 or later (GPLv2+)': 'GPL-2.0-or-later',
  'License :: OSI Approved :: GNU General Public License v3 (GPLv3)': 'GPL-3.0-only',
  'License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)': 'GPL-3.0-or-later',
  'License :: OSI Approved :: GNU Lesser General Public License v2 (LGPLv2)': 'LGPL-2.0-only',
  'License :: OSI Approved :: GNU Lesser General Public License v2 or later (LGPLv2+)':
    'LGPL-2.0-or-later',
  'License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)': 'LGPL-3.0-only',
  'License :: OSI Approved :: GNU Lesser General Public License v3 or later (LGPLv3+)':
    'LGPL-3.0-or-later',
  'License :: OSI Approved :: GNU Affero General Public License v3': 'AGPL-3.0-only',
  'License :: OSI Approved :: GNU Affero General Public License v3 or later (AGPLv3+)':
    'AGPL-3.0-or-later',
  'License :: CC0 1.0 Universal (CC0 1.0) Public Domain Dedication': 'CC0-1.0'
}

/**
 * Licence texts recognised by phrases only that licence has (checked on lowercased text with
 * whitespace collapsed); BSD without the non-endorsement clause is the 2-clause form.
 */
const TEXTS: ReadonlyArray<{ id: string; all: string[]; none?: string[] }> = [
  {
    id: 'MIT',
    all: [
      'permission is hereby granted, free of charge, to any person obtaining a copy',
      'the above copyright notice and this permission notice shall be included'
    ]
  },
  {
    id: 'BSD-3-Clause',
    all: ['redistribution and use in source and binary forms', 'neither the name'],
    none: ['advertising materials']
  },
  {
    id: 'BSD-2-Clause',
    all: ['redistribution and use in source and binary forms', 'this list of conditions'],
    none: ['neither the name', 'may not be used to endorse', 'advertising materials']
  },
  { id: 'Apache-2.0', all: ['apache license', 'version 2.0, january 2004'] },
  {
    id: 'ISC',
    all: [
      'permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby granted'
    ]
  },
  { id: 'MPL-2.0', all: ['mozilla public license version 2.0'] },
  {
    id: 'Unlicense',
    all: ['this is free and unencumbered software released into the public domain']
  }
]

/** True when `text` parses as an SPDX expression (spdx-expression-parse). */
export function isSpdxExpression(text: string): boolean {
  try {
    parseSpdx(text)
    return true
  } catch {
    return false
  }
}

/** The SPDX id of a well-known licence text, or undefined. */
export function licenseFromText(text: string): string | undefined {
  const flat = text.toLowerCase().replace(/\s+/g, ' ')
  return TEXTS.find(
    t => t.all.every(p => flat.includes(p)) && !(t.none ?? []).some(p => flat.includes(p))
  )?.id
}

export interface DeclaredLicense {
  expression?: string
  license?: string
  classifiers: readonly string[]
  licenseFile?: { file: string; head: string }
}

/** The package's licence as an SPDX expression, and where it came from. */
export function resolveLicense(d: DeclaredLicense): LicenseInfo {
  const expression = d.expression?.trim()
  if (expression && isSpdxExpression(expression)) return { expression, source: 'expression' }
  const field = d.license?.trim()
  const shortField = field && field.length <= 100 && !field.includes('\n') ? field : undefined
  if (shortField && isSpdxExpression(shortField))
    return { expression: shortField, source: 'license-field' }
  const classifiers = d.classifiers.filter(c => c.startsWith('License ::'))
  const mapped = classifiers.map(c => CLASSIFIERS[c])
  if (mapped.length > 0 && mapped.every((m): m is string => m !== undefined)) {
    // Several licence classifiers mean the package may be used under any of them.
    const ids = [...new Set(mapped)]
    return {
      expression: ids.length === 1 ? ids[0] : ids.map(i => `(${i})`).join(' OR '),
      source: 'classifier',
      declared: classifiers.join('; ')
    }
  }
  for (const text of [field && !shortField ? field : undefined, d.licenseFile?.head]) {
    const id = text ? licenseFromText(text) : undefined
    if (id)
      return {
        expression: id,
        source: 'license-text',
        declared:
          text === field ? 'License field text' : `licence file ${d.licenseFile?.file ?? ''}`
      }
  }
  if (shortField) {
    const corrected = spdxCorrect(shortField)
    if (corrected && isSpdxExpression(corrected))
      return { expression: corrected, source: 'license-field', declared: shortField }
  }
  const declared = [shortField, ...classifiers].filter(Boolean).join('; ')
  return { source: 'unknown', ...(declared ? { declared } : {}) }
}

// ── policy ───────────────────────────────────────────────────────────────────────────────

/** Leaves of an SPDX expression, each as text (`MIT`, `GPL-2.0+`, `Apache-2.0 WITH LLVM-exception`). */
export function spdxLeaves(expression: string): string[] {
  const out: string[] = []
  const walk = (node: parseSpdx.Info): void => {
    if ('conjunction' in node) {
      walk(node.left)
      walk(node.right)
    } else {
      out.push(
        `${node.license}${node.plus ? '+' : ''}${node.exception ? ` WITH ${node.exception}` : ''}`
      )
    }
  }
  walk(parseSpdx(expression))
  return [...new Set(out)]
}

const satisfies = (expression: string, list: readonly string[]): boolean => {
  if (list.length === 0) return false
  try {
    return spdxSatisfies(expression, list)
  } catch {
    return false
  }
}

export interface LicensePolicy {
  allow: readonly string[]
  deny: readonly string[]
}

/** Why a package's licence fails the policy, or undefined when it passes or is unknown. */
export function licenseViolation(license: LicenseInfo, policy: LicensePolicy): string | undefined {
  const expression = license.expression
  if (expression === undefined) return undefined
  if (policy.allow.length > 0 && !satisfies(expression, policy.allow))
    return `${expression} is not satisfied by allow-licenses (${policy.allow.join(', ')})`
  if (policy.deny.length > 0) {
    let leaves: string[]
    try {
      leaves = spdxLeaves(expression)
    } catch {
      return undefined
    }
    const denied = leaves.filter(l => satisfies(l, policy.deny))
    if (denied.length === 0) return undefined
    // `MIT OR GPL-3.0-only` with GPL denied can still be used under MIT.
    const usable = leaves.filter(l => !denied.includes(l))
    if (!satisfies(expression, usable))
      return `${expression} needs ${denied.join(', ')}, which deny-licenses lists`
  }
  return undefined
}
