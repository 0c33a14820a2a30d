// The vitest settings every package shares: workspace packages resolve to their TypeScript
// sources (the `@graph-vpp/source` export condition, so tests need no build first), and dates
// never depend on the machine's zone.
import { defineConfig, type ViteUserConfig } from 'vitest/config';

const conditions = ['@graph-vpp/source', 'module', 'node', 'development|production'];

/** A package's vitest config: tests in `src/**` and `test/**` unless `test.include` says otherwise. */
export function packageTestConfig(test: NonNullable<ViteUserConfig['test']> = {}): ViteUserConfig {
  return defineConfig({
    resolve: { conditions },
    ssr: { resolve: { conditions } },
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      env: { TZ: 'UTC' },
      // A hang guard, not a speed check: CI shares two cores between Nx's parallel tasks.
      testTimeout: 30_000,
      ...test,
    },
  });
}
