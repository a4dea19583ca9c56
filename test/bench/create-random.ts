/**
 * A small seeded pseudo-random generator, so every workload is the same on every run.
 */

/** A random source: `next()` gives a float in [0, 1); `pick` and `int` build on it. */
export interface Random {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [0, max). */
  int: (max: number) => number;
  /** One element of a non-empty list. */
  pick: <T>(items: readonly T[]) => T;
}

/**
 * Create a seeded generator (mulberry32).
 * Invariant: the same seed gives the same sequence on every platform.
 * @param seed Any 32-bit integer.
 * @returns The generator.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number): number => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(items.length)];
    if (item === undefined) throw new Error('Cannot pick from an empty list');
    return item;
  };
  return { next, int, pick };
}

/**
 * Hash a string to a 32-bit seed (FNV-1a), to derive per-unit decisions from keys.
 * @param text Any text.
 * @returns An unsigned 32-bit integer.
 */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
