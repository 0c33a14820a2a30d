import { createVppFake, type VppFakeOptions } from 'graph-vpp-fake';
import { runCli } from '../../src/index.js';

/** Runs the CLI in-process against a fresh fake; everything on the fake's clock. */
export function harness(options: VppFakeOptions = {}) {
  const fake = createVppFake(options);
  const run = async (
    argv: string[],
    env: Record<string, string | undefined> = {},
    isTTY = false,
  ) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(argv, {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
      env,
      isTTY,
      clock: fake.clock,
      fetch: (input, init) => fake.fetch(input, init),
    });
    return { code, stdout, stderr };
  };
  return { fake, run };
}

export function validTokens(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    organizationName: `Org ${i}`,
    state: 'valid',
    lastSyncStatus: 'completed',
  }));
}
