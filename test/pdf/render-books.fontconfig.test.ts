import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBooks } from '../../src/pdf/index.js';
import { fontFamilies, readPdfFacts } from './read-pdf-facts.js';
import { readFixtureBook } from './read-fixture-book.js';

// Chromium needs at least one system face for its last-resort font (with none at all its
// renderer crashes now and then), so the configuration holds only DejaVu: no CJK face at all.
describe('rendering without system CJK fonts', () => {
  it('should give the same text and faces when fontconfig knows only a Latin system font', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdf-fontconfig-'));
    const conf = join(dir, 'fonts.conf');
    writeFileSync(conf, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>${dir}/cache</cachedir></fontconfig>\n`);
    const langs = ['zh-Hant', 'zh-Hans', 'en'];
    const result = await renderBooks(
      langs.map((lang) => readFixtureBook('small-book', lang)),
      { root: process.cwd(), outDir: join(dir, 'out'), book: 'bare', env: { FONTCONFIG_FILE: conf } },
    );
    const [hant, hans, en] = await Promise.all(result.books.map((book) => readPdfFacts(book.file)));
    expect(fontFamilies(hant?.fonts ?? [])).toEqual(['NotoSansTCThin']);
    expect(fontFamilies(hans?.fonts ?? [])).toEqual(['NotoSansSCThin']);
    expect(fontFamilies(en?.fonts ?? [])).toEqual(['NotoSans']);
    expect(hant?.pages[2]).toContain('區域字形測試：骨 說 這 體 令 角');
    expect(hant?.pages[1]).toContain('第 2 頁，共 6 頁');
    expect(hans?.pages[3]).toContain('“数据”与“服务器”');
  });
});
