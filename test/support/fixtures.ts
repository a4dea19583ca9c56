import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * The one switch that regenerates every expected file of the fixture tests:
 * `UPDATE_FIXTURES=1 npm test`. Review the diff before committing it.
 */
export const UPDATE_FIXTURES = process.env.UPDATE_FIXTURES === '1';

/**
 * Read a fixture's JSON file, or `fallback` when it is missing.
 * @param path The file.
 * @param fallback What a missing file means.
 * @returns The parsed content.
 */
export function readFixtureJson<T>(path: string | URL, fallback: T): T {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : fallback;
}

/**
 * Expect `actual` to be the content of a fixture's expected file. A missing expected file
 * means `identity` (when given): the file is written only when the output differs from it.
 * With `UPDATE_FIXTURES=1`, the expected file is rewritten (or removed) first.
 * @param actual What the code gave.
 * @param path The expected file.
 * @param identity What a missing expected file stands for, if missing files are allowed.
 */
export function expectFixture(actual: string, path: string | URL, identity?: string): void {
  if (UPDATE_FIXTURES) {
    if (identity !== undefined && actual === identity) rmSync(path, { force: true });
    else writeFileSync(path, actual);
  }
  const expected = identity !== undefined && !existsSync(path) ? identity : readFileSync(path, 'utf8');
  expect(actual).toBe(expected);
}
