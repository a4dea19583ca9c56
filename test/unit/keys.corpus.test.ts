import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentJson, segmentMarkdown } from '../../src/extract/index.js';
import type { Unit } from '../../src/extract/index.js';
import { assignKeys, type KeyedUnit } from '../../src/keys/assign.js';
import { isSafeKey } from '../../src/keys/naming.js';
import { MARKDOWN_FILES, readMarkdownFile } from '../support/corpus-files.js';

/** The real GGI v1.3 activity files (read in place and mutated in memory only). */
const corpusDirectory = fileURLToPath(new URL('../fixtures/ggi-v1.3/content/', import.meta.url));
const files = MARKDOWN_FILES;

/** Read one corpus or sample file. */
const read = readMarkdownFile;

/** Segment and key a source against a previous catalog, checking key invariants. */
function extract(source: string, previous: ReadonlyArray<readonly [string, string]> = []): KeyedUnit[] {
  const keyed = assignKeys(segmentMarkdown(source), previous);
  for (const entry of keyed) expect(isSafeKey(entry.key), entry.key).toBe(true);
  expect(new Set(keyed.map((entry) => entry.key)).size).toBe(keyed.length);
  return keyed;
}

/** Put `text` at the top of a document: after its front matter, if it has one. */
function atTop(source: string, text: string): string {
  const end = source.startsWith('---\n') ? source.indexOf('\n---\n', 3) + 5 : 0;
  return source.slice(0, end) + text + source.slice(end);
}

/** The catalog pairs of keyed units. */
function pairs(keyed: readonly KeyedUnit[]): Array<[string, string]> {
  return keyed.map((entry) => [entry.key, entry.text]);
}

/** Replace `[start, end)` of `source` by `text`. */
function splice(source: string, start: number, end: number, text: string): string {
  return source.slice(0, start) + text + source.slice(end);
}

/** The top-level paragraphs that a blank line follows, which can be cut and pasted as blocks. */
function movable<T extends Unit>(source: string, units: readonly T[]): T[] {
  return units.filter((unit) => unit.kind === 'paragraph' && unit.containers.length === 0 && unit.column === 1 && source.startsWith('\n\n', unit.end));
}

describe('first extraction', () => {
  it.each(files)('should give every unit of %s a safe, unique, readable key', (name) => {
    for (const entry of extract(read(name))) expect(entry.key).toMatch(/^([a-z0-9-]+-[hpcat]\d+-[0-9a-f]{4})(-\d+)?$/);
  });
});

describe('extracting twice', () => {
  it.each(files)('should change nothing in %s', (name) => {
    const once = extract(read(name));
    expect(extract(read(name), pairs(once))).toEqual(once);
  });
});

describe('edited unit', () => {
  it.each(files)('should keep the key of each of every fifth unit of %s edited alone and carry its new text', (name) => {
    const source = read(name);
    const once = extract(source);
    for (const [index, unit] of once.entries()) {
      if (unit.text.length < 20 || index % 5 !== 0) continue;
      const edited = extract(splice(source, unit.end, unit.end, ' edited'), pairs(once));
      expect(edited.map((entry) => entry.key)).toEqual(once.map((entry) => entry.key));
      expect(edited[index]?.text).toBe(`${unit.text} edited`);
    }
  });
  it.each(files)('should keep every key of %s when all its units are edited at once', (name) => {
    const source = read(name);
    const once = extract(source);
    const edited = [...once].reverse().reduce((text, unit) => splice(text, unit.end, unit.end, ' edited'), source);
    const result = extract(edited, pairs(once));
    expect(result.map((entry) => entry.key)).toEqual(once.map((entry) => entry.key));
    expect(result.map((entry) => entry.text)).toEqual(once.map((entry) => `${entry.text} edited`));
  });
  it.each(files)('should keep the key of a unit whose middle word changed in %s', (name) => {
    const source = read(name);
    const once = extract(source);
    const longest = [...once].sort((a, b) => b.text.length - a.text.length || a.start - b.start)[0];
    if (longest === undefined) throw new Error('no unit');
    const space = longest.raw.indexOf(' ', longest.raw.length >> 1);
    const edited = extract(splice(source, longest.start + space, longest.start + space + 1, ' changed '), pairs(once));
    expect(edited.map((entry) => entry.key)).toEqual(once.map((entry) => entry.key));
  });
});

