import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentMarkdown } from '../../src/extract/segment-markdown.js';
import type { SegmentOptions } from '../../src/extract/segment-options.js';

/**
 * Whole documents: `test/fixtures/segment/<case>/input.md`, optional `config.json`
 * (segment options) and `units.json` (the expected units). Set `UPDATE_FIXTURES=1` to
 * regenerate the expected files.
 */
const root = new URL('../fixtures/segment/', import.meta.url);
const cases = readdirSync(root).sort();

describe('fixture', () => {
  it.each(cases)('should segment %s as expected', (name) => {
    const directory = new URL(`${name}/`, root);
    const source = readFileSync(new URL('input.md', directory), 'utf8');
    const configUrl = new URL('config.json', directory);
    const options = existsSync(configUrl) ? (JSON.parse(readFileSync(configUrl, 'utf8')) as SegmentOptions) : undefined;
    const units = segmentMarkdown(source, options);
    for (const unit of units) expect(source.slice(unit.start, unit.end)).toBe(unit.raw);
    const expectedUrl = new URL('units.json', directory);
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(expectedUrl, `${JSON.stringify(units, null, 2)}\n`);
    expect(units).toEqual(JSON.parse(readFileSync(expectedUrl, 'utf8')));
  });
});
