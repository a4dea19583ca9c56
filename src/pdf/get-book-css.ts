/**
 * The stylesheet of a book: fonts, page furniture and layout.
 */
import { formatCssString } from './format-css-string.js';
import { formatPageLabel } from './format-page-label.js';

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
 * Build the book stylesheet.
 *
 * Invariant: every element, including code and the page margin boxes, uses the stack's
 * `font-family` (never a generic family, which would embed a system face); page numbers
 * come from `@page` margin boxes with `counter(page)`/`counter(pages)`, since header and
 * footer templates cannot use webfonts; the cover has no header or footer; each chapter
 * starts a new page; CJK text gets `line-break: strict`.
 *
 * @param options Fonts, language features and page words.
 * @returns CSS text.
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
