import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources in tests (no build needed first).
const conditions = ['@graph-vpp/source', 'module', 'node', 'development|production'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    env: { TZ: 'UTC' },
  },
});
