import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentMarkdown } from '../../src/extract/index.js';
import { getFileSignature } from '../../src/merge/signature.js';
import { mergeFile } from '../../src/merge/index.js';
import { expectFixture, readFixtureJson } from '../support/fixtures.js';

/**
 * Whole-document cases in `test/fixtures/merge/<case>/`: `input.md`, `translations.json`
 * (source text → translation), optional `config.json` (`frontMatterFields`), and the
 * expected `output.md` (missing: identity) and `report.json` (missing: no rejections).
 * `UPDATE_FIXTURES=1` rewrites the expected files.
 */
const root = 'test/fixtures/merge';
const cases = readdirSync(root).sort();

describe('merge fixtures', () => {
  it.each(cases)('should merge %s as expected', (name) => {
    const directory = join(root, name);
    const input = readFileSync(join(directory, 'input.md'), 'utf8');
    const translations = readFixtureJson<Record<string, unknown>>(join(directory, 'translations.json'), {});
    const { frontMatterFields = [] } = readFixtureJson<{ frontMatterFields?: string[] }>(join(directory, 'config.json'), {});
    const units = segmentMarkdown(input, { frontMatterFields }).map((unit, index) => ({ ...unit, key: `u${index}` }));
    const texts = new Map(units.map((unit) => [unit.key, unit.text]));
    const result = mergeFile({ source: input, units }, (key) => {
      const text = texts.get(key);
      return text !== undefined && text in translations ? { text: translations[text], lang: 'xx' } : undefined;
    });
    const report = result.rejected.map(({ key, line, code, message }) => ({ line, text: texts.get(key), code, message }));
    expectFixture(result.output, join(directory, 'output.md'), input);
    expectFixture(`${JSON.stringify(report, null, 4)}\n`, join(directory, 'report.json'), '[]\n');
    expect(getFileSignature(result.output, 'markdown')).toEqual(getFileSignature(input, 'markdown'));
  });
});
