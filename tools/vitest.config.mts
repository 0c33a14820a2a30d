import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    // A hang guard, not a speed check: Kiota's regeneration alone takes several seconds.
    testTimeout: 120_000,
  },
});
