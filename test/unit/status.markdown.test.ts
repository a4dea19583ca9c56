import { describe, expect, it } from 'vitest';
import { formatStatusMarkdown } from '../../src/weblate/status.js';
import { statuses } from '../weblate/status-fixtures.js';

describe('formatStatusMarkdown', () => {
  it('should write a summary table and a table per language with a total row', () => {
    expect(formatStatusMarkdown(statuses)).toBe(
      [
        '| Language | Translated | Units | Missing | Outdated | Rejected |',
        '| --- | --: | --: | --: | --: | --: |',
        '| zh-Hant | 87.5% | 8 | 1 | 2 | 1 |',
        '| zh-Hans | 0.0% | 8 | 8 | 0 | 0 |',
        '',
        '### zh-Hant: 87.5% translated',
        '',
        '| File | Translated | Units | Missing | Outdated | Rejected |',
        '| --- | --: | --: | --: | --: | --: |',
        '| `locales/zh-Hant/10_introduction.json` | 100.0% | 5 | 0 | 2 | 0 |',
        '| `locales/zh-Hant/20_methodology.json` | 66.6% | 3 | 1 | 0 | 1 |',
        '| **Total** | **87.5%** | **8** | **1** | **2** | **1** |',
        '',
        '### zh-Hans: 0.0% translated',
        '',
        '| File | Translated | Units | Missing | Outdated | Rejected |',
        '| --- | --: | --: | --: | --: | --: |',
        '| `locales/zh-Hans/10_introduction.json` | 0.0% | 5 | 5 | 0 | 0 |',
        '| `locales/zh-Hans/20_methodology.json` | 0.0% | 3 | 3 | 0 | 0 |',
        '| **Total** | **0.0%** | **8** | **8** | **0** | **0** |',
        '',
      ].join('\n'),
    );
  });

  it('should use the requested heading level', () => {
    expect(formatStatusMarkdown(statuses, { headingLevel: 2 })).toContain('\n## zh-Hant: 87.5% translated\n');
  });

  it('should escape a pipe and backticks in a file name so the table holds', () => {
    const [first] = statuses;
    if (!first) throw new Error('fixture');
    const row = { file: 'locales/zh-Hant/a|`b`.json', units: 1, translated: 1, missing: 0, outdated: 0, rejected: 0 };
    expect(formatStatusMarkdown([{ ...first, files: [row] }])).toContain('| ``locales/zh-Hant/a\\|`b`.json`` | 100.0% | 1 | 0 | 0 | 0 |');
  });

  it('should say so when there are no languages', () => {
    expect(formatStatusMarkdown([])).toBe('_No target languages._\n');
  });
});
