/**
 * The URLs the page is loaded from. The host is under `.invalid` (RFC 2606), which never
 * resolves, and every request to it is answered by the request allowlist, never the network.
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
