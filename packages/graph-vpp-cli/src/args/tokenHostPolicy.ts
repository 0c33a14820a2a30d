import { graphClouds, loopbackHosts, type GraphCloud } from 'graph-vpp-auth';
import { UsageError } from '../exitCodes.js';

// Cloud instance-metadata and platform endpoints: a token sent there can be read by whatever
// runs on the machine (or proxied by an SSRF). Compared after WHATWG URL normalisation.
const metadataHosts = new Set([
  'metadata.google.internal',
  'metadata.goog',
  'metadata',
  'instance-data',
  'metadata.azure.internal',
  '100.100.100.200', // Alibaba Cloud
  '168.63.129.16', // Azure WireServer
  '[fd00:ec2::254]', // AWS IMDS over IPv6
]);

/** Why a host must never receive the access token, or undefined when it is not such a host. */
export function forbiddenTokenHost(hostname: string): string | undefined {
  const host = hostname.replace(/\.$/, '').toLowerCase();
  if (metadataHosts.has(host)) return 'a cloud metadata address';
  const ipv4 = ipv4Of(host);
  if (ipv4?.[0] === 169 && ipv4[1] === 254) return 'a link-local address (169.254.0.0/16)';
  if (ipv4 && metadataHosts.has(ipv4.join('.'))) return 'a cloud metadata address';
  const firstHextet = /^\[([0-9a-f]{1,4}):/.exec(host)?.[1];
  if (firstHextet !== undefined && (parseInt(firstHextet, 16) & 0xffc0) === 0xfe80)
    return 'a link-local address (fe80::/10)';
  return undefined;
}

/** The IPv4 address a host stands for: dotted, or embedded in an IPv6 form (mapped, compatible, NAT64). */
function ipv4Of(host: string): number[] | undefined {
  const dotted = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (dotted) return dotted.slice(1).map(Number);
  // The URL parser writes [::ffff:169.254.169.254] as [::ffff:a9fe:a9fe].
  const embedded = /^\[(?:::ffff:|::|64:ff9b::|::ffff:0:)([0-9a-f]{1,4}):([0-9a-f]{1,4})\]$/.exec(
    host,
  );
  if (!embedded?.[1] || !embedded[2]) return undefined;
  const high = parseInt(embedded[1], 16);
  const low = parseInt(embedded[2], 16);
  return [high >> 8, high & 0xff, low >> 8, low & 0xff];
}

/** `--cloud`: one of the four names exactly (an own property, so `__proto__` or `toString` are not clouds). */
export function parseCloud(value: string | undefined): GraphCloud {
  const cloud = value ?? 'global';
  if (!Object.hasOwn(graphClouds, cloud)) {
    throw new UsageError(
      `Unknown --cloud ${JSON.stringify(cloud)}. Use one of: ${Object.keys(graphClouds).join(', ')} (exactly, case-sensitive).`,
    );
  }
  return cloud as GraphCloud;
}

/** `--allow-host` values as the URL parser normalises hosts; a URL, port, path or wildcard is refused. */
export function parseAllowHosts(values: readonly string[]): string[] {
  return values.map((value) => {
    let hostname: string;
    try {
      const url = new URL(`https://${value}`);
      if (
        url.host !== url.hostname ||
        url.pathname !== '/' ||
        url.search ||
        url.hash ||
        url.username
      )
        throw new Error('not a bare host');
      hostname = url.hostname;
    } catch {
      throw new UsageError(
        `--allow-host ${JSON.stringify(value)} must be a bare host name such as graph.contoso-proxy.example (no scheme, port, path or wildcard).`,
      );
    }
    if (value.includes('*'))
      throw new UsageError(
        `--allow-host ${JSON.stringify(value)}: wildcards are not accepted; name the host exactly.`,
      );
    return hostname.replace(/\.$/, '');
  });
}

/**
 * Where the access token may go for `--base-url`: the chosen cloud's Graph host, loopback (a local
 * fake), or a host named exactly by `--allow-host`; never a link-local or metadata address.
 * Returns the extra host to allow (undefined for the cloud host or loopback).
 */
export function checkTokenHost(
  url: URL,
  cloud: GraphCloud,
  allowHosts: readonly string[],
): string | undefined {
  const hostname = url.hostname.replace(/\.$/, '').toLowerCase();
  const forbidden = forbiddenTokenHost(hostname);
  if (forbidden) {
    throw new UsageError(
      `--base-url host ${hostname} is ${forbidden}; graph-vpp never sends an access token there, not even with --allow-host.`,
    );
  }
  if (hostname === graphClouds[cloud].host || loopbackHosts.includes(hostname)) {
    // A trailing dot is another spelling of the same host, but not the one the auth policy names.
    if (url.hostname !== hostname)
      throw new UsageError(
        `--base-url host ${url.hostname}: write it without the trailing dot (${hostname}).`,
      );
    return undefined;
  }
  if (allowHosts.includes(hostname)) return hostname;
  throw new UsageError(
    `--base-url host ${hostname} is not the Graph host of --cloud ${cloud} (${graphClouds[cloud].host}) nor loopback. ` +
      `To send your access token to it, add --allow-host ${hostname}.`,
  );
}
