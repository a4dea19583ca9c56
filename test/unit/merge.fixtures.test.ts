import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentMarkdown } from '../../src/extract/segment-markdown.js';
import { getFileSignature } from '../../src/merge/get-file-signature.js';
import { mergeFile } from '../../src/merge/merge-file.js';

/**
 * Whole-document cases in `test/fixtures/merge/<case>/`: `input.md`, `translations.json`
 * (source text → translation), optional `config.json` (`frontMatterFields`), and the
 * expected `output.md` (missing: identity) and `report.json` (missing: no rejections).
 * `UPDATE_FIXTURES=1` rewrites the expected files.
 */
const root = 'test/fixtures/merge';
const cases = readdirSync(root).sort();
const update = process.env.UPDATE_FIXTURES === '1';

/** Read a JSON file, or `fallback` when it is missing. */
function readJson<T>(path: string, fallback: T): T {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : fallback;
}

/** Write `text` to `path`, or remove the file when `text` is `undefined`. */
function writeExpected(path: string, text: string | undefined): void {
  if (text === undefined) rmSync(path, { force: true });
  else writeFileSync(path, text);
}

describe('merge fixtures', () => {
  it.each(cases)('should merge %s as expected', (name) => {
    const directory = join(root, name);
    const input = readFileSync(join(directory, 'input.md'), 'utf8');
    const translations = readJson<Record<string, unknown>>(join(directory, 'translations.json'), {});
    const { frontMatterFields = [] } = readJson<{ frontMatterFields?: string[] }>(join(directory, 'config.json'), {});
    const units = segmentMarkdown(input, { frontMatterFields }).map((unit, index) => ({ ...unit, key: `u${index}` }));
    const texts = new Map(units.map((unit) => [unit.key, unit.text]));
    const result = mergeFile({ source: input, units }, (key) => {
      const text = texts.get(key);
      return text !== undefined && text in translations ? { text: translations[text], lang: 'xx' } : undefined;
    });
    const report = result.rejected.map(({ key, line, code, message }) => ({ line, text: texts.get(key), code, message }));
    if (update) {
      writeExpected(join(directory, 'output.md'), result.output === input ? undefined : result.output);
      writeExpected(join(directory, 'report.json'), report.length === 0 ? undefined : `${JSON.stringify(report, null, 4)}\n`);
    }
    const outputPath = join(directory, 'output.md');
    expect(result.output).toBe(existsSync(outputPath) ? readFileSync(outputPath, 'utf8') : input);
    expect(report).toEqual(readJson(join(directory, 'report.json'), []));
    expect(getFileSignature(result.output, 'markdown')).toEqual(getFileSignature(input, 'markdown'));
  });
});
