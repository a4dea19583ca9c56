import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatTmx, type TmxEntry } from '../../src/weblate/translation-memory.js';

const entry = (source: string, target: string, key = 'k-p1-0001', archived = false): TmxEntry => ({ source, target, key, namespace: 'ns', archived });
const body = (entries: TmxEntry[]): string => {
  const text = formatTmx({ sourceLang: 'en', targetLang: 'zh-Hant', entries });
  const start = text.indexOf('  <body');
  return text.slice(start, text.indexOf('</tmx>'));
};

describe('formatTmx', () => {
  it('should write a TMX 1.4 document with a header and one <tu> per pair', () => {
    expect(formatTmx({ sourceLang: 'en', targetLang: 'zh-Hant', entries: [entry('Hello', '你好', 'intro-p1-0001', true)] })).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<tmx version="1.4">',
        '  <header creationtool="handbook-l10n" creationtoolversion="0.1.0" segtype="paragraph" o-tmf="handbook-l10n" adminlang="en" srclang="en" datatype="plaintext"/>',
        '  <body>',
        '    <tu>',
        '      <prop type="x-key">intro-p1-0001</prop>',
        '      <prop type="x-namespace">ns</prop>',
        '      <prop type="x-archived">true</prop>',
        '      <tuv xml:lang="en">',
        '        <seg>Hello</seg>',
        '      </tuv>',
        '      <tuv xml:lang="zh-Hant">',
        '        <seg>你好</seg>',
        '      </tuv>',
        '    </tu>',
        '  </body>',
        '</tmx>',
        '',
      ].join('\n'),
    );
  });

  it('should write an empty body when there is nothing to export', () => {
    expect(body([])).toBe('  <body/>\n');
  });

  it('should escape markup characters in texts and properties', () => {
    const text = formatTmx({ sourceLang: 'en', targetLang: 'zh-Hant', entries: [entry('a < b & "c"', '甲 > 乙', 'k&<')] });
    expect(text).toContain('<seg>a &lt; b &amp; &quot;c&quot;</seg>');
    expect(text).toContain('<seg>甲 &gt; 乙</seg>');
    expect(text).toContain('<prop type="x-key">k&amp;&lt;</prop>');
    expect(XMLValidator.validate(text)).toBe(true);
  });

  it('should drop characters XML 1.0 does not allow', () => {
    const text = formatTmx({ sourceLang: 'en', targetLang: 'zh-Hant', entries: [entry('bell\u0007 and tab\t', '鈴\u0000')] });
    expect(text).toContain('<seg>bell and tab\t</seg>');
    expect(text).toContain('<seg>鈴</seg>');
    expect(XMLValidator.validate(text)).toBe(true);
  });

  it('should leave out pairs with an empty source or target, and exact repeats', () => {
    const text = formatTmx({
      sourceLang: 'en',
      targetLang: 'zh-Hant',
      entries: [entry('', '空'), entry('Empty', ''), entry('One', '一'), entry('One', '一'), entry('One', '一', 'k-p1-0001', true)],
    });
    expect(text.match(/<tu>/g)).toEqual(['<tu>', '<tu>']);
  });

  it('should be deterministic and keep the given order', () => {
    const entries = [entry('B', '乙', 'b'), entry('A', '甲', 'a')];
    const first = formatTmx({ sourceLang: 'en', targetLang: 'zh-Hant', entries });
    expect(formatTmx({ sourceLang: 'en', targetLang: 'zh-Hant', entries })).toBe(first);
    expect(first.indexOf('<seg>B</seg>')).toBeLessThan(first.indexOf('<seg>A</seg>'));
  });

  it('should use the given tool version', () => {
    expect(formatTmx({ sourceLang: 'en', targetLang: 'de', entries: [], toolVersion: '2.0.0' })).toContain('creationtoolversion="2.0.0"');
  });
});
