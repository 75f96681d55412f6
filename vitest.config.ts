import { defineConfig } from 'vitest/config';

// Unit tests only; the end-to-end suite has its own config (test/e2e/vitest.config.ts)
// because it drives real browsers against the built extension.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
