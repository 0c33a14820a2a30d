import type { EntraAppRegistration } from './appRegistration.js';
import { entraMessages as says } from './entraErrors.js';
import { spkiOfCertificate } from './x509.js';

/** Why an assertion was refused, as Entra reports it. */
export interface AssertionProblem {
  status: number;
  error: string;
  code: number;
  message: string;
}

const federationAudience = 'api://AzureADTokenExchange';

/**
 * Checks a `client_assertion`: signed by the app's certificate (RS256/PS256, `x5t` or
 * `x5t#S256` naming it) or a federated token from a registered issuer/subject. WebCrypto only,
 * so this runs in browsers too.
 */
export async function verifyClientAssertion(
  app: EntraAppRegistration,
  assertion: string,
  url: URL,
  tenant: string,
  nowMs: number,
): Promise<AssertionProblem | undefined> {
  const jwt = parseJwt(assertion);
  const invalid = (code: number, message: string, status = 401) => ({
    status,
    error: 'invalid_client',
    code,
    message,
  });
  if (!jwt) return invalid(50027, says.malformedAssertion(), 400);
  const exp = jwt.claims.exp;
  if (typeof exp !== 'number' || exp * 1000 <= nowMs) {
    return invalid(700024, 'Client assertion is not within its valid time range.');
  }
  if (jwt.claims.iss === app.clientId && jwt.claims.sub === app.clientId) {
    if (!app.certificate) return invalid(700027, says.badAssertionSignature(app.clientId));
    const certDer = pemBody(app.certificate, 'CERTIFICATE');
    const named = await namesCertificate(jwt.header, certDer);
    const ok = named && (await verifySignature(jwt, spkiOfCertificate(certDer), jwt.header.alg));
    if (!ok) return invalid(700027, says.badAssertionSignature(app.clientId));
    const audiences = [jwt.claims.aud].flat();
    const tokenUrl = `${url.origin}/${tenant}/oauth2/v2.0/token`;
    if (
      !audiences.some(
        (aud) => typeof aud === 'string' && sameUrl(aud, tokenUrl, url.origin, tenant),
      )
    ) {
      return invalid(700016, `Client assertion audience claim does not match Realm issuer.`);
    }
    return undefined;
  }
  const fed = app.federated;
  const iss = String(jwt.claims.iss);
  const sub = String(jwt.claims.sub);
  const audiences = [jwt.claims.aud].flat();
  if (fed?.issuer !== iss || fed.subject !== sub || !audiences.includes(federationAudience)) {
    return { ...invalid(70021, says.noFederatedMatch(iss, sub), 400), error: 'invalid_request' };
  }
  const ok = await verifySignature(jwt, pemBody(fed.publicKey, 'PUBLIC KEY'), 'RS256');
  if (!ok || jwt.header.alg !== 'RS256') {
    return { ...invalid(700213, says.noFederatedMatch(iss, sub), 400), error: 'invalid_request' };
  }
  return undefined;
}

function sameUrl(aud: string, tokenUrl: string, origin: string, tenant: string): boolean {
  const a = aud.replace(/\/+$/, '').toLowerCase();
  return a === tokenUrl.toLowerCase() || a === `${origin}/${tenant}/v2.0`.toLowerCase();
}

interface Jwt {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  signed: Uint8Array<ArrayBuffer>;
  signature: Uint8Array<ArrayBuffer>;
}

function parseJwt(token: string): Jwt | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const [h, c, s] = parts as [string, string, string];
    const header: unknown = JSON.parse(new TextDecoder().decode(fromBase64Url(h)));
    const claims: unknown = JSON.parse(new TextDecoder().decode(fromBase64Url(c)));
    if (!isRecord(header) || !isRecord(claims)) return undefined;
    return {
      header,
      claims,
      signed: new TextEncoder().encode(`${h}.${c}`),
      signature: fromBase64Url(s),
    };
  } catch {
    return undefined;
  }
}

async function namesCertificate(
  header: Record<string, unknown>,
  certDer: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  const s256 = header['x5t#S256'];
  if (typeof s256 === 'string') return s256 === (await thumbprint('SHA-256', certDer));
  const x5t = header.x5t;
  return typeof x5t === 'string' && x5t === (await thumbprint('SHA-1', certDer));
}

async function thumbprint(algorithm: string, der: Uint8Array<ArrayBuffer>): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.digest(algorithm, der)));
}

async function verifySignature(
  jwt: Jwt,
  spki: Uint8Array<ArrayBuffer>,
  alg: unknown,
): Promise<boolean> {
  const params =
    alg === 'RS256'
      ? {
          import: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
          verify: { name: 'RSASSA-PKCS1-v1_5' },
        }
      : alg === 'PS256'
        ? {
            import: { name: 'RSA-PSS', hash: 'SHA-256' },
            verify: { name: 'RSA-PSS', saltLength: 32 },
          }
        : undefined;
  if (!params) return false;
  try {
    const key = await crypto.subtle.importKey('spki', spki, params.import, false, ['verify']);
    return await crypto.subtle.verify(params.verify, key, jwt.signature, jwt.signed);
  } catch {
    return false;
  }
}

function pemBody(pem: string, label: string): Uint8Array<ArrayBuffer> {
  const match = new RegExp(`-----BEGIN ${label}-----([^-]+)-----END ${label}-----`).exec(pem);
  if (!match?.[1]) throw new TypeError(`apps: expected a PEM "${label}" block; pass the PEM text.`);
  const binary = atob(match[1].replace(/\s+/g, ''));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

function fromBase64Url(part: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(part)) throw new Error('not base64url');
  const b64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}
