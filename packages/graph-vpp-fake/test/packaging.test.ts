// The server entry must run without msw (an optional peer), and nothing may use APIs msw 3 removed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src', import.meta.url));

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((m) => m[1]!);
}

function reachable(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const specifier of importsOf(entry)) {
    if (specifier.startsWith('.'))
      reachable(resolve(dirname(entry), specifier.replace(/\.js$/, '.ts')), seen);
    else seen.add(`pkg:${specifier}`);
  }
  return seen;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? sourceFiles(path)
      : path.endsWith('.ts') && !path.endsWith('.test.ts')
        ? [path]
        : [];
  });
}

describe('packaging', () => {
  it('graph-vpp-fake/core, /server and the bin do not load msw', () => {
    for (const entry of ['entries/core.ts', 'entries/server.ts', 'bin/graph-vpp-fake.ts']) {
      const packages = [...reachable(join(src, entry))].filter((p) => p.startsWith('pkg:'));
      expect(packages.filter((p) => p.startsWith('pkg:msw'))).toEqual([]);
      expect(packages.length).toBeGreaterThan(0);
    }
  });

  it('the core and msw handlers import msw only from its root entry', () => {
    const core = [...reachable(join(src, 'entries/index.ts'))].filter((p) =>
      p.startsWith('pkg:msw'),
    );
    expect(core).toEqual(['pkg:msw']);
  });

  it('uses nothing msw 3 removed', () => {
    for (const file of sourceFiles(src)) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(
        /handleRequest|msw\/native|graphql\.(query|mutation|operation)\(/,
      );
    }
  });
});

describe('packaging of the tool adapters', () => {
  it('graph-vpp-fake/playwright loads neither msw nor Playwright at run time', () => {
    const entry = join(src, 'entries/playwright.ts');
    const packages = [...reachable(entry)].filter((p) => p.startsWith('pkg:'));
    expect(packages.filter((p) => p.startsWith('pkg:msw'))).toEqual([]);
    // playwright-core is an optional peer: only `import type` may name it.
    for (const file of [...reachable(entry)].filter((f) => f.endsWith('.ts'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/^import (?!type )[^;]*'playwright/m);
    }
  });

  it('graph-vpp-fake/vite names vite for types only and is exported with its types', () => {
    const entry = join(src, 'entries/vite.ts');
    for (const file of [...reachable(entry)].filter((f) => f.endsWith('.ts'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/^import (?!type )[^;]*'vite'/m);
    }
    const manifest = JSON.parse(
      readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8'),
    ) as {
      exports: Record<string, { types?: string }>;
      peerDependenciesMeta: Record<string, { optional?: boolean }>;
    };
    for (const subpath of ['./playwright', './vite']) {
      expect(manifest.exports[subpath]?.types).toBe(`./dist/entries/${subpath.slice(2)}.d.ts`);
    }
    expect(manifest.peerDependenciesMeta['playwright-core']?.optional).toBe(true);
    expect(manifest.peerDependenciesMeta.vite?.optional).toBe(true);
  });
});
