import { defineConfig, loadEnv } from 'vite';
import { isDemoBuild } from './vite/demoMode.js';
import { mswWorkerScript } from './vite/mswWorkerScript.js';

// Workspace packages resolve to their TypeScript sources (no build of them needed first).
const conditions = ['@graph-vpp/source', 'module', 'browser', 'development|production'];

export default defineConfig(({ mode }) => ({
  resolve: { conditions },
  plugins: [
    mswWorkerScript({ emitInBuild: isDemoBuild(mode, loadEnv(mode, process.cwd(), 'VITE_')) }),
  ],
  // Kept out of the package folder, so `eslint .`/`prettier .` and Nx inputs never see it.
  cacheDir: '../../node_modules/.vite/vpp-admin-web',
  optimizeDeps: {
    // Everything the demo imports, bundled at startup: a dependency found later would make Vite
    // reload the page in the middle of a test.
    include: [
      'msw',
      'msw/browser',
      'ajv',
      'ajv-formats',
      '@microsoft/kiota-abstractions',
      '@microsoft/kiota-http-fetchlibrary',
      '@microsoft/kiota-serialization-json',
      '@tanstack/query-core',
    ],
  },
  build: { target: 'es2022', sourcemap: true },
}));
