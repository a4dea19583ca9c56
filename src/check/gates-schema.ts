/**
 * The gate configuration: per language, what each rule's findings weigh and how much must
 * be translated. Exported as zod schemas so the project configuration can embed them.
 */

import { z } from 'zod';
import type { RuleId } from './finding.js';
import { ruleIds } from './rule-ids.js';

const known = new Set<string>(ruleIds.map((rule) => rule.id));

/** What a rule's findings weigh: `error` fails the build, `off` drops them. */
export const gateSeveritySchema = z.enum(['error', 'warning', 'info', 'off']);

/**
 * One language's gate.
 *
 * Invariant: rule names are checked against the known rule ids; both fields are optional
 * so that a language gate overrides only what it names.
 */
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
