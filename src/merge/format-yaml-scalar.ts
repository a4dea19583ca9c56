/**
 * Write a translation as a YAML scalar that reads back as the same string.
 */
import { parse } from 'yaml';

/** Characters a plain scalar may not start with (YAML indicators, quotes, spaces). */
const unsafePlainStart = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
/** Sequences a plain scalar may not contain: `: `, ` #`, flow indicators, line breaks. */
const unsafePlainInside = /: |:$| #|[,[\]{}]|[\n\r\t]|\s$/;

/**
 * Format `text` as a YAML scalar (or quoted content) for a front-matter field's range.
 *
 * Invariant: parsing the result as a YAML value gives `text` back. When `quote` says the
 * unit's range lies between quotes, the result is the escaped content for that quote and
 * carries no quotes itself. Otherwise (the range holds a plain scalar) the result stays plain when
 * a plain scalar reads back as `text`, and is double-quoted when not.
 *
 * @param text The translated value.
 * @param quote The character just before the unit's range in the source, when it is a quote.
 * @param prefix The indentation continuation lines of the scalar need.
 * @returns The YAML text to splice.
 */
export function formatYamlScalar(text: string, quote: '"' | "'" | undefined, prefix: string): string {
  if (quote === '"') return formatDoubleQuoted(text).slice(1, -1);
  if (quote === "'") return formatSingleQuotedContent(text, prefix);
  if (isPlainSafe(text)) return text;
  return formatDoubleQuoted(text);
}

/**
 * Write the content of a single-quoted YAML scalar: `'` doubled, and each line break as an
 * empty line (YAML folds a single line break into a space) followed by the indentation.
 *
 * @param text The value.
 * @param prefix The indentation of continuation lines.
 * @returns The content between the quotes.
 */
function formatSingleQuotedContent(text: string, prefix: string): string {
  return text.replaceAll("'", "''").split('\n').join(`\n\n${prefix}`);
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
