import { describe, expect, it } from 'vitest';
import { segmentMarkdown } from '../../src/extract/index.js';
import { guardTranslation, type GuardOptions, type GuardResult } from '../../src/merge/index.js';

const activity = 'Activity ID: [GGI-A-18 (EN)](https://gitlab.ow2.org/ggi/ggi/-/blob/main/handbook/content/51_activity_18.md).\n';
const paragraph = 'Run `npm audit` and see https://osv.dev/ or [^heartbleed] for GGI-A-22.\n\n[^heartbleed]: https://www.wikipedia.org/wiki/Heartbleed (EN)\n';
const quote = '> One must **learn**. &mdash; <cite>Someone</cite>\n';
const table = '| We use | Skills |\n| --- | --- |\n| Firefox, <br />LibreOffice | Java |\n';
const listItem = '- [ ] Level 1: assessment\n';
const heading = '### Description\n';

/** Check `translation` against the unit of `source` whose text starts with `from`. */
function guard(source: string, from: string, translation: unknown, options?: GuardOptions): GuardResult {
  const unit = segmentMarkdown(source).find((item) => item.text.startsWith(from));
  if (unit === undefined) throw new Error(`no unit starting with ${from}`);
  return guardTranslation(unit, translation, options);
}

describe('accepted translations', () => {
  it('should accept a translation keeping tokens, links and HTML', () => {
    expect(guard(activity, 'Activity', 'ID de l’activité : [GGI-A-18 (EN)](https://gitlab.ow2.org/ggi/ggi/-/blob/main/handbook/content/51_activity_18.md).')).toEqual({ ok: true });
  });

  it('should accept moved inline code, URL and footnote reference', () => {
    expect(guard(paragraph, 'Run', 'Pour GGI-A-22, voir [^heartbleed] ou https://osv.dev/ et lancer `npm audit`.')).toEqual({ ok: true });
  });

  it('should accept a quote keeping its <cite> element', () => {
    expect(guard(quote, 'One', '必須**學習**。&mdash; <cite>某人</cite>')).toEqual({ ok: true });
  });

  it('should accept a cell keeping its <br />, spelled <br/>', () => {
    expect(guard(table, 'Firefox', 'Firefox、<br/>LibreOffice')).toEqual({ ok: true });
  });

  it('should accept {{x}}, $t(…) and :: as literal text', () => {
    expect(guard(heading, 'Description', 'Beschreibung {{x}} $t(other) a::b')).toEqual({ ok: true });
  });

  it('should accept a heading that starts with a number and a dot', () => {
    expect(guard(heading, 'Description', '1. Beschreibung')).toEqual({ ok: true });
  });

  it('should accept emphasis at the start of a paragraph', () => {
    expect(guard(quote, 'One', '*Man* muss **lernen**. &mdash; <cite>Jemand</cite>')).toEqual({ ok: true });
  });
});

describe('not-string', () => {
  it('should reject the number 42', () => {
    expect(guard(heading, 'Description', 42)).toEqual({ ok: false, code: 'not-string', message: 'is a number, not a string' });
  });

  it('should reject an object', () => {
    expect(guard(heading, 'Description', { one: 'x' })).toEqual({ ok: false, code: 'not-string', message: 'is an object, not a string' });
  });

  it('should reject an array', () => {
    expect(guard(heading, 'Description', ['x'])).toEqual({ ok: false, code: 'not-string', message: 'is an array, not a string' });
  });

  it('should reject null', () => {
    expect(guard(heading, 'Description', null)).toEqual({ ok: false, code: 'not-string', message: 'is null, not a string' });
  });
});

describe('empty', () => {
  it('should reject an empty string', () => {
    expect(guard(heading, 'Description', '')).toEqual({ ok: false, code: 'empty', message: 'is empty' });
  });

  it('should reject whitespace only', () => {
    expect(guard(heading, 'Description', '   ')).toEqual({ ok: false, code: 'empty', message: 'is empty' });
  });
});

describe('control-character', () => {
  it('should reject NUL', () => {
    expect(guard(heading, 'Description', 'Beschr\u0000eibung')).toEqual({ ok: false, code: 'control-character', message: 'contains the control character U+0000' });
  });

  it('should reject a carriage return', () => {
    expect(guard(heading, 'Description', 'Beschreibung\r')).toEqual({ ok: false, code: 'control-character', message: 'contains the control character U+000D' });
  });
});

describe('html-comment', () => {
  it('should reject an unclosed <!-- that would swallow the rest of the file', () => {
    expect(guard(heading, 'Description', 'Beschreibung <!--')).toEqual({
      ok: false,
      code: 'html-comment',
      message: 'adds an HTML comment ("<!--"), which could hide the rest of the file',
    });
  });

  it('should reject a closed comment too', () => {
    expect(guard(listItem, 'Level', 'Niveau 1 <!-- x -->')).toMatchObject({ ok: false, code: 'html-comment' });
  });
});

