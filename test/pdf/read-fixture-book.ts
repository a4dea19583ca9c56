/**
 * Load a book from `test/fixtures/pdf/<case>/<lang>/` as a `BookInput`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BookInput } from '../../src/pdf/index.js';

/** Folder of the PDF fixtures. */
export const fixturesDir = fileURLToPath(new URL('../fixtures/pdf/', import.meta.url));

/**
 * Read a fixture book: every `*.md` of the language folder in name order, its
 * `metadata.json`, and the case's shared `assets/` folder.
 *
 * @param name Fixture case, e.g. `small-book`.
 * @param lang Language folder.
 * @returns The book input.
 */
export function readFixtureBook(name: string, lang: string): BookInput {
  const dir = join(fixturesDir, name, lang);
  const chapters = readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((path) => ({ path, markdown: readFileSync(join(dir, path), 'utf8') }));
  return {
    lang,
    htmlLang: lang,
    metadata: JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')) as unknown,
    chapters,
    assetsDir: join(fixturesDir, name, 'assets'),
  };
}
