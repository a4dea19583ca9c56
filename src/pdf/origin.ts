/**
 * The page's private origin: the URLs a book is loaded from, and the request gate that answers
 * them from an allowlist (the document, the stack's font files, images under the assets
 * folder), so that nothing the page asks for ever reaches the network.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, resolve, sep } from 'node:path';
import type { HTTPRequest } from 'puppeteer';
import { formatFontFaceCss, type FontFile } from '../fonts/index.js';

/**
 * The URLs the page is loaded from. The host is under `.invalid` (RFC 2606), which never
 * resolves, and every request to it is answered by the request gate, never the network.
 */
export const bookUrls = {
  /** Origin of the page and everything it may load. */
  origin: 'http://book.invalid',
  /** The document itself. */
  page: 'http://book.invalid/index.html',
  /** Prefix of images from the assets folder; the rest is the path relative to it. */
  assets: 'http://book.invalid/assets/',
  /** Prefix of font files; the rest is `<index>/<file name>` in the served font list. */
  fonts: 'http://book.invalid/fonts/',
} as const;

/** Image types a chapter may show, by extension, with their MIME type; nothing else under the assets folder is served. */
export const imageTypes: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  // Shown through <img>, where SVG never runs scripts or loads other resources.
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
};

/**
 * The URL under `bookUrls.fonts` that the `@font-face` rules use for a font file; face id plus
 * file name keeps distinct files of a stack apart, and the gate answers exactly these URLs.
 */
export function fontUrlOf(file: FontFile): string {
  return `${bookUrls.fonts}${encodeURIComponent(file.faceId)}/${encodeURIComponent(basename(file.path))}`;
}

/** The request allowlist of one page. */
export interface RequestGate {
  /** The HTML answered for `bookUrls.page`; set before each navigation. */
  document: string;
  /** Handle one intercepted request (respond or abort, never continue). */
  handle(request: HTTPRequest): Promise<void>;
  /** URLs that were refused, in order. */
  readonly blocked: string[];
  /** URLs that were answered, in order. */
  readonly served: string[];
}

/**
 * Create the request allowlist for one language. `continue` is never called: a request is
 * answered only if it is the document, a font file of the stack (by its exact `fontUrlOf` URL),
 * or a file with an image extension whose real path lies inside the real assets folder; every
 * other request is aborted and recorded in `blocked`.
 *
 * @param fonts The stack's font files.
 * @param fontFamily The stack's CSS `font-family` value (forced on SVG text).
 * @param assetsDir Absolute path of `handbook/`.
 * @param cache File contents shared by all pages of a run, so fonts are read once for all languages.
 */
export function createRequestGate(
  fonts: readonly FontFile[],
  fontFamily: string,
  assetsDir: string,
  cache: Map<string, Buffer>,
): RequestGate {
  const fontPaths = new Map(fonts.map((file) => [fontUrlOf(file), file.path]));
  const gate: RequestGate = {
    document: '',
    blocked: [],
    served: [],
    async handle(request) {
      if (request.isInterceptResolutionHandled()) return;
      const url = request.url();
      try {
        const answer = request.method() === 'GET' ? await answerFor(url) : undefined;
        if (answer === undefined) {
          // `data:` URLs never reach the network (Chromium uses them for broken-image icons).
          if (!url.startsWith('data:')) gate.blocked.push(url.slice(0, 300));
          await request.abort('blockedbyclient');
          return;
        }
        gate.served.push(url);
        // Fonts and images may stay in the page's memory cache for the second pass; the document may not.
        const cacheControl = url === bookUrls.page ? 'no-store' : 'max-age=3600';
        await request.respond({ status: 200, contentType: answer.type, body: answer.body, headers: { 'cache-control': cacheControl } });
      } catch {
        if (!request.isInterceptResolutionHandled()) await request.abort('failed').catch(() => undefined);
      }
    },
  };
  const read = async (path: string): Promise<Buffer> => {
    const cached = cache.get(path);
    if (cached) return cached;
    const body = await readFile(path);
    cache.set(path, body);
    return body;
  };
  const answerFor = async (url: string): Promise<{ type: string; body: Buffer | string } | undefined> => {
    if (url === bookUrls.page) return { type: 'text/html; charset=utf-8', body: gate.document };
    const font = fontPaths.get(url);
    if (font !== undefined) return { type: 'font/woff2', body: await read(font) };
    if (!url.startsWith(bookUrls.assets)) return undefined;
    const path = await realAssetPath(url.slice(bookUrls.assets.length).replace(/[?#].*$/, ''), assetsDir);
    const type = path === undefined ? undefined : imageTypes[extname(path).toLowerCase()];
    if (path === undefined || type === undefined) return undefined;
    if (type !== 'image/svg+xml') return { type, body: await read(path) };
    return { type, body: await embedSvgFonts((await read(path)).toString('utf8'), fonts, fontFamily, read) };
  };
  return gate;
}

/** The real path of an asset inside the real assets folder, or undefined. */
async function realAssetPath(encoded: string, assetsDir: string): Promise<string | undefined> {
  try {
    const root = await realpath(assetsDir);
    const path = await realpath(resolve(root, ...decodeURIComponent(encoded).split('/')));
    return path.startsWith(root + sep) && (await stat(path)).isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Give an SVG a stylesheet that embeds, as `data:` URLs, the stack's font files its text needs
 * and forces the stack's `font-family` on all SVG text. An SVG shown through `<img>` can load
 * nothing, so without this its text would be drawn with a system face, which the PDF font
 * check rejects. Only files whose `unicode-range` meets the SVG's text are embedded; an SVG
 * without a root `<svg>` tag is returned as is.
 *
 * @param read Reads a font file's bytes.
 */
export async function embedSvgFonts(
  svg: string,
  files: readonly FontFile[],
  fontFamily: string,
  read: (path: string) => Promise<Buffer>,
): Promise<string> {
  const open = /<svg\b[^>]*>/i.exec(svg);
  if (open === null) return svg;
  const text = svg.replace(/<!\[CDATA\[|\]\]>/g, '').replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ');
  const codePoints = new Set([...text].map((char) => char.codePointAt(0) ?? 0));
  const needed = files.filter(
    (file) =>
      file.unicodeRange.length === 0 ||
      file.unicodeRange.some(([start, end]) => [...codePoints].some((codePoint) => codePoint >= start && codePoint <= end)),
  );
  const data = new Map<string, string>();
  for (const file of needed) data.set(file.path, (await read(file.path)).toString('base64'));
  const css = [
    formatFontFaceCss(needed, (file) => `data:font/woff2;base64,${data.get(file.path) ?? ''}`),
    `text, tspan, textPath { font-family: ${fontFamily} !important; }`,
  ].join('\n');
  const at = open.index + open[0].length;
  return `${svg.slice(0, at)}<style><![CDATA[\n${css.replaceAll(']]>', '')}\n]]></style>${svg.slice(at)}`;
}
