#!/usr/bin/env node
import { runCli } from '../run.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  // @types/node says boolean, but isTTY is undefined (not false) when stderr is not a terminal.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion
  isTTY: Boolean(process.stderr.isTTY),
});
