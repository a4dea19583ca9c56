/**
 * Parse one opencc-js dictionary into a map.
 */

/**
 * Turn an opencc-js dictionary string (`from to…|from to…`) into a map from each phrase
 * to its conversions.
 *
 * Invariant: every key maps to at least one conversion; an entry without a conversion is
 * skipped; a repeated key keeps its first entry, as OpenCC's own loader does.
 *
 * @param dictionary The dictionary text exported by `opencc-js/dict/<Name>`.
 * @returns A map from phrase to its conversions, in dictionary order.
 */
export function getOpenccTable(dictionary: string): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const entry of dictionary.split('|')) {
    const [phrase, ...conversions] = entry.split(' ').filter((part) => part !== '');
    if (phrase === undefined || conversions.length === 0 || table.has(phrase)) continue;
    table.set(phrase, conversions);
  }
  return table;
}
