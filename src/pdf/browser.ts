/**
 * Chromium for printing untrusted books: launched with scripts and the network off, and driven
 * to load a book through the request gate and print it once.
 */
import type { Browser, Page } from 'puppeteer';
import { BrowserLaunchError } from '../base/index.js';
import { bookUrls, type RequestGate } from './origin.js';

/** Options of `launchBrowser`. */
export interface LaunchOptions {
  /** Chromium binary. Default: `PUPPETEER_EXECUTABLE_PATH` or `/usr/bin/chromium`. */
  executablePath?: string;
  /** Milliseconds to wait for the browser to come up. Default: 30 000. */
  timeoutMs?: number;
  /** Environment of the browser process (e.g. `FONTCONFIG_FILE`). Default: this process's. */
  env?: Record<string, string>;
}

/** Flags of every launch. */
const chromiumArgs = [
  // Needed when running as root (containers, CI).
  '--no-sandbox',
  '--headless',
  // Printing needs no GPU, and a missing one must not stop the launch.
  '--disable-gpu',
  '--no-first-run',
  // No update checks, field trials, component downloads or sync: no traffic of Chromium's own.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // A book is data: no script in it ever runs.
  '--blink-settings=scriptEnabled=false',
  // A dead proxy, so that even a request that slipped past the gate cannot reach the network.
  '--proxy-server=127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
];

/**
 * Launch a headless Chromium with JavaScript and the network disabled. Resolves with a running
 * browser or rejects within the timeout with a `BrowserLaunchError` whose message starts
 * `Chromium failed to start:`; never hangs. The caller closes the browser in `finally`.
 *
 * @param options Binary, timeout and environment; copied, never changed.
 */
export async function launchBrowser(options?: LaunchOptions): Promise<Browser> {
  const executablePath = options?.executablePath ?? process.env['PUPPETEER_EXECUTABLE_PATH'] ?? '/usr/bin/chromium';
  const timeout = options?.timeoutMs ?? 30_000;
  const env = options?.env === undefined ? undefined : { ...process.env, ...options.env };
  let timer: NodeJS.Timeout | undefined;
  let launching: Promise<Browser> | undefined;
  try {
    // Loaded here, so that commands which never render do not pay for loading puppeteer.
    const { default: puppeteer } = await import('puppeteer');
    launching = puppeteer.launch({
      executablePath,
      headless: true,
      args: chromiumArgs,
      timeout,
      pipe: true,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      ...(env === undefined ? {} : { env }),
    });
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${timeout} ms`)), timeout + 2_000);
    });
    return await Promise.race([launching, deadline]);
  } catch (error) {
    launching?.then((browser) => browser.close()).catch(() => undefined);
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new BrowserLaunchError(`Chromium failed to start: ${reason} (executable ${executablePath})`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Navigate a page to the book and print it to PDF. The page loads only through the gate (the
 * caller set up interception and turned JavaScript off), and printing starts only once every
 * webfont the layout asked for has loaded, so no glyph is printed invisible or with a
 * fallback face. The PDF is A4 with backgrounds, bookmarks and tags; the `@page` size wins.
 *
 * @param page A page whose requests go to `gate.handle`.
 * @param gate The request allowlist; its document is replaced by `html`.
 * @returns The PDF bytes and how long `page.pdf` took.
 */
export async function renderPdfPass(page: Page, gate: RequestGate, html: string): Promise<{ pdf: Uint8Array; pdfMs: number }> {
  gate.document = html;
  const response = await page.goto(bookUrls.page, { waitUntil: 'load', timeout: 120_000 });
  if (response === null || !response.ok()) {
    throw new Error(`The book page did not load (status ${response?.status() ?? 'none'})`);
  }
  await waitForFonts(page);
  const started = performance.now();
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    outline: true,
    tagged: true,
    preferCSSPageSize: true,
    timeout: 120_000,
  });
  return { pdf, pdfMs: performance.now() - started };
}

/**
 * Wait until `document.fonts` settles, at most 20 rounds since a load can trigger further
 * loads; DevTools evaluation works with page scripts off.
 */
async function waitForFonts(page: Page): Promise<void> {
  for (let round = 0; round < 20; round += 1) {
    const status = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.status;
    });
    if (status === 'loaded') return;
  }
  throw new Error('Webfonts did not finish loading');
}
