import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLocaleJson, parseLocaleJson } from '../../src/store/locale-json.js';

const parse = (text: string) => parseLocaleJson(text, 'locales/fr/a.json');

describe('formatLocaleJson', () => {
  it('should write 4-space indent, literal UTF-8, unescaped slashes and a final newline', () => {
    expect(formatLocaleJson([['b-p1', 'https://x.org/a « ok » 軟體'], ['a-h1', 'Say "hi"\\']])).toBe(
      '{\n    "b-p1": "https://x.org/a « ok » 軟體",\n    "a-h1": "Say \\"hi\\"\\\\"\n}\n',
    );
  });
  it('should keep document order even for keys JavaScript objects would reorder', () => {
    expect(formatLocaleJson([['z', '1'], ['10', '2']])).toBe('{\n    "z": "1",\n    "10": "2"\n}\n');
  });
  it('should write an empty catalog as {}', () => {
    expect(formatLocaleJson([])).toBe('{}\n');
  });
});

describe('parseLocaleJson', () => {
  it('should read values, their lines and whether the layout is Weblate\'s', () => {
    const catalog = parse('{\n    "a": "x",\n    "b": "y"\n}\n');
    expect([...catalog.values]).toEqual([['a', 'x'], ['b', 'y']]);
    expect([...catalog.lines]).toEqual([['a', 2], ['b', 3]]);
    expect(catalog.weblateLayout).toBe(true);
    expect(parse('{"a": "x"}').weblateLayout).toBe(false);
  });
  it('should reject a duplicate key naming its line and key', () => {
    expect(() => parse('{\n    "a": "x",\n    "a": "y"\n}\n')).toThrow('locales/fr/a.json:3: duplicate key "a" (first on line 2)');
  });
  it('should reject non-string values, nested objects and arrays', () => {
    expect(() => parse('{\n    "a": null\n}\n')).toThrow('locales/fr/a.json:2: key "a" holds null, not a string');
    expect(() => parse('{\n    "a": {"b": "c"}\n}\n')).toThrow(/:2: key "a" holds an object/);
    expect(() => parse('[]')).toThrow(/the root is an array/);
  });
  it('should reject a byte order mark and invalid JSON', () => {
    expect(() => parse('\uFEFF{}')).toThrow(/byte order mark/);
    expect(() => parse('{\n    "a": "x",\n}\n')).toThrow(/locales\/fr\/a\.json:3: not valid JSON/);
  });
});

describe('parseLocaleJson on files in Weblate\'s layout', () => {
  // Keys and values as Weblate and extract write them, including keys engines reorder.
  const key = fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.nat({ max: 999 }).map(String), fc.constantFrom('__proto__', 'constructor', 'a.b:c'));
  const entries = fc.uniqueArray(fc.tuple(key, fc.string({ maxLength: 40 })), { selector: ([name]) => name, maxLength: 20 });

  it('should give every file back in file order, each key on its own line', () => {
    fc.assert(
      fc.property(entries, (pairs) => {
        const catalog = parse(formatLocaleJson(pairs));
        expect([...catalog.values]).toEqual(pairs);
        expect([...catalog.lines]).toEqual(pairs.map(([name], index) => [name, index + 2]));
        expect(catalog.weblateLayout).toBe(true);
      }),
    );
  });

  it('should keep file order for integer-like keys, which a JavaScript object would move first', () => {
    const catalog = parse('{\n    "b": "x",\n    "10": "y",\n    "2": "z"\n}\n');
    expect([...catalog.values.keys()]).toEqual(['b', '10', '2']);
    expect(catalog.lines.get('2')).toBe(4);
  });

  it('should still reject a duplicate key in a file laid out like Weblate\'s', () => {
    expect(() => parse('{\n    "a": "x",\n    "b": "y",\n    "a": "z"\n}\n')).toThrow('locales/fr/a.json:4: duplicate key "a" (first on line 2)');
  });
});

