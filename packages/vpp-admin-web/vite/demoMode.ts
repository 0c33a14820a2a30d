/**
 * Whether the page runs against graph-vpp-fake in the browser. The same rule is written out in
 * `src/main.ts` with `import.meta.env`, which Vite replaces at build time so that a build without
 * demo mode drops the fake from the bundle.
 */
export function isDemoBuild(mode: string, env: Record<string, string | undefined>): boolean {
  return mode === 'development' ? env.VITE_VPP_DEMO !== 'false' : env.VITE_VPP_DEMO === 'true';
}
