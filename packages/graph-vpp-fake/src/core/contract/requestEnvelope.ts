/** Graph's request size limit: bodies over 4 MB are refused with 413. */
export const maxRequestBodyBytes = 4 * 1024 * 1024;

/** A request body as read: its text (cut at the limit) and whether it went past the limit. */
export interface ReadBody {
  text: string;
  /** Bytes read; at most `maxRequestBodyBytes + 1`, reading stops there. */
  bytes: number;
  tooLarge: boolean;
}

/** Reads a body without buffering past the limit: the rest of the stream is cancelled. */
export async function readBodyCapped(
  request: Request,
  limit: number = maxRequestBodyBytes,
): Promise<ReadBody> {
  if (request.method === 'GET' || request.method === 'HEAD' || !request.body) {
    return { text: '', bytes: 0, tooLarge: false };
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limit) {
      await reader.cancel();
      return { text: '', bytes: limit + 1, tooLarge: true };
    }
    chunks.push(value);
  }
  // TextDecoder, not Buffer: the core also runs in browsers.
  return { text: new TextDecoder().decode(concat(chunks, bytes)), bytes, tooLarge: false };
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const joined = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.byteLength;
  }
  return joined;
}

/**
 * OData's 415 message when a body is not declared as JSON, or undefined when it is. Graph takes
 * `application/json` with any parameters (`; charset=utf-8`, `odata.metadata=minimal`), any case.
 */
export function unsupportedMediaType(contentType: string | null): string | undefined {
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType === 'application/json') return undefined;
  const shown = mediaType === '' ? '(none)' : mediaType.slice(0, 100);
  return `A supported MIME type could not be found that matches the content type of the request payload. None of the supported type(s) 'application/json' matches the content type '${shown}'. Send the body as JSON with Content-Type: application/json.`;
}

const ownODataTypes = new Set(['#microsoft.graph.vppToken', 'microsoft.graph.vppToken']);

/** Graph's 400 reason when a body names another entity type in `@odata.type`, else undefined. */
export function foreignODataType(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || !('@odata.type' in value)) return undefined;
  const type: unknown = (value as Record<string, unknown>)['@odata.type'];
  if (typeof type === 'string' && ownODataTypes.has(type)) return undefined;
  const shown =
    typeof type === 'string'
      ? type.slice(0, 100)
      : ((JSON.stringify(type) as string | undefined) ?? String(type)).slice(0, 100);
  return `The entity type '${shown}' is not compatible with the base type 'microsoft.graph.vppToken' of the given entity set; use '#microsoft.graph.vppToken' or leave @odata.type out.`;
}
