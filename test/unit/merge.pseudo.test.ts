import { fileURLToPath } from 'node:url';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentMarkdown } from '../../src/extract/index.js';
import type { Unit } from '../../src/extract/index.js';
import { getFileSignature } from '../../src/merge/signature.js';
import { mergeFile } from '../../src/merge/index.js';

const corpus = fileURLToPath(new URL('../fixtures/ggi-v1.3/content/', import.meta.url));
const corpusFiles = readdirSync(corpus).filter((name) => name.endsWith('.md')).sort();

/** The pseudo-translation: the text, visibly marked, with every token kept. */
function mark(text: string): string {
  return `⟦ ${text} ⟧`;
}

/** Merge the pseudo-translation of every unit and re-segment the output. */
function pseudoMerge(source: string, fields: string[] = []) {
  const units = segmentMarkdown(source, { frontMatterFields: fields }).map((unit, index) => ({ ...unit, key: `u${index}` }));
  const byKey = new Map(units.map((unit) => [unit.key, unit]));
  const result = mergeFile({ source, units }, (key) => ({ text: mark(byKey.get(key)?.text ?? ''), lang: 'qps' }));
  return { units, result, again: segmentMarkdown(result.output, { frontMatterFields: fields }) };
}

/** The texts of units. */
function texts(units: readonly Unit[]): string[] {
  return units.map((unit) => unit.text);
}

describe('pseudo-translation of the GGI corpus', () => {
  it.each(corpusFiles)('should mark every unit of %s and keep its block structure', (name) => {
    const source = readFileSync(corpus + name, 'utf8');
    const { units, result, again } = pseudoMerge(source);
    expect(result.rejected).toEqual([]);
    expect(result.translated).toBe(units.length);
    expect(texts(again)).toEqual(units.map((unit) => mark(unit.text)));
    expect(getFileSignature(result.output, 'markdown')).toEqual(getFileSignature(source, 'markdown'));
  });
});

describe('pseudo-translation of inline samples', () => {
  it('should mark a quote with a hard break and keep the "> " prefix', () => {
    const { result, again } = pseudoMerge('> One  \n> two &mdash; <cite>X</cite>\n');
    expect(result.output).toBe('> ⟦ One  \n> two &mdash; <cite>X</cite> ⟧\n');
    expect(texts(again)).toEqual(['⟦ One  \ntwo &mdash; <cite>X</cite> ⟧']);
  });

  it('should mark task items, nested lists, footnotes and table cells', () => {
    const source = '- [ ] Task\n   - nested\n\nText[^n].\n\n| A |\n| - |\n| b |\n\n[^n]: Note\n';
    const { result } = pseudoMerge(source);
    expect(result.output).toBe('- [ ] ⟦ Task ⟧\n   - ⟦ nested ⟧\n\n⟦ Text[^n]. ⟧\n\n| ⟦ A ⟧ |\n| - |\n| ⟦ b ⟧ |\n\n[^n]: ⟦ Note ⟧\n');
  });

  it('should mark front-matter fields and CJK paragraphs', () => {
    const source = '---\ntitle: Usage\n---\n\n中文第一行\n第二行，**強調**。\n';
    const { result, again } = pseudoMerge(source, ['title']);
    expect(result.output).toBe('---\ntitle: ⟦ Usage ⟧\n---\n\n⟦ 中文第一行第二行，**強調**。 ⟧\n');
    expect(texts(again)).toEqual(['⟦ Usage ⟧', '⟦ 中文第一行第二行，**強調**。 ⟧']);
  });
});
