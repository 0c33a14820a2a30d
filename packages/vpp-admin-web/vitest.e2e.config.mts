import { packageTestConfig } from '../../vitest.shared.mts';

// Browser tests: real Chromium (Debian's, through playwright-core) against `vite dev` with the
// fake in the page. Run by the `e2e` target through scripts/e2e.mjs, never by `test`.
export default packageTestConfig({
  include: ['e2e/**/*.e2e.test.ts'],
  environment: 'node',
  // One browser and one dev server for the run; files share nothing but the machine.
  fileParallelism: false,
  testTimeout: 30_000,
  hookTimeout: 60_000,
});
