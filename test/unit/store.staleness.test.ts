import { describe, expect, it } from 'vitest';
import { hashText, getStaleness, updateNamespaceState } from '../../src/store/records.js';

const entry = (source: string, target: string) => ({ source: hashText(source), target: hashText(target) });

describe('getStaleness', () => {
  it('should call a translation with no record new', () => {
    expect(getStaleness(undefined, 'Hello', 'Bonjour')).toBe('new');
  });
  it('should call it outdated when the English changed and the translation did not', () => {
    expect(getStaleness(entry('Hello', 'Bonjour'), 'Hello there', 'Bonjour')).toBe('outdated');
  });
  it('should call it current again once the translator changed it', () => {
    expect(getStaleness(entry('Hello', 'Bonjour'), 'Hello there', 'Bonjour à tous')).toBe('current');
  });
  it('should call it current when neither changed', () => {
    expect(getStaleness(entry('Hello', 'Bonjour'), 'Hello', 'Bonjour')).toBe('current');
  });
});

describe('updateNamespaceState', () => {
  it('should record new translations and keep outdated entries as they were', () => {
    const previous = { a: entry('Old A', 'A fr'), b: entry('B', 'B fr') };
    const next = updateNamespaceState(previous, new Map([['a', 'New A'], ['b', 'B'], ['c', 'C']]), new Map([['a', 'A fr'], ['b', 'B fr'], ['c', 'C fr']]));
    expect(next).toEqual({ a: entry('Old A', 'A fr'), b: entry('B', 'B fr'), c: entry('C', 'C fr') });
  });
  it('should move an updated translation to the current English', () => {
    const next = updateNamespaceState({ a: entry('Old A', 'A fr') }, new Map([['a', 'New A']]), new Map([['a', 'A fr nouveau']]));
    expect(next).toEqual({ a: entry('New A', 'A fr nouveau') });
  });
  it('should drop keys with no translation or an empty one', () => {
    expect(updateNamespaceState(undefined, new Map([['a', 'A'], ['b', 'B']]), new Map([['b', '']]))).toEqual({});
  });
});

describe('updateNamespaceState when the English changes in the same run', () => {
  it('should keep a translation edited before extract outdated, since it was made from the old English', () => {
    const next = updateNamespaceState(
      { a: entry('Old A', 'A fr') },
      new Map([['a', 'New A']]),
      new Map([['a', 'A fr retouché']]),
      new Map([['a', 'Old A']]),
    );
    expect(next).toEqual({ a: entry('Old A', 'A fr retouché') });
    expect(getStaleness(next.a, 'New A', 'A fr retouché')).toBe('outdated');
  });
  it('should record a first translation of a changed text as outdated too', () => {
    const next = updateNamespaceState(undefined, new Map([['a', 'New A']]), new Map([['a', 'A fr']]), new Map([['a', 'Old A']]));
    expect(getStaleness(next.a, 'New A', 'A fr')).toBe('outdated');
  });
});
