import { describe, expect, it } from 'vitest';
import { createLookup } from '../../src/merge/index.js';

const catalogs = {
  en: { a: 'English A', b: 'English B', c: 'English C', 'd.e:f': 'English D', n: 'English N' },
  'zh-Hant': { a: '繁體 A', b: '繁體 B', e: '' },
  'zh-Hant-HK': { a: '香港 A', b: '', lit: '{{x}} $t(a) a::b', n: 42 },
};
const lookup = createLookup(catalogs, ['zh-Hant-HK', 'zh-Hant', 'en']);

describe('createLookup fallback chain', () => {
  it('should answer from the most specific language', () => {
    expect(lookup('a')).toEqual({ text: '香港 A', lang: 'zh-Hant-HK' });
  });

  it('should treat an empty string as missing and fall back to zh-Hant', () => {
    expect(lookup('b')).toEqual({ text: '繁體 B', lang: 'zh-Hant' });
  });

  it('should fall back to the source language', () => {
    expect(lookup('c')).toEqual({ text: 'English C', lang: 'en' });
  });

  it('should answer undefined when no language has the key', () => {
    expect(lookup('missing')).toBeUndefined();
  });

  it('should answer undefined when every language has an empty string', () => {
    expect(createLookup({ en: { e: '' } }, ['en'])('e')).toBeUndefined();
  });
});

describe('createLookup literal values', () => {
  it('should return {{x}}, $t(…) and :: literally', () => {
    expect(lookup('lit')).toEqual({ text: '{{x}} $t(a) a::b', lang: 'zh-Hant-HK' });
  });

  it('should not split keys at "." or ":"', () => {
    expect(lookup('d.e:f')).toEqual({ text: 'English D', lang: 'en' });
  });

  it('should return a non-string value as it is, for the guard to reject', () => {
    expect(lookup('n')).toEqual({ text: 42, lang: 'zh-Hant-HK' });
  });

  it('should not consult a language outside the chain', () => {
    expect(createLookup(catalogs, ['zh-Hant', 'en'])('lit')).toBeUndefined();
  });

  it('should throw on an empty chain', () => {
    expect(() => createLookup(catalogs, [])).toThrow('Unexpected empty `chain` for `createLookup`, expected at least one language');
  });
});
