import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources in tests (no build needed first).
const conditions = ['@graph-vpp/source', 'module', 'node', 'development|production'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    // Component tests in happy-dom. The browser tests (e2e/) are the `e2e` target's, not these.
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'happy-dom',
    env: { TZ: 'UTC' },
  },
});
