import { describe, expect, it } from 'vitest';
import { segmentMarkdown } from '../../src/extract/index.js';
import type { SegmentOptions, Unit } from '../../src/extract/index.js';

/** Segment and check the range invariant on every unit. */
function segment(source: string, options?: SegmentOptions): Unit[] {
  const units = segmentMarkdown(source, options);
  for (const unit of units) expect(source.slice(unit.start, unit.end)).toBe(unit.raw);
  return units;
}

/** `[kind, text]` of every unit. */
function texts(source: string, options?: SegmentOptions): Array<[string, string]> {
  return segment(source, options).map((unit) => [unit.kind, unit.text]);
}

/** One projection of the only unit of `source`. */
function only(source: string): Unit {
  const units = segment(source);
  expect(units).toHaveLength(1);
  const [unit] = units;
  if (unit === undefined) throw new Error('no unit');
  return unit;
}

describe('heading', () => {
  it('should take the ATX content without the markers', () => {
    expect(texts('## Two *words*\n')).toEqual([['heading', 'Two *words*']]);
  });
  it('should drop a closing sequence', () => {
    expect(only('### Closed ###\n').raw).toBe('Closed');
  });
  it('should join the lines of a setext heading', () => {
    const unit = only('First line\nsecond line\n===\n');
    expect([unit.kind, unit.raw, unit.text]).toEqual(['heading', 'First line\nsecond line', 'First line second line']);
  });
  it('should give the heading its own slug and later units that slug', () => {
    const units = segment('# Intro\n\n## Opportunity Assessment\n\nText.\n');
    expect(units.map((unit) => unit.section)).toEqual(['intro', 'opportunity-assessment', 'opportunity-assessment']);
  });
  it('should slug accents as letters and drop other non-ASCII', () => {
    expect(segment('# Café 中文 Übersicht\n')[0]?.section).toBe('cafe-ubersicht');
  });
  it('should use `s` for an empty slug and before the first heading', () => {
    expect(segment('Text.\n\n# 中文\n').map((unit) => unit.section)).toEqual(['s', 's']);
  });
  it('should give position fields', () => {
    const unit = only('\n\n## Title\n');
    expect([unit.line, unit.column, unit.start, unit.containers]).toEqual([3, 4, 5, []]);
  });
  it('should not make a unit of an empty heading', () => {
    expect(texts('##\n')).toEqual([]);
  });
});

describe('paragraph', () => {
  it('should keep inline Markdown exactly as written', () => {
    expect(only('A *b* __c__ [d](http://e "f") `g` \\* <span>h</span>.\n').text).toBe(
      'A *b* __c__ [d](http://e "f") `g` \\* <span>h</span>.',
    );
  });
  it('should keep a two-space hard break with its marker', () => {
    const unit = only('a  \nb\n');
    expect([unit.raw, unit.text]).toEqual(['a  \nb', 'a  \nb']);
  });
  it('should keep a backslash hard break with its marker', () => {
    expect(only('a\\\nb\n').text).toBe('a\\\nb');
  });
  it('should not take a single trailing space for a hard break', () => {
    expect(only('a \nb\n').text).toBe('a b');
  });
  it('should exclude trailing whitespace of the last line', () => {
    expect(only('a   \n').raw).toBe('a');
  });
});

describe('soft line break', () => {
  it('should become one space between Latin words', () => {
    expect(only('one\ntwo\nthree\n').text).toBe('one two three');
  });
  it('should become nothing between Han characters', () => {
    expect(only('開源\n軟體\n').text).toBe('開源軟體');
  });
  it('should become nothing after CJK punctuation and before kana', () => {
    expect(only('中文。\nひらがな、\nカタカナ\n').text).toBe('中文。ひらがな、カタカナ');
  });
  it('should become a space before Hangul, as Korean writes words apart', () => {
    expect(only('（注）\n한국어\n').text).toBe('（注） 한국어');
  });
  it('should become nothing between fullwidth forms and Han', () => {
    expect(only('（注）\n中文\n').text).toBe('（注）中文');
  });
  it('should become a space between CJK and Latin', () => {
    expect(only('中文\nLatin\n中文\n').text).toBe('中文 Latin 中文');
  });
  it('should join astral Han characters', () => {
    expect(only('𠀀\n𠀁\n').text).toBe('𠀀𠀁');
  });
});

