import { packageTestConfig } from '../../vitest.shared.mts';

// Component tests in happy-dom. The browser tests (e2e/) are the `e2e` target's, not these.
export default packageTestConfig({ environment: 'happy-dom' });
