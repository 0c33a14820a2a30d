/**
 * `root.querySelector(selector)`, for elements the page's own markup always has: a missing (or
 * differently typed) one is a bug in that markup, reported by its selector rather than as a later
 * `null` dereference.
 */
export function requireElement<T extends Element>(
  root: ParentNode,
  selector: string,
  type: abstract new () => T,
): T {
  const element = root.querySelector(selector);
  if (!(element instanceof type)) {
    throw new Error(`vpp-admin-web: the page has no ${type.name} matching ${selector}`);
  }
  return element;
}
