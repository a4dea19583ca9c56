import { describe, expect, it } from 'vitest';
import { parseMarkdown, segmentMarkdown } from '../../src/extract/index.js';
import { mergeFile } from '../../src/merge/index.js';

/** Merge a translation into every unit, the unit's key being its index. */
function mergeAll(source: string, translate: (text: string) => string): { output: string; rejected: unknown[] } {
  const units = segmentMarkdown(source).map((unit, index) => ({ ...unit, key: `u${index}` }));
  const texts = new Map(units.map((unit) => [unit.key, unit.text]));
  return mergeFile({ source, units }, (key) => ({ text: translate(texts.get(key) ?? ''), lang: 'fr' }));
}

/** The images of a document as `alt → url`. */
function images(markdown: string): string[] {
  const tree = parseMarkdown(markdown);
  const definitions = new Map<string, string>();
  const found: Array<{ alt: string; identifier: string }> = [];
  const visit = (node: { type: string; children?: unknown[]; alt?: string | null; identifier?: string; url?: string }): void => {
    if (node.type === 'definition' && node.identifier && node.url) definitions.set(node.identifier, node.url);
    if (node.type === 'imageReference' && node.identifier) found.push({ alt: node.alt ?? '', identifier: node.identifier });
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(tree as never);
  return found.map((image) => `${image.alt} → ${definitions.get(image.identifier) ?? 'no image'}`);
}

describe('image references whose alt text is also the label', () => {
  it('should offer the alt text of ![x][] and ![x] and keep the image when it is translated', () => {
    const source = '![Goal map][]\n\n![Roles]\n\n[goal map]: goals.svg\n[roles]: roles.png\n';
    const { output, rejected } = mergeAll(source, (text) => `${text} (fr)`);
    expect(rejected).toEqual([]);
    expect(output).toBe('![Goal map (fr)][Goal map]\n\n![Roles (fr)][Roles]\n\n[goal map]: goals.svg\n[roles]: roles.png\n');
    expect(images(output)).toEqual(['Goal map (fr) → goals.svg', 'Roles (fr) → roles.png']);
  });

  it('should leave full references and untranslated images byte for byte', () => {
    const source = '![A chart][chart] ![Roles]\n\n[chart]: chart.png\n[roles]: roles.png\n';
    expect(mergeAll(source, (text) => (text === 'A chart' ? 'Un graphique' : text)).output).toBe(
      '![Un graphique][chart] ![Roles]\n\n[chart]: chart.png\n[roles]: roles.png\n',
    );
    const units = segmentMarkdown(source);
    expect(mergeFile({ source, units: units.map((unit, index) => ({ ...unit, key: `u${index}` })) }, () => undefined).output).toBe(source);
  });
});
