/**
 * Write a translation as a YAML scalar that reads back as the same string.
 */
import { parse } from 'yaml';

/** Characters a plain scalar may not start with (YAML indicators, quotes, spaces). */
const unsafePlainStart = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
/** Sequences a plain scalar may not contain: `: `, ` #`, flow indicators, line breaks. */
const unsafePlainInside = /: |:$| #|[,[\]{}]|[\n\r\t]|\s$/;

/**
 * Format `text` as a YAML scalar that replaces the scalar `raw` of a front-matter field.
 *
 * Invariant: parsing the result as a YAML value gives `text` back. When `quote` says the
 * unit's range lies between quotes, the result is the escaped content for that quote and
 * carries no quotes itself. Otherwise the style of `raw` is kept where it can hold `text`
 * (plain stays plain, `'…'` stays single-quoted) and double quotes are used when not.
 *
 * @param text The translated value.
 * @param raw The source scalar the result replaces.
 * @param quote The character just before the unit's range in the source, when it is a quote.
 * @returns The YAML text to splice.
 */
export function formatYamlScalar(text: string, raw: string, quote: '"' | "'" | undefined): string {
  const hasLineBreak = /[\n\r]/.test(text);
  if (quote === '"') return formatDoubleQuoted(text).slice(1, -1);
  if (quote === "'" && !hasLineBreak) return text.replaceAll("'", "''");
  if (quote === "'") throw new Error(`Cannot write a line break into a single-quoted YAML scalar: ${JSON.stringify(text)}`);
  if (raw.startsWith("'") && !hasLineBreak) return `'${text.replaceAll("'", "''")}'`;
  if (!raw.startsWith('"') && isPlainSafe(text)) return text;
  return formatDoubleQuoted(text);
}

/**
 * Tell whether `text` can be written as a plain YAML scalar and read back unchanged.
 *
 * @param text The value.
 * @returns `true` when the plain form parses back to the same string.
 */
function isPlainSafe(text: string): boolean {
  if (text === '' || unsafePlainStart.test(text) || unsafePlainInside.test(text)) return false;
  try {
    const value: unknown = parse(`v: ${text}`);
    return typeof value === 'object' && value !== null && 'v' in value && value.v === text;
  } catch {
    return false;
  }
}

/**
 * Write a double-quoted YAML scalar; JSON string escapes are valid YAML escapes.
 *
 * @param text The value.
 * @returns The scalar with its quotes.
 */
function formatDoubleQuoted(text: string): string {
  return JSON.stringify(text);
}
