import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, formatBadge } from '../../src/weblate/badges.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const read = (svg: string) => parser.parse(svg).svg as {
  width: string;
  title: string;
  'aria-label': string;
  g: Array<{ rect?: Array<{ fill: string }>; text?: Array<{ '#text': string | number }> }>;
};
const fillOf = (svg: string): string | undefined => read(svg).g[0]?.rect?.[1]?.fill;

describe('formatBadge', () => {
  it('should draw "<lang> | <percent>%" as an SVG with a title', () => {
    expect(formatBadge('zh-Hant', 100)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="101" height="20" role="img" aria-label="zh-Hant: 100% translated">' +
        '<title>zh-Hant: 100% translated</title>' +
        '<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>' +
        '<clipPath id="r"><rect width="101" height="20" rx="3" fill="#fff"/></clipPath>' +
        '<g clip-path="url(#r)"><rect width="58" height="20" fill="#555"/><rect x="58" width="43" height="20" fill="#4c1"/><rect width="101" height="20" fill="url(#s)"/></g>' +
        '<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11"><text x="29" y="14">zh-Hant</text><text x="79.5" y="14">100%</text></g>' +
        '</svg>\n',
    );
  });

  it('should colour by percent', () => {
    expect(fillOf(formatBadge('de', 100))).toBe('#4c1');
    expect(fillOf(formatBadge('de', 99.9))).toBe('#a4a61d');
    expect(fillOf(formatBadge('de', 75))).toBe('#a4a61d');
    expect(fillOf(formatBadge('de', 74.9))).toBe('#dfb317');
    expect(fillOf(formatBadge('de', 50))).toBe('#dfb317');
    expect(fillOf(formatBadge('de', 49.9))).toBe('#e05d44');
    expect(fillOf(formatBadge('de', 0))).toBe('#e05d44');
    expect(BADGE_COLORS.map((step) => step.min)).toEqual([100, 75, 50, 0]);
  });

  it('should show one decimal only when the percent is not whole', () => {
    expect(read(formatBadge('fr', 87.5)).title).toBe('fr: 87.5% translated');
    expect(read(formatBadge('fr', 50)).title).toBe('fr: 50% translated');
  });

  it('should grow with the text', () => {
    const short = Number(read(formatBadge('de', 5)).width);
    const long = Number(read(formatBadge('zh-Hant-HK', 55.5)).width);
    expect(long).toBeGreaterThan(short);
  });

  it('should escape the text, giving valid XML for any label', () => {
    const svg = formatBadge('<a&"b">', 10);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('<title>&lt;a&amp;&quot;b&quot;&gt;: 10% translated</title>');
    expect(read(svg)['aria-label']).toBe('<a&"b">: 10% translated');
  });
});
