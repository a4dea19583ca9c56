import { fileURLToPath } from 'node:url';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseMarkdown, segmentJson, segmentMarkdown } from '../../src/extract/index.js';
import type { Unit } from '../../src/extract/index.js';
import { getBlockSignature, spliceUnits } from '../../src/merge/index.js';

const corpus = fileURLToPath(new URL('../fixtures/ggi-v1.3/content/', import.meta.url));
const corpusFiles = readdirSync(corpus).filter((name) => name.endsWith('.md')).sort();

/** Splice every unit with its own text. */
function identity(source: string, units: readonly Unit[]): string {
  return spliceUnits(source, units.map((unit) => ({ unit, text: unit.text })));
}

/** Splice the translation of the unit whose text is `from`; other units stay. */
function translate(source: string, from: string, to: string, fields: string[] = []): string {
  const unit = segmentMarkdown(source, { frontMatterFields: fields }).find((item) => item.text === from);
  if (unit === undefined) throw new Error(`no unit with text ${from}`);
  return spliceUnits(source, [{ unit, text: to }]);
}

/** The block signature of a Markdown text. */
function structure(markdown: string): string[] {
  return getBlockSignature(parseMarkdown(markdown));
}

describe('identity merge of the GGI corpus', () => {
  it('should read the 25 activity files', () => {
    expect(corpusFiles.length).toBe(25);
  });

  it.each(corpusFiles)('should reproduce %s byte for byte', (name) => {
    const source = readFileSync(corpus + name, 'utf8');
    expect(identity(source, segmentMarkdown(source))).toBe(source);
  });

  it('should reproduce the metadata JSON byte for byte', () => {
    const source = readFileSync(`${corpus}ggi_activities_metadata.json`, 'utf8');
    const units = segmentJson(source, ['goals.*.name', 'activities.*.name']);
    expect(units.length).toBe(30);
    expect(identity(source, units)).toBe(source);
  });
});

describe('identity merge of inline samples', () => {
  const samples: Array<[string, string]> = [
    ['block quotes with a hard break and a cite', '> Quote “one”\n> line two  \n> three &mdash; <cite>Someone</cite>\n'],
    ['nested lists indented by three spaces', '- a\n   - b\n     continued\n   - c\n\n* other list\n'],
    ['task items with several paragraphs', '- [ ] Level 1\n\n   I have:\n   - one, and\n   - two.\n- [x] Done\n'],
    ['a table with <br /> in cells', '| A | B |\n| --- | :-: |\n| x, <br />y | z |\n'],
    ['named footnotes', 'See[^note] it.\n\n[^note]: https://example.org/a (EN)\n    more text\n'],
    ['a backslash hard break', 'line one\\\nline two\n'],
    ['front matter', '---\ntitle: Plain title\nsub: "Quoted: yes"\n---\n\n# Head\n'],
    ['CJK soft breaks', '中文第一行\n第二行，**強調**。\n'],
    ['trailing spaces and no final newline', 'Para with space \nnext'],
    ['an image with alt and title', 'Look: ![Alt text](a.png "A title") here.\n'],
  ];
  it.each(samples)('should reproduce %s byte for byte', (_name, source) => {
    expect(identity(source, segmentMarkdown(source, { frontMatterFields: ['title', 'sub'] }))).toBe(source);
  });
});

describe('continuation prefixes', () => {
  it('should prefix a quote continuation line with "> "', () => {
    const source = '> One  \n> two\n';
    const output = translate(source, 'One  \ntwo', 'Un  \ndeux');
    expect(output).toBe('> Un  \n> deux\n');
    expect(structure(output)).toEqual(structure(source));
  });

  it('should indent a list item continuation line to the item content', () => {
    const source = '- [ ] Task\\\n  more\n   - nested\n';
    const output = translate(source, 'Task\\\nmore', 'Tâche\\\nplus');
    expect(output).toBe('- [ ] Tâche\\\n      plus\n   - nested\n');
    expect(structure(output)).toEqual(structure(source));
  });

  it('should indent a footnote continuation line', () => {
    const source = 'A[^n].\n\n[^n]: First\\\n    second\n';
    const output = translate(source, 'First\\\nsecond', 'Premier\\\nsecond');
    expect(output).toBe('A[^n].\n\n[^n]: Premier\\\n      second\n');
    expect(structure(output)).toEqual(structure(source));
  });

  it('should write a table cell in place and keep the row shape', () => {
    const source = '| A | B |\n| - | - |\n| x <br />y | z |\n';
    const output = translate(source, 'x <br />y', 'x traduit <br />y');
    expect(output).toBe('| A | B |\n| - | - |\n| x traduit <br />y | z |\n');
    expect(structure(output)).toEqual(structure(source));
  });

  it('should keep a nested list paragraph inside its item', () => {
    const source = '- a\n   - nested item\n     continued\n';
    const output = translate(source, 'nested item continued', 'élément imbriqué');
    expect(output).toBe('- a\n   - élément imbriqué\n');
    expect(structure(output)).toEqual(structure(source));
  });
});

