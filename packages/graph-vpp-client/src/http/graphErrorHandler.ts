import type { RequestOption } from '@microsoft/kiota-abstractions';
import type { Middleware } from '@microsoft/kiota-http-fetchlibrary';
import { graphErrorFromResponse } from '../errors/parseGraphError.js';
import { callOptionsFrom } from './callOptions.js';

/**
 * Outermost middleware: turns every final error response into a `GraphError`, with the status,
 * headers and raw body in hand (Kiota's own path throws plain objects and loses the status of
 * non-JSON bodies).
 *
 * One exception: the first 401 carrying a `claims` challenge goes back to FetchRequestAdapter,
 * which retries once with the claims (continuous access evaluation).
 */
export class GraphErrorHandler implements Middleware {
  next: Middleware | undefined;

  async execute(
    url: string,
    init: RequestInit,
    requestOptions?: Record<string, RequestOption>,
  ): Promise<Response> {
    if (!this.next) throw new Error('GraphErrorHandler must not be the last middleware');
    const response = await this.next.execute(url, init, requestOptions);
    if (response.status < 400) return response;
    const call = callOptionsFrom(requestOptions);
    if (
      response.status === 401 &&
      call &&
      !call.claimsChallengeAnswered &&
      hasClaimsChallenge(response)
    ) {
      call.claimsChallengeAnswered = true;
      return response;
    }
    throw await graphErrorFromResponse(response);
  }
}

function hasClaimsChallenge(response: Response): boolean {
  const header = response.headers.get('www-authenticate') ?? '';
  return /^Bearer /i.test(header) && /claims="[^"]+"/i.test(header);
}
