// `npx nx run bench:bench`: every benchmark in one run on this machine, written as ratios to
// RESULTS.md, and a non-zero exit when a budget is missed. `--skip-workspace` leaves out the
// (slow) cold `npm test`.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { bundleBench } from './bundle.mjs';
import { overheadBench } from './overhead.mjs';
import { fakeThroughputBench } from './fake-throughput.mjs';
import { bulkSyncBench } from './bulk-sync.mjs';
import { checkScaleBench } from './check-scale.mjs';
import { workspaceBench } from './workspace.mjs';

const skipWorkspace = process.argv.includes('--skip-workspace');
const checks = [];
const check = (budget, ok, detail) => checks.push({ budget, ok, detail });
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const x = (ratio) => `${ratio.toFixed(2)}×`;
const sections = [];

console.log('1/5 bundle size…');
const bundles = await bundleBench();
const ours = bundles['graph-vpp-client + graph-vpp-auth'];
const bare = bundles['bare Kiota runtime (abstractions + fetch + JSON)'];
const msgraph = bundles['@microsoft/msgraph-sdk (adapter + VppToken model)'];
sections.push(
  [
    '## 1. Bundle size (browser ESM, esbuild --bundle --minify, gzip -9)',
    '',
    '| page that calls syncLicenses with | minified | gzip | gzip vs plain fetch |',
    '| --- | ---: | ---: | ---: |',
    ...Object.entries(bundles).map(
      ([name, s]) =>
        `| ${name} | ${kb(s.minified)} | ${kb(s.gzip)} | ${x(s.gzip / bundles['plain fetch (floor)'].gzip)} |`,
    ),
  ].join('\n'),
);
check(
  'bundle: client + auth within 1.5 KB gzip of the bare Kiota runtime',
  ours.gzip - bare.gzip <= 1536,
  `${kb(ours.gzip - bare.gzip)} over`,
);
check(
  'bundle: client + auth smaller than the @microsoft/msgraph-sdk route',
  ours.gzip < msgraph.gzip,
  `${kb(ours.gzip)} vs ${kb(msgraph.gzip)}`,
);

console.log('2/5 per-call overhead…');
const overhead = await overheadBench();
const floor = overhead['plain fetch'];
sections.push(
  [
    '## 2. Client overhead per call (sequential syncLicenses, local keep-alive server in another process; median of 15 rounds × 200 calls)',
    '',
    '| client | ms per call | ratio to plain fetch |',
    '| --- | ---: | ---: |',
    ...Object.entries(overhead).map(
      ([name, ms]) => `| ${name} | ${ms.toFixed(3)} | ${x(ms / floor)} |`,
    ),
  ].join('\n'),
);
const oursRatio = overhead['graph-vpp-client + auth'] / floor;
check('per call: at most 1.5× plain fetch', oursRatio <= 1.5, x(oursRatio));
check(
  'per call: below both Microsoft clients',
  overhead['graph-vpp-client + auth'] < overhead['@microsoft/msgraph-sdk route'] &&
    overhead['graph-vpp-client + auth'] < overhead['@microsoft/microsoft-graph-client 3.x'],
  `msgraph-sdk ${x(overhead['@microsoft/msgraph-sdk route'] / floor)}, microsoft-graph-client ${x(overhead['@microsoft/microsoft-graph-client 3.x'] / floor)}`,
);

console.log('3/5 fake throughput…');
const throughput = await fakeThroughputBench();
const rows = [];
for (const [group, results] of Object.entries(throughput)) {
  const [floorName, floorRps] = Object.entries(results)[0];
  for (const [name, rps] of Object.entries(results))
    rows.push(`| ${group} | ${name} | ${Math.round(rps)} | ${x(rps / floorRps)} |`);
  void floorName;
}
sections.push(
  [
    '## 3. Fake throughput (GET one token, 8 concurrent, median of 5 rounds × 2000)',
    '',
    '| where | what | requests/s | ratio to floor |',
    '| --- | --- | ---: | ---: |',
    ...rows,
  ].join('\n'),
);
const mswRatio =
  throughput.msw['msw: graph-vpp-fake handlers'] /
  throughput.msw['msw: constant JSON handler (floor)'];