describe('list item', () => {
  it('should make a unit of each item paragraph without its marker', () => {
    const units = segment('- one\n- two\n\n1. three\n');
    expect(units.map((unit) => [unit.text, unit.prefix, unit.containers.join('/')])).toEqual([
      ['one', '  ', 'list/listItem'],
      ['two', '  ', 'list/listItem'],
      ['three', '   ', 'list/listItem'],
    ]);
  });
  it('should remove indentation from continuation lines', () => {
    const unit = only('- first\n  second\n');
    expect([unit.raw, unit.text]).toEqual(['first\n  second', 'first second']);
  });
  it('should keep a `-` list and a following `*` list apart', () => {
    expect(segment('- a\n- b\n* c\n').map((unit) => unit.text)).toEqual(['a', 'b', 'c']);
  });
});

describe('task item', () => {
  it('should leave the checkbox out of the unit', () => {
    const unit = only('- [ ] Level *one*\n');
    expect([unit.raw, unit.column, unit.prefix]).toEqual(['Level *one*', 7, '      ']);
  });
  it('should leave a checked box out too', () => {
    expect(only('- [x] done\n').text).toBe('done');
  });
  it('should make a unit of each paragraph and nested item', () => {
    const source = '- [ ] Level 1\n\n   First para\n   - nested a\n   - nested b\n\n   Second para\n   more\n';
    expect(segment(source).map((unit) => [unit.text, unit.prefix, unit.containers.length])).toEqual([
      ['Level 1', '      ', 2],
      ['First para', '   ', 2],
      ['nested a', '     ', 4],
      ['nested b', '     ', 4],
      ['Second para more', '   ', 2],
    ]);
  });
  it('should keep a leading strong emphasis after the checkbox', () => {
    expect(only('- [ ] **Bold** start\n').raw).toBe('**Bold** start');
  });
});

describe('nested lists with 3-space indent', () => {
  it('should give each level its own prefix and containers', () => {
    const units = segment('1. top\n   - mid\n      - deep\n        lazy\n');
    expect(units.map((unit) => [unit.text, unit.prefix, unit.containers.join('/')])).toEqual([
      ['top', '   ', 'list/listItem'],
      ['mid', '     ', 'list/listItem/list/listItem'],
      ['deep lazy', '        ', 'list/listItem/list/listItem/list/listItem'],
    ]);
  });
});

describe('block quote', () => {
  it('should remove `> ` from continuation lines and keep it in the prefix', () => {
    const unit = only('> one\n> two\n');
    expect([unit.raw, unit.text, unit.prefix, unit.containers]).toEqual(['one\n> two', 'one two', '> ', ['blockquote']]);
  });
  it('should handle lazy continuation lines', () => {
    expect(only('> one\ntwo\n').text).toBe('one two');
  });
  it('should keep every marker of nested quotes in the prefix', () => {
    const unit = only('> > inner\n> > more\n');
    expect([unit.text, unit.prefix, unit.containers]).toEqual(['inner more', '> > ', ['blockquote', 'blockquote']]);
  });
  it('should keep the closing cite of a quote', () => {
    expect(segment('> Quote.\n> &mdash; <cite>Someone</cite>\n').map((unit) => unit.text)).toEqual([
      'Quote. &mdash; <cite>Someone</cite>',
    ]);
  });
  it('should give a task item in a quote a prefix keeping `>`', () => {
    const unit = only('> - [ ] task\n>   more\n');
    expect([unit.text, unit.prefix]).toEqual(['task more', '>       ']);
  });
});

