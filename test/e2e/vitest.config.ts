import { defineConfig } from 'vitest/config';

// End-to-end: the built extension (dist/) in Debian's Chromium and Firefox ESR. Files run one
// at a time (each launches its own browsers); `npm test` builds first.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    environment: 'node',
    reporters: ['default'],
  },
});