describe('raw-html', () => {
  it('should reject </p><script>', () => {
    expect(guard(activity, 'Activity', 'x</p><script>alert(1)</script> [GGI-A-18 (EN)](https://gitlab.ow2.org/ggi/ggi/-/blob/main/handbook/content/51_activity_18.md).')).toEqual({
      ok: false,
      code: 'raw-html',
      message: 'adds raw HTML "</p>" that the source does not have',
    });
  });

  it('should reject a <br> with an event handler', () => {
    expect(guard(table, 'Firefox', 'Firefox <br onload="x()">LibreOffice')).toEqual({
      ok: false,
      code: 'raw-html',
      message: 'adds raw HTML "<br onload=\\"x()\\">" that the source does not have',
    });
  });

  it('should reject a dropped closing tag', () => {
    expect(guard(quote, 'One', 'Man muss **lernen**. &mdash; <cite>Jemand')).toEqual({
      ok: false,
      code: 'raw-html',
      message: 'leaves the HTML element <cite> unbalanced (an opening or closing tag is missing)',
    });
  });
});

describe('block-structure', () => {
  it('should reject a blank line followed by a heading', () => {
    expect(guard(heading, 'Description', 'Beschreibung\n\n# x')).toEqual({
      ok: false,
      code: 'block-structure',
      message: 'adds a blank line, which would split the text into separate blocks',
    });
  });

  it('should reject a line break the source does not have', () => {
    expect(guard(listItem, 'Level', 'Niveau 1\nsuite')).toEqual({ ok: false, code: 'block-structure', message: 'adds a line break, which the source text does not have' });
  });

  it('should reject a leading "> quote"', () => {
    expect(guard(listItem, 'Level', '> quote')).toEqual({
      ok: false,
      code: 'block-structure',
      message: 'starts line 1 with ">", which would make a block quote',
    });
  });

  it.each([
    ['# x', '"# "', 'a heading'],
    ['- x', '"- "', 'a list item'],
    ['+ x', '"+ "', 'a list item'],
    ['* x', '"* "', 'a list item'],
    ['1. x', '"1. "', 'an ordered list item'],
    ['1) x', '"1) "', 'an ordered list item'],
    ['```js', '"```"', 'a code fence'],
    ['***', '"***"', 'a thematic break'],
    ['    code', '"    "', 'an indented code block'],
  ])('should reject a paragraph starting with %j', (text, start, becomes) => {
    expect(guard(paragraph, 'Run', text)).toEqual({ ok: false, code: 'block-structure', message: `starts line 1 with ${start}, which would make ${becomes}` });
  });

  it('should reject a setext underline after a kept hard break', () => {
    expect(guard('> One  \n> two\n', 'One', 'Un  \n===')).toEqual({
      ok: false,
      code: 'block-structure',
      message: 'starts line 2 with "===", which would make a setext heading underline',
    });
  });

  it('should accept a line start the source itself has after a hard break', () => {
    expect(guard('Step one\\\n2. Step two\n', 'Step', 'Étape un\\\n2. Étape deux')).toEqual({ ok: true });
  });

  it('should still reject "1. " there, which would interrupt the paragraph', () => {
    expect(guard('Step one\\\n2. Step two\n', 'Step', 'Étape un\\\n1. Étape deux')).toMatchObject({ ok: false, code: 'block-structure' });
  });

  it('should reject "| pipe" in a table cell', () => {
    expect(guard(table, 'Java', 'Java | pipe')).toEqual({
      ok: false,
      code: 'block-structure',
      message: 'changes the block structure: parses as "paragraph" where the source has "table(none)"',
    });
  });

  it('should accept an escaped pipe in a table cell', () => {
    expect(guard(table, 'Java', 'Java \\| pipe')).toEqual({ ok: true });
  });

  it('should reject a cell ending in a backslash', () => {
    expect(guard(table, 'Java', 'Java\\')).toEqual({
      ok: false,
      code: 'block-structure',
      message: 'ends with a backslash, which would escape the cell’s closing "|"',
    });
  });

  it('should reject a nested list marker in a list item paragraph', () => {
    expect(guard(listItem, 'Level', '[x] cheated')).toEqual({
      ok: false,
      code: 'block-structure',
      message: 'changes the block structure: parses as "listItem(checked=true,spread=false)" where the source has "listItem(checked=none,spread=false)"',
    });
  });

  it('should reject a link reference definition', () => {
    expect(guard(paragraph, 'Run', '[x]: https://evil.example')).toMatchObject({ ok: false, code: 'block-structure' });
  });

  it('should reject an HTML block start', () => {
    expect(guard(paragraph, 'Run', '<script>alert(1)</script>')).toMatchObject({ ok: false, code: 'block-structure' });
  });

  it('should reject alt text that closes the image early', () => {
    expect(guard('![Alt text](a.png)\n', 'Alt', 'x](https://evil.example) ![y')).toMatchObject({ ok: false, code: 'block-structure', message: 'closes the image description early' });
  });
});

