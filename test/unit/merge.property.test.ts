import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentMarkdown } from '../../src/extract/index.js';
import { guardTranslation, mergeFile, spliceUnits } from '../../src/merge/index.js';
import { getFileSignature } from '../../src/merge/signature.js';

/** Words in the handbook's scripts. */
const word = fc.constantFrom('open', 'source', 'Activity', 'governance', 'OSPO', 'é', '“quoted”', 'it’s', '開源', '治理', '社群', '軟體', '数据');
/** Inline constructs of the handbook: text, emphasis, code, links, ids, footnote references. */
const inline = fc
  .array(
    fc.oneof(
      word,
      word.map((w) => `*${w}*`),
      word.map((w) => `_${w}_`),
      word.map((w) => `**${w}**`),
      word.map((w) => `**${w}**。`),
      word.map((w) => `\`${w}\``),
      word.map((w) => `[${w} (EN)](https://example.org/${encodeURIComponent(w)})`),
      fc.integer({ min: 1, max: 44 }).map((n) => `GGI-A-${n}`),
      fc.constant('[^note]'),
      fc.constant('https://ospo.zone/ggi/'),
      fc.constant('<br />'),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(' '));
/** A paragraph of one to three lines (soft breaks), sometimes with a hard break. */
const lines = fc.tuple(inline, fc.array(fc.tuple(fc.constantFrom('\n', '  \n', '\\\n'), inline), { maxLength: 2 })).map(
  ([first, rest]) => `${first}${rest.map(([br, line]) => br + line).join('')}`,
);
/** Block constructs of the handbook. */
const block = fc.oneof(
  inline.map((text) => `## ${text}`),
  inline.map((text) => `#### ${text}`),
  lines,
  fc.array(inline, { minLength: 1, maxLength: 3 }).map((items) => items.map((item) => `- ${item}`).join('\n')),
  fc.array(inline, { minLength: 1, maxLength: 3 }).map((items) => items.map((item) => `- [ ] ${item}`).join('\n')),
  fc.tuple(inline, inline).map(([a, b]) => `- ${a}\n   - ${b}`),
  fc.tuple(inline, inline).map(([a, b]) => `1. ${a}\n2. ${b}`),
  lines.map((text) => text.split('\n').map((line) => `> ${line}`).join('\n')),
  fc.tuple(word, word, inline, inline).map(([a, b, c, d]) => `| ${a} | ${b} |\n| --- | --- |\n| ${c.replaceAll('|', '\\|')} | ${d.replaceAll('|', '\\|')} |`),
  inline.map((text) => `[^note]: ${text}`),
);
/** A document: blocks separated by blank lines, a footnote definition, any final newline. */
const document = fc
  .tuple(fc.array(block, { minLength: 1, maxLength: 6 }), fc.constantFrom('', '\n', '\n\n'))
  .map(([blocks, end]) => `${blocks.join('\n\n')}\n\n[^note]: The note.${end}`);

/** Hostile fragments a translator (or an attacker) could write. */
const hostile = fc.constantFrom(
  '\n\n# x', '\n', '  \n', '\\\n', '> quote', '- ', '+ ', '* ', '1. ', '1) ', '# ', '```', '~~~', '    ', '\t', '===', '---',
  '| pipe', '|', '\\', '<!--', '-->', '</p><script>', '<div>', '<br />', '[x]: /u', '[^note]', '[^other]', '[', ']', '(', ')',
  '![', '`', '*', '_', '**', '{{x}}', '$t(a)', '::', '\u0000', '中文', '。', 'https://evil.example', 'GGI-A-1', '&mdash;', ' ',
);
/** How one unit is translated: a mix of its own text and noise. */
const recipe = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.array(fc.oneof(hostile, fc.string({ maxLength: 6 })), { maxLength: 4 }));

describe('identity merge property', () => {
  it('should reproduce generated handbook Markdown byte for byte', () => {
    fc.assert(
      fc.property(document, (source) => {
        const units = segmentMarkdown(source);
        expect(spliceUnits(source, units.map((unit) => ({ unit, text: unit.text })))).toBe(source);
        expect(units.map((unit) => guardTranslation(unit, unit.text)).filter((result) => !result.ok)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('pseudo-translation property', () => {
  it('should give back every marked text and the same block structure', () => {
    fc.assert(
      fc.property(document, (source) => {
        const units = segmentMarkdown(source).map((unit, index) => ({ ...unit, key: `u${index}` }));
        const marked = new Map(units.map((unit) => [unit.key, `⟦ ${unit.text} ⟧`]));
        const result = mergeFile({ source, units }, (key) => ({ text: marked.get(key), lang: 'qps' }));
        expect(result.rejected).toEqual([]);
        expect(segmentMarkdown(result.output).map((unit) => unit.text)).toEqual([...marked.values()]);
        expect(getFileSignature(result.output, 'markdown')).toEqual(getFileSignature(source, 'markdown'));
      }),
      { numRuns: 150 },
    );
  });
});

describe('hostile translation property', () => {
  it('should never change the block structure of the merged output', () => {
    fc.assert(
      fc.property(document, fc.array(recipe, { minLength: 1, maxLength: 40 }), (source, recipes) => {
        const units = segmentMarkdown(source).map((unit, index) => ({ ...unit, key: `u${index}` }));
        const translations = new Map(
          units.map((unit, index) => {
            const [mode, noise] = recipes[index % recipes.length] ?? [0, []];
            const junk = noise.join('');
            const text = [junk, `${unit.text}${junk}`, `${junk}${unit.text}`, unit.text.replace(/ /g, junk)][mode] ?? junk;
            return [unit.key, text];
          }),
        );
        const result = mergeFile({ source, units }, (key) => ({ text: translations.get(key), lang: 'xx' }));
        expect(result.translated + result.fallback + result.rejected.length).toBe(units.length);
        // The guard alone keeps the structure: the post-splice check never had to step in.
        expect(result.rejected.filter((item) => item.message === 'changes the block structure of the merged file')).toEqual([]);
        expect(getFileSignature(result.output, 'markdown')).toEqual(getFileSignature(source, 'markdown'));
      }),
      { numRuns: 300 },
    );
  });
});
