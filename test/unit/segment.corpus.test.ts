import { describe, expect, it } from 'vitest';
import { segmentMarkdown } from '../../src/extract/index.js';
import type { Unit } from '../../src/extract/index.js';
import { MARKDOWN_FILES, readMarkdownFile } from '../support/corpus-files.js';

/** The real GGI v1.3 activity files (read in place, never copied) and the sample's chapters. */
const files = MARKDOWN_FILES;

/** Read one corpus or sample file. */
const read = readMarkdownFile;

const cache = new Map<string, Unit[]>();

/** Units of one corpus file (segmented once per run). */
function unitsOf(name: string): Unit[] {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const units = segmentMarkdown(read(name));
  cache.set(name, units);
  return units;
}

/** The units that start on a 1-based line. */
function onLine(units: readonly Unit[], line: number): Unit[] {
  return units.filter((unit) => unit.line === line);
}

describe('corpus', () => {
  it('should hold the 25 activity files', () => {
    expect(files.filter((name) => name.startsWith('corpus/'))).toHaveLength(25);
  });
});

describe('range invariant', () => {
  it.each(files)('should slice every unit of %s to its raw text, with matching line and column', (name) => {
    const source = read(name);
    const lines = source.split('\n');
    for (const unit of unitsOf(name)) {
      expect(source.slice(unit.start, unit.end)).toBe(unit.raw);
      expect(lines.slice(0, unit.line - 1).join('\n').length + (unit.line > 1 ? 1 : 0) + unit.column - 1).toBe(unit.start);
    }
  });
  it.each(files)('should keep the units of %s in order without overlap', (name) => {
    const units = unitsOf(name);
    units.forEach((unit, index) => {
      expect(unit.end).toBeGreaterThan(unit.start);
      if (index > 0) expect(unit.start).toBeGreaterThanOrEqual(units[index - 1]?.end ?? 0);
    });
  });
});

describe('text', () => {
  it.each(files)('should give %s one-line texts: soft breaks as spaces, container prefixes removed', (name) => {
    for (const unit of unitsOf(name)) {
      // Soft breaks join with a space; a hard break (two trailing spaces) is kept with its newline.
      expect(unit.text).toBe(unit.raw.replace(/([ \t]*)\n[ \t>]*/g, (_, spaces: string) => (spaces.length >= 2 ? `${spaces}\n` : ' ')));
      expect(unit.text).toMatch(/^\S([^]*\S)?$/);
      expect(unit.text).toMatch(/[\p{L}\p{N}]/u);
    }
  });
  it.each(files)('should give %s prefixes of only spaces and quote markers', (name) => {
    for (const unit of unitsOf(name)) expect(unit.prefix).toMatch(/^[ >]*$/);
  });
  it('should drop the trailing space of a line from the unit', () => {
    for (const [name, line] of [['corpus/53_activity_26.md', 23], ['corpus/54_activity_30.md', 52]] as const) {
      const source = read(name);
      const [unit] = onLine(unitsOf(name), line);
      expect(source.split('\n')[line - 1]).toMatch(/[^ ] $/);
      expect(unit?.raw).toBe(source.split('\n')[line - 1]?.slice((unit?.column ?? 0) - 1, -1));
    }
  });
});