describe('CJK', () => {
  it('should write a joined CJK translation without adding spaces', () => {
    const source = 'First line\nsecond line.\n';
    expect(translate(source, 'First line second line.', '第一行第二行。')).toBe('第一行第二行。\n');
  });

  it('should keep **強調** next to CJK punctuation parsed as strong', () => {
    const output = translate('Some **emphasis**.\n', 'Some **emphasis**.', '這是**強調**。');
    const [paragraph] = parseMarkdown(output).children;
    expect(paragraph?.type === 'paragraph' ? paragraph.children.map((node) => node.type) : []).toEqual(['text', 'strong', 'text']);
  });
});

describe('metadata JSON values', () => {
  it('should escape quotes, backslashes and line breaks as JSON string content', () => {
    const source = '{\n    "title": "Plain"\n}\n';
    const [unit] = segmentJson(source, ['title']);
    if (unit === undefined) throw new Error('no unit');
    const output = spliceUnits(source, [{ unit, text: 'Say "hi" \\ a/b\nnext' }]);
    expect(output).toBe('{\n    "title": "Say \\"hi\\" \\\\ a/b\\nnext"\n}\n');
    expect(JSON.parse(output)).toEqual({ title: 'Say "hi" \\ a/b\nnext' });
  });

  it('should keep non-ASCII characters unescaped', () => {
    const source = '{"title": "Plain"}';
    const [unit] = segmentJson(source, ['title']);
    if (unit === undefined) throw new Error('no unit');
    expect(spliceUnits(source, [{ unit, text: '開源治理' }])).toBe('{"title": "開源治理"}');
  });
});

describe('front-matter values', () => {
  const source = '---\ntitle: Plain title\nsub: "Quoted"\nsq: \'Single\'\n---\n\nBody\n';
  const fields = ['title', 'sub', 'sq'];

  it('should keep a plain scalar plain when it reads back unchanged', () => {
    expect(translate(source, 'Plain title', 'Titre simple', fields)).toBe(source.replace('Plain title', 'Titre simple'));
  });

  it('should double-quote a plain scalar that would not read back', () => {
    const output = translate(source, 'Plain title', 'Titre : deux # points', fields);
    expect(output).toBe(source.replace('Plain title', '"Titre : deux # points"'));
    expect(parse(output.split('---\n')[1] ?? '')).toMatchObject({ title: 'Titre : deux # points' });
  });

  it('should escape inside double quotes', () => {
    const output = translate(source, 'Quoted', 'Dit "oui" \\', fields);
    expect(output).toBe(source.replace('"Quoted"', '"Dit \\"oui\\" \\\\"'));
  });

  it('should double single quotes inside single quotes', () => {
    const output = translate(source, 'Single', "L'été", fields);
    expect(output).toBe(source.replace("'Single'", "'L''été'"));
    expect(parse(output.split('---\n')[1] ?? '')).toMatchObject({ sq: "L'été" });
  });

  it.each(['yes', '123', 'null', '- item', '[list]', 'a: b', ' lead'])('should quote %j so it stays a string', (text) => {
    const output = translate(source, 'Plain title', text, fields);
    expect(parse(output.split('---\n')[1] ?? '')).toMatchObject({ title: text });
  });
});

describe('link titles', () => {
  it('should escape the title delimiter', () => {
    const source = '![a](https://example.org/a.png "Title")\n';
    expect(translate(source, 'Title', 'Un "titre"')).toBe('![a](https://example.org/a.png "Un \\"titre\\"")\n');
  });
});

describe('splice errors', () => {
  const source = 'One.\n\nTwo.\n';
  const units = segmentMarkdown(source);

  it('should throw when a unit does not belong to the source', () => {
    const [unit] = units;
    if (unit === undefined) throw new Error('no unit');
    expect(() => spliceUnits('Other.\n', [{ unit, text: 'x' }])).toThrow('Cannot splice unit at line 1: its range [0, 4) does not hold its raw text');
  });

  it('should throw when two ranges overlap', () => {
    const [unit] = units;
    if (unit === undefined) throw new Error('no unit');
    expect(() => spliceUnits(source, [{ unit, text: 'x' }, { unit, text: 'y' }])).toThrow('its range overlaps the previous unit');
  });

  it('should keep every byte outside the ranges when units come in any order', () => {
    expect(spliceUnits(source, [...units].reverse().map((unit) => ({ unit, text: `${unit.text}!` })))).toBe('One.!\n\nTwo.!\n');
  });
});
