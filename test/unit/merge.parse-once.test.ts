import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as parser from '../../src/extract/index.js';
import { segmentMarkdown } from '../../src/extract/index.js';
import { guardTranslation, mergeFile, getSourceStructure } from '../../src/merge/index.js';
import { REPO } from '../support/temp-project.js';

vi.mock('../../src/extract/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/extract/index.js')>();
  return { ...original, parseMarkdown: vi.fn(original.parseMarkdown) };
});

const parse = vi.mocked(parser.parseMarkdown);
const source = readFileSync(join(REPO, 'handbook', '51_activity_01.md'), 'utf8');
const units = segmentMarkdown(source, { frontMatterFields: ['title', 'description'] }).map((unit, index) => ({ ...unit, key: `u${index}` }));
const catalog = JSON.parse(readFileSync(join(REPO, 'locales', 'fr', '51_activity_01.json'), 'utf8')) as Record<string, string>;
const english = JSON.parse(readFileSync(join(REPO, 'locales', 'en', '51_activity_01.json'), 'utf8')) as Record<string, string>;
/** The French catalog by unit position (the sample's keys are stable, English text picks the unit). */
const byText = new Map(Object.entries(english).map(([key, text]) => [text, catalog[key]]));

describe('mergeFile parses the file, not each translation', () => {
  beforeEach(() => parse.mockClear());

  it('should parse a file with many Markdown translations twice at most: the source and the merged text', () => {
    const lookup = (key: string) => {
      const unit = units.find((item) => item.key === key);
      const text = unit && byText.get(unit.text);
      return text === undefined ? undefined : { text, lang: 'fr' };
    };
    const needParse = units.filter((unit) => {
      const text = byText.get(unit.text);
      return text !== undefined && /[`*_[\]<>]/u.test(text);
    });
    expect(needParse.length).toBeGreaterThan(3);
    const result = mergeFile({ source, units }, lookup);
    expect(result.rejected).toEqual([]);
    expect(result.translated).toBeGreaterThan(needParse.length);
    expect(parse.mock.calls.length).toBeLessThanOrEqual(2);
    // Each verdict is the one the guard gives the translation alone in its context.
    for (const unit of needParse) expect(guardTranslation(unit, byText.get(unit.text))).toEqual({ ok: true });
  });

  it('should judge each translation alone when the merged file breaks, and name the culprit', () => {
    const paragraphs = units.filter((unit) => unit.kind === 'paragraph' && unit.containers.length === 0);
    const [victim, other] = paragraphs;
    if (!victim || !other) throw new Error('the sample chapter has top-level paragraphs');
    const lookup = (key: string) =>
      key === victim.key ? { text: '[injected]: https://example.org/elsewhere', lang: 'fr' } : key === other.key ? { text: `*${other.text}*`, lang: 'fr' } : undefined;
    const result = mergeFile({ source, units }, lookup);
    expect(result.rejected.map((item) => [item.key, item.code])).toEqual([[victim.key, 'block-structure']]);
    expect(result.output).toContain(`*${other.text}*`);
    expect(result.output).not.toContain('[injected]');
  });

  it('should not parse the source again when the caller gives its structure', () => {
    const edited = `${source}\nOne more closing line.\n`;
    const structure = getSourceStructure(edited, 'markdown');
    const lookup = (key: string) => {
      const unit = units.find((item) => item.key === key);
      const text = unit && byText.get(unit.text);
      return text === undefined ? undefined : { text, lang: 'fr' };
    };
    parse.mockClear();
    const result = mergeFile({ source: edited, units, structure }, lookup);
    expect(result.rejected).toEqual([]);
    expect(parse.mock.calls.map(([text]) => text === edited)).toEqual([false]);
  });

  it('should reject raw HTML, changed link targets and dropped tokens judged in the file, with the guard’s own messages', () => {
    const linked = units.find((unit) => unit.kind === 'paragraph' && /\]\(https?:/u.test(unit.text));
    const plain = units.filter((unit) => unit.kind === 'paragraph' && unit !== linked);
    const [html, token] = plain;
    if (!linked || !html || !token) throw new Error('the sample chapter has a linked paragraph and two others');
    const hostile: Record<string, string> = {
      [linked.key]: linked.text.replace(/\]\((https?:[^)\s]+)/u, '](https://attacker.example/x'),
      [html.key]: `*${html.text}* <img src=x onerror=alert(1)>`,
      [token.key]: `*Vérifiez* ${token.text.replace(/GGI-A-\d+/gu, '')} GGI-A-99`,
    };
    const lookup = (key: string) => (key in hostile ? { text: hostile[key], lang: 'fr' } : undefined);
    const result = mergeFile({ source, units }, lookup);
    for (const unit of [linked, html, token]) {
      const guard = guardTranslation(unit, hostile[unit.key]);
      expect(guard.ok, unit.key).toBe(false);
      const rejection = result.rejected.find((item) => item.key === unit.key);
      expect(rejection, unit.key).toBeDefined();
      if (!guard.ok) expect([rejection?.code, rejection?.message]).toEqual([guard.code, guard.message]);
    }
    expect(result.output).not.toContain('attacker.example');
    expect(result.output).not.toContain('onerror');
    expect(result.output).toBe(source);
  });
});