describe('list item containing a quote', () => {
  it('should make a unit of the item and of the quote inside it', () => {
    const units = segment('- Item:\n\n  > Quoted\n  > text\n');
    expect(units.map((unit) => [unit.text, unit.prefix, unit.containers.join('/')])).toEqual([
      ['Item:', '  ', 'list/listItem'],
      ['Quoted text', '  > ', 'list/listItem/blockquote'],
    ]);
  });
});

describe('footnote definition', () => {
  it('should make a unit of its paragraph without the label', () => {
    const units = segment('Text[^n].\n\n[^n]: https://example.org/x (EN)\n');
    expect(units.map((unit) => [unit.text, unit.containers.join('/')])).toEqual([
      ['Text[^n].', ''],
      ['https://example.org/x (EN)', 'footnoteDefinition'],
    ]);
  });
});

describe('table cell', () => {
  it('should make a unit of each non-empty cell without pipes and padding', () => {
    const source = '| Head A | Head B |\n| --- | --- |\n| x, <br />y |  |\n| `code` | -- |\n';
    expect(segment(source).map((unit) => [unit.kind, unit.text, unit.containers.join('/')])).toEqual([
      ['cell', 'Head A', 'table'],
      ['cell', 'Head B', 'table'],
      ['cell', 'x, <br />y', 'table'],
    ]);
  });
  it('should keep an escaped pipe inside a cell', () => {
    expect(segment('| a \\| b |\n| - |\n').map((unit) => unit.raw)).toEqual(['a \\| b']);
  });
});

describe('image', () => {
  it('should make alt and title units for an image-only paragraph', () => {
    const units = segment('![A *diagram*](img.png "The title") ![Second](b.png)\n');
    expect(units.map((unit) => [unit.kind, unit.raw])).toEqual([
      ['alt', 'A *diagram*'],
      ['title', 'The title'],
      ['alt', 'Second'],
    ]);
  });
  it('should handle brackets and parentheses in alt and destination', () => {
    const units = segment("![a [b] c](x_(1).png 'T')\n");
    expect(units.map((unit) => unit.raw)).toEqual(['a [b] c', 'T']);
  });
  it('should handle a reference image and a linked badge', () => {
    expect(segment('[![Badge](b.svg)](http://x) ![Ref][r]\n\n[r]: r.png\n').map((unit) => unit.raw)).toEqual([
      'Badge',
      'Ref',
    ]);
  });
  it('should keep an image inside text in the paragraph unit', () => {
    expect(texts('See ![alt](x.png) here.\n')).toEqual([['paragraph', 'See ![alt](x.png) here.']]);
  });
  it('should make nothing of an image without alt', () => {
    expect(texts('![](x.png)\n')).toEqual([]);
  });
});

describe('link reference definition', () => {
  it('should make a title unit and nothing of the definition', () => {
    const units = segment('[x]: https://example.org "Some title"\n[y]: <https://e.org> (Other)\n[z]: https://z.org\n');
    expect(units.map((unit) => [unit.kind, unit.raw, unit.line])).toEqual([
      ['title', 'Some title', 1],
      ['title', 'Other', 2],
    ]);
  });
  it('should find a title on the next line', () => {
    expect(only('[x]: /url\n  "Next line"\n').raw).toBe('Next line');
  });
});

