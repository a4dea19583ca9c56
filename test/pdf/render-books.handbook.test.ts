import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderBooks, type BookInput, type RenderBooksResult } from '../../src/pdf/index.js';
import { fontFamilies, readPdfFacts, readTocNumbers, type PdfFacts } from './read-pdf-facts.js';

const handbookDir = join(process.cwd(), 'handbook');
const outDir = mkdtempSync(join(tmpdir(), 'pdf-handbook-'));
const langs = ['en', 'zh-Hant'];
let result: RenderBooksResult;
const facts: PdfFacts[] = [];
let metadata: { title: string; activities: Array<{ id: string; name: string; path: string; slug: string }> };

beforeAll(async () => {
  const chapters = readdirSync(handbookDir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((path) => ({ path, markdown: readFileSync(join(handbookDir, path), 'utf8') }));
  metadata = JSON.parse(readFileSync(join(handbookDir, 'metadata.json'), 'utf8')) as typeof metadata;
  // The sample handbook is English; rendering it as zh-Hant proves the TC stack draws Latin text alone.
  const inputs: BookInput[] = langs.map((lang) => ({ lang, htmlLang: lang, metadata, chapters, assetsDir: handbookDir }));
  result = await renderBooks(inputs, { root: process.cwd(), outDir, book: 'handbook' });
  for (const book of result.books) facts.push(await readPdfFacts(book.file));
});

describe('sample handbook', () => {
  it('should exist in the repository', () => {
    expect(existsSync(join(handbookDir, 'metadata.json'))).toBe(true);
  });

  it('should be written as handbook-<lang>.pdf with /Lang and /Title', () => {
    expect(readdirSync(outDir).sort()).toEqual(['handbook-en.pdf', 'handbook-zh-Hant.pdf']);
    expect(facts.map((pdf) => [pdf.lang, pdf.title])).toEqual(langs.map((lang) => [lang, metadata.title]));
  });

  it('should fetch nothing but its fonts and images', () => {
    for (const book of result.books) expect(book.blockedRequests).toEqual([]);
  });

  it('should bookmark every activity on the page the contents print for it', () => {
    for (const pdf of facts) {
      const printed = readTocNumbers(pdf.pages.slice(1, 4).join('\n'));
      for (const activity of metadata.activities) {
        const mark = pdf.outline.find((entry) => entry.title.includes(activity.name) || entry.title.includes(activity.id));
        expect(mark, activity.id).toBeDefined();
        const number = [...printed].find(([text]) => mark !== undefined && mark.title.startsWith(text))?.[1];
        expect(number, activity.id).toBe(mark?.page);
      }
    }
  });

  it('should resolve links to every activity that is linked', () => {
    const pdf = facts[0];
    const targets = new Map(pdf?.links.filter((link) => link.name?.startsWith('activity-')).map((link) => [link.name, link.to]));
    expect(targets.size).toBeGreaterThan(0);
    for (const [name, page] of targets) {
      const slug = name?.replace(/^activity-/, '');
      const activity = metadata.activities.find((item) => item.slug.toLowerCase() === slug);
      const mark = pdf?.outline.find((entry) => activity !== undefined && entry.title.includes(activity.name));
      expect(page, name).toBe(mark?.page);
    }
  });

  it('should print page x of y and embed only the stack faces', () => {
    const [en, hant] = facts;
    const total = en?.pages.length ?? 0;
    expect(en?.pages[total - 1]).toContain(`Page ${total} of ${total}`);
    expect(fontFamilies(en?.fonts ?? [])).toEqual(['NotoSans']);
    expect(fontFamilies(hant?.fonts ?? []).filter((family) => family !== 'NotoSans')).toEqual(['NotoSansTCThin']);
  });
});
