/**
 * Gates: per language, what each rule's findings weigh and how much must be translated.
 * The schemas are exported so the project configuration can embed them.
 */
import { z } from 'zod';
import { RULES, type Counts, type Finding, type Report, type RuleId } from '../base/index.js';

const known = new Set<string>(RULES.map((rule) => rule.id));

/** What a rule's findings weigh: `error` fails the build, `off` drops them. */
export const gateSeveritySchema = z.enum(['error', 'warning', 'info', 'off']);

/** One language's gate; both fields are optional so that a gate overrides only what it names. */
export const gateSchema = z
  .object({
    /** Rule id → weight. Rules not named inherit from less specific gates. */
    rules: z
      .record(
        z.string().refine((rule) => known.has(rule), { message: `unknown rule; expected one of ${[...known].join(', ')}` }),
        gateSeveritySchema,
      )
      .optional(),
    /** The least percentage of units that must be translated (0–100). */
    minTranslated: z.number().min(0).max(100).optional(),
  })
  .strict();

/**
 * Gates by language. Keys are BCP 47 codes or prefixes (`zh` covers `zh-Hant` and
 * `zh-Hans`), and `*` is the default for every language.
 */
export const gatesSchema = z.record(z.string(), gateSchema);

/** What a rule's findings weigh. */
export type GateSeverity = z.infer<typeof gateSeveritySchema>;

/** One language's gate, as configured. */
export type Gate = z.infer<typeof gateSchema>;

/** Gates by language, as configured. */
export type Gates = z.infer<typeof gatesSchema>;

/** A gate with every rule resolved. */
export interface ResolvedGate {
  /** Every rule's weight. */
  rules: Record<RuleId, GateSeverity>;
  /** The least percentage of units that must be translated. */
  minTranslated: number;
}

/**
 * The gate of one language: the rule table's severities, then `*`, then each prefix of the
 * code from the least specific (`zh`) to the code itself (`zh-Hant`), matched case-insensitively.
 * @param lang Folder code.
 * @param gates The configured gates, if any.
 * @returns The resolved gate.
 */
export function getLanguageGate(lang: string, gates: Gates | undefined): ResolvedGate {
  const rules = Object.fromEntries(RULES.map((rule) => [rule.id, rule.severity])) as Record<RuleId, GateSeverity>;
  const resolved: ResolvedGate = { rules, minTranslated: 0 };
  if (gates === undefined) return resolved;
  const byKey = new Map(Object.entries(gates).map(([key, gate]) => [key.toLowerCase(), gate]));
  const parts = lang.toLowerCase().split('-');
  const keys = ['*', ...parts.map((_, index) => parts.slice(0, index + 1).join('-'))];
  for (const key of keys) {
    const gate = byKey.get(key);
    if (gate === undefined) continue;
    for (const [rule, severity] of Object.entries(gate.rules ?? {})) {
      if (rule in resolved.rules) resolved.rules[rule as RuleId] = severity;
    }
    if (gate.minTranslated !== undefined) resolved.minTranslated = gate.minTranslated;
  }
  return resolved;
}

/**
 * Weigh a report with the gates: each finding's severity becomes its language gate's weight
 * for its rule (findings weighed `off` are dropped), and a `min-translated` finding is added
 * for each language below its gate's minimum. The report given is not changed.
 * @param report The report with unweighed findings.
 * @param gates The configured gates, or `undefined` for the rule table's severities.
 * @returns The weighed report.
 */
export function applyGates(report: Report, gates: Gates | undefined): Report {
  const resolved = new Map<string, ResolvedGate>();
  const gateOf = (lang: string): ResolvedGate => {
    let gate = resolved.get(lang);
    if (!gate) resolved.set(lang, (gate = getLanguageGate(lang, gates)));
    return gate;
  };
  const findings: Finding[] = [];
  for (const finding of [...report.findings, ...getMinTranslatedFindings(report.languages, gateOf)]) {
    const severity = gateOf(finding.lang).rules[finding.rule];
    if (severity !== 'off') findings.push({ ...finding, severity });
  }
  return { languages: { ...report.languages }, findings };
}

/**
 * Tell whether a weighed report fails the build: whether any finding is an `error`.
 * @param report A report that went through `applyGates`.
 * @returns `true` when the command line must exit with status 1.
 */
export function isGateFailed(report: Report): boolean {
  return report.findings.some((finding) => finding.severity === 'error');
}

/**
 * The share of units translated, in percent, rounded down to one decimal so that a language
 * is never shown at 100% before every unit is translated; 100 for a language with no units.
 * @param counts The language's counts.
 * @returns The percentage.
 */
export function getTranslatedPercent(counts: Counts): number {
  if (counts.units <= 0) return 100;
  return Math.floor((counts.translated / counts.units) * 1000) / 10;
}

/** A `min-translated` finding for each language below its gate's minimum. */
function getMinTranslatedFindings(languages: Record<string, Counts>, gateOf: (lang: string) => ResolvedGate): Finding[] {
  const findings: Finding[] = [];
  for (const [lang, counts] of Object.entries(languages)) {
    const { minTranslated } = gateOf(lang);
    const percent = getTranslatedPercent(counts);
    if (percent >= minTranslated) continue;
    findings.push({
      rule: 'min-translated',
      severity: 'error',
      lang,
      file: `locales/${lang}`,
      line: 1,
      message: `${lang} is ${percent.toFixed(1)}% translated; its gate requires at least ${minTranslated}%`,
    });
  }
  return findings;
}
