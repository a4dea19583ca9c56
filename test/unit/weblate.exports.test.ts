import { describe, expect, it } from 'vitest';
import * as weblate from '../../src/weblate/index.js';

describe('src/weblate/index.ts', () => {
  it('should export exactly these names', () => {
    expect(Object.keys(weblate).sort()).toEqual([
      'BADGE_COLORS',
      'formatBadge',
      'formatStatusJson',
      'formatStatusMarkdown',
      'formatStatusText',
      'formatTmx',
      'getPercent',
      'getTranslationMemoryEntries',
      'writeBadges',
      'writeTranslationMemory',
    ]);
  });
});
