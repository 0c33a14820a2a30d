import { randomBytes } from 'node:crypto';
import { rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError, exitCodes } from '../exitCodes.js';

/**
 * Fails early, before any request, when `--output <file>` cannot be written: its folder is
 * missing or not a folder, or the path is a folder itself.
 */
export async function assertWritableOutput(file: string): Promise<void> {
  const dir = dirname(resolve(file));
  const folder = await stat(dir).catch(() => undefined);
  if (!folder?.isDirectory())
    throw new CliError(
      `--output ${file}: the folder ${dir} does not exist. Create it first (mkdir -p "${dir}") or choose another path.`,
      exitCodes.usage,
    );
  const target = await stat(file).catch(() => undefined);
  if (target?.isDirectory())
    throw new CliError(`--output ${file} is a folder; give a file name.`, exitCodes.usage);
}

/**
 * Writes `text` so that a reader (node_exporter's textfile collector, a CI step) sees either the
 * old file or the whole new one: a temp file in the same folder (same file system, so rename is
 * atomic; its name does not end in `.prom`, so the collector skips it), then rename over the target.
 */
export async function writeFileAtomically(file: string, text: string): Promise<void> {
  await assertWritableOutput(file);
  const target = resolve(file);
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temp, text, { flag: 'wx', mode: 0o644 });
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new CliError(
      `Could not write --output ${file}: ${(error as Error).message}`,
      exitCodes.usage,
    );
  }
}
