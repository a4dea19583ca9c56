/**
 * The check's OpenCC-derived data as stored in a JSON sidecar beside the bundled CLI.
 */

import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** File name of the sidecar, written into the bundle's folder when the tool is built. */
export const OPENCC_DATA_FILE = 'opencc-data.json';

const entries = z.array(z.tuple([z.string(), z.string().nullable()]));

/**
 * Schema of the sidecar.
 *
 * Invariant: holds only what depends on opencc-js alone (never this project's additions or
 * glossaries), keyed by the opencc-js version it was computed with.
 */
export const openccDataSchema = z.object({
  /** The opencc-js version the data was computed with. */
  openccVersion: z.string().min(1),
  /** The script-only character sets (`ScriptSets`), each as its members in set order (see `joinMembers`). */
  scriptSets: z.object({
    simplifiedOnlyTw: z.string(),
    simplifiedOnlyHk: z.string(),
    traditionalOnly: z.string(),
  }),
  /** The OpenCC part of each region's phrase table: phrase → the region's word or null, in table order. */
  regionalPhrases: z.object({ tw: entries, hk: entries, cn: entries }),
});

/** The check's OpenCC-derived data. */
export type OpenccData = z.infer<typeof openccDataSchema>;

/**
 * Write the members of a set as one string, compact to store and quick to read.
 *
 * Invariant: `splitMembers(joinMembers(set))` has the members of `set` in the same order;
 * members are joined by single spaces, so a member that is empty or holds a space (never
 * the case for OpenCC's entries, which its dictionaries separate by spaces) is refused.
 *
 * @param members The set.
 * @returns The members joined by spaces.
 */
export function joinMembers(members: Iterable<string>): string {
  const list = [...members];
  const bad = list.find((member) => member === '' || member.includes(' '));
  if (bad !== undefined) throw new Error(`Cannot store the set member ${JSON.stringify(bad)}: it is empty or holds a space`);
  return list.join(' ');
}

/**
 * Read the members written by `joinMembers`.
 *
 * Invariant: the inverse of `joinMembers`; the empty string gives no member.
 *
 * @param text The joined members.
 * @returns The members, in order.
 */
export function splitMembers(text: string): string[] {
  return text === '' ? [] : text.split(' ');
}

/**
 * Read a sidecar, if it holds valid data for the given opencc-js version.
 *
 * Invariant: a missing, unreadable or malformed file, or one computed with another version
 * (or when the version is unknown), gives undefined, so the caller computes the data itself
 * and a stale sidecar is never used.
 *
 * @param path The sidecar's path.
 * @param version The installed opencc-js version, or undefined when unknown.
 * @returns The data, or undefined.
 */
export function readOpenccDataFile(path: string, version: string | undefined): OpenccData | undefined {
  if (version === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = openccDataSchema.safeParse(json);
  return parsed.success && parsed.data.openccVersion === version ? parsed.data : undefined;
}
