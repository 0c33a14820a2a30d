import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@graph-vpp/source'] },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Dates must not depend on the machine's zone; one test switches zones on purpose.
    env: { TZ: 'UTC' },
    reporters: ['default'],
  },
});
