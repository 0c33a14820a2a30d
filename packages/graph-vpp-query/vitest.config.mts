import { packageTestConfig } from '../../vitest.shared.mjs';

// The React Testing Library test needs a DOM; the query-core tests run in it too, harmlessly.
export default packageTestConfig({
  include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'test/**/*.test.tsx'],
  environment: 'happy-dom',
});
