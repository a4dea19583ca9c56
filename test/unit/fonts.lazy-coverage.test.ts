import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLazyCoverage, indexUnicodeRanges, isInUnicodeRanges, type UnicodeRanges, readFontCodePoints } from '../../src/fonts/coverage.js';
import { getFontStack, listStackFontFiles, readFontCoverage } from '../../src/fonts/index.js';

/** What reading every file up front gives: the old, eager coverage. */
function eagerCoverage(files: ReadonlyArray<{ path: string; unicodeRange: UnicodeRanges }>): Set<number> {
  const covered = new Set<number>();
  for (const file of files) {
    for (const codePoint of readFontCodePoints(file.path)) {
      if (isInUnicodeRanges(codePoint, file.unicodeRange)) covered.add(codePoint);
    }
  }
  return covered;
}

const range = fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 40 })).map(([start, span]): [number, number] => [start, start + span]);

describe('indexUnicodeRanges', () => {
  it('should list exactly the files whose ranges hold a code point, in file order', () => {
    fc.assert(
      fc.property(fc.array(fc.array(range, { maxLength: 6 }), { maxLength: 8 }), fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 30 }), (ranges, codePoints) => {
        const lookup = indexUnicodeRanges(ranges);
        for (const codePoint of codePoints) {
          const expected = ranges.flatMap((fileRanges, index) => (isInUnicodeRanges(codePoint, fileRanges) ? [index] : []));
          expect(lookup(codePoint)).toEqual(expected);
        }
      }),
    );
  });

  it('should treat a file without ranges as covering everything and ignore reversed ranges', () => {
    const lookup = indexUnicodeRanges([[[10, 20]], [], [[30, 5]]]);
    expect(lookup(15)).toEqual([0, 1]);
    expect(lookup(25)).toEqual([1]);
    expect(indexUnicodeRanges([[[30, 5]]])(10)).toEqual([]);
  });
});

describe('createLazyCoverage', () => {
  const ranges: UnicodeRanges[] = [[[0x41, 0x5a]], [[0x61, 0x7a], [0x100, 0x17f]], [[0x4e00, 0x9fff]]];
  const cmaps = [[0x41, 0x42, 0x61], [0x61, 0x62, 0x41, 0x101], [0x4e00, 0x4e01]];

  it('should read only the files whose range holds the code point, each once, until one has it', () => {
    const reads: number[] = [];
    const coverage = createLazyCoverage(ranges, (index) => {
      reads.push(index);
      return cmaps[index] ?? [];
    });
    expect(coverage.has(0x61)).toBe(true);
    expect(reads).toEqual([1]);
    expect(coverage.has(0x41)).toBe(true);
    expect(coverage.has(0x42)).toBe(true);
    expect(coverage.has(0x62)).toBe(true);
    expect(reads).toEqual([1, 0]);
    expect(coverage.has(0x3000)).toBe(false);
    expect(reads).toEqual([1, 0]);
  });

  it('should follow the cmap inside a range and the range outside it', () => {
    const coverage = createLazyCoverage(ranges, (index) => cmaps[index] ?? []);
    expect(coverage.has(0x43), 'in range, not in the cmap').toBe(false);
    expect(coverage.has(0x102), 'in range, not in the cmap').toBe(false);
    expect(coverage.has(0x101)).toBe(true);
    expect(coverage.has(0x4e01)).toBe(true);
  });

  it('should iterate and count what reading every file up front gives', () => {
    const coverage = createLazyCoverage(ranges, (index) => cmaps[index] ?? []);
    expect(coverage.has(0x4e00)).toBe(true);
    expect([...coverage]).toEqual([0x41, 0x42, 0x61, 0x62, 0x101, 0x4e00, 0x4e01]);
    expect(coverage.size).toBe(7);
    expect([...coverage.keys()]).toEqual([...coverage.values()]);
    expect(coverage.has(0x43)).toBe(false);
  });
});

describe('readFontCoverage, read lazily', () => {
  it('should agree with reading every file, code point by code point, for the Latin stack', async () => {
    const files = listStackFontFiles(getFontStack('en'));
    const eager = eagerCoverage(files);
    const lazy = await readFontCoverage(files.map((file) => ({ ...file })));
    for (let codePoint = 0; codePoint < 0x30000; codePoint += 1) {
      if (lazy.has(codePoint) !== eager.has(codePoint)) expect([codePoint, lazy.has(codePoint)]).toEqual([codePoint, eager.has(codePoint)]);
    }
    expect(lazy.has(0x01), 'a control character inside the Latin range is in no cmap').toBe(false);
    expect([...lazy]).toEqual([...eager]);
  });

  it('should agree with reading every file for a Chinese stack', async () => {
    const files = listStackFontFiles(getFontStack('zh-Hant'));
    const eager = eagerCoverage(files);
    const lazy = await readFontCoverage(files.map((file) => ({ ...file })));
    for (const char of '說這體令角：「」骨髮發 Größe €😀\ue000\u3400\u9fa5\u4e00') {
      const codePoint = char.codePointAt(0) ?? 0;
      expect([char, lazy.has(codePoint)]).toEqual([char, eager.has(codePoint)]);
    }
    expect(lazy.size).toBe(eager.size);
  });
});
