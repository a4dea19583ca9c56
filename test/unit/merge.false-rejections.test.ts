import { describe, expect, it } from 'vitest';
import { segmentMarkdown } from '../../src/extract/index.js';
import { mergeFile } from '../../src/merge/index.js';

/** Merge one edit of each unit's text (as a translator would make it) and give the output and the rejections. */
function mergeEdited(source: string, edit: (text: string) => string): { output: string; rejected: string[] } {
  const units = segmentMarkdown(source).map((unit, index) => ({ ...unit, key: `u${index}` }));
  const texts = new Map(units.map((unit) => [unit.key, unit.text]));
  const result = mergeFile({ source, units }, (key) => ({ text: edit(texts.get(key) ?? ''), lang: 'fr' }));
  return { output: result.output, rejected: result.rejected.map((rejected) => rejected.message) };
}

describe('inline code wrapped across a line in the source', () => {
  it('should accept the code span as the translator was shown it, on one line', () => {
    expect(mergeEdited('Run `cargo\nbuild` now.\n', (text) => text.replace('Run', 'Lance'))).toEqual({ output: 'Lance `cargo build` now.\n', rejected: [] });
    expect(mergeEdited('- Run `cargo\n  build --release` now.\n', (text) => text.replace('Run', 'Lance')).rejected).toEqual([]);
  });

  it('should still refuse a changed code span', () => {
    expect(mergeEdited('Run `cargo\nbuild` now.\n', (text) => text.replace('build', 'test')).rejected).toEqual(['drops inline code "`cargo build`"']);
  });
});

describe('a tab in the source', () => {
  it('should accept a translation that keeps it', () => {
    expect(mergeEdited('A\ttab in the source.\n', (text) => text.replace('source', 'texte'))).toEqual({ output: 'A\ttab in the texte.\n', rejected: [] });
  });

  it('should still refuse a tab the source does not have', () => {
    expect(mergeEdited('No tab here.\n', (text) => text.replace(' ', '\t')).rejected).toEqual(['contains the control character U+0009']);
  });
});

describe('words in inline HTML attributes', () => {
  it('should accept a translated alt or title of <img> and title of <abbr>', () => {
    expect(mergeEdited('See <img src="a.png" alt="A chart" title="Goals"> here.\n', (text) => text.replace('A chart', 'Un graphique').replace('Goals', 'Objectifs'))).toEqual({
      output: 'See <img src="a.png" alt="Un graphique" title="Objectifs"> here.\n',
      rejected: [],
    });
    expect(mergeEdited('Use <abbr title="Open Source Program Office">OSPO</abbr>.\n', (text) => text.replace('Open Source Program Office', 'Bureau du logiciel libre')).rejected).toEqual([]);
  });

  it('should refuse a changed source, an added attribute, and a value that breaks out of its quotes', () => {
    const source = 'See <img src="a.png" alt="A chart"> here.\n';
    expect(mergeEdited(source, (text) => text.replace('a.png', 'b.png')).rejected).toEqual(['adds raw HTML "<img src=\\"b.png\\" alt=\\"…\\">" that the source does not have']);
    expect(mergeEdited(source, (text) => text.replace('alt="A chart"', 'alt="x" onerror="alert(1)"')).rejected).toEqual([
      'adds raw HTML "<img src=\\"a.png\\" alt=\\"…\\" onerror=\\"alert(1)\\">" that the source does not have',
    ]);
    expect(mergeEdited(source, (text) => text.replace('alt="A chart"', 'alt=x')).rejected).toEqual(['adds raw HTML "<img src=\\"a.png\\" alt=x>" that the source does not have']);
  });
});

describe('invisible characters that change how text reads', () => {
  it.each([
    ['\u0085', 'U+0085'],
    ['\u009b', 'U+009B'],
    ['\u2028', 'U+2028'],
    ['\u202e', 'U+202E'],
    ['\u2067', 'U+2067'],
  ])('should refuse %j', (char, code) => {
    expect(mergeEdited('Plain words.\n', () => `Mots${char} simples.`).rejected).toEqual([`contains the control character ${code}`]);
  });

  it('should accept the joiners some scripts need', () => {
    expect(mergeEdited('Plain words.\n', () => 'می\u200cخواهم و क्\u200dष.').rejected).toEqual([]);
  });
});

describe('allowTargetChange and dot segments', () => {
  it('should judge where a link really goes, so ../ cannot climb out of an allowed site', () => {
    const source = 'See [the activity](https://ospo-alliance.org/ggi/activities/a).\n';
    const units = segmentMarkdown(source).map((unit, index) => ({ ...unit, key: `u${index}` }));
    const options = { allowTargetChange: [/^https:\/\/ospo-alliance\.org\/ggi\//u] };
    const merge = (target: string) =>
      mergeFile({ source, units }, () => ({ text: `Voir [l’activité](${target}).`, lang: 'fr' }), options).rejected.map((rejected) => rejected.code);
    expect(merge('https://ospo-alliance.org/ggi/fr/activities/a')).toEqual([]);
    expect(merge('https://ospo-alliance.org/ggi/activities/../../../evil')).toEqual(['link-target']);
  });
});
