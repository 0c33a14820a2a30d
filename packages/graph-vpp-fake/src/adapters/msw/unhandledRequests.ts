/** What msw does with a request no handler answers: the v2 strategies, also valid in v3. */
export type UnhandledStrategy =
  | 'error'
  | 'warn'
  | 'bypass'
  /** Called with the unhandled request; throw to fail. */
  | ((request: Request) => void);

/** The major version of the installed msw, from its version string (`2.15.0` → 2). */
export function mswMajorFromVersion(version: string): number {
  const major = Number.parseInt(version, 10);
  if (!Number.isInteger(major)) throw new Error(`cannot read msw's version "${version}"`);
  return major;
}

/**
 * The major version from msw's root exports, for browsers where its package.json cannot be read:
 * msw 3 moved `graphql` out of the root entry (to `msw/graphql`), msw 2 has it there.
 */
export function mswMajorFromExports(mswRoot: object): number {
  return 'graphql' in mswRoot ? 2 : 3;
}

/**
 * The `listen()`/`start()` option for an unhandled-request strategy under the given msw major:
 * msw 2 reads `onUnhandledRequest`; msw 3 renamed it `onUnhandledFrame` and silently ignores the
 * old name (falling back to `warn`), so passing the wrong one would let requests reach the network.
 */
export function unhandledRequestOption(
  major: number,
  strategy: UnhandledStrategy,
): Record<string, unknown> {
  if (major <= 2) {
    return {
      onUnhandledRequest:
        typeof strategy === 'function'
          ? (request: Request) => {
              strategy(request);
            }
          : strategy,
    };
  }
  return {
    onUnhandledFrame:
      typeof strategy === 'function'
        ? ({ frame }: { frame: { data?: { request?: Request }; request?: Request } }) => {
            const request = frame.data?.request ?? frame.request;
            if (request) strategy(request);
          }
        : strategy,
  };
}