describe('front matter', () => {
  const source = "---\ntitle: Plain title\nsubtitle: 'It''s'\nlead: \"Say \\\"hi\\\"\"\nversion: 2\nmeta:\n  label: Nested\nbody: |\n  block\n---\n\n# H\n";
  const options = { frontMatterFields: ['title', 'subtitle', 'lead', 'version', 'meta.label', 'body'] };
  it('should make units of listed string fields only', () => {
    const units = segment(source, options);
    expect(units.map((unit) => [unit.kind, unit.field ?? '', unit.raw, unit.text])).toEqual([
      ['front-matter', 'title', 'Plain title', 'Plain title'],
      ['front-matter', 'subtitle', "It''s", "It's"],
      ['front-matter', 'lead', 'Say \\"hi\\"', 'Say "hi"'],
      ['front-matter', 'meta.label', 'Nested', 'Nested'],
      ['heading', '', 'H', 'H'],
    ]);
  });
  it('should reject a malformed field pattern up front', () => {
    expect(() => segmentMarkdown('', { frontMatterFields: ['title.'] })).toThrow('Invalid field pattern `title.` for option `frontMatterFields`');
  });
  it('should make no units of front matter by default', () => {
    expect(texts(source)).toEqual([['heading', 'H']]);
  });
  it('should give front-matter units section `fm` and a YAML prefix', () => {
    const [unit] = segment('---\ntitle: >-\n  folded\nname: a\n  b\n---\n', { frontMatterFields: ['title', 'name'] });
    expect([unit?.field, unit?.text, unit?.raw, unit?.prefix, unit?.section]).toEqual(['name', 'a b', 'a\n  b', '      ', 'fm']);
  });
});

describe('directive', () => {
  it('should skip the next block entirely', () => {
    expect(texts('<!-- i18n:skip -->\n- a\n- b\n\nKept.\n')).toEqual([['paragraph', 'Kept.']]);
  });
  it('should skip only the next block', () => {
    expect(texts('<!-- i18n:skip -->\nSkipped.\n\nKept.\n')).toEqual([['paragraph', 'Kept.']]);
  });
  it('should set a note on every unit of the next block', () => {
    const units = segment('<!-- i18n:note Keep it short -->\n- a\n- b\n\nc\n');
    expect(units.map((unit) => [unit.text, unit.note])).toEqual([
      ['a', 'Keep it short'],
      ['b', 'Keep it short'],
      ['c', undefined],
    ]);
  });
  it('should apply directives inside containers', () => {
    expect(texts('> <!-- i18n:skip -->\n> Skipped.\n>\n> Kept.\n')).toEqual([['paragraph', 'Kept.']]);
  });
  it('should combine a note and a skip before the same block', () => {
    expect(texts('<!-- i18n:note n -->\n<!-- i18n:skip -->\nSkipped.\n')).toEqual([]);
  });
  it('should still start the section of a skipped heading', () => {
    expect(segment('<!-- i18n:skip -->\n## Tools\n\nText.\n')[0]?.section).toBe('tools');
  });
});

describe('not a unit', () => {
  it('should ignore fenced and indented code', () => {
    expect(texts('```js\nconst a = 1;\n```\n\n    indented code\n\n~~~\nx\n~~~\n')).toEqual([]);
  });
  it('should ignore a paragraph of only inline code, a URL or punctuation', () => {
    expect(texts('`only code`\n\nhttps://example.org\n\n<https://e.org>\n\n--- ...\n\n…\n')).toEqual([]);
  });
  it('should map the words of HTML blocks inside a quote or list item back past the prefixes', () => {
    const source = '> <aside>A pull\n> quote</aside>\n\n- Item\n\n  <details><summary>More</summary>\n  Hidden text\n  </details>\n';
    expect(segmentMarkdown(source).map((unit) => [unit.kind, unit.text, unit.raw])).toEqual([
      ['html', 'A pull quote', 'A pull\n> quote'],
      ['paragraph', 'Item', 'Item'],
      ['html', 'More', 'More'],
      ['html', 'Hidden text', 'Hidden text'],
    ]);
  });
  it('should ignore HTML comments, and the tags and code of HTML blocks', () => {
    expect(texts('<!-- a comment -->\n\n<div>\n<p>words</p>\n<pre>code</pre> <code>x</code>\n</div>\n')).toEqual([['html', 'words']]);
  });
  it('should ignore thematic breaks and definitions without titles', () => {
    expect(texts('***\n\n[a]: http://a\n')).toEqual([]);
  });
});
