import { open } from 'node:fs/promises';
import { CliError, exitCodes } from '../exitCodes.js';

/** An sToken file is a few hundred bytes; anything this large is not one (checked before reading). */
export const maxAppleTokenFileBytes = 64 * 1024;

/** What a `.vpptoken` file says about itself. `fileText` is what Intune takes as `token`: never print it. */
export interface AppleTokenFile {
  /** The file's base64 content, trimmed: the value to upload as the vppToken's `token`. */
  fileText: string;
  /** When Apple says the new token expires (`expDate`). */
  expiresAt: Date;
  /** The organisation Apple issued it to (`orgName`). */
  organizationName: string;
}

/**
 * Reads and decodes an sToken file (base64 of JSON `{ token, expDate, orgName }`, as Apple
 * Business/School Manager hands it out). Throws a usage error (exit 2) saying what is wrong
 * and what to do; the messages never contain the token.
 */
export async function readAppleTokenFile(path: string, now: number): Promise<AppleTokenFile> {
  const text = await readSmallFile(path);
  return decodeAppleToken(text, now, path);
}

/** Decodes the text of an sToken file; `source` names it in errors. */
export function decodeAppleToken(text: string, now: number, source: string): AppleTokenFile {
  const refuse = (why: string) =>
    new CliError(
      `${source} is not a usable Apple VPP token file: ${why}. Download a new .vpptoken from Apple Business Manager or Apple School Manager (Settings › Payments and Billing) and pass that file.`,
      exitCodes.usage,
    );
  const fileText = text.trim();
  if (fileText === '') throw refuse('it is empty');
  if (fileText.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(fileText))
    throw refuse('it is not base64 text');
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(fileText, 'base64').toString('utf8'));
  } catch {
    throw refuse('its base64 content is not JSON');
  }
  if (typeof decoded !== 'object' || decoded === null || Array.isArray(decoded))
    throw refuse('its content is not a JSON object');
  const fields = decoded as Record<string, unknown>;
  const missing = ['token', 'expDate', 'orgName'].filter((name) => !(name in fields));
  if (missing.length > 0) throw refuse(`it has no ${missing.join(', ')}`);
  const { token, expDate, orgName } = fields;
  if (typeof token !== 'string' || token.trim() === '') throw refuse('its token is not text');
  if (typeof orgName !== 'string' || orgName.trim() === '') throw refuse('its orgName is not text');
  if (typeof expDate !== 'string') throw refuse('its expDate is not text');
  const expiresAt = parseAppleDate(expDate);
  if (expiresAt === undefined)
    throw refuse(`its expDate "${printable(expDate)}" is not a date like 2027-08-15T18:13:52-0700`);
  if (expiresAt.getTime() <= now) throw refuse(`it expired on ${expiresAt.toISOString()}`);
  return { fileText, expiresAt, organizationName: orgName.trim() };
}

/** Apple writes `2014-08-15T18:13:52-0700` (offset without a colon), which `Date.parse` may not read. */
export function parseAppleDate(text: string): Date | undefined {
  const match = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?(Z|[+-]\d\d:?\d\d)$/.exec(
    text.trim(),
  );
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, frac = '', zone = 'Z'] = match;
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${offset}`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

async function readSmallFile(path: string): Promise<string> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT'
        ? `--file ${path} does not exist.`
        : `Could not open --file ${path}: ${(error as Error).message}`,
      exitCodes.usage,
    );
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new CliError(`--file ${path} is not a file.`, exitCodes.usage);
    if (info.size > maxAppleTokenFileBytes)
      throw new CliError(
        `--file ${path} is ${info.size} bytes; an Apple VPP token file is under ${maxAppleTokenFileBytes / 1024} KB. Check that you chose the .vpptoken file.`,
        exitCodes.usage,
      );
    // Read at most the limit even if the file grew after the stat.
    const buffer = Buffer.alloc(maxAppleTokenFileBytes + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > maxAppleTokenFileBytes)
      throw new CliError(
        `--file ${path} grew past ${maxAppleTokenFileBytes} bytes while being read.`,
        exitCodes.usage,
      );
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

function printable(text: string): string {
  const safe = text.replace(/[^\x20-\x7e]/g, '?');
  return safe.length > 40 ? `${safe.slice(0, 40)}…` : safe;
}
