import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, segmentMarkdown } from '../../src/extract/index.js';

const word = fc.constantFrom('open', 'source', '*team*', '**risk**', '`code`', '中文', '軟體。', 'a_b', '[link](http://x.org)', '<br />', 'é', '(EN)');
const line = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));
const lines = fc.array(line, { minLength: 1, maxLength: 3 });
const block = fc.oneof(
  lines.map((parts) => parts.join('\n')),
  lines.map((parts) => parts.join('  \n')),
  line.map((text) => `## ${text}`),
  lines.map((parts) => parts.map((text) => `- ${text}`).join('\n')),
  lines.map((parts) => `- [ ] ${parts.join('\n   ')}\n\n   ${parts[0] ?? ''}\n   - ${parts[0] ?? ''}`),
  lines.map((parts) => parts.map((text) => `> ${text}`).join('\n')),
  lines.map((parts) => `- ${parts[0] ?? ''}\n\n  > ${parts.join('\n  > ')}`),
  lines.map((parts) => `| ${parts.join(' | ')} |\n|${parts.map(() => ' --- ').join('|')}|\n| ${parts.join(' |  ')} |`),
  line.map((text) => `![${text}](x.png "${text.replace(/"/g, '')}")`),
  line.map((text) => `\`\`\`\n${text}\n\`\`\``),
  line.map((text) => `<!-- ${text.replace(/-/g, '')} -->`),
  line.map((text) => `[^n]: ${text}`),
);
const documentArbitrary = fc.array(block, { minLength: 1, maxLength: 8 }).map((blocks) => `${blocks.join('\n\n')}\n`);

describe('segmentation property', () => {
  it('should partition any document into ordered, non-overlapping units that slice to their raw text', () => {
    fc.assert(
      fc.property(documentArbitrary, (source) => {
        const units = segmentMarkdown(source);
        const codeRanges: Array<[number, number]> = [];
        const htmlRanges: Array<[number, number]> = [];
        for (const node of parseMarkdown(source).children) {
          const range: [number, number] = [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
          if (node.type === 'code') codeRanges.push(range);
          if (node.type === 'html') htmlRanges.push(range);
        }
        units.forEach((unit, index) => {
          expect(source.slice(unit.start, unit.end)).toBe(unit.raw);
          expect(unit.start).toBeGreaterThanOrEqual(units[index - 1]?.end ?? 0);
          expect(unit.text).toMatch(/^\S/);
          if (!/( {2}|\\)\n/.test(unit.raw)) expect(unit.text).not.toContain('\n');
          for (const [start, end] of codeRanges) expect(unit.end <= start || unit.start >= end).toBe(true);
          // Words inside raw HTML are units of their block, never across its edge.
          for (const [start, end] of htmlRanges) expect(unit.end <= start || unit.start >= end || (unit.kind === 'html' && unit.start >= start && unit.end <= end)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
