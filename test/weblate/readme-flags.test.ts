import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { protectedTokenDefaults } from '../../src/merge/index.js';
import { assertTranslateToolkit, runPythonJson } from './run-python.js';

const section = await readFile(new URL('../../docs/weblate.md', import.meta.url), 'utf8');

/** The flags line of the Weblate guide, and the regular expressions in its `r"…"` values. */
function getPlaceholderPatterns(): string[] {
  const line = section.split('\n').find((text) => text.startsWith('md-text, placeholders:'));
  if (!line) throw new Error('no Weblate flags line in docs/weblate.md');
  const patterns: string[] = [];
  // Weblate's flag syntax: r"…" holds a regular expression; only \" and \\ are escapes.
  for (const match of line.matchAll(/r"((?:[^"\\]|\\.)*)"/g)) {
    patterns.push((match[1] ?? '').replace(/\\(["\\])/g, '$1'));
  }
  return patterns;
}

/** Python's re.findall of each pattern over each sample. */
const FIND_ALL = `
import json, re, sys
patterns, samples = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(json.dumps([[re.findall(p, s) for s in samples] for p in patterns], ensure_ascii=False))
`;

const samples = [
  'See GGI-A-01 and GGI-A-123, not GGI-B-1.',
  'Licences are at https://spdx.org/licenses/. Also (https://example.com/a_b).',
  '見 https://ospo-alliance.org/ggi/。 以及「https://example.org/x」',
  'Use `package.json` and `pom.xml` here[^audit], not [^ x].',
];

beforeAll(async () => {
  await assertTranslateToolkit();
});

describe('docs/weblate.md: Weblate placeholders flag', () => {
  it('should hold md-text and four placeholder expressions', () => {
    expect(getPlaceholderPatterns()).toEqual([
      'GGI-A-\\d+',
      'https?://[^\\s<>]*[^\\s<>.,;:!?\'")\\]}*_~。，、；：！？）」』】]',
      '`[^`]+`',
      '\\[\\^[^\\]\\s]+\\]',
    ]);
  });

  it('should find in Python (as Weblate does) the same tokens as the merge guard finds', async () => {
    const patterns = getPlaceholderPatterns();
    const found = await runPythonJson<string[][][]>(FIND_ALL, [JSON.stringify(patterns), JSON.stringify(samples)]);
    const [ids, urls, code, footnotes] = found;
    const [idRule, urlRule, footnoteRule] = protectedTokenDefaults;
    const inTs = (pattern: RegExp | undefined): string[][] =>
      samples.map((text) => (pattern ? [...text.matchAll(new RegExp(pattern.source, 'gu'))].map((m) => m[0]) : []));
    expect(ids).toEqual(inTs(idRule?.pattern));
    expect(urls).toEqual(inTs(urlRule?.pattern));
    expect(footnotes).toEqual(inTs(footnoteRule?.pattern));
    expect(urls?.[1]).toEqual(['https://spdx.org/licenses/', 'https://example.com/a_b']);
    expect(urls?.[2]).toEqual(['https://ospo-alliance.org/ggi/', 'https://example.org/x']);
    expect(code?.[3]).toEqual(['`package.json`', '`pom.xml`']);
    expect(footnotes?.[3]).toEqual(['[^audit]']);
  });
});
