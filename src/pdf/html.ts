/**
 * The book as one HTML document (cover, contents, chapters) and its stylesheet.
 */
import type { Element, ElementContent, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { BookMetadata, PreparedBook } from './book.js';

/** What the document needs besides the book. */
export interface BookHtmlOptions {
  /** Value of `<html lang>`. */
  htmlLang: string;
  /** The book stylesheet from `getBookCss`. */
  css: string;
  /** Font URLs to preload (`<link rel=preload as=font>`). Default: none. */
  preloadFonts?: readonly string[];
  /** Page number of each heading id; absent on the first pass, which prints placeholders. */
  pageNumbers?: ReadonlyMap<string, number>;
}

/**
 * Build the HTML document of a book, purely. The table of contents links every rank 1–2
 * heading by `#id`, which also makes Chromium emit a named destination for each (read back
 * after the first pass); placeholders have the width of three digits so both passes lay out
 * alike; the favicon is a `data:` URL so the page makes no request of its own.
 */
export function buildBookHtml(book: PreparedBook, metadata: BookMetadata, options: BookHtmlOptions): string {
  const version = metadata.version === '' ? [] : [p('cover-version', `${metadata.ui.version} ${metadata.version}`.trim())];
  const cover = el('section', { className: ['cover'] }, [
    p('cover-title', metadata.title),
    ...(metadata.subtitle === '' ? [] : [p('cover-subtitle', metadata.subtitle)]),
    ...version,
    ...(metadata.ui.language === '' ? [] : [p('cover-language', metadata.ui.language)]),
  ]);
  const entries = book.toc.map((heading) => {
    const page = options.pageNumbers?.get(heading.id);
    return el('li', { className: [`toc-rank-${heading.rank}`] }, [
      el('a', { href: `#${heading.id}` }, [
        el('span', { className: ['toc-text'] }, [text(heading.text)]),
        el('span', { className: ['toc-leader'] }, []),
        el('span', { className: ['toc-page'] }, [text(page === undefined ? '000' : String(page))]),
      ]),
    ]);
  });
  const toc = el('nav', { className: ['toc'] }, [p('toc-title', metadata.ui.contents), el('ol', {}, entries)]);
  const chapters = book.chapters.map((chapter) =>
    el('section', { className: ['chapter'], dataPath: chapter.path }, chapter.tree.children.filter(isContent)),
  );
  const head = el('head', {}, [
    el('meta', { charSet: 'utf-8' }, []),
    el('title', {}, [text(metadata.title)]),
    el('link', { rel: ['icon'], href: 'data:,' }, []),
    ...(options.preloadFonts ?? []).map((href) =>
      el('link', { rel: ['preload'], as: 'font', type: 'font/woff2', crossOrigin: 'anonymous', href }, []),
    ),
    el('style', {}, [text(options.css)]),
  ]);
  const root: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      el('html', { lang: options.htmlLang }, [head, el('body', {}, [cover, toc, ...chapters])]),
    ],
  };
  return unified().use(rehypeStringify).stringify(root);
}

