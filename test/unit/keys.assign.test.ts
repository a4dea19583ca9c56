import { describe, expect, it } from 'vitest';
import type { Unit, UnitKind } from '../../src/extract/index.js';
import { assignKeys, type KeyedUnit } from '../../src/keys/assign.js';
import { isSafeKey } from '../../src/keys/naming.js';

/** A unit with only the fields keys depend on filled in meaningfully. */
function unit(text: string, kind: UnitKind = 'paragraph', section = 'description', field?: string): Unit {
  const base: Unit = { kind, text, raw: text, start: 0, end: text.length, line: 1, column: 1, prefix: '', containers: [], section };
  return field === undefined ? base : { ...base, field };
}

/** The catalog pairs of keyed units. */
function pairs(keyed: readonly KeyedUnit[]): Array<[string, string]> {
  return keyed.map((entry) => [entry.key, entry.text]);
}

/** Key the texts (paragraphs in one section) against a previous catalog. */
function keys(texts: readonly string[], previous: ReadonlyArray<readonly [string, string]> = []): string[] {
  const keyed = assignKeys(texts.map((text) => unit(text)), previous);
  for (const entry of keyed) expect(isSafeKey(entry.key)).toBe(true);
  expect(new Set(keyed.map((entry) => entry.key)).size).toBe(keyed.length);
  return keyed.map((entry) => entry.key);
}

const a = 'Alpha paragraph about governance and open source policies.';
const b = 'Bravo paragraph listing the tools a team can use every day.';
const c = 'Charlie paragraph explaining how progress is measured here.';
const d = 'Delta paragraph with the resources and further reading list.';
const first: Array<[string, string]> = [
  ['description-p1-aaaa', a],
  ['description-p2-bbbb', b],
  ['description-p3-cccc', c],
];

describe('key format', () => {
  it('should name a new key after section, kind, ordinal and text hash', () => {
    const keyed = assignKeys([unit('Hello', 'heading', 'intro'), unit('Hello world, this is a paragraph.', 'paragraph', 'intro'), unit('World', 'paragraph', 'intro')], []);
    expect(keyed.map((entry) => entry.key)).toEqual(['intro-h1-f7ff', 'intro-p1-c246', 'intro-p2-70c0']);
  });
  it('should use the letters c, a and t for cells, alt texts and titles', () => {
    const keyed = assignKeys([unit('Cell', 'cell', 'tools'), unit('Hello', 'alt', 'tools'), unit('Title', 'title', 'tools')], []);
    expect(keyed.map((entry) => entry.key)).toEqual(['tools-c1-4607', 'tools-a1-f7ff', 'tools-t1-768e']);
  });
  it('should key front matter by field and metadata by path', () => {
    const keyed = assignKeys([unit('X', 'front-matter', 'fm', 'title'), unit('Y', 'front-matter', 'fm', 'meta.sub_title'), unit('Usage', 'metadata', 'goals-0-name', 'goals.0.name')], []);
    expect(keyed.map((entry) => entry.key)).toEqual(['fm-title', 'fm-meta-sub-title', 'goals-0-name']);
  });
  it('should truncate long section slugs to 32 characters', () => {
    const [keyed] = assignKeys([unit('Hello', 'paragraph', 'open-source-and-digital-sovereignty-in-europe')], []);
    expect(keyed?.key).toBe('open-source-and-digital-sovereig-p1-f7ff');
  });
  it('should suffix -2, -3 on collisions', () => {
    const keyed = assignKeys([unit('X', 'front-matter', 'fm', 'title'), unit('Z', 'front-matter', 'fm', 'title'), unit('W', 'front-matter', 'fm', 'title')], []);
    expect(keyed.map((entry) => entry.key)).toEqual(['fm-title', 'fm-title-2', 'fm-title-3']);
  });
  it('should keep every other unit field', () => {
    const source = unit('Hello', 'heading', 'intro');
    expect(assignKeys([source], [])[0]).toEqual({ ...source, key: 'intro-h1-f7ff' });
  });
});

describe('isSafeKey', () => {
  it('should accept readable hyphenated keys', () => {
    expect(['description-p3-7f2a', 'fm-title', 'goals-0-name', 'a'].map(isSafeKey)).toEqual([true, true, true, true]);
  });
  it('should reject separators, plural suffixes, case and empty words', () => {
    const unsafe = ['a.b', 'a:b', 'a_b', 'x_one', 'x_other', 'x_0', 'x_plural', 'A', '', '-a', 'a-', 'a--b', 'a b', 'é', 'a'.repeat(201)];
    expect(unsafe.filter(isSafeKey)).toEqual([]);
  });
});

describe('unchanged text', () => {
  it('should keep every key when nothing changed', () => {
    expect(keys([a, b, c], first)).toEqual(['description-p1-aaaa', 'description-p2-bbbb', 'description-p3-cccc']);
  });
  it('should change nothing when extracting twice', () => {
    const once = assignKeys([unit(a), unit(b), unit(a), unit(c, 'heading', 'x')], []);
    const twice = assignKeys(once.map((entry) => unit(entry.text, entry.kind, entry.section)), pairs(once));
    expect(twice).toEqual(once);
  });
});

