// `nx run <package>:check-package`: packs the package in the current folder the way it would be
// published and checks the tarball — our own shape rules first, then publint (--strict: warnings
// fail too) and @arethetypeswrong/cli with its `esm-only` profile (the packages are ESM only, so
// attw's node10 and node16-from-CJS resolutions are reported as ignored instead of failing).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinModules } from 'node:module';

const workspaceRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const packageDir = process.cwd();
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const sourceCondition = '@graph-vpp/source';

/** @type {string[]} */
const problems = [];
const problem = (/** @type {string} */ message) => problems.push(message);

const work = mkdtempSync(join(tmpdir(), `check-package-${pkg.name}-`));
try {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
      cwd: packageDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  )[0];
  const tarball = join(work, packed.filename);
  /** @type {Set<string>} */
  const files = new Set(packed.files.map((/** @type {{ path: string }} */ f) => f.path));
  console.log(`${pkg.name}@${pkg.version}: ${files.size} files, ${packed.size} bytes packed`);

  checkManifest(files);
  checkShippedFiles(files);
  checkImports(files);

  if (problems.length > 0) {
    console.error(`\n${pkg.name}: package shape — ${problems.length} problem(s):`);
    for (const message of problems) console.error(`  ✗ ${message}`);
  } else {
    console.log(`${pkg.name}: package shape ok`);
  }

  const bin = (/** @type {string} */ name) => join(workspaceRoot, 'node_modules', '.bin', name);
  const publint = spawnSync(bin('publint'), ['run', tarball, '--strict'], { stdio: 'inherit' });
  const attw = spawnSync(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii'], {
    stdio: 'inherit',
  });
  const failed = [
    problems.length > 0 && 'package shape',
    publint.status !== 0 && 'publint',
    attw.status !== 0 && 'attw',
  ].filter(Boolean);
  if (failed.length > 0) {
    console.error(`\n${pkg.name}: check-package FAILED (${failed.join(', ')})`);
    process.exitCode = 1;
  } else {
    console.log(`\n${pkg.name}: check-package passed (shape, publint --strict, attw esm-only)`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Metadata every public package carries, and an `exports` map TypeScript and Node agree on. */
function checkManifest(/** @type {Set<string>} */ files) {
  for (const field of ['name', 'version', 'description', 'license', 'engines']) {
    if (!pkg[field]) problem(`package.json has no "${field}"`);
  }
  if (pkg.private) problem('package.json is private');
  if (pkg.type !== 'module') problem('"type" is not "module"');
  if (!pkg.engines?.node) problem('"engines.node" is missing');
  if (!pkg.repository?.url || !pkg.repository?.directory) {
    problem('"repository" needs "url" and "directory"');
  }
  if (!Array.isArray(pkg.keywords) || pkg.keywords.length === 0) problem('"keywords" is empty');
  if (!('sideEffects' in pkg)) problem('"sideEffects" is not declared');
  if (typeof pkg.exports !== 'object' || pkg.exports === null) {
    problem('"exports" is not a subpath map');
    return;
  }
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (subpath === './package.json') continue;
    if (typeof target !== 'object' || target === null) {
      problem(`exports["${subpath}"] is not a conditions object`);
      continue;
    }
    const conditions = Object.keys(target);
    for (const required of ['types', 'import']) {
      if (!(required in target)) problem(`exports["${subpath}"] has no "${required}"`);
    }
    if (conditions.indexOf('types') > conditions.indexOf('import')) {
      problem(`exports["${subpath}"]: "types" must come before "import"`);
    }
    for (const [condition, path] of Object.entries(target)) {
      const file = posix.normalize(String(path));
      if (!files.has(file)) {
        problem(`exports["${subpath}"]["${condition}"] = ${path} is not in the tarball`);
      }
      if (condition !== sourceCondition && !/\.(js|d\.ts)$/.test(file)) {
        problem(`exports["${subpath}"]["${condition}"] = ${path} is not built output`);
      }
    }
  }
  for (const [name, path] of Object.entries(pkg.bin ?? {})) {
    const file = posix.normalize(String(path));
    if (!files.has(file)) {
      problem(`bin "${name}" (${path}) is not in the tarball`);
    } else if (!readFileSync(join(packageDir, file), 'utf8').startsWith('#!/usr/bin/env node\n')) {
      problem(`bin "${name}" (${path}) does not start with "#!/usr/bin/env node"`);
    }
  }
}

/** Only what runs (bin launchers, dist, plus the sources the shipped maps and the source condition point at). */
function checkShippedFiles(/** @type {Set<string>} */ files) {
  if (!files.has('README.md')) problem('README.md is not in the tarball');
  for (const file of files) {
    if (
      /(^|\/)(test|tests|__tests__|fixtures)\//.test(file) ||
      /\.(test|spec)\.[cm]?[jt]s/.test(file)
    ) {
      problem(`test file shipped: ${file}`);
    }
    if (/\.tsbuildinfo$|(^|\/)tsconfig[^/]*\.json$|(^|\/)vitest\.config\./.test(file)) {
      problem(`build configuration shipped: ${file}`);
    }
    if (
      !/^(bin|dist|src)\//.test(file) &&
      !['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'].includes(file)
    ) {
      problem(`unexpected file shipped: ${file}`);
    }
  }
  // Every map must point at a source that ships, or debuggers and bundlers warn about it.
  for (const file of files) {
    if (!file.endsWith('.map')) continue;
    const map = JSON.parse(readFileSync(join(packageDir, file), 'utf8'));
    for (const source of map.sources ?? []) {
      const resolved = posix.normalize(
        posix.join(posix.dirname(file), map.sourceRoot ?? '', source),
      );
      if (!files.has(resolved)) problem(`${file} points at ${resolved}, which is not shipped`);
    }
  }
}

/**
 * Every bare import in the shipped JavaScript and declarations is a dependency or a peer: a
 * consumer's `npm install` never installs our devDependencies. And no dependency goes unused.
 */
function checkImports(/** @type {Set<string>} */ files) {
  const builtins = new Set(builtinModules);
  const declared = new Set([
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.peerDependencies ?? {}),
  ]);
  /** @type {Map<string, string>} */
  const used = new Map();
  const patterns = [
    /^\s*(?:import|export)\s[^'";]*?\sfrom\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const file of files) {
    if (!/^dist\/.*\.(js|d\.ts)$/.test(file)) continue;
    const text = readFileSync(join(packageDir, file), 'utf8');
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        const specifier = match[1] ?? '';
        if (specifier.startsWith('.') || specifier.startsWith('node:')) continue;
        const parts = specifier.split('/');
        const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
        if (builtins.has(name)) continue;
        if (!used.has(name)) used.set(name, file);
      }
    }
  }
  for (const [name, file] of used) {
    if (name === pkg.name) continue;
    if (!declared.has(name)) {
      const where = pkg.devDependencies?.[name] ? ' (it is only a devDependency)' : '';
      problem(`${file} imports "${name}", which is not a dependency or peer${where}`);
    }
  }
  for (const name of Object.keys(pkg.dependencies ?? {})) {
    if (!used.has(name)) problem(`dependency "${name}" is never imported by the shipped code`);
  }
}
