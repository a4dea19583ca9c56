import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Test projects split by kind: fast unit tests, slow PDF tests (a real browser),
 * and the Weblate round trip (translate-toolkit, where installed).
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // Vitest leaves one core free by default, which is a single worker on a two-core CI
    // machine; the tests are CPU-bound and independent, so use both.
    maxWorkers: 2,
    minWorkers: 1,
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'pdf', include: ['test/pdf/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000 } },
      { test: { name: 'weblate', include: ['test/weblate/**/*.test.ts'], testTimeout: 120_000 } },
    ],
  },
});
