import type { FetchLike } from 'graph-vpp-client';
import type { CredentialOptions } from '../auth/resolveAuth.js';

/** How long a demo sync takes on the embedded fake: long enough to watch, short enough to wait for. */
export const demoSyncDurationMs = 3_000;

export interface EmbeddedFake {
  banner: string;
  fetch: FetchLike;
  accessToken: string;
  /** For `--fake --client-credentials`: @azure/identity's requests go to the fake's Entra ID. */
  credentialOptions: CredentialOptions;
}

type HttpClient = NonNullable<CredentialOptions['httpClient']>;
type PipelineResponse = Awaited<ReturnType<HttpClient['sendRequest']>>;

/**
 * `--fake`: graph-vpp-fake in this process with its demo tokens (one of them expired), its clock
 * following real time so a sync visibly takes a few seconds. Its Entra ID knows the demo app
 * registration, so `--fake --client-credentials` signs in for real.
 */
export async function startEmbeddedFake(): Promise<EmbeddedFake> {
  const { createVppFakeCore, demoAppRegistration } = await import('graph-vpp-fake/core');
  const fake = createVppFakeCore({
    sync: { durationMs: demoSyncDurationMs },
    realTime: true,
    apps: [demoAppRegistration],
  });
  // A core-rest-pipeline HttpClient rather than msw's node interception: it reaches only this
  // credential (nothing global is patched in the CLI's process), and the credential, MSAL and the
  // pipeline above it stay the real library.
  const httpClient: HttpClient = {
    async sendRequest(request) {
      const body = typeof request.body === 'string' ? request.body : undefined;
      const response = await fake.handle(
        new Request(request.url, {
          method: request.method,
          headers: request.headers.toJSON(),
          ...(body === undefined ? {} : { body }),
        }),
      );
      const headers = new Map<string, string>();
      response.headers.forEach((value, name) => headers.set(name, value));
      return {
        request,
        status: response.status,
        headers: pipelineHeaders(headers),
        bodyAsText: await response.text(),
      } satisfies PipelineResponse;
    },
  };
  return {
    banner:
      '*** FAKE MODE: talking to graph-vpp-fake inside this process, with demo data. Nothing reaches Microsoft Graph. ***\n\n',
    fetch: (input, init) => fake.fetch(input, init),
    // The demo admin may read apps too (iosVppApps need DeviceManagementApps.Read.All).
    accessToken: fake.mintAccessToken({
      scopes: ['DeviceManagementServiceConfig.ReadWrite.All', 'DeviceManagementApps.Read.All'],
    }),
    credentialOptions: { httpClient },
  };
}

/** core-rest-pipeline's HttpHeaders over a map with lower-case names. */
function pipelineHeaders(map: Map<string, string>): PipelineResponse['headers'] {
  const headers: PipelineResponse['headers'] = {
    get: (name) => map.get(name.toLowerCase()),
    has: (name) => map.has(name.toLowerCase()),
    set: (name, value) => {
      map.set(name.toLowerCase(), String(value));
    },
    delete: (name) => {
      map.delete(name.toLowerCase());
    },
    toJSON: () => Object.fromEntries(map),
    [Symbol.iterator]: () => map.entries(),
  };
  return headers;
}
