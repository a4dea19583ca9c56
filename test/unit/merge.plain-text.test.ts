import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/extract/index.js';
import { isPlainText } from '../../src/merge/guard.js';

describe('isPlainText', () => {
  it('should accept prose in Latin and CJK scripts with activity ids', () => {
    expect(isPlainText('See GGI-A-04, then review the list.')).toBe(true);
    expect(isPlainText('請參閱 GGI-A-04，然後檢視清單。')).toBe(true);
  });
  it('should refuse every text that could hold Markdown', () => {
    for (const text of ['**a**', '`x`', '[a](b)', '<br />', '# a', '> a', '- a', '1. a', '2) a', 'a | b', 'a\nb', 'see https://x.org', 'www.x.org', 'a@b.org', '&mdash;', 'a\\b', '~~a~~', '    code']) {
      expect(isPlainText(text), text).toBe(false);
    }
  });
  it('should answer true only for texts that parse to one text node holding the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '.', ',', '-', '+', '1', '9', ')', ':', '/', '軟', '體', '。', '，', 'é', '"', "'", '$', '{', '}', '%', '?', ';', '\t') }), (text) => {
        fc.pre(isPlainText(text) && text.trim() !== '');
        const tree = parseMarkdown(text);
        expect(tree.children).toHaveLength(1);
        const [paragraph] = tree.children;
        expect(paragraph?.type).toBe('paragraph');
        const children = paragraph && 'children' in paragraph ? paragraph.children : [];
        expect(children.map((child) => child.type)).toEqual(['text']);
      }),
      { numRuns: 3000 },
    );
  });
});