describe('heading', () => {
  it.each(files)('should make one heading unit per ATX heading line of %s', (name) => {
    const lines = read(name).split('\n');
    const headingLines = lines.flatMap((line, index) => (/^#{1,6} /.test(line) ? [index + 1] : []));
    const headings = unitsOf(name).filter((unit) => unit.kind === 'heading');
    expect(headings.map((unit) => unit.line)).toEqual(headingLines);
    for (const unit of headings) {
      const line = lines[unit.line - 1] ?? '';
      expect(unit.raw).toBe(line.replace(/^#+ +/, '').trimEnd());
      expect(unit.section).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});

describe('list item', () => {
  it.each(files)('should start a unit after the marker of every list item of %s', (name) => {
    const units = unitsOf(name);
    let fenced = false;
    read(name).split('\n').forEach((line, index) => {
      if (line.startsWith('```')) fenced = !fenced;
      const marker = fenced ? null : /^( *)([-*]|\d+\.) (\[[ x]\] )?/.exec(line);
      if (marker === null) return;
      const [unit] = onLine(units, index + 1);
      expect(unit?.column).toBe(marker[0].length + 1);
      expect(unit?.containers.slice(-2)).toEqual(['list', 'listItem']);
      expect(unit?.prefix).toBe(' '.repeat(marker[0].length));
    });
  });
  it('should keep the `-` list and the `*` list of 52_activity_21.md apart and both segmented', () => {
    const units = unitsOf('corpus/52_activity_21.md');
    for (const line of [79, 80, 81]) expect(onLine(units, line)[0]?.containers).toEqual(['list', 'listItem']);
  });
});

describe('task item', () => {
  it('should segment the multi-paragraph task items of 55_activity_37.md', () => {
    const source = read('corpus/55_activity_37.md');
    const lines = source.split('\n');
    const units = unitsOf('corpus/55_activity_37.md');
    const taskLines = lines.flatMap((line, index) => (line.startsWith('- [ ] ') ? [index + 1] : []));
    expect(taskLines.length).toBeGreaterThanOrEqual(3);
    for (const line of taskLines) expect(onLine(units, line)[0]?.raw.startsWith('[')).toBe(false);
    const inner = units.filter((unit) => unit.containers.length === 2 && unit.prefix === '   ');
    const nested = units.filter((unit) => unit.containers.length === 4);
    expect(inner.length).toBeGreaterThanOrEqual(4);
    expect(nested.length).toBeGreaterThanOrEqual(4);
    for (const unit of nested) expect(unit.prefix).toBe('     ');
    const multiLine = inner.find((unit) => unit.raw.includes('\n'));
    expect(multiLine?.raw).toMatch(/\n {3}\S/);
    expect(multiLine?.text).not.toContain('\n');
  });
});

describe('block quote', () => {
  it.each(files)('should put every quoted line of %s into a blockquote unit with a `>` prefix', (name) => {
    const units = unitsOf(name);
    read(name).split('\n').forEach((line, index) => {
      if (!/^ *> *\S/.test(line)) return;
      const unit = units.find((candidate) => candidate.line <= index + 1 && candidate.raw.split('\n').length + candidate.line > index + 1);
      expect(unit?.containers).toContain('blockquote');
      expect(unit?.prefix).toMatch(/^ *> $/);
    });
  });
  it('should segment the quote inside a list item of 55_activity_35.md', () => {
    const [unit] = onLine(unitsOf('corpus/55_activity_35.md'), 49);
    expect([unit?.containers, unit?.prefix, unit?.column]).toEqual([['list', 'listItem', 'blockquote'], '  > ', 5]);
  });
});

describe('footnote definition', () => {
  it('should make one unit per footnote definition of 52_activity_22.md', () => {
    const source = read('corpus/52_activity_22.md');
    const footnotes = unitsOf('corpus/52_activity_22.md').filter((unit) => unit.containers.includes('footnoteDefinition'));
    expect(footnotes.map((unit) => unit.line)).toEqual([68, 69, 70, 71, 72, 73]);
    for (const unit of footnotes) {
      const line = source.split('\n')[unit.line - 1] ?? '';
      expect(unit.raw).toBe(line.replace(/^\[\^\w+\]: /, ''));
    }
  });
});

describe('table cell', () => {
  it('should make a unit of each cell of the table of 51_activity_17.md', () => {
    const source = read('corpus/51_activity_17.md');
    const cells = unitsOf('corpus/51_activity_17.md').filter((unit) => unit.kind === 'cell');
    const expected = [51, 53].flatMap((line) =>
      (source.split('\n')[line - 1] ?? '').split('|').slice(1, -1).map((cell) => cell.trim()),
    );
    expect(cells.map((unit) => unit.raw)).toEqual(expected);
    expect(cells.filter((unit) => unit.text.includes('<br />'))).toHaveLength(3);
    for (const unit of cells) expect(unit.containers).toEqual(['table']);
  });
  it.each(files)('should make cells only from table rows in %s', (name) => {
    const lines = read(name).split('\n');
    for (const unit of unitsOf(name).filter((candidate) => candidate.kind === 'cell')) {
      expect(lines[unit.line - 1]).toMatch(/^\|.*\|\s*$/);
    }
  });
});
