/**
 * Image types a chapter may show, by file extension, with the MIME type they are served as.
 * Anything else under the assets folder is never served.
 */
export const imageTypes: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  // Shown through <img>, where SVG never runs scripts or loads other resources.
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
};
