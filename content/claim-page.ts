/**
 * One reader per page. The content script can arrive twice: registered for automatic
 * reading and injected again by a toolbar click, or injected by two clicks. Both copies
 * run in the same isolated world, so a global marks the page as taken. A copy left from
 * before an update of the extension has an invalidated context and gives way.
 */

const CLAIM = Symbol.for('parallax.reader');

interface Claimant {
  readonly isValid: boolean;
}

export function claimPage(ctx: Claimant, scope: Record<symbol, unknown> = globalThis as unknown as Record<symbol, unknown>): boolean {
  const holder = scope[CLAIM] as Claimant | undefined;
  if (holder?.isValid) return false;
  scope[CLAIM] = ctx;
  return true;
}
