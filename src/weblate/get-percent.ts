/**
 * Compute a translation percentage with one decimal, as shown in status tables and badges.
 * Invariant: rounds down, so 100 is shown only when every unit is translated; a file or
 * language with no units counts as complete (100).
 * @param translated Translated units.
 * @param units All units.
 * @returns A number from 0 to 100 with at most one decimal.
 */
export function getPercent(translated: number, units: number): number {
  if (units <= 0) return 100;
  const tenths = Math.floor((Math.min(translated, units) * 1000) / units);
  return tenths / 10;
}
