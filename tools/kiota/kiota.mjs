// @ts-check
// One place for the Kiota invocation, shared by `generate` and `check-generated`, so the drift
// check can never disagree with the generator about flags.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const specPath = path.join(workspaceRoot, 'spec/vpp-tokens.openapi.yaml');
export const committedOutput = path.join(workspaceRoot, 'packages/graph-vpp-client/src/generated');

/** Kiota must never phone home or print tutorials: CI machines have no network but registries. */
export const kiotaEnv = {
  KIOTA_OFFLINE_ENABLED: 'true',
  KIOTA_CLI_TELEMETRY_OPTOUT: 'true',
  KIOTA_TUTORIAL_ENABLED: 'false',
  KIOTA_CONSOLE_COLORS_ENABLED: 'false',
  DOTNET_CLI_TELEMETRY_OPTOUT: '1',
  DOTNET_NOLOGO: '1',
};

/**
 * Arguments for `kiota generate`. `--serializer=@…` uses the `=` form on purpose: `dotnet tool
 * run` treats a separate argument starting with `@` as a response file.
 * @param {string} output
 */
export function generateArgs(output) {
  return [
    'generate',
    '--language',
    'typescript',
    '--openapi',
    specPath,
    '--output',
    output,
    '--class-name',
    'VppTokensApiClient',
    '--namespace-name',
    'GraphVpp',
    '--exclude-backward-compatible',
    '--clean-output',
    '--log-level',
    'warning',
    '--serializer=@microsoft/kiota-serialization-json.JsonSerializationWriterFactory',
    '--deserializer=@microsoft/kiota-serialization-json.JsonParseNodeFactory',
    '--structured-mime-types',
    'application/json',
    // The spec lists all four national-cloud servers on purpose; the client sets the base URL.
    '--disable-validation-rules',
    'MultipleServerEntries',
  ];
}

/**
 * Why Kiota cannot run here, or undefined when it can.
 * @returns {string | undefined}
 */
export function kiotaUnavailableReason() {
  const probe = spawnSync('dotnet', ['tool', 'run', 'kiota', '--version'], {
    cwd: workspaceRoot,
    env: { ...process.env, ...kiotaEnv },
    encoding: 'utf8',
  });
  if (probe.error) return `the .NET SDK is not installed (${probe.error.message})`;
  if (probe.status !== 0) {
    return `Kiota is not restored (run \`dotnet tool restore\`): ${(probe.stderr || probe.stdout).trim()}`;
  }
  return undefined;
}

/**
 * Runs Kiota into `output`; throws with Kiota's own output when it fails.
 * @param {string} output
 */
export function runKiota(output) {
  const result = spawnSync('dotnet', ['tool', 'run', 'kiota', ...generateArgs(output)], {
    cwd: workspaceRoot,
    env: { ...process.env, ...kiotaEnv },
    encoding: 'utf8',
  });
  const log = `${result.stdout}${result.stderr}`;
  if (result.error || result.status !== 0) {
    throw new Error(`kiota generate failed (exit ${result.status}):\n${log}${result.error ?? ''}`);
  }
  // Everything Kiota prints besides its success lines is worth showing (warnings on the spec).
  const noise =
    /^(Generation completed successfully|Client base url set to|Warning: the TypeScript language is in preview)/;
  return log
    .split('\n')
    .filter((line) => line.trim() && !noise.test(line.trim()))
    .join('\n');
}
