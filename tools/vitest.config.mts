import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    // These tests spawn real processes (Kiota, node, npx); on a busy machine one takes seconds.
    testTimeout: 60_000,
  },
});
