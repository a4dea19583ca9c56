/**
 * Start Chromium for printing untrusted books.
 */
import { BrowserLaunchError } from '../base/index.js';
import puppeteer, { type Browser } from 'puppeteer';

/** Options of `launchBrowser`. */
export interface LaunchOptions {
  /** Chromium binary. Default: `PUPPETEER_EXECUTABLE_PATH` or `/usr/bin/chromium`. */
  executablePath?: string;
  /** Milliseconds to wait for the browser to come up. Default: 30 000. */
  timeoutMs?: number;
  /** Environment of the browser process (e.g. `FONTCONFIG_FILE`). Default: this process's. */
  env?: Record<string, string>;
}

/**
 * Flags for every launch: no sandbox (needed as root), no GPU, no background traffic,
 * scripts off, and a dead proxy so that even a request that slipped past the allowlist
 * cannot reach the network.
 */
const chromiumArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--blink-settings=scriptEnabled=false',
  '--proxy-server=127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
];

/**
 * Launch a headless Chromium with JavaScript and the network disabled.
 *
 * Invariant: resolves with a running browser or rejects within the timeout with an Error
 * whose message starts `Chromium failed to start:`; never hangs. The caller closes the
 * browser in `finally`.
 *
 * @param options Binary, timeout and environment; copied, never changed.
 * @returns The browser handle.
 */
export async function launchBrowser(options?: LaunchOptions): Promise<Browser> {
  const executablePath = options?.executablePath ?? process.env['PUPPETEER_EXECUTABLE_PATH'] ?? '/usr/bin/chromium';
  const timeout = options?.timeoutMs ?? 30_000;
  const env = options?.env === undefined ? undefined : { ...process.env, ...options.env };
  let timer: NodeJS.Timeout | undefined;
  const launching = puppeteer.launch({
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
  try {
    return await Promise.race([launching, deadline]);
  } catch (error) {
    launching.then((browser) => browser.close()).catch(() => undefined);
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new BrowserLaunchError(`Chromium failed to start: ${reason} (executable ${executablePath})`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}
