import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer';
import { buildBookHtml, createRequestGate, launchBrowser, parseBookMetadata, prepareBook, renderBooks, type RenderBooksResult } from '../../src/pdf/index.js';
import { readPdfFacts, type PdfFacts } from './read-pdf-facts.js';
import { readFixtureBook } from './read-fixture-book.js';

const outDir = mkdtempSync(join(tmpdir(), 'pdf-attack-'));
const input = readFixtureBook('attack', 'en');
let result: RenderBooksResult;
let facts: PdfFacts;

beforeAll(async () => {
  result = await renderBooks([input], { root: process.cwd(), outDir, book: 'attack' });
  const file = result.books[0]?.file;
  if (file === undefined) throw new Error('no PDF');
  facts = await readPdfFacts(file);
});

describe('untrusted chapter rendered through renderBooks', () => {
  it('should keep the safe text', () => {
    const text = facts.pages.join('\n');
    expect(text).toContain('Safe text before the attacks.');
    expect(text).toContain('Safe text after the attacks.');
  });

  it('should run no script and apply no author CSS', () => {
    const text = facts.pages.join('\n');
    expect(text).not.toMatch(/PWNED/);
    expect(text).not.toContain('display: none');
    expect(facts.title).toBe('Attack Book');
  });

  it('should fetch nothing: no request was even attempted outside the allowlist', () => {
    expect(result.books[0]?.blockedRequests).toEqual([]);
  });

  it('should ignore front matter dest/script: only the PDF is written, inside outDir', () => {
    expect(readdirSync(outDir)).toEqual(['attack-en.pdf']);
    expect(existsSync('/tmp/handbook-l10n-attack.pdf')).toBe(false);
  });

  it('should show only the image from the assets folder', () => {
    const book = prepareBook(input.chapters, parseBookMetadata(input.metadata, 'attack'));
    const html = buildBookHtml(book, parseBookMetadata(input.metadata, 'attack'), { htmlLang: 'en', css: '' });
    const sources = [...html.matchAll(/<img[^>]*src="([^"]*)"/g)].map((match) => match[1]);
    expect(sources).toEqual(['http://book.invalid/assets/images/ok.svg', 'http://book.invalid/assets/images/ok.svg']);
    for (const forbidden of ['<script', '<iframe', '<object', '<svg', '<meta http-equiv', '<base', '<form', 'name="q"', 'onerror', 'javascript:', 'file:', 'example.com', 'PWNED', 'dest:']) {
      expect(html, forbidden).not.toContain(forbidden);
    }
    expect(html.match(/<style>/g)?.length).toBe(1);
    expect(html.match(/<link/g)).toEqual(['<link']);
  });
});

describe('request gate (defence in depth, with unsanitized HTML)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('should abort and record every request outside the allowlist, and run no script', async () => {
    const gate = createRequestGate([], '"Noto Sans"', input.assetsDir, new Map());
    const page = await browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
      page.on('request', (request) => void gate.handle(request));
      gate.document = `<!doctype html><html lang="en"><head><link rel="icon" href="data:,">
        <link rel="stylesheet" href="http://example.com/evil.css"></head>
        <body><p id="p">original</p><script>document.getElementById('p').textContent = 'PWNED'</script>
        <img src="https://example.com/remote.png"><img src="assets/../../secret.png"><img src="/assets/images/ok.svg">
        <img src="http://book.invalid/assets/..%2Fsecret.png"><iframe src="/"></iframe></body></html>`;
      await page.goto('http://book.invalid/index.html', { waitUntil: 'load' });
      const pdf = Buffer.from(await page.pdf({ format: 'A4' })).toString('latin1');
      expect(pdf).not.toContain('PWNED');
      expect(gate.served).toEqual(['http://book.invalid/index.html', 'http://book.invalid/assets/images/ok.svg']);
      expect([...gate.blocked].sort()).toEqual(
        [
          'http://book.invalid/',
          'http://book.invalid/assets/..%2Fsecret.png',
          'http://book.invalid/secret.png',
          'http://example.com/evil.css',
          'https://example.com/remote.png',
        ].sort(),
      );
    } finally {
      await page.close();
    }
  });
});
