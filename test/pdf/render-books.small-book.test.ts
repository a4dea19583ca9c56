import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderBooks, type RenderBooksResult, type RenderProgress } from '../../src/pdf/index.js';
import { fontFamilies, readPdfFacts, readTocNumbers, type PdfFacts } from './read-pdf-facts.js';
import { readFixtureBook } from './read-fixture-book.js';

const langs = ['en', 'zh-Hant', 'zh-Hans'] as const;
const outDir = mkdtempSync(join(tmpdir(), 'pdf-small-'));
const facts = new Map<string, PdfFacts>();
const progress: RenderProgress[] = [];
let result: RenderBooksResult;

/** Facts of one language's PDF. */
function factsOf(lang: string): PdfFacts {
  const found = facts.get(lang);
  if (found === undefined) throw new Error(`no PDF for ${lang}`);
  return found;
}

beforeAll(async () => {
  result = await renderBooks(
    langs.map((lang) => readFixtureBook('small-book', lang)),
    { root: process.cwd(), outDir, book: 'small', onProgress: (event) => progress.push(event) },
  );
  for (const book of result.books) facts.set(book.lang, await readPdfFacts(book.file));
});

describe('renderBooks result', () => {
  it('should write one PDF per language and nothing else', () => {
    expect(readdirSync(outDir).sort()).toEqual(['small-en.pdf', 'small-zh-Hans.pdf', 'small-zh-Hant.pdf']);
    expect(result.books.map((book) => book.lang)).toEqual([...langs]);
    expect(result.launchMs).toBeGreaterThan(0);
    for (const book of result.books) {
      expect(book.pages).toBe(6);
      expect(book.timings.pdfMs.length).toBeGreaterThanOrEqual(2);
      expect(book.blockedRequests).toEqual([]);
    }
  });

  it('should report progress per language through the callback', () => {
    expect(progress[0]?.type).toBe('launch');
    for (const lang of langs) {
      expect(progress.some((event) => event.type === 'done' && event.lang === lang)).toBe(true);
      expect(progress.filter((event) => event.type === 'pass' && event.lang === lang).length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('PDF metadata', () => {
  it('should set /Lang and the translated /Title', () => {
    expect(factsOf('en').lang).toBe('en');
    expect(factsOf('zh-Hant').lang).toBe('zh-Hant');
    expect(factsOf('zh-Hans').lang).toBe('zh-Hans');
    expect(factsOf('en').title).toBe('Small Governance Handbook');
    expect(factsOf('zh-Hant').title).toBe('小型治理手冊');
    expect(factsOf('zh-Hans').title).toBe('小型治理手册');
  });
});

describe('text', () => {
  it('should put title, subtitle, version and language name on the cover', () => {
    expect(factsOf('zh-Hant').pages[0]).toMatch(/小型治理手冊[\s\S]*PDF 階段的測試書[\s\S]*版本 1\.2[\s\S]*繁體中文/);
    expect(factsOf('en').pages[0]).toMatch(/Small Governance Handbook[\s\S]*Version 1\.2[\s\S]*English/);
  });

  it('should render chapters, tables with <br />, <cite> and footnotes, without front matter', () => {
    const all = factsOf('zh-Hant').pages.join('\n');
    expect(all).toContain('區域字形測試：骨 說 這 體 令 角');
    expect(all).toMatch(/使用\s+貢獻/);
    expect(all).toContain('一位維護者');
    expect(all).toContain('其實是每一個人');
    expect(all).toContain('與另一章同名的註腳');
    expect(all).not.toContain('title: 簡介');
    expect(factsOf('en').pages.join('\n')).not.toMatch(/description: What this book covers/);
  });

  it('should start each chapter on a new page', () => {
    const pages = factsOf('en').pages;
    expect(pages[2]).toContain('Introduction');
    expect(pages[3]).toMatch(/^\s*Small Governance Handbook\s+Usage goal/);
    expect(pages[4]).toContain('Inventory of open source');
    expect(pages[5]).toContain('Open source skills');
  });
});

describe('page furniture', () => {
  it('should print "page x of y" in the language words on every page but the cover', () => {
    factsOf('en').pages.forEach((text, index) => {
      if (index === 0) expect(text).not.toMatch(/Page \d+ of/);
      else expect(text).toContain(`Page ${index + 1} of 6`);
    });
    factsOf('zh-Hant').pages.slice(1).forEach((text, index) => expect(text).toContain(`第 ${index + 2} 頁，共 6 頁`));
    factsOf('zh-Hans').pages.slice(1).forEach((text, index) => expect(text).toContain(`第 ${index + 2} 页，共 6 页`));
  });
});

describe('outline and contents', () => {
  it('should have bookmarks for chapters and sections', () => {
    const outline = factsOf('en').outline.map((entry) => [entry.title, entry.page]);
    expect(outline).toEqual(
      expect.arrayContaining([
        ['Introduction', 3],
        ['Who it is for', 3],
        ['Usage goal', 4],
        ['Inventory of open source', 5],
        ['Description', 5],
        ['Progress Assessment', 5],
        ['Open source skills', 6],
        ['A level four heading', 6],
      ]),
    );
    expect(factsOf('zh-Hant').outline.map((entry) => entry.title)).toEqual([
      '簡介', '適用對象', '使用目標', '開源元件盤點', '說明', '進度評估', '建議的後續活動', '開源技能', '說明', '第四層標題',
    ]);
    expect(factsOf('zh-Hant').outline.map((entry) => entry.depth)).toEqual([0, 1, 0, 1, 2, 2, 2, 1, 2, 3]);
  });

  it('should print contents page numbers equal to the real pages of the headings', () => {
    for (const lang of langs) {
      const pdf = factsOf(lang);
      const printed = readTocNumbers(pdf.pages[1] ?? '');
      const headings = pdf.outline.filter((entry) => printed.has(entry.title));
      expect(headings.length).toBe(5);
      for (const heading of headings) expect(printed.get(heading.title), `${lang} ${heading.title}`).toBe(heading.page);
    }
  });
});

describe('internal links', () => {
  it('should give footnotes of different chapters distinct targets', () => {
    const names = factsOf('en').links.map((link) => link.name).filter((name) => name?.includes('-fn-'));
    expect(names).toEqual(['c1-fn-who', 'c3-fn-inv', 'c4-fn-inv']);
    expect(factsOf('en').links.filter((link) => link.name?.includes('-fn-')).map((link) => link.to)).toEqual([3, 5, 6]);
  });

  it('should link contents entries, GGI-A-NN mentions and activity URLs to the activity page', () => {
    for (const lang of langs) {
      const links = factsOf(lang).links;
      // Contents page: five entries, each to its heading's page.
      expect(links.filter((link) => link.from === 2).map((link) => link.to)).toEqual([3, 3, 4, 5, 6]);
      // Introduction: `GGI-A-01` mention → page 5, skills URL → page 6.
      expect(links.filter((link) => link.from === 3 && link.name?.startsWith('activity-')).map((link) => [link.name, link.to])).toEqual([
        ['activity-inventory', 5],
        ['activity-skills', 6],
      ]);
      // Activity 2 mentions GGI-A-01 in plain text.
      expect(links.some((link) => link.from === 6 && link.name === 'activity-inventory' && link.to === 5)).toBe(true);
    }
  });
});

describe('fonts', () => {
  it('should embed only Noto Sans in English', () => {
    expect(fontFamilies(factsOf('en').fonts)).toEqual(['NotoSans']);
  });

  it('should embed only Noto Sans TC (plus the Latin face) as subset CID TrueType in zh-Hant', () => {
    const fonts = factsOf('zh-Hant').fonts;
    expect(fontFamilies(fonts).filter((family) => family !== 'NotoSans')).toEqual(['NotoSansTCThin']);
    for (const font of fonts) {
      expect(font.baseFont).toMatch(/^[A-Z]{6}\+/);
      expect(font).toMatchObject({ subtype: 'Type0', descendantSubtype: 'CIDFontType2', fontFile: 'FontFile2', kind: 'truetype' });
    }
  });

  it('should embed only Noto Sans SC (plus the Latin face) as subset CID TrueType in zh-Hans', () => {
    const fonts = factsOf('zh-Hans').fonts;
    expect(fontFamilies(fonts).filter((family) => family !== 'NotoSans')).toEqual(['NotoSansSCThin']);
    for (const font of fonts) expect(font.kind).toBe('truetype');
  });

  it('should draw the region-sensitive characters 骨 說 這 體 令 角 with different shapes in zh-Hant and zh-Hans', () => {
    // Same line, same position in both books: only the face differs, and each book embeds only its region face.
    const crop = (lang: string): Buffer =>
      execFileSync('pdftoppm', ['-r', '100', '-f', '3', '-l', '3', '-x', '0', '-y', '120', '-W', '830', '-H', '60', '-gray', join(outDir, `small-${lang}.pdf`)]);
    const hant = crop('zh-Hant');
    const hans = crop('zh-Hans');
    expect(factsOf('zh-Hant').pages[2]).toContain('骨 說 這 體 令 角');
    expect(factsOf('zh-Hans').pages[2]).toContain('骨 說 這 體 令 角');
    expect(hant.length).toBe(hans.length);
    expect(hant.equals(hans)).toBe(false);
  });
});

describe('output file', () => {
  it('should be a complete PDF', () => {
    for (const book of result.books) expect(readFileSync(book.file).subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
  });
});
