/** A `fetch` as the client calls it (the global one, a fake's, or a wrapper such as a budget). */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;
