import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium (Debian's, through playwright-core) against `vite dev` with the
// fake in the page. Run by the `e2e` target through scripts/e2e.mjs, never by `test`.
const conditions = ['@graph-vpp/source', 'module', 'node', 'development|production'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
    // One browser and one dev server for the run; files share nothing but the machine.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