describe('link-target', () => {
  it('should reject a changed URL', () => {
    expect(guard(activity, 'Activity', 'ID: [GGI-A-18 (EN)](https://evil.example/).')).toEqual({
      ok: false,
      code: 'link-target',
      message: 'links to "https://evil.example/" instead of "https://gitlab.ow2.org/ggi/ggi/-/blob/main/handbook/content/51_activity_18.md", which the source does not',
    });
  });

  it('should reject a dropped link', () => {
    expect(guard(activity, 'Activity', 'ID: GGI-A-18 (EN).')).toEqual({
      ok: false,
      code: 'link-target',
      message: 'drops the link target "https://gitlab.ow2.org/ggi/ggi/-/blob/main/handbook/content/51_activity_18.md"',
    });
  });

  it('should accept a change that allowTargetChange matches on both sides', () => {
    const allowTargetChange = [/^https:\/\/gitlab\.ow2\.org\/ggi\/ggi\/-\/blob\/main\/handbook\//];
    const translation = 'ID : [GGI-A-18 (EN)](https://gitlab.ow2.org/ggi/ggi/-/blob/main/handbook/translations/fr/51_activity_18.md).';
    expect(guard(activity, 'Activity', translation, { allowTargetChange })).toEqual({ ok: true });
  });

  it('should reject a changed reference label', () => {
    expect(guard('See [the site][ggi].\n\n[ggi]: https://ospo.zone\n', 'See', 'Voir [le site][evil].')).toEqual({
      ok: false,
      code: 'link-target',
      message: 'links to "[evil]" instead of "[ggi]", which the source does not',
    });
  });
});

describe('token', () => {
  it('should reject a dropped GGI-A-18', () => {
    expect(guard(activity, 'Activity', 'ID : [activité (EN)](https://gitlab.ow2.org/ggi/ggi/-/blob/main/handbook/content/51_activity_18.md).')).toEqual({
      ok: false,
      code: 'token',
      message: 'drops protected token "GGI-A-18"',
    });
  });

  it('should reject an altered activity id', () => {
    expect(guard(paragraph, 'Run', 'Lancer `npm audit`, voir https://osv.dev/ ou [^heartbleed] pour GGI-A-23.')).toEqual({
      ok: false,
      code: 'token',
      message: 'drops protected token "GGI-A-22"',
    });
  });

  it('should reject dropped inline code', () => {
    expect(guard(paragraph, 'Run', 'Lancer npm audit, voir https://osv.dev/ ou [^heartbleed] pour GGI-A-22.')).toEqual({
      ok: false,
      code: 'token',
      message: 'drops inline code "`npm audit`"',
    });
  });

  it('should reject a removed [^x] footnote reference', () => {
    expect(guard(paragraph, 'Run', 'Lancer `npm audit`, voir https://osv.dev/ pour GGI-A-22.')).toEqual({
      ok: false,
      code: 'token',
      message: 'drops protected token "[^heartbleed]"',
    });
  });

  it('should reject a changed bare URL', () => {
    expect(guard(paragraph, 'Run', 'Lancer `npm audit`, voir https://osv.example/ ou [^heartbleed] pour GGI-A-22.')).toMatchObject({
      ok: false,
      code: 'link-target',
    });
  });

  it('should reject a repeated token', () => {
    expect(guard(paragraph, 'Run', 'Lancer `npm audit` `npm audit`, voir https://osv.dev/ ou [^heartbleed] pour GGI-A-22.')).toEqual({
      ok: false,
      code: 'token',
      message: 'has inline code "`npm audit`" 2 times, the source once',
    });
  });

  it('should reject an added token', () => {
    expect(guard(heading, 'Description', 'Description GGI-A-99')).toEqual({
      ok: false,
      code: 'token',
      message: 'adds protected token "GGI-A-99" that the source does not have',
    });
  });

  it('should use the configured patterns instead of the defaults', () => {
    expect(guard(activity, 'Activity', 'ID : [activité (FR)](https://gitlab.ow2.org/ggi/ggi/-/blob/main/handbook/content/51_activity_18.md).', { protect: [/\(EN\)/] })).toEqual({
      ok: false,
      code: 'token',
      message: 'drops protected token "(EN)"',
    });
  });

  it('should let inline code change when protectInlineCode is false', () => {
    expect(guard('Run `npm audit`.\n', 'Run', 'Lancer `npm-audit`.', { protectInlineCode: false })).toEqual({ ok: true });
  });
});

describe('options', () => {
  it('should reject a protect option that is not a list of RegExp', () => {
    const protect = ['GGI'] as unknown as RegExp[];
    expect(() => guard(heading, 'Description', 'x', { protect })).toThrow('Unexpected value `GGI` for `protect`, expected an array of RegExp');
  });
});
