import type { Duplex } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { maxRequestBodyBytes } from '../../core/contract/requestEnvelope.js';

/**
 * The path and query of an origin-form request-target (`/v1.0/…?…`), or undefined for the other
 * forms (absolute-form `http://x/…`, asterisk-form `*`, authority-form `host:port`) and garbage:
 * the fake is not a proxy, so those get a 400 instead of being resolved against another host.
 */
export function originFormTarget(target: string | undefined): string | undefined {
  if (target === undefined || !target.startsWith('/') || target.startsWith('//')) return undefined;
  return target;
}

export function badTargetMessage(target: string | undefined): string {
  const shown = JSON.stringify((target ?? '').slice(0, 100));
  return `graph-vpp-fake only answers origin-form request targets such as /v1.0/deviceAppManagement/vppTokens; got ${shown}. It is not a proxy: send the path, not a full URL, * or host:port.`;
}

export function notUnderRootMessage(target: string): string {
  const shown = JSON.stringify(target.slice(0, 100));
  return `graph-vpp-fake answers under /v1.0 only (e.g. /v1.0/deviceAppManagement/vppTokens); got ${shown}.`;
}

/** `CONNECT` never reaches the request listener: answer it on the socket and close. */
export function refuseConnect(_request: IncomingMessage, socket: Duplex): void {
  const body = JSON.stringify({
    error: {
      code: 'BadRequest',
      message: 'graph-vpp-fake does not support CONNECT: it is not a proxy.',
    },
  });
  socket.end(
    `HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, POST, PATCH, DELETE\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * Reads a request body, keeping at most one byte past Graph's 4 MB limit: past it, the rest is
 * discarded unread so the core can answer 413 without the server buffering unbounded input.
 */
export function readBodyCapped(
  incoming: IncomingMessage,
  limit: number = maxRequestBodyBytes,
): Promise<{ body: Buffer; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    const onData = (chunk: Buffer) => {
      bytes += chunk.byteLength;
      chunks.push(chunk);
      if (bytes <= limit) return;
      incoming.off('data', onData);
      incoming.resume(); // drain and drop the rest
      resolve({ body: Buffer.concat(chunks).subarray(0, limit + 1), tooLarge: true });
    };
    incoming.on('data', onData);
    incoming.on('end', () => {
      resolve({ body: Buffer.concat(chunks), tooLarge: false });
    });
    incoming.on('error', reject);
  });
}
