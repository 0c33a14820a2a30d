/** What a list query's key records: the options that change what Graph returns. */
export interface VppTokenListKeyOptions {
  /** `$select`, sorted in the key so that the order of properties does not split the cache. */
  select?: readonly string[] | undefined;
  /** `$top` of the first page. */
  pageSize?: number | undefined;
}

/** `['graph-vpp', 'vppTokens', 'list', { select, pageSize }]` */
export type VppTokenListKey = readonly [
  'graph-vpp',
  'vppTokens',
  'list',
  {
    /** The sorted `$select`, or null for every property. */
    readonly select: readonly string[] | null;
    /** `$top` of the first page, or null for the service's page size. */
    readonly pageSize: number | null;
  },
];

/** `['graph-vpp', 'vppTokens', 'detail', vppTokenId]` */
export type VppTokenDetailKey = readonly ['graph-vpp', 'vppTokens', 'detail', string];

/**
 * The query keys this package uses, from broad to narrow, for `invalidateQueries`,
 * `getQueryData` and `setQueryData`:
 *
 * ```ts
 * queryClient.invalidateQueries({ queryKey: vppTokenKeys.all });   // everything VPP
 * queryClient.invalidateQueries({ queryKey: vppTokenKeys.lists() }); // every list
 * queryClient.getQueryData(vppTokenKeys.detail(id));
 * ```
 *
 * Keys do not name the tenant: use one QueryClient per signed-in account (or `clear()` it on
 * sign-out), as with any TanStack Query data that belongs to a user.
 */
export const vppTokenKeys = {
  /** Every query and mutation of this package. */
  all: ['graph-vpp', 'vppTokens'] as const,
  /** Every list query, whatever its options. */
  lists: () => ['graph-vpp', 'vppTokens', 'list'] as const,
  /** One list query. */
  list: (options: VppTokenListKeyOptions = {}): VppTokenListKey => [
    'graph-vpp',
    'vppTokens',
    'list',
    {
      select: options.select ? [...options.select].sort() : null,
      pageSize: options.pageSize ?? null,
    },
  ],
  /** Every single-token query. */
  details: () => ['graph-vpp', 'vppTokens', 'detail'] as const,
  /** One token's query. */
  detail: (vppTokenId: string): VppTokenDetailKey => [
    'graph-vpp',
    'vppTokens',
    'detail',
    vppTokenId,
  ],
  /** The syncLicenses mutation (for `useIsMutating({ mutationKey })`). */
  syncLicenses: () => ['graph-vpp', 'vppTokens', 'syncLicenses'] as const,
};
