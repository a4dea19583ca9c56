import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentMarkdown } from '../../src/extract/index.js';
import type { SegmentOptions } from '../../src/extract/index.js';
import { expectFixture, readFixtureJson } from '../support/fixtures.js';

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
    const options = readFixtureJson<SegmentOptions | undefined>(configUrl, undefined);
    const units = segmentMarkdown(source, options);
    for (const unit of units) expect(source.slice(unit.start, unit.end)).toBe(unit.raw);
    expectFixture(`${JSON.stringify(units, null, 2)}\n`, new URL('units.json', directory));
  });
});
