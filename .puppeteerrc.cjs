/**
 * Puppeteer configuration: use Debian's Chromium, never download a browser.
 * The download fails on machines without general network access and breaks `npm ci`.
 */
module.exports = {
  skipDownload: true,
  executablePath: process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium',
};