describe('inserted unit', () => {
  it.each(files)('should change no key of %s and add one when a paragraph is inserted at the top', (name) => {
    const source = read(name);
    const once = extract(source);
    const inserted = extract(atTop(source, 'A new first paragraph.\n\n'), pairs(once));
    expect(inserted.slice(1).map((entry) => entry.key)).toEqual(once.map((entry) => entry.key));
    expect(once.map((entry) => entry.key)).not.toContain(inserted[0]?.key);
    expect(inserted[0]?.text).toBe('A new first paragraph.');
  });
});

describe('moved unit', () => {
  it.each(files)('should keep the key of a paragraph of %s moved to the end', (name) => {
    const source = read(name);
    const once = extract(source);
    const [unit] = movable(source, once);
    if (unit === undefined) throw new Error('no movable paragraph');
    const moved = extract(`${splice(source, unit.start, unit.end + 2, '').replace(/\n*$/, '')}\n\n${unit.raw}\n`, pairs(once));
    expect(moved.map((entry) => entry.key).sort()).toEqual(once.map((entry) => entry.key).sort());
    expect(moved.at(-1)?.key).toBe(once.find((entry) => entry.start === unit.start)?.key);
  });
});

describe('deleted unit', () => {
  it.each(files)('should drop only the key of a deleted paragraph of %s', (name) => {
    const source = read(name);
    const once = extract(source);
    const units = movable(source, once);
    const unit = units[units.length >> 1];
    if (unit === undefined) throw new Error('no paragraph');
    const deleted = extract(splice(source, unit.start, unit.end + 2, ''), pairs(once));
    expect(deleted.map((entry) => entry.key)).toEqual(once.filter((entry) => entry.start !== unit.start).map((entry) => entry.key));
  });
});

describe('identical units', () => {
  it.each(files)('should give a duplicated paragraph of %s a distinct key that stays put', (name) => {
    const source = read(name);
    const once = extract(source);
    const [unit] = movable(source, once);
    if (unit === undefined) throw new Error('no paragraph');
    const doubled = splice(source, unit.end, unit.end, `\n\n${unit.raw}`);
    const twice = extract(doubled, pairs(once));
    expect(twice.filter((entry) => entry.text === unit.text).map((entry) => entry.key)).toHaveLength(2);
    expect(twice.filter((entry) => entry.key !== twice[once.indexOf(unit) + 1]?.key).map((entry) => entry.key)).toEqual(once.map((entry) => entry.key));
    expect(extract(doubled, pairs(twice))).toEqual(twice);
    const later = extract(atTop(doubled, 'Intro.\n\n'), pairs(twice));
    expect(later.slice(1).map((entry) => entry.key)).toEqual(twice.map((entry) => entry.key));
  });
});

describe('identical cells', () => {
  it('should give the cells of a duplicated table row of 51_activity_17.md distinct keys that stay put', () => {
    const source = read('corpus/51_activity_17.md');
    const once = extract(source);
    const row = source.split('\n')[52] ?? '';
    const doubled = source.replace(`${row}\n`, `${row}\n${row}\n`);
    const twice = extract(doubled, pairs(once));
    const cells = twice.filter((entry) => entry.kind === 'cell');
    expect(cells).toHaveLength(15);
    expect(cells.slice(0, 10).map((entry) => entry.key)).toEqual(once.filter((entry) => entry.kind === 'cell').map((entry) => entry.key));
    expect(extract(doubled, pairs(twice))).toEqual(twice);
    expect(extract(`Intro.\n\n${doubled}`, pairs(twice)).slice(1).map((entry) => entry.key)).toEqual(twice.map((entry) => entry.key));
  });
});

describe('metadata keys', () => {
  const source = readFileSync(`${corpusDirectory}ggi_activities_metadata.json`, 'utf8');
  it('should key metadata by path and keep keys when an activity is inserted', () => {
    const units = segmentJson(source, ['goals.*.name', 'activities.*.name']);
    const once = assignKeys(units, []);
    expect(once.slice(0, 2).map((entry) => entry.key)).toEqual(['goals-0-name', 'goals-1-name']);
    const data = JSON.parse(source) as { activities: Array<{ name: string }> };
    data.activities.unshift({ name: 'A new activity' });
    const inserted = assignKeys(segmentJson(JSON.stringify(data, null, 4), ['goals.*.name', 'activities.*.name']), pairs(once));
    const byText = new Map(once.map((entry) => [entry.text, entry.key]));
    for (const entry of inserted) if (entry.text !== 'A new activity') expect(entry.key).toBe(byText.get(entry.text));
    expect(inserted.find((entry) => entry.text === 'A new activity')?.key).toBe('activities-0-name-2');
  });
});
