/**
 * Key assignment: align a file's new units with its previous catalog in passes (exact in
 * order, moved, edited in place, similar anywhere) and give every unit its kept or a new key.
 */
import type { Unit } from '../extract/index.js';
import { getMovedMatches, getOrderedMatches, getPositionalMatches, type Match } from './align.js';
import { formatKey, getUniqueKey } from './naming.js';
import { getSimilarMatches } from './similar.js';

/**
 * A unit and its key. The key is unique within its file, satisfies `isSafeKey` when it was
 * given by `assignKeys`, and stays the same across extractions while the unit is unchanged,
 * edited in place or moved.
 */
export type KeyedUnit = Unit & {
  /** The i18next key, e.g. `description-p3-7f2a`. */
  key: string;
};

/** Similarity at which an unmatched unit between the same anchors counts as edited. */
const gapThreshold = 0.5;
/** Similarity at which an unmatched unit anywhere in the file counts as moved and edited. */
const fileThreshold = 0.75;
/** How far apart (in ranks) similar units are still compared. */
const band = 50;

/**
 * Give keys to the units of one file, keeping the keys of the previous extraction:
 * 1. equal texts in the same order keep their keys (longest common subsequence);
 * 2. equal texts that moved keep their keys;
 * 3. between two kept keys, an edited unit takes the key of the most similar
 *    previous unit there (similarity ≥ 0.5);
 * 4. anywhere in the file, a heavily similar unit (≥ 0.75) takes a key still free;
 * 5. every other unit gets a new key (`formatKey`), unique in the file and never one of
 *    the previous keys; previous keys left unmatched are dropped.
 *
 * Deterministic; keys are unique; `assignKeys(units, pairsOf(result))` returns
 * the same keys (extraction is idempotent); a unit whose text did not change keeps its key
 * as long as its text is unique in both versions.
 *
 * @param units The new units of the file, in document order.
 * @param previous The previous English catalog of the file as ordered `[key, text]` pairs (empty on first run).
 * @returns The units, in the same order, each with its key.
 */
export function assignKeys(
  units: readonly Unit[],
  previous: ReadonlyArray<readonly [key: string, text: string]>,
): KeyedUnit[] {
  const oldTexts = previous.map(([, text]) => text);
  const newTexts = units.map((unit) => unit.text);
  const newToOld = new Array<number>(units.length).fill(-1);
  const oldUsed = new Array<boolean>(previous.length).fill(false);
  const apply = (matches: readonly Match[]): void => {
    for (const [oldIndex, newIndex] of matches) {
      newToOld[newIndex] = oldIndex;
      oldUsed[oldIndex] = true;
    }
  };
  const freeOld = (indices: readonly number[]): number[] => indices.filter((index) => oldUsed[index] !== true);
  const freeNew = (indices: readonly number[]): number[] => indices.filter((index) => newToOld[index] === -1);
  const ordered = getOrderedMatches(oldTexts, newTexts);
  apply(ordered.matches);
  const allOld = oldTexts.map((_, index) => index);
  const allNew = newTexts.map((_, index) => index);
  apply(getMovedMatches(oldTexts, newTexts, freeOld(allOld), freeNew(allNew)));
  for (const gap of ordered.gaps) {
    apply(getSimilarMatches(oldTexts, newTexts, freeOld(gap.old), freeNew(gap.new), gapThreshold, band));
    apply(getPositionalMatches(oldTexts, newTexts, freeOld(gap.old), freeNew(gap.new)));
  }
  apply(getSimilarMatches(oldTexts, newTexts, freeOld(allOld), freeNew(allNew), fileThreshold, band));
  return getKeyedUnits(units, previous, newToOld);
}

/**
 * Attach kept keys to matched units and new keys to the others.
 *
 * @param units The new units.
 * @param previous The previous `[key, text]` pairs.
 * @param newToOld For each new unit, the index of its previous unit or -1.
 * @returns The keyed units.
 */
function getKeyedUnits(
  units: readonly Unit[],
  previous: ReadonlyArray<readonly [key: string, text: string]>,
  newToOld: readonly number[],
): KeyedUnit[] {
  const taken = new Set(previous.map(([key]) => key));
  const assigned = new Set<string>();
  const keys = units.map((_, index): string | undefined => {
    const key = previous[newToOld[index] ?? -1]?.[0];
    if (key === undefined || assigned.has(key)) return undefined;
    assigned.add(key);
    return key;
  });
  const ordinals = new Map<string, number>();
  return units.map((unit, index) => {
    const group = `${unit.section}\u0000${unit.kind}`;
    const ordinal = (ordinals.get(group) ?? 0) + 1;
    ordinals.set(group, ordinal);
    let key = keys[index];
    if (key === undefined) {
      key = getUniqueKey(formatKey(unit, ordinal), taken);
      taken.add(key);
    }
    return { ...unit, key };
  });
}
