/**
 * Serialise a flat catalog exactly as Weblate (translate-toolkit) writes i18next JSON:
 * 4-space indent, `", "`/`": "` separators, UTF-8 characters unescaped, `/` unescaped,
 * trailing newline.
 * Invariant: entries are written in the given order (document order), even for keys
 * that JavaScript objects would reorder.
 * @param entries Ordered `[key, value]` pairs.
 * @returns The file text.
 */
export function formatLocaleJson(entries: ReadonlyArray<readonly [string, string]>): string {
  if (entries.length === 0) return '{}\n';
  const lines = entries.map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}
