/**
 * Locale files in Weblate's layout (flat i18next JSON v4): strict parsing, byte-exact
 * formatting, and reading from disk.
 */
import { printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import { UsageError } from '../base/index.js';
import { readTextIfExists } from './files.js';

/** A parsed locale file: values in file order, with the line of each key. */
export interface LocaleCatalog {
  /** Key → value, in file order. Values are strings (anything else is an error). */
  values: Map<string, string>;
  /** Key → 1-based line in the locale file. */
  lines: Map<string, number>;
  /** True when the file is byte-for-byte in Weblate's layout. */
  weblateLayout: boolean;
  /** The file text as read. */
  text: string;
}

/**
 * Parse a flat i18next JSON v4 locale file strictly. Rejects (never repairs) a BOM, invalid JSON, a
 * non-object root, nested objects, non-string values and duplicate keys, because any of them would
 * lose or garble work.
 * @param text The file's text.
 * @param file Project-relative path for messages.
 * @returns The catalog.
 * @throws UsageError naming file, line and key.
 */
export function parseLocaleJson(text: string, file: string): LocaleCatalog {
  const fast = parseWeblateLayout(text);
  if (fast) return fast;
  if (text.startsWith('\uFEFF')) throw new UsageError(`${file}:1: starts with a byte order mark; Weblate writes UTF-8 without BOM`, { file, line: 1 });
  const values = new Map<string, string>();
  const lines = new Map<string, number>();
  const errors: Array<{ message: string; line: number; key?: string }> = [];
  let depth = 0;
  let currentKey: string | undefined;
  let currentLine = 1;
  visit(text, {
    onObjectBegin: (_o, _l, line) => {
      depth++;
      if (depth > 1) errors.push({ message: `key "${currentKey}" holds an object; only flat string values are supported`, line: line + 1, ...(currentKey ? { key: currentKey } : {}) });
    },
    onObjectEnd: () => {
      depth--;
    },
    onArrayBegin: (_o, _l, line) => {
      if (depth === 0) errors.push({ message: 'the root is an array, not an object', line: line + 1 });
      else errors.push({ message: `key "${currentKey}" holds an array, not a string`, line: line + 1, ...(currentKey ? { key: currentKey } : {}) });
    },
    onObjectProperty: (property, _o, _l, line) => {
      if (depth !== 1) return;
      currentKey = property;
      currentLine = line + 1;
      if (lines.has(property)) errors.push({ message: `duplicate key "${property}" (first on line ${lines.get(property)})`, line: line + 1, key: property });
      else lines.set(property, line + 1);
    },
    onLiteralValue: (value: unknown, _o, _l, line) => {
      if (depth === 0) {
        errors.push({ message: 'the root is not an object', line: line + 1 });
        return;
      }
      if (depth !== 1 || currentKey === undefined) return;
      if (typeof value !== 'string') {
        errors.push({ message: `key "${currentKey}" holds ${value === null ? 'null' : typeof value}, not a string`, line: currentLine, key: currentKey });
        return;
      }
      if (!values.has(currentKey)) values.set(currentKey, value);
    },
    onError: (code: number, _o, _l, line) => {
      errors.push({ message: `not valid JSON (${printParseErrorCode(code as ParseError['error'])})`, line: line + 1 });
    },
  }, { allowTrailingComma: false, disallowComments: true });
  if (depth === 0 && values.size === 0 && lines.size === 0 && !/^\s*\{/.test(text)) {
    errors.push({ message: 'the root is not an object', line: 1 });
  }
  const first = errors[0];
  if (first) {
    throw new UsageError(`${file}:${first.line}: ${first.message}`, { file, line: first.line, ...(first.key ? { key: first.key } : {}) });
  }
  return { values, lines, weblateLayout: formatLocaleJson([...values]) === text, text };
}

/**
 * Read a file that is exactly in Weblate's layout (what extract and Weblate write) with the
 * engine's JSON parser, many times faster than the strict visitor. Answers only when writing the
 * parsed entries back gives the text byte for byte, which rules out duplicate keys, reordered
 * (integer-like) keys, comments, a BOM and non-string values, and puts key `i` on line `i + 2`; for
 * any other text it answers `undefined` and the strict reader decides.
 */
function parseWeblateLayout(text: string): LocaleCatalog | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const entries = Object.entries(data as Record<string, unknown>);
  if (!entries.every((entry): entry is [string, string] => typeof entry[1] === 'string')) return undefined;
  if (formatLocaleJson(entries) !== text) return undefined;
  return { values: new Map(entries), lines: new Map(entries.map(([key], index) => [key, index + 2])), weblateLayout: true, text };
}

/**
 * Serialise a flat catalog exactly as Weblate (translate-toolkit) writes i18next JSON:
 * 4-space indent, `", "`/`": "` separators, UTF-8 characters unescaped, `/` unescaped,
 * trailing newline. Entries are written in the given order (document order), even for keys
 * that JavaScript objects would reorder.
 * @param entries Ordered `[key, value]` pairs.
 * @returns The file text.
 */
export function formatLocaleJson(entries: ReadonlyArray<readonly [string, string]>): string {
  if (entries.length === 0) return '{}\n';
  const lines = entries.map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

/**
 * Read a locale file; a missing file gives `undefined`, an invalid one an error, never a
 * catalog.
 * @param path Absolute path of the file.
 * @param label Project-relative path used in error messages.
 * @returns The catalog, or `undefined` when the file does not exist.
 * @throws UsageError naming file, line and key for invalid content.
 */
export async function readLocaleFile(path: string, label: string): Promise<LocaleCatalog | undefined> {
  const text = await readTextIfExists(path, label);
  return text === undefined ? undefined : parseLocaleJson(text, label);
}
