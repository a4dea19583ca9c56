/**
 * Lay a prepared book out as one HTML document: cover, contents, chapters.
 */
import type { Element, ElementContent, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { BookMetadata } from './parse-book-metadata.js';
import type { PreparedBook } from './prepare-book.js';

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
 * Build the HTML document of a book.
 *
 * Invariant: pure; `<html lang>` is set; the cover holds title, subtitle, version and
 * language name from the metadata; the table of contents links every rank 1–2 heading by
 * `#id` (which also makes Chromium emit a named destination for each, read back after the
 * first pass); placeholders have the width of three digits so both passes lay out alike;
 * the favicon is a `data:` URL so the page makes no request of its own.
 *
 * @param book The prepared book.
 * @param metadata Parsed metadata.
 * @param options Language, stylesheet and page numbers.
 * @returns The HTML text.
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
