import type { LibraryDb } from '../db/library-schema';
import { evictForSpace, type StorageEstimateLike } from '../db/library-space';

/**
 * Keeps the library inside the browser's quota: after writes, at most every few minutes,
 * it asks how full storage is and, near the limit, drops the oldest articles the reader
 * did not save by hand (db/library-space.ts records a notice for the options page).
 * A write refused for want of space is handled where it happens (saveArticle retries).
 */

export interface SpaceGuardDeps {
  db: () => Promise<LibraryDb>;
  now: () => number;
  estimate: () => Promise<StorageEstimateLike>;
}

export const SPACE_CHECK_EVERY_MS = 5 * 60_000;

export function spaceGuard(deps: SpaceGuardDeps, everyMs = SPACE_CHECK_EVERY_MS): () => Promise<void> {
  let last = Number.NEGATIVE_INFINITY;
  let running: Promise<void> | null = null;
  return () => {
    const now = deps.now();
    if (running) return running;
    if (now - last < everyMs) return Promise.resolve();
    last = now;
    running = (async () => {
      await evictForSpace(await deps.db(), await deps.estimate(), now);
    })()
      .catch((error: unknown) => console.warn('Parallax: could not check the storage quota', error))
      .finally(() => {
        running = null;
      });
    return running;
  };
}
