import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../src/extract/index.js';
import { assignKeys } from '../../src/keys/assign.js';
import { isSafeKey } from '../../src/keys/naming.js';

/** One entry of a document model: a stable identity, its text and whether it was ever changed. */
interface Entry {
  readonly id: number;
  readonly text: string;
  readonly touched: boolean;
}

/** An edit of the document model. */
type Edit =
  | { type: 'insert'; at: number }
  | { type: 'delete'; at: number }
  | { type: 'move'; from: number; to: number }
  | { type: 'edit'; at: number };

const words = ['open', 'source', 'policy', 'team', 'licence', 'review', 'risk', 'code', 'community', 'budget', 'audit', 'tool'];

/** A paragraph-like text, unique through its id. */
function textOf(id: number, seed: number): string {
  const picked = Array.from({ length: 6 }, (_, index) => words[(seed + index * 7 + id) % words.length]);
  return `Paragraph ${id}: ${picked.join(' ')}.`;
}

/** A paragraph unit in one section. */
function unit(text: string): Unit {
  return { kind: 'paragraph', text, raw: text, start: 0, end: text.length, line: 1, column: 1, prefix: '', containers: [], section: 'description' };
}

/** Apply one edit; fresh ids come from `next`. */
function apply(entries: Entry[], edit: Edit, next: () => number): Entry[] {
  const copy = [...entries];
  const at = (index: number): number => (copy.length === 0 ? 0 : index % copy.length);
  if (edit.type === 'insert') {
    const id = next();
    copy.splice(edit.at % (copy.length + 1), 0, { id, text: textOf(id, id), touched: true });
  } else if (edit.type === 'delete' && copy.length > 0) {
    copy.splice(at(edit.at), 1);
  } else if (edit.type === 'move' && copy.length > 0) {
    const [moved] = copy.splice(at(edit.from), 1);
    if (moved !== undefined) copy.splice(edit.to % (copy.length + 1), 0, moved);
  } else if (edit.type === 'edit' && copy.length > 0) {
    const index = at(edit.at);
    const old = copy[index];
    if (old !== undefined) copy[index] = { id: old.id, text: `${old.text} Edit ${next()}.`, touched: true };
  }
  return copy;
}

const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ type: fc.constant('insert' as const), at: fc.nat(100) }),
  fc.record({ type: fc.constant('delete' as const), at: fc.nat(100) }),
  fc.record({ type: fc.constant('move' as const), from: fc.nat(100), to: fc.nat(100) }),
  fc.record({ type: fc.constant('edit' as const), at: fc.nat(100) }),
);

describe('key stability property', () => {
  it('should never change the key of an untouched unit over rounds of random edits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.array(fc.array(editArbitrary, { maxLength: 8 }), { minLength: 1, maxLength: 4 }), (size, rounds) => {
        let counter = 1000;
        const next = (): number => counter++;
        let entries: Entry[] = Array.from({ length: size }, (_, id) => ({ id, text: textOf(id, id * 3), touched: false }));
        let keyed = assignKeys(entries.map((entry) => unit(entry.text)), []);
        const firstKeys = new Map(entries.map((entry, index) => [entry.id, keyed[index]?.key]));
        for (const edits of rounds) {
          entries = edits.reduce((current, edit) => apply(current, edit, next), entries);
          keyed = assignKeys(entries.map((entry) => unit(entry.text)), keyed.map((entry) => [entry.key, entry.text]));
          expect(new Set(keyed.map((entry) => entry.key)).size).toBe(keyed.length);
          entries.forEach((entry, index) => {
            expect(isSafeKey(keyed[index]?.key ?? '')).toBe(true);
            if (!entry.touched) expect(keyed[index]?.key).toBe(firstKeys.get(entry.id));
          });
        }
      }),
      { numRuns: 300 },
    );
  });
  it('should be idempotent for any sequence of texts, duplicates included', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'Same text.', 'Other text.', '中文'), { maxLength: 30 }), (texts) => {
        const once = assignKeys(texts.map(unit), []);
        const twice = assignKeys(texts.map(unit), once.map((entry) => [entry.key, entry.text]));
        expect(twice).toEqual(once);
      }),
    );
  });
});
