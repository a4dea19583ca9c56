import { describe, expect, it } from 'vitest';
import { segmentMarkdown } from '../../src/extract/index.js';
import { findBrokenReplacements } from '../../src/merge/splice.js';
import type { Replacement } from '../../src/merge/index.js';

const units = segmentMarkdown('A.\n\nB.\n\nC.\n\nD.\n\nE.\n');
const replacements: Replacement[] = units.map((unit) => ({ unit, text: `${unit.text}!` }));
const texts = (items: readonly Replacement[]): string[] => items.map((item) => item.unit.text);

describe('findBrokenReplacements', () => {
  it('should return nothing when all replacements together are intact', () => {
    expect(findBrokenReplacements(replacements, () => true)).toEqual([]);
  });

  it('should find the one replacement that breaks the file', () => {
    const isIntact = (subset: readonly Replacement[]) => !texts(subset).includes('D.');
    expect(texts(findBrokenReplacements(replacements, isIntact))).toEqual(['D.']);
  });

  it('should find two separate breaking replacements', () => {
    const isIntact = (subset: readonly Replacement[]) => !texts(subset).some((text) => text === 'A.' || text === 'E.');
    expect(texts(findBrokenReplacements(replacements, isIntact))).toEqual(['A.', 'E.']);
  });

  it('should fall back a whole group when only a combination breaks the file', () => {
    const isIntact = (subset: readonly Replacement[]) => !(texts(subset).includes('B.') && texts(subset).includes('D.'));
    expect(texts(findBrokenReplacements(replacements, isIntact))).toEqual(['A.', 'B.', 'C.', 'D.', 'E.']);
  });

  it('should call the check O(log n) times for one breaking replacement', () => {
    let calls = 0;
    const isIntact = (subset: readonly Replacement[]) => {
      calls++;
      return !texts(subset).includes('C.');
    };
    findBrokenReplacements(replacements, isIntact);
    expect(calls).toBeLessThanOrEqual(9);
  });
});
