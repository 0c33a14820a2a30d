import type { QueryOptions } from '../odata/queryOptions.js';
import type { OperationCall } from './vppTokenOperations.js';

/** `@odata.nextLink` carrying the next offset as `$skiptoken`, or undefined on the last page. */
export function nextLinkFor(
  call: Pick<OperationCall, 'operation' | 'root'>,
  query: QueryOptions,
  offset: number,
  size: number,
  total: number,
): string | undefined {
  if (size <= 0 || offset + size >= total) return undefined;
  const next = new URLSearchParams();
  if (query.top !== undefined) next.set('$top', String(query.top));
  if (query.select) next.set('$select', query.select.join(','));
  if (query.count !== undefined) next.set('$count', String(query.count));
  if (query.filterText !== undefined) next.set('$filter', query.filterText);
  next.set('$skiptoken', String(offset + size));
  const text = next.toString().replace(/%24/g, '$').replace(/%2C/gi, ',');
  return `${call.root}${call.operation.pathTemplate}?${text}`;
}
