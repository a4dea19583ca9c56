import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildBookHtml,
  verifyPdfFonts,
  formatPageLabel,
  launchBrowser,
  parseBookMetadata,
  prepareBook,
  writePdfFile,
  type PdfFont,
} from '../../src/pdf/index.js';

/** HTML of a one-chapter English book. */
function htmlOf(markdown: string, metadata: unknown = {}): string {
  const parsed = parseBookMetadata(metadata, 'book');
  return buildBookHtml(prepareBook([{ path: 'a.md', markdown }], parsed), parsed, { htmlLang: 'en', css: '' });
}

/** A font entry as Chromium writes it. */
const font = (baseFont: string, kind: PdfFont['kind'] = 'truetype'): PdfFont => ({
  baseFont,
  subtype: kind === 'type3' ? 'Type3' : 'Type0',
  fontFile: kind === 'type3' ? 'none' : 'FontFile2',
  kind,
});

describe('formatPageLabel', () => {
  it('should turn the template into counters and quoted strings', () => {
    expect(formatPageLabel('Page {page} of {pages}')).toBe('"Page " counter(page) " of " counter(pages)');
    expect(formatPageLabel('第 {page} 頁，共 {pages} 頁')).toBe('"第 " counter(page) " 頁，共 " counter(pages) " 頁"');
  });

  it('should never let translated words escape the CSS string', () => {
    expect(formatPageLabel('"; } body { display:none } </style> {page}')).toBe('"\\22 ; } body { display:none } \\3c /style\\3e  " counter(page)');
  });
});

describe('HTML', () => {
  it('should set lang, drop front matter and render raw <br /> and <cite>', () => {
    const html = htmlOf('---\ntitle: Hidden\ndest: /tmp/x.pdf\n---\n\n# T\n\na<br />b &mdash; <cite>C</cite>\n');
    expect(html).toMatch(/^<!doctype html><html lang="en">/);
    expect(html).not.toContain('Hidden');
    expect(html).toContain('<p>a<br>b — <cite>C</cite></p>');
  });

  it('should give chapters and headings stable ids and prefix footnotes per chapter', () => {
    const metadata = parseBookMetadata({ activities: [{ id: 'GGI-A-07', path: 'b.md', slug: 'seven' }] }, 'book');
    const book = prepareBook(
      [
        { path: 'a.md', markdown: '# A\n\n## Sub\n\nSee GGI-A-07, `GGI-A-07`, GGI-A-99 and [x](https://ospo-alliance.org/ggi/activities/seven/).[^n]\n\n[^n]: N.' },
        { path: 'b.md', markdown: '## Seven\n\nText.[^n]\n\n[^n]: M.' },
      ],
      metadata,
    );
    expect(book.headings).toEqual([
      { id: 'ch-a', rank: 1, text: 'A' },
      { id: 'ch-a-1', rank: 2, text: 'Sub' },
      { id: 'activity-seven', rank: 2, text: 'Seven' },
    ]);
    const html = buildBookHtml(book, metadata, { htmlLang: 'en', css: '' });
    expect(html).toContain('See <a href="#activity-seven" class="activity-ref">GGI-A-07</a>, <code>GGI-A-07</code>, GGI-A-99 and <a href="#activity-seven">x</a>');
    expect(html).toContain('id="c1-fn-n"');
    expect(html).toContain('id="c2-fn-n"');
    expect(html).toContain('<a href="#activity-seven"><span class="toc-text">Seven</span>');
  });

  it('should fill contents page numbers when given', () => {
    const parsed = parseBookMetadata({ ui: { contents: 'Inhalt' } }, 'book');
    const html = buildBookHtml(prepareBook([{ path: 'a.md', markdown: '# A' }], parsed), parsed, { htmlLang: 'de', css: '', pageNumbers: new Map([['ch-a', 7]]) });
    expect(html).toContain('<p class="toc-title">Inhalt</p>');
    expect(html).toContain('<span class="toc-page">7</span>');
  });
});

describe('verifyPdfFonts', () => {
  it('should accept the region face with the Latin face', () => {
    expect(verifyPdfFonts('zh-Hant', [font('AAAAAA+NotoSansTCThin-Regular'), font('BAAAAA+NotoSans-Bold')])).toEqual({ ok: true, problems: [] });
  });

  it('should reject a Simplified face in a Traditional PDF, and the reverse', () => {
    expect(verifyPdfFonts('zh-Hant', [font('AAAAAA+NotoSansTCThin-Regular'), font('BAAAAA+NotoSansSCThin-Regular')]).ok).toBe(false);
    expect(verifyPdfFonts('zh-Hans', [font('AAAAAA+NotoSansTCThin-Regular')]).problems).toEqual([
      '`NotoSansTCThin-Regular` is not in the zh-Hans stack (NotoSansSCThin, NotoSans); wrong-region or fallback face',
      'the region face Noto Sans SC (NotoSansSCThin) is missing from the zh-Hans PDF',
    ]);
  });

  it('should reject system fallback faces, Type 3 fonts and a missing region face', () => {
    expect(verifyPdfFonts('zh-Hant', [font('AAAAAA+NotoSansTCThin-Regular'), font('BAAAAA+NotoSansCJKjp-Regular')]).problems[0]).toContain('system fallback face (NotoSansCJK)');
    expect(verifyPdfFonts('en', [font('AAAAAA+DejaVuSans'), font('BAAAAA+NotoSans-Regular')]).problems[0]).toContain('DejaVu');
    expect(verifyPdfFonts('en', [font('', 'type3'), font('BAAAAA+NotoSans-Regular')]).problems[0]).toContain('Type 3');
    expect(verifyPdfFonts('fr', []).problems).toEqual(['the region face Noto Sans (NotoSans) is missing from the fr PDF']);
  });
});

describe('writePdfFile', () => {
  it('should refuse names that could leave the output folder, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdf-write-'));
    await expect(writePdfFile(dir, '../evil', 'en', new Uint8Array([1]))).rejects.toThrow(/Invalid book `..\/evil`/);
    await expect(writePdfFile(dir, 'book', 'en/../../x', new Uint8Array([1]))).rejects.toThrow(/Invalid lang/);
    expect(readdirSync(dir)).toEqual([]);
    expect(await writePdfFile(dir, 'book', 'zh-Hant', new Uint8Array([37]))).toBe(join(dir, 'book-zh-Hant.pdf'));
    expect(readdirSync(dir)).toEqual(['book-zh-Hant.pdf']);
  });
});

describe('launchBrowser', () => {
  it('should fail with a clear error instead of hanging', async () => {
    await expect(launchBrowser({ executablePath: '/nonexistent/chromium', timeoutMs: 5_000 })).rejects.toThrow(/^Chromium failed to start: /);
    await expect(launchBrowser({ executablePath: '/nonexistent/chromium', timeoutMs: 5_000 })).rejects.toMatchObject({ name: 'BrowserLaunchError' });
  });
});