const serverRatio =
  throughput.server['graph-vpp-fake standalone server'] /
  throughput.server['node:http sending the same bytes (floor)'];
check('fake: at least 0.5× the constant msw handler', mswRatio >= 0.5, x(mswRatio));
check('fake: standalone server at least 0.5× bare node:http', serverRatio >= 0.5, x(serverRatio));

console.log('4/5 bulk sync…');
const bulk = await bulkSyncBench();
sections.push(
  [
    '## 4. Bulk sync (graph-vpp sync --all, 500 valid tokens, fake with Intune limits on, fake clock)',
    '',
    '| synced | 429s | time | ideal (100 writes / 20 s) | ratio |',
    '| ---: | ---: | ---: | ---: | ---: |',
    `| ${bulk.synced} | ${bulk.throttled} | ${(bulk.elapsedMs / 1000).toFixed(1)} s | ${(bulk.idealMs / 1000).toFixed(1)} s | ${x(bulk.elapsedMs / bulk.idealMs)} |`,
  ].join('\n'),
);
check('bulk sync: zero 429s', bulk.throttled === 0, `${bulk.throttled}`);
check(
  'bulk sync: within 10% of the ideal time',
  bulk.elapsedMs <= bulk.idealMs * 1.1,
  x(bulk.elapsedMs / bulk.idealMs),
);

// `graph-vpp check` at scale (issue 14): one paged list, no per-token request.
const checkScale = await checkScaleBench();
sections.push(
  [
    '## Check (graph-vpp check --format json, 500 tokens, page size 100, fake clock)',
    '',
    '| requests | list requests | real time |',
    '| ---: | ---: | ---: |',
    `| ${checkScale.requests} | ${checkScale.listRequests} | ${checkScale.realMs.toFixed(0)} ms |`,
  ].join('\n'),
);
check(
  'check: only the 5 list pages for 500 tokens',
  checkScale.requests === 5,
  `${checkScale.requests}`,
);

if (skipWorkspace) {
  console.log('5/5 workspace: skipped (--skip-workspace)');
  sections.push('## 5. Workspace\n\nNot measured in this run (`--skip-workspace`).');
} else {
  console.log('5/5 workspace (cold npm test, then warm)…');
  const workspace = workspaceBench();
  sections.push(
    [
      '## 5. Workspace (`npm test`)',
      '',
      '| run | wall time |',
      '| --- | ---: |',
      `| cold (after \`nx reset\`) | ${workspace.coldSeconds.toFixed(1)} s |`,
      `| warm (Nx cache) | ${workspace.warmSeconds.toFixed(1)} s |`,
    ].join('\n'),
  );
  check(
    'workspace: warm npm test under 15 s',
    workspace.warmSeconds < 15,
    `${workspace.warmSeconds.toFixed(1)} s`,
  );
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${os.platform()} ${os.release()}`;
const markdown = [
  '# graph-vpp benchmarks',
  '',
  `Written by \`npx nx run bench:bench\` on ${new Date().toISOString().slice(0, 10)} (${machine}). All rows of a table come from one run on one machine; read the ratios, not the absolute times.`,
  '',
  '## Budgets',
  '',
  '| budget | met | measured |',
  '| --- | :---: | --- |',
  ...checks.map((c) => `| ${c.budget} | ${c.ok ? 'yes' : '**no**'} | ${c.detail} |`),
  '',
  ...sections.flatMap((s) => [s, '']),
].join('\n');
writeFileSync(new URL('./RESULTS.md', import.meta.url), markdown);
console.log(markdown);
const missed = checks.filter((c) => !c.ok);
if (missed.length > 0) {
  console.error(`\n${missed.length} budget(s) missed: ${missed.map((c) => c.budget).join('; ')}`);
  process.exitCode = 1;
}
