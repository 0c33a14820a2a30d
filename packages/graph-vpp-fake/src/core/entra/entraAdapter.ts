import { readBodyCapped } from '../contract/requestEnvelope.js';
import { pickHeaders, type RequestJournal } from '../journal/requestJournal.js';
import type { EntraAppRegistration } from './appRegistration.js';
import { answerEntraRequest, secretFields } from './entraEndpoint.js';

/**
 * Answers a sign-in request and journals it with the form's secrets (`client_secret`,
 * `client_assertion`) replaced by `[redacted]`, so `fake.requests` never holds them.
 */
export async function handleEntraRequest(
  apps: readonly EntraAppRegistration[],
  journal: RequestJournal,
  request: Request,
  nowMs: number,
): Promise<Response> {
  const url = new URL(request.url);
  const body = await readBodyCapped(request);
  const outcome = await answerEntraRequest(apps, request, body.text, nowMs);
  const form = Object.fromEntries(new URLSearchParams(body.text));
  for (const field of secretFields) if (field in form) form[field] = '[redacted]';
  journal.record({
    time: nowMs,
    method: request.method,
    url: request.url,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: pickHeaders(request.headers),
    body: body.text === '' ? undefined : form,
    bodyTruncated: false,
    bodyBytes: body.bytes,
    status: outcome.status,
    operationId: undefined,
    requestId: crypto.randomUUID(),
  });
  return new Response(JSON.stringify(outcome.body), {
    status: outcome.status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}
