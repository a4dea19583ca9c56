import { describe, expect, it } from 'vitest';
import { formatStatusText } from '../../src/weblate/status.js';
import { statuses } from '../weblate/status-fixtures.js';

const stripAnsi = (text: string): string => text.replace(/\u001B\[[0-9;]*m/g, '');

describe('formatStatusText', () => {
  it('should show one line per language, then the files of each language', () => {
    expect(formatStatusText(statuses)).toBe(
      [
        'Language    Done  Progress               Units  Missing  Outdated  Rejected',
        'zh-Hant    87.5%  █████████████████░░░       8        1         2         1',
        'zh-Hans     0.0%  ░░░░░░░░░░░░░░░░░░░░       8        8         0         0',
        '',
        'zh-Hant: 87.5% translated',
        '  File                                    Done   Units  Missing  Outdated  Rejected',
        '  locales/zh-Hant/10_introduction.json  100.0%       5        0         2         0',
        '  locales/zh-Hant/20_methodology.json    66.6%       3        1         0         1',
        '',
        'zh-Hans: 0.0% translated',
        '  File                                    Done   Units  Missing  Outdated  Rejected',
        '  locales/zh-Hans/10_introduction.json    0.0%       5        5         0         0',
        '  locales/zh-Hans/20_methodology.json     0.0%       3        3         0         0',
        '',
      ].join('\n'),
    );
  });

  it('should colour with ANSI escapes only when asked, keeping the same columns', () => {
    const colored = formatStatusText(statuses, { color: true });
    expect(colored).toContain('\u001B[');
    expect(colored).toContain('\u001B[32m100.0%\u001B[39m');
    expect(colored).toContain('\u001B[31m       1\u001B[39m');
    expect(stripAnsi(colored)).toBe(formatStatusText(statuses, { color: false }));
    expect(formatStatusText(statuses, undefined)).not.toContain('\u001B[');
  });

  it('should draw a bar of the requested width', () => {
    expect(formatStatusText(statuses, { barWidth: 4 }).split('\n')[1]).toBe('zh-Hant    87.5%  ███░       8        1         2         1');
  });

  it('should say so when there are no languages', () => {
    expect(formatStatusText([])).toBe('No target languages: add a folder under locales/ or set `languages` in the config.\n');
  });

  it('should say so when a language has no locale files', () => {
    const [first] = statuses;
    if (!first) throw new Error('fixture');
    expect(formatStatusText([{ ...first, files: [] }]).endsWith('zh-Hant: 87.5% translated\n  no locale files\n')).toBe(true);
  });
});
