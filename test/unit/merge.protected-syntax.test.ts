import { describe, expect, it } from 'vitest';
import { segmentMarkdown } from '../../src/extract/index.js';
import { mergeFile } from '../../src/merge/index.js';

/** Merge one edit of each unit's text and give the rejections. */
function rejections(source: string, edit: (text: string) => string): string[] {
  const units = segmentMarkdown(source).map((unit, index) => ({ ...unit, key: `u${index}` }));
  const texts = new Map(units.map((unit) => [unit.key, unit.text]));
  return mergeFile({ source, units }, (key) => ({ text: edit(texts.get(key) ?? ''), lang: 'fr' })).rejected.map((rejected) => rejected.message);
}

describe('heading ids and shortcodes', () => {
  it('should refuse a translation that drops or changes a heading id', () => {
    expect(rejections('# Getting started {#start}\n', () => 'Pour commencer')).toEqual(['drops protected token "{#start}"']);
    expect(rejections('# Getting started {#start}\n', () => 'Pour commencer {#debut}')).toEqual(['drops protected token "{#start}"']);
    expect(rejections('# Getting started {#start}\n', () => 'Pour commencer {#start}')).toEqual([]);
  });

  it('should refuse a translation that changes a shortcode, and accept one that keeps it', () => {
    const source = 'The map {{< figure src="map.png" >}} shows the goals.\n';
    expect(rejections(source, () => 'La carte {{< figure src="carte.png" >}} montre les objectifs.')).toEqual(['drops protected token "{{< figure src=\\"map.png\\" >}}"']);
    expect(rejections(source, () => 'La carte {{< figure src="map.png" >}} montre les objectifs.')).toEqual([]);
  });
});

describe('a soft line break in Korean', () => {
  it('should join the lines with a space, as Korean writes words apart, and Chinese lines without one', () => {
    expect(segmentMarkdown('오픈 소스\n정책을 세운다.\n').map((unit) => unit.text)).toEqual(['오픈 소스 정책을 세운다.']);
    expect(segmentMarkdown('開源\n政策。\n').map((unit) => unit.text)).toEqual(['開源政策。']);
  });
});
