import { describe, expect, it } from 'vitest';
import { formatStatusJson } from '../../src/weblate/status.js';
import { statuses } from '../weblate/status-fixtures.js';

describe('formatStatusJson', () => {
  it('should key languages by code with totals, percent and files', () => {
    const text = formatStatusJson(statuses);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual({
      languages: {
        'zh-Hant': {
          units: 8,
          translated: 7,
          missing: 1,
          outdated: 2,
          rejected: 1,
          percent: 87.5,
          files: [
            { file: 'locales/zh-Hant/10_introduction.json', units: 5, translated: 5, missing: 0, outdated: 2, rejected: 0 },
            { file: 'locales/zh-Hant/20_methodology.json', units: 3, translated: 2, missing: 1, outdated: 0, rejected: 1 },
          ],
        },
        'zh-Hans': {
          units: 8,
          translated: 0,
          missing: 8,
          outdated: 0,
          rejected: 0,
          percent: 0,
          files: [
            { file: 'locales/zh-Hans/10_introduction.json', units: 5, translated: 0, missing: 5, outdated: 0, rejected: 0 },
            { file: 'locales/zh-Hans/20_methodology.json', units: 3, translated: 0, missing: 3, outdated: 0, rejected: 0 },
          ],
        },
      },
    });
  });

  it('should keep the given language order', () => {
    expect(Object.keys(JSON.parse(formatStatusJson([...statuses].reverse())).languages)).toEqual(['zh-Hans', 'zh-Hant']);
  });

  it('should write an empty object when there are no languages', () => {
    expect(formatStatusJson([])).toBe('{\n  "languages": {}\n}\n');
  });
});