function el(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function p(className: string, value: string): Element {
  return el('p', { className: [className] }, [text(value)]);
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

function isContent(node: Root['children'][number]): node is ElementContent {
  return node.type !== 'doctype';
}

/** What the stylesheet depends on. */
export interface BookCssOptions {
  /** `@font-face` rules of the language's stack. */
  fontFaceCss: string;
  /** CSS `font-family` value, region face first. */
  fontFamily: string;
  /** Whether CJK line breaking applies. */
  cjk: boolean;
  /** Page label template with `{page}` and `{pages}`, in the book's language. */
  pageLabel: string;
  /** Running header text (the book title). */
  runningTitle: string;
}

/**
 * Build the book stylesheet. Every element, code and the page margin boxes included, uses the
 * stack's `font-family`, never a generic family, which would embed a system face. Page
 * numbers come from `@page` margin boxes, since Chromium's header and footer templates cannot
 * use webfonts. The cover has no header or footer; each chapter starts a new page.
 */
export function getBookCss(options: BookCssOptions): string {
  const font = options.fontFamily;
  return `${options.fontFaceCss}
@page {
  size: A4;
  margin: 22mm 20mm 24mm 20mm;
  @top-center { content: ${formatCssString(options.runningTitle)}; font-family: ${font}; font-size: 8pt; color: #777; }
  @bottom-center { content: ${formatPageLabel(options.pageLabel)}; font-family: ${font}; font-size: 9pt; color: #444; }
}
@page :first {
  @top-center { content: none; }
  @bottom-center { content: none; }
}
html { font-family: ${font}; font-size: 10.5pt; line-height: 1.55; color: #1b1b1b; }
${options.cjk ? 'html { line-break: strict; word-break: normal; overflow-wrap: anywhere; text-align: justify; }' : 'html { hyphens: manual; }'}
body { margin: 0; }
code, pre, kbd, samp, tt { font-family: ${font}; font-size: 0.92em; background: #f3f3f3; border-radius: 2px; }
pre { padding: 6pt 8pt; white-space: pre-wrap; overflow-wrap: anywhere; }
pre code { background: none; }
a { color: #1d4f91; text-decoration: none; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 22pt; margin: 0 0 14pt; color: #0f3d6e; }
h2 { font-size: 15pt; margin: 18pt 0 8pt; color: #0f3d6e; }
h3 { font-size: 12.5pt; margin: 14pt 0 6pt; }
h4 { font-size: 11pt; margin: 12pt 0 4pt; }
p, li { orphans: 2; widows: 2; }
blockquote { margin: 10pt 0; padding: 2pt 12pt; border-left: 3pt solid #c5d3e3; color: #333; }
cite { font-style: normal; font-weight: 700; }
table { border-collapse: collapse; width: 100%; margin: 10pt 0; font-size: 9.5pt; }
th, td { border: 0.75pt solid #b8b8b8; padding: 4pt 6pt; vertical-align: top; text-align: start; }
th { background: #eef2f6; }
tr { break-inside: avoid; }
img { max-width: 100%; }
ul, ul ul, ul ul ul { list-style-type: disc; }
ul.contains-task-list { list-style: none; padding-left: 1.2em; }
section.footnotes { margin-top: 18pt; border-top: 0.75pt solid #b8b8b8; font-size: 9pt; }
.cover { height: 240mm; display: flex; flex-direction: column; justify-content: center; break-after: page; }
.cover-title { font-size: 30pt; font-weight: 700; line-height: 1.2; color: #0f3d6e; margin: 0 0 12pt; }
.cover-subtitle { font-size: 15pt; margin: 0 0 36pt; color: #333; }
.cover-version, .cover-language { font-size: 11pt; margin: 0 0 4pt; color: #555; }
.toc { break-after: page; }
.toc-title { font-size: 20pt; font-weight: 700; color: #0f3d6e; margin: 0 0 12pt; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { margin: 0; }
.toc a { display: flex; align-items: baseline; color: inherit; }
.toc .toc-text { flex: 0 1 auto; }
.toc .toc-leader { flex: 1 1 auto; border-bottom: 0.75pt dotted #999; margin: 0 4pt; min-width: 12pt; }
.toc .toc-page { flex: 0 0 auto; min-width: 2.2em; text-align: end; font-variant-numeric: tabular-nums; }
.toc .toc-rank-1 { font-weight: 700; margin-top: 6pt; }
.toc .toc-rank-2 { padding-left: 1.4em; font-size: 9.5pt; }
.chapter { break-before: page; }
`;
}

/**
 * Turn a page label template such as `Page {page} of {pages}` into a CSS `content` value:
 * `{page}` and `{pages}` become counters and every other part a quoted CSS string, so
 * translated words can never inject CSS.
 */
export function formatPageLabel(template: string): string {
  return template
    .split(/(\{pages?\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : formatCssString(part)))
    .join(' ');
}

/** Quote text as one CSS string token, hex-escaping backslashes, quotes, `<` and `>` (so it can never close a `<style>` element) and control characters. */
function formatCssString(text: string): string {
  const escaped = text.replace(/[\\"<>\n\r\f\u0000-\u001f\u007f]/g, (char) => `\\${(char.codePointAt(0) ?? 0).toString(16)} `);
  return `"${escaped}"`;
}
