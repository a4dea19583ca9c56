/**
 * Answer the page's requests from an allowlist: the document, the stack's font files and
 * images under the assets folder. Everything else is aborted and recorded.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { HTTPRequest } from 'puppeteer';
import type { FontFile } from '../fonts/index.js';
import { bookUrls } from './book-urls.js';
import { embedSvgFonts } from './embed-svg-fonts.js';
import { fontUrlOf } from './font-url-of.js';
import { imageTypes } from './image-types.js';

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
 * Create the request allowlist for one language.
 *
 * Invariant: no request ever goes to the network (`continue` is never called); a request is
 * answered only if it is the document itself, a font file of the stack (by its exact `fontUrlOf` URL), or a
 * file with an image extension whose real path lies inside the real assets folder; every
 * other request is aborted and its URL recorded in `blocked` (`data:` URLs, which never
 * reach the network, are aborted without being recorded).
 *
 * SVG images get the stack's fonts embedded (`embedSvgFonts`), since an image cannot load
 * webfonts and would otherwise draw its text with a system face.
 *
 * @param fonts The stack's font files.
 * @param fontFamily The stack's CSS `font-family` value.
 * @param assetsDir Absolute path of `handbook/`.
 * @param cache Shared cache of file contents (fonts are read once for all languages).
 * @returns The gate.
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
    const path = await resolveAsset(url.slice(bookUrls.assets.length).replace(/[?#].*$/, ''), assetsDir);
    const type = path === undefined ? undefined : imageTypes[extname(path).toLowerCase()];
    if (path === undefined || type === undefined) return undefined;
    if (type !== 'image/svg+xml') return { type, body: await read(path) };
    return { type, body: await embedSvgFonts((await read(path)).toString('utf8'), fonts, fontFamily, read) };
  };
  return gate;
}

/** The real path of an asset inside the real assets folder, or undefined. */
async function resolveAsset(encoded: string, assetsDir: string): Promise<string | undefined> {
  try {
    const root = await realpath(assetsDir);
    const path = await realpath(resolve(root, ...decodeURIComponent(encoded).split('/')));
    return path.startsWith(root + sep) && (await stat(path)).isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}
