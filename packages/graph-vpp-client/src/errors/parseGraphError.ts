import { GraphError, type GraphErrorDetails } from './graphError.js';
import { parseRetryAfter } from '../http/retryAfter.js';

const maxBodyChars = 2048;

interface RawMainError {
  code?: unknown;
  message?: unknown;
  target?: unknown;
  details?: unknown;
  innerError?: Record<string, unknown>;
}

/**
 * Builds a `GraphError` from a failed response. Reads the body once; never throws on a body that
 * is not Graph's envelope (an HTML 502 from a gateway still yields its status).
 */
export async function graphErrorFromResponse(
  response: Response,
  now = Date.now(),
): Promise<GraphError> {
  const contentType = response.headers.get('content-type') ?? undefined;
  const text = await response.text().catch(() => '');
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now);
  const common: Omit<GraphErrorDetails, 'code' | 'message'> = {
    status: response.status,
    requestId: response.headers.get('request-id') ?? undefined,
    clientRequestId: response.headers.get('client-request-id') ?? undefined,
    retryAfterSeconds: retryAfterMs === undefined ? undefined : retryAfterMs / 1000,
  };
  const mainError = parseEnvelope(text);
  if (!mainError) {
    return new GraphError({
      ...common,
      code: response.statusText || `HTTP${response.status}`,
      message: `the service answered ${response.status} with ${contentType ? `a ${contentType} body` : 'no body'} instead of a Graph error`,
      contentType,
      body: text ? text.slice(0, maxBodyChars) : undefined,
    });
  }
  const inner = mainError.innerError ?? {};
  const intune = unpackIntuneMessage(asString(mainError.message));
  return new GraphError({
    ...common,
    code: asString(mainError.code) ?? (response.statusText || `HTTP${response.status}`),
    message: intune.message || `the service answered ${response.status} without a message`,
    requestId: asString(inner['request-id']) ?? common.requestId,
    clientRequestId: asString(inner['client-request-id']) ?? common.clientRequestId,
    date: parseGraphDate(asString(inner.date)),
    operationId: intune.operationId,
    activityId: intune.activityId,
    target: asString(mainError.target),
    details: parseDetails(mainError.details),
  });
}

function parseEnvelope(text: string): RawMainError | undefined {
  if (!text) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && 'error' in parsed) {
      const error = parsed.error;
      if (error && typeof error === 'object') return error;
    }
  } catch {
    // Not JSON: handled by the caller as a non-Graph body.
  }
  return undefined;
}

/**
 * Intune puts a JSON document inside `error.message`:
 * `{"_version":3,"Message":"An error has occurred - Operation ID (for customer support): … - Activity ID: … - Url: …", …}`.
 * Returns the readable part and the support ids; plain messages pass through unchanged.
 */
export function unpackIntuneMessage(raw: string | undefined): {
  message: string;
  operationId?: string | undefined;
  activityId?: string | undefined;
} {
  if (!raw) return { message: '' };
  let text = raw;
  const trimmed = raw.trim();
  if (trimmed.startsWith('{')) {
    try {
      const doc = JSON.parse(trimmed) as Record<string, unknown>;
      const inner = asString(doc.Message) ?? asString(doc.message);
      if (inner) text = inner;
    } catch {
      // A message that merely starts with "{" stays as it is.
    }
  }
  const operationId = /Operation ID \(for customer support\):\s*([0-9a-f-]{36})/i.exec(text)?.[1];
  const activityId = /Activity ID:\s*([0-9a-f-]{36})/i.exec(text)?.[1];
  // The readable part ends where Intune's support trailer (" - Operation ID …") begins.
  const readable = text.split(/\s+-\s+Operation ID \(for customer support\)/i)[0]?.trim() ?? text;
  return { message: readable, operationId, activityId };
}

/** Graph's `innerError.date` has no zone (`2025-01-22T19:17:04`); it is UTC. */
export function parseGraphDate(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const hasZone = /(Z|[+-]\d\d:?\d\d)$/i.test(value);
  const date = new Date(hasZone ? value : `${value}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function parseDetails(value: unknown): GraphErrorDetails['details'] {
  if (!Array.isArray(value)) return undefined;
  return value
    .filter((d): d is Record<string, unknown> => !!d && typeof d === 'object')
    .map((d) => ({
      code: asString(d.code) ?? '',
      message: asString(d.message) ?? '',
      target: asString(d.target),
    }));
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
