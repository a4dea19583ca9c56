import { describe, expect, it } from 'vitest';
import { getTranslationMemoryEntries } from '../../src/weblate/translation-memory.js';

describe('getTranslationMemoryEntries', () => {
  it('should take translated units in English key order, then the archive', () => {
    const english = new Map([
      ['a-h1-0001', 'Title'],
      ['a-p1-0002', 'Body'],
      ['a-p2-0003', 'Untranslated'],
    ]);
    const translations = new Map([
      ['a-p1-0002', '正文'],
      ['a-h1-0001', '標題'],
      ['a-p2-0003', ''],
      ['stale-key', '舊'],
    ]);
    const archive = [{ namespace: 'old', key: 'o-p1-0009', source: 'Old text', target: '舊文' }];
    expect(getTranslationMemoryEntries([{ namespace: 'a', english, translations }], archive)).toEqual([
      { source: 'Title', target: '標題', key: 'a-h1-0001', namespace: 'a', archived: false },
      { source: 'Body', target: '正文', key: 'a-p1-0002', namespace: 'a', archived: false },
      { source: 'Old text', target: '舊文', key: 'o-p1-0009', namespace: 'old', archived: true },
    ]);
  });

  it('should skip archived entries without English text and repeated archive entries', () => {
    const archived = { namespace: 'n', key: 'k', source: 'S', target: '譯' };
    const result = getTranslationMemoryEntries([], [{ ...archived, source: '' }, archived, { ...archived }]);
    expect(result).toEqual([{ source: 'S', target: '譯', key: 'k', namespace: 'n', archived: true }]);
  });
});
