import { describe, expect, it } from 'vitest';
import { createLookup, createLookupPool } from '../../src/merge/create-lookup.js';

const catalogs = {
  en: { a: 'English A', b: 'English B', c: 'English C', 'd.e:f': 'English D', n: 'English N' },
  'zh-Hant': { a: '繁體 A', b: '繁體 B', e: '' },
  'zh-Hant-HK': { a: '香港 A', b: '', lit: '{{x}} $t(a) a::b', n: 42 },
};
const lookup = createLookup(catalogs, ['zh-Hant-HK', 'zh-Hant', 'en'], 'activity_22');

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

describe('createLookupPool', () => {
  it('should answer each namespace from its own catalogs when one chain serves several files', () => {
    const pool = createLookupPool();
    const chain = ['zh-Hant', 'en'];
    const first = pool.open({ 'zh-Hant': { a: '第一 A' }, en: { a: 'First A', only: 'Only in first' } }, chain, 'first');
    expect(first('a')).toEqual({ text: '第一 A', lang: 'zh-Hant' });
    const second = pool.open({ en: { a: 'Second A' } }, chain, 'second');
    expect(second('a')).toEqual({ text: 'Second A', lang: 'en' });
    expect(second('only')).toBeUndefined();
  });

  it('should unload the previous namespace of a chain, so a lookup opened before throws instead of answering stale values', () => {
    const pool = createLookupPool();
    const first = pool.open({ en: { a: 'First' } }, ['en'], 'same');
    pool.open({ en: { a: 'Second' } }, ['en'], 'same');
    expect(() => first('a')).toThrow(/after another namespace was opened/);
  });

  it('should keep chains apart: opening one chain leaves the lookups of another open', () => {
    const pool = createLookupPool();
    const german = pool.open({ de: { a: 'Deutsch' } }, ['de', 'en'], 'ns');
    const french = pool.open({ fr: { a: 'Français' } }, ['fr', 'en'], 'ns');
    expect(german('a')).toEqual({ text: 'Deutsch', lang: 'de' });
    expect(french('a')).toEqual({ text: 'Français', lang: 'fr' });
  });

  it('should answer exactly as a fresh createLookup does for every key of the shared fixture', () => {
    const pool = createLookupPool();
    pool.open({ en: { a: 'Other' } }, ['zh-Hant-HK', 'zh-Hant', 'en'], 'other');
    const pooled = pool.open(catalogs, ['zh-Hant-HK', 'zh-Hant', 'en'], 'activity_22');
    for (const key of ['a', 'b', 'c', 'd.e:f', 'e', 'n', 'lit', 'missing']) expect(pooled(key)).toEqual(lookup(key));
  });
});
