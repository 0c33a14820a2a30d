import type { VppFakeCore } from '../../src/entries/index.js';

export const graphRoot = 'https://graph.microsoft.com/v1.0';
export const tokensPath = '/deviceAppManagement/vppTokens';
export const fixedStart = Date.parse('2026-11-28T12:00:00Z');

/** Ids of the default seed. */
export const seedIds = {
  contosoBusiness: '6f1f6c43-2b4d-4a8e-9a6b-0c4f2b1d7e01',
  contosoEducation: '0d5e3f7a-8c21-4b9e-b3a4-5e6f7a8b9c02',
  fabrikam: 'a3c9e1b2-4d5f-4e6a-8b7c-9d0e1f2a3b03',
  expired: 'b4d0f2c3-5e6a-4f7b-9c8d-0e1f2a3b4c04',
  invalid: 'c5e1a3d4-6f7b-4a8c-8d9e-1f2a3b4c5d05',
  woodgrove: 'd6f2b4e5-7a8c-4b9d-9e0f-2a3b4c5d6e06',
} as const;

export interface CallOptions {
  /** Bearer token; default a fresh `fake.mintAccessToken()`. `null` sends no Authorization header. */
  token?: string | null;
  body?: unknown;
  /** Raw body text (wins over `body`). */
  rawBody?: string;
  headers?: Record<string, string>;
  root?: string;
}

/** Sends one request through `fake.fetch` and returns status, headers and parsed body. */
export async function call(
  fake: VppFakeCore,
  method: string,
  path: string,
  options: CallOptions = {},
) {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? fake.mintAccessToken() : options.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  let body: string | undefined = options.rawBody;
  if (body === undefined && options.body !== undefined) body = JSON.stringify(options.body);
  // Declared as JSON unless the test sets its own Content-Type (fetch would say text/plain).
  const declared = Object.keys(headers).some((name) => name.toLowerCase() === 'content-type');
  if (body !== undefined && !declared) headers['content-type'] = 'application/json';
  const response = await fake.fetch(`${options.root ?? graphRoot}${path}`, {
    method,
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: text ? JSON.parse(text) : undefined,
  };
}

/** The readable `Message` inside an Intune error's JSON-encoded `error.message`. */
export function intuneReadable(body: any): string {
  return JSON.parse(body.error.message).Message as string;
}