describe('edited text', () => {
  it('should keep the key of an edited paragraph and carry the new text', () => {
    const edited = b.replace('every day', 'every week');
    const keyed = assignKeys([unit(a), unit(edited), unit(c)], first);
    expect(pairs(keyed)).toEqual([
      ['description-p1-aaaa', a],
      ['description-p2-bbbb', edited],
      ['description-p3-cccc', c],
    ]);
  });
  it('should keep keys when two neighbours are edited', () => {
    expect(keys([`${a} More.`, `${b} More.`, c], first)).toEqual(['description-p1-aaaa', 'description-p2-bbbb', 'description-p3-cccc']);
  });
  it('should give a new key to a rewritten paragraph', () => {
    expect(keys([a, 'Completely different words now, on another subject altogether.', c], first)).toEqual(['description-p1-aaaa', 'description-p2-0f33', 'description-p3-cccc']);
  });
  it('should keep the key of a paragraph moved and edited far away', () => {
    const many = Array.from({ length: 8 }, (_, index) => `Filler paragraph number ${index} with its own distinct words ${'xyz'.repeat(index)}.`);
    const previous = [[`k-a`, a] as const, ...many.map((text, index) => [`k-${index}`, text] as const)];
    const result = keys([...many, `${a} Edited.`], previous);
    expect(result.at(-1)).toBe('k-a');
  });
});

describe('short text edited in place', () => {
  it('should keep the key of a short cell whose text changed beyond similarity', () => {
    const previous = [['goals-c1-aaaa', 'Goal'], ['goals-c2-bbbb', 'Focus'], ['goals-p1-cccc', 'A paragraph that stays exactly as it was before.']] as const;
    const units = ['Goal area', 'Focus', 'A paragraph that stays exactly as it was before.'];
    expect(keys(units, previous)).toEqual(['goals-c1-aaaa', 'goals-c2-bbbb', 'goals-p1-cccc']);
  });
});

describe('inserted text', () => {
  it('should keep existing keys and add one when a paragraph is inserted at the top', () => {
    expect(keys([d, a, b, c], first)).toEqual(['description-p1-1945', 'description-p1-aaaa', 'description-p2-bbbb', 'description-p3-cccc']);
  });
  it('should never reuse a dropped key for a new text', () => {
    const previous: Array<[string, string]> = [['description-p1-1a1d', 'Old text that goes away entirely, with nothing left of it.']];
    expect(keys(['Brand new unrelated sentence about something else entirely.'], previous)).not.toContain('description-p1-1a1d');
  });
});

describe('moved text', () => {
  it('should keep the key of a moved paragraph', () => {
    expect(keys([b, c, a], first)).toEqual(['description-p2-bbbb', 'description-p3-cccc', 'description-p1-aaaa']);
  });
  it('should keep both keys when two paragraphs swap', () => {
    expect(keys([b, a, c], first)).toEqual(['description-p2-bbbb', 'description-p1-aaaa', 'description-p3-cccc']);
  });
});

describe('deleted text', () => {
  it('should drop the key of a deleted paragraph', () => {
    expect(keys([a, c], first)).toEqual(['description-p1-aaaa', 'description-p3-cccc']);
  });
});

describe('identical texts', () => {
  it('should give identical paragraphs distinct keys that stay put', () => {
    const once = keys([a, 'Same.', b, 'Same.']);
    expect(once[1]).not.toBe(once[3]);
    const previous = [a, 'Same.', b, 'Same.'].map((text, index) => [once[index] ?? '', text] as const);
    expect(keys([a, 'Same.', b, 'Same.'], previous)).toEqual(once);
    expect(keys([d, a, 'Same.', b, 'Same.'], previous).slice(1)).toEqual(once);
  });
  it('should give identical cells distinct keys', () => {
    const keyed = assignKeys([unit('Yes', 'cell', 'tools'), unit('Yes', 'cell', 'tools')], []);
    expect(keyed.map((entry) => entry.key)).toEqual(['tools-c1-5397', 'tools-c2-5397']);
  });
  it('should not duplicate a key that the previous catalog holds twice', () => {
    expect(keys([a, b], [['k', a], ['k', b]])[0]).toBe('k');
  });
});

describe('large rewrite', () => {
  it('should keep moved and edited keys when the diff exceeds its edit bound', () => {
    const texts = Array.from({ length: 1200 }, (_, index) => `Item ${index.toString(36)} ${(index * 7919).toString(36)} ${(index * 104729).toString(16)}`);
    const previous = texts.map((text, index) => [`k-${index}`, text] as const);
    const rewritten = texts.slice(6).map((_, index) => `Rewritten ${index} ${'q'.repeat(index % 7)} entirely different`);
    const result = keys([`${texts[0] ?? ''} edited`, ...rewritten, texts[5] ?? ''], previous);
    expect([result[0], result.at(-1)]).toEqual(['k-0', 'k-5']);
  });
});
