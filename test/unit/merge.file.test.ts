import { describe, expect, it } from 'vitest';
import { segmentJson, segmentMarkdown } from '../../src/extract/index.js';
import type { Unit } from '../../src/extract/index.js';
import type { KeyedUnit } from '../../src/keys/assign.js';
import { mergeFile } from '../../src/merge/index.js';

const source = [
  '## Manage vulnerabilities',
  '',
  'Activity ID: [GGI-A-22 (EN)](https://example.org/22).',
  '',
  '- [ ] Covered when assessed.',
  '- [ ] A person is responsible.',
  '',
  '> Secure code. &mdash; <cite>Someone</cite>',
  '',
].join('\n');

/** Key units by their position: `u0`, `u1`, … */
function keyed(units: readonly Unit[]): KeyedUnit[] {
  return units.map((unit, index) => ({ ...unit, key: `u${index}` }));
}

/** A lookup over a flat catalog in one language. */
function lookupIn(catalog: Record<string, unknown>, lang = 'fr') {
  return (key: string) => (key in catalog ? { text: catalog[key], lang } : undefined);
}

describe('mergeFile counts and fallbacks', () => {
  const units = keyed(segmentMarkdown(source));

  it('should segment the sample into five units', () => {
    expect(units.map((unit) => unit.text)).toEqual([
      'Manage vulnerabilities',
      'Activity ID: [GGI-A-22 (EN)](https://example.org/22).',
      'Covered when assessed.',
      'A person is responsible.',
      'Secure code. &mdash; <cite>Someone</cite>',
    ]);
  });

  it('should merge good translations, keep English for missing and rejected ones, and report the rejected', () => {
    const result = mergeFile({ source, units }, lookupIn({
      u0: 'Gérer les vulnérabilités',
      u1: 'ID : [activité (EN)](https://example.org/22).',
      u2: 'Couvert une fois évalué.',
      u4: 'Code sûr. &mdash; <cite>Quelqu’un</cite>',
    }));
    expect(result).toEqual({
      output: [
        '## Gérer les vulnérabilités',
        '',
        'Activity ID: [GGI-A-22 (EN)](https://example.org/22).',
        '',
        '- [ ] Couvert une fois évalué.',
        '- [ ] A person is responsible.',
        '',
        '> Code sûr. &mdash; <cite>Quelqu’un</cite>',
        '',
      ].join('\n'),
      translated: 3,
      fallback: 1,
      rejected: [{ key: 'u1', line: 3, lang: 'fr', code: 'token', message: 'drops protected token "GGI-A-22"' }],
    });
  });

  it('should count a translation found in the source language as a fallback', () => {
    const result = mergeFile({ source, units }, lookupIn({ u0: 'Manage them' }, 'en'));
    expect(result).toEqual({ output: source, translated: 0, fallback: 5, rejected: [] });
  });

  it('should honour a configured source language', () => {
    const result = mergeFile({ source, units }, lookupIn({ u0: 'Gérer' }, 'fr'), { sourceLanguage: 'fr' });
    expect(result.translated).toBe(0);
  });

  it('should reproduce the source when every translation equals its source text', () => {
    const catalog = Object.fromEntries(units.map((unit) => [unit.key, unit.text]));
    expect(mergeFile({ source, units }, lookupIn(catalog))).toEqual({ output: source, translated: 5, fallback: 0, rejected: [] });
  });

  it('should report a non-string translation', () => {
    expect(mergeFile({ source, units }, lookupIn({ u3: 42 })).rejected).toEqual([
      { key: 'u3', line: 6, lang: 'fr', code: 'not-string', message: 'is a number, not a string' },
    ]);
  });
});

describe('mergeFile structure check after splicing', () => {
  const table = '| A | B |\n| - | - |\n| one | two |\n\nAfter.\n';
  // A guard gap, made on purpose: the cell is mislabelled as a top-level paragraph, so the
  // guard parses `x | y` as a paragraph and lets it through.
  const units = keyed(segmentMarkdown(table)).map((unit) => (unit.text === 'one' ? { ...unit, kind: 'paragraph' as const, containers: [] } : unit));

  it('should fall back the unit that breaks the table and keep the others', () => {
    const result = mergeFile({ source: table, units }, lookupIn({ u0: 'Ah', u2: 'x | y', u3: 'deux', u4: 'Après.' }));
    expect(result).toEqual({
      output: '| Ah | B |\n| - | - |\n| one | deux |\n\nAprès.\n',
      translated: 3,
      fallback: 1,
      rejected: [{ key: 'u2', line: 3, lang: 'fr', code: 'block-structure', message: 'changes the block structure of the merged file' }],
    });
  });
});

describe('mergeFile on metadata JSON', () => {
  const json = '{\n    "goals": [\n        { "name": "Usage Goal" },\n        { "name": "Trust Goal" }\n    ]\n}\n';
  const units = keyed(segmentJson(json, ['goals.*.name']));

  it('should escape translated values and keep the JSON shape', () => {
    const result = mergeFile({ source: json, units }, lookupIn({ u0: 'Objectif « usage » "1"', u1: '信任目标' }));
    expect(result.output).toBe('{\n    "goals": [\n        { "name": "Objectif « usage » \\"1\\"" },\n        { "name": "信任目标" }\n    ]\n}\n');
    expect(JSON.parse(result.output)).toEqual({ goals: [{ name: 'Objectif « usage » "1"' }, { name: '信任目标' }] });
  });
});

describe('mergeFile on front matter', () => {
  const markdown = '---\ntitle: Usage\n---\n\n# Usage\n';
  const units = keyed(segmentMarkdown(markdown, { frontMatterFields: ['title'] }));

  it('should quote a translated value that YAML would read differently', () => {
    const result = mergeFile({ source: markdown, units }, lookupIn({ u0: 'Usage: titre', u1: 'Utilisation' }));
    expect(result.output).toBe('---\ntitle: "Usage: titre"\n---\n\n# Utilisation\n');
    expect(result.rejected).toEqual([]);
  });
});

describe('mergeFile structure check of plain translations', () => {
  const plain = ['# Plan the work', '', 'Write the plan down.', '', '| Step | Owner |', '| --- | --- |', '| Draft | Office |', ''].join('\n');
  const units = keyed(segmentMarkdown(plain));

  it('should merge plain translations into headings, paragraphs and cells', () => {
    const catalog = Object.fromEntries(units.map((unit) => [unit.key, `${unit.text} fr`]));
    const result = mergeFile({ source: plain, units }, lookupIn(catalog));
    expect(result.translated).toBe(units.length);
    expect(result.output).toBe(['# Plan the work fr', '', 'Write the plan down. fr', '', '| Step fr | Owner fr |', '| --- | --- |', '| Draft fr | Office fr |', ''].join('\n'));
  });

  it('should keep the structure when one translation holds Markdown', () => {
    const catalog = Object.fromEntries(units.map((unit) => [unit.key, unit.kind === 'paragraph' ? 'Write *the* plan down.' : `${unit.text} fr`]));
    const result = mergeFile({ source: plain, units }, lookupIn(catalog));
    expect(result.rejected).toEqual([]);
    expect(result.output).toContain('Write *the* plan down.');
  });
});
