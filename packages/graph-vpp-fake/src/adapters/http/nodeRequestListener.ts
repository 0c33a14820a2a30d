import type { IncomingMessage, ServerResponse } from 'node:http';
import type { VppFakeCore } from '../../core/createVppFakeCore.js';
import {
  badTargetMessage,
  notUnderRootMessage,
  originFormTarget,
  readBodyCapped,
} from './requestTarget.js';

const exposedHeaders = 'request-id, client-request-id, retry-after, www-authenticate, date, allow';

/**
 * A `node:http` request listener over the fake's core. Requests are rebuilt as fetch `Request`s
 * on `origin` (the server's own address), so the fake sees its base URL whatever `Host` says.
 * CORS is open so a browser app on another port can call it.
 */
export function createNodeRequestListener(fake: VppFakeCore, origin: () => string) {
  return (incoming: IncomingMessage, outgoing: ServerResponse) => {
    void respond(fake, origin(), incoming, outgoing).catch((error: unknown) => {
      // Internal details go to the server's log, not to the client.
      console.error(`[graph-vpp-fake] ${error instanceof Error ? error.message : String(error)}`);
      if (!outgoing.headersSent) outgoing.writeHead(500, { 'content-type': 'text/plain' });
      outgoing.end('graph-vpp-fake could not answer this request; see the server log.');
    });
  };
}

async function respond(
  fake: VppFakeCore,
  origin: string,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
): Promise<void> {
  const cors = {
    'access-control-allow-origin': '*',
    'access-control-expose-headers': exposedHeaders,
  };
  if (incoming.method === 'OPTIONS' && incoming.headers['access-control-request-method']) {
    outgoing.writeHead(204, {
      ...cors,
      'access-control-allow-methods': 'GET, POST, PATCH, DELETE',
      'access-control-allow-headers':
        incoming.headers['access-control-request-headers'] ?? 'authorization, content-type',
      'access-control-max-age': '600',
    });
    outgoing.end();
    return;
  }
  const target = originFormTarget(incoming.url);
  const refusal =
    target === undefined
      ? { status: 400, code: 'BadRequest', message: badTargetMessage(incoming.url) }
      : fake.serves(`${origin}${target}`)
        ? undefined
        : { status: 404, code: 'ResourceNotFound', message: notUnderRootMessage(target) };
  if (target === undefined || refusal) {
    incoming.resume();
    outgoing.writeHead(refusal?.status ?? 400, {
      ...cors,
      'content-type': 'application/json; charset=utf-8',
    });
    outgoing.end(JSON.stringify({ error: { code: refusal?.code, message: refusal?.message } }));
    return;
  }
  const method = incoming.method ?? 'GET';
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    // The body is re-framed below; the original framing headers would not match it.
    if (value === undefined || name === 'content-length' || name === 'transfer-encoding') continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const read = method === 'GET' || method === 'HEAD' ? undefined : await readBodyCapped(incoming);
  const request = new Request(`${origin}${target}`, {
    method,
    headers,
    ...(read && read.body.length > 0 ? { body: new Uint8Array(read.body) } : {}),
  });
  let response: Response;
  try {
    response = await fake.handle(request);
  } catch (error) {
    // A contract violation is a bug to surface loudly, not an answer to pass off as Graph's.
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[graph-vpp-fake] ${message}`);
    outgoing.writeHead(500, { ...cors, 'content-type': 'application/json; charset=utf-8' });
    outgoing.end(JSON.stringify({ error: { code: 'FakeError', message } }));
    return;
  }
  const responseHeaders: Record<string, string> = { ...cors };
  response.headers.forEach((value, name) => {
    responseHeaders[name] = value;
  });
  const text = await response.text();
  // The rest of an oversized body was never read: close rather than parse it as a next request.
  if (read?.tooLarge) responseHeaders.connection = 'close';
  outgoing.writeHead(response.status, responseHeaders);
  outgoing.end(method === 'HEAD' ? undefined : text);
}
