/**
 * What the PDF stage takes in and gives back.
 */

/** One language's book, in memory, as the merge stage hands it over. */
export interface BookInput {
  /** BCP 47 folder code, e.g. `en`, `zh-Hant`, `zh-Hant-HK`; also part of the file name. */
  lang: string;
  /** Value for `<html lang>` and the PDF `/Lang`. */
  htmlLang: string;
  /** The translated `handbook/metadata.json`; validated by `parseBookMetadata`. */
  metadata: unknown;
  /** Chapters in book order; `path` is relative to `handbook/` with `/` separators. */
  chapters: Array<{ path: string; markdown: string }>;
  /** Absolute path of `handbook/`; images are served from here only. */
  assetsDir: string;
}

/** Options of `renderBooks`. */
export interface RenderBooksOptions {
  /** Project folder; `fonts/fonts.json` is read from here when present. */
  root: string;
  /** Output folder (normally `<root>/build/pdf`); nothing is written anywhere else. */
  outDir: string;
  /** Book name, the first part of `<book>-<lang>.pdf`. */
  book: string;
  /** Called with progress events; the library itself never prints. Default: none. */
  onProgress?: (event: RenderProgress) => void;
  /** Extra environment for Chromium, e.g. `FONTCONFIG_FILE`. Default: the process environment. */
  env?: Record<string, string>;
  /** Languages rendered at the same time, each in its own page. Default: 2 (1 on a one-core machine). */
  concurrency?: number;
}

/** A progress event of `renderBooks`. */
export type RenderProgress =
  | { type: 'launch'; ms: number }
  | { type: 'start'; lang: string }
  | { type: 'pass'; lang: string; pass: number; pdfMs: number }
  | { type: 'done'; lang: string; file: string; pages: number; totalMs: number };

/** What rendering one language gave. */
export interface BookResult {
  /** The language. */
  lang: string;
  /** Absolute path of the written PDF. */
  file: string;
  /** Number of pages. */
  pages: number;
  /** Fonts embedded in the PDF. */
  fonts: import('./read-pdf-fonts.js').PdfFont[];
  /** Requests the page tried that the allowlist refused. */
  blockedRequests: string[];
  /** `pdfMs`: the time of each `page.pdf` call; `totalMs`: the whole language. */
  timings: { pdfMs: number[]; totalMs: number };
}

/** What `renderBooks` gives back. */
export interface RenderBooksResult {
  /** Milliseconds spent launching Chromium. */
  launchMs: number;
  /** One result per input, in input order. */
  books: BookResult[];
}
