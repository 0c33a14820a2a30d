// `node --import ./hooks/no-msw.js …`: makes `msw` unresolvable, as if it were not installed
// (it is an optional peer; `graph-vpp-fake/core`, `/server` and the CLI must not need it).
import { register } from 'node:module';

register('./no-msw-hooks.js', import.meta.url);
