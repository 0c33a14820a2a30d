// The msw server for this package's integration tests. Graph is played by handlers each test
// installs; anything unhandled fails the test instead of reaching the network.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

export const server = setupServer();

/** Every request msw saw, in order (cloned, so bodies can still be read). */
export const seen: Request[] = [];

export function useGraphServer(): void {
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
    server.events.on('request:start', ({ request }) => {
      seen.push(request.clone());
    });
  });
  afterEach(() => {
    server.resetHandlers();
    seen.length = 0;
  });
  afterAll(() => {
    server.close();
  });
}
