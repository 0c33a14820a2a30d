#!/usr/bin/env node
// The `graph-vpp` command. This launcher is committed rather than built: npm links a bin at
// install time only if its file exists, and in the repo dist/ is built later (`npm start`). It
// runs the built CLI, or says how to build it.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/bin/graph-vpp.js', import.meta.url);
if (existsSync(entry)) {
  await import(entry.href);
} else {
  process.stderr.write(
    'graph-vpp is not built yet: run `npm start` (or `npx nx run graph-vpp-cli:build`) first.\n',
  );
  process.exitCode = 1;
}
