// msw is imported from its root entry only: `http` has the same shape in msw 2.12+ and 3.
import { http, type HttpHandler } from 'msw';
import type { VppFakeCore } from '../../core/createVppFakeCore.js';

/**
 * One msw handler that sends every request on a Graph cloud host (or a base URL of the fake) to
 * the fake. A custom predicate (msw ≥ 2.12) keeps other hosts unhandled, so msw's
 * unhandled-request strategy still fires for them.
 */
export function createVppFakeHandlers(fake: VppFakeCore): HttpHandler[] {
  return [
    http.all(
      ({ request }) => fake.serves(request.url),
      ({ request }) => fake.handle(request),
    ),
  ];
}
