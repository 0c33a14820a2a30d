// @ts-check
// `nx run graph-vpp-client:generate`: regenerate the committed Kiota client from the spec.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { committedOutput, kiotaUnavailableReason, runKiota, workspaceRoot } from './kiota.mjs';

const unavailable = kiotaUnavailableReason();
if (unavailable) {
  console.error(`Cannot regenerate: ${unavailable}.`);
  process.exit(1);
}
const warnings = runKiota(committedOutput);
if (warnings) console.warn(warnings);
// Kiota's log is per-machine noise; the lock file is what we commit.
rmSync(path.join(committedOutput, '.kiota.log'), { force: true });
console.log(`Regenerated ${path.relative(workspaceRoot, committedOutput)} from the spec.`);
