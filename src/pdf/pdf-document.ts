/**
 * A rendered PDF after Chromium, through pdf-lib: read its named destinations and bookmarks,
 * fix what Chromium gets wrong (bookmark titles, `/Lang`, `/Title`), and write it atomically.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument } from 'pdf-lib';

/**
 * Map every named destination (the target of an `#id` link, named by the HTML id) to its
 * 1-based page. Reads both the PDF 1.1 `/Dests` dictionary of the catalog, which Chromium
 * writes, and the `/Names /Dests` name tree; names that do not resolve to a page are skipped.
 */
export function readNamedDestinations(pdf: PDFDocument): Map<string, number> {
  const pages = new Map<string, number>();
  const add = (name: string, destination: unknown): void => {
    const page = getPageIndex(pdf, destination);
    if (page !== undefined) pages.set(name, page);
  };
  const dests = pdf.catalog.lookup(PDFName.of('Dests'));
  if (dests instanceof PDFDict) {
    for (const [key, value] of dests.entries()) add(key.decodeText(), value);
  }
  const names = pdf.catalog.lookup(PDFName.of('Names'));
  const tree = names instanceof PDFDict ? names.lookup(PDFName.of('Dests')) : undefined;
  const walk = (node: unknown, depth: number): void => {
    if (!(node instanceof PDFDict) || depth > 32) return;
    const leaf = node.lookup(PDFName.of('Names'));
    if (leaf instanceof PDFArray) {
      for (let i = 0; i + 1 < leaf.size(); i += 2) {
        const key = leaf.lookup(i);
        if (key instanceof PDFString || key instanceof PDFHexString) add(key.decodeText(), leaf.get(i + 1));
      }
    }
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i += 1) walk(kids.lookup(i), depth + 1);
  };
  walk(tree, 0);
  return pages;
}

/**
 * The 1-based page of an explicit destination (`[pageRef /XYZ …]`) or of a dictionary holding
 * one in `/D`; undefined for anything that is not a destination to a page of `pdf`.
 */
function getPageIndex(pdf: PDFDocument, destination: unknown): number | undefined {
  let value = destination instanceof PDFRef ? pdf.context.lookup(destination) : destination;
  if (value instanceof PDFDict) value = value.lookup(PDFName.of('D'));
  if (!(value instanceof PDFArray)) return undefined;
  const target = value.get(0);
  if (!(target instanceof PDFRef)) return undefined;
  const index = pdf.getPages().findIndex((page) => page.ref === target || page.ref.toString() === target.toString());
  return index === -1 ? undefined : index + 1;
}

/** One bookmark. */
export interface OutlineEntry {
  /** Bookmark title. */
  title: string;
  /** Nesting depth, 0 for top-level entries. */
  depth: number;
  /** 1-based page the bookmark opens, if it resolves. */
  page: number | undefined;
}

/**
 * List the bookmarks of a PDF in reading order (depth first), each entry reachable through
 * `/First`/`/Next` once; cycles and absurd depths are cut off.
 */
export function readPdfOutline(pdf: PDFDocument): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  const seen = new Set<PDFDict>();
  const walk = (first: unknown, depth: number): void => {
    let node = first;
    while (node instanceof PDFDict && !seen.has(node) && depth < 16) {
      seen.add(node);
      const title = node.lookup(PDFName.of('Title'));
      const destination = node.get(PDFName.of('Dest')) ?? node.lookup(PDFName.of('A'));
      entries.push({
        title: title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '',
        depth,
        page: getPageIndex(pdf, destination),
      });
      walk(node.lookup(PDFName.of('First')), depth + 1);
      node = node.lookup(PDFName.of('Next'));
    }
  };
  const root = pdf.catalog.lookup(PDFName.of('Outlines'));
  if (root instanceof PDFDict) walk(root.lookup(PDFName.of('First')), 0);
  return entries;
}

/**
 * Replace the bookmark titles, in reading order, with the exact heading texts. Chromium builds
 * one bookmark per heading in document order but sometimes garbles a title (CJK text split
 * over several unicode-range font files can come out twice); when the counts differ the
 * outline is left untouched.
 *
 * @param titles Heading texts in document order.
 * @returns Whether the titles were applied.
 */
export function setOutlineTitles(pdf: PDFDocument, titles: readonly string[]): boolean {
  const nodes: PDFDict[] = [];
  const walk = (first: unknown): void => {
    let node = first;
    while (node instanceof PDFDict && !nodes.includes(node) && nodes.length <= titles.length) {
      nodes.push(node);
      walk(node.lookup(PDFName.of('First')));
      node = node.lookup(PDFName.of('Next'));
    }
  };
  const root = pdf.catalog.lookup(PDFName.of('Outlines'));
  if (root instanceof PDFDict) walk(root.lookup(PDFName.of('First')));
  if (nodes.length !== titles.length || nodes.length === 0) return false;
  nodes.forEach((node, index) => node.set(PDFName.of('Title'), PDFHexString.fromText(titles[index] ?? '')));
  return true;
}

/**
 * Set the catalog `/Lang` to `htmlLang` and the document `/Title` to `title`, whatever Chromium
 * wrote; `DisplayDocTitle` makes viewers show the title.
 */
export function applyPdfMetadata(pdf: PDFDocument, htmlLang: string, title: string): void {
  const current = pdf.catalog.lookup(PDFName.of('Lang'));
  if (!(current instanceof PDFString) || current.decodeText() !== htmlLang) {
    pdf.catalog.set(PDFName.of('Lang'), PDFString.of(htmlLang));
  }
  pdf.setTitle(title, { showInWindowTitleBar: true });
  pdf.setCreator('handbook-l10n');
}

/** Names that may appear in a PDF file name: a book name or a BCP 47 code. */
const safeName = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/**
 * Write `<outDir>/<book>-<lang>.pdf` through a temporary file and a rename, so readers never
 * see a half-written file. A book or language name that could leave `outDir` (`..`, `/`, `\`,
 * a drive, an empty name) is refused before anything is written.
 *
 * @param outDir Output folder; created if missing.
 * @returns The absolute path written.
 */
export async function writePdfFile(outDir: string, book: string, lang: string, bytes: Uint8Array): Promise<string> {
  for (const [option, value] of [['book', book], ['lang', lang]] as const) {
    if (!safeName.test(value)) {
      throw new Error(`Invalid ${option} \`${value}\` for the PDF file name: expected letters, digits, \`-\` or \`_\``);
    }
  }
  const dir = resolve(outDir);
  const file = join(dir, `${book}-${lang}.pdf`);
  const rel = relative(dir, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.includes('/') || rel.includes('\\')) {
    throw new Error(`Refusing to write ${file}: outside the output folder ${dir}`);
  }
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${book}-${lang}.pdf.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw new Error(`Cannot write ${file}: ${String(error)}`, { cause: error });
  }
  return file;
}
