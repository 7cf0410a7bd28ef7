import { browser } from 'wxt/browser';

/**
 * Host access the reader grants at run time (optional host permissions). A request must
 * be the first thing a click handler does: Firefox refuses it after an `await`.
 */

export function requestHostAccess(origins: string[]): Promise<boolean> {
  if (origins.length === 0) return Promise.resolve(true);
  return browser.permissions.request({ origins }).catch(() => false);
}

export function releaseHostAccess(origins: string[]): Promise<boolean> {
  if (origins.length === 0) return Promise.resolve(true);
  return browser.permissions.remove({ origins }).catch(() => false);
}

export async function grantedOrigins(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

/** Calls `listener` whenever host access is granted or withdrawn (here or in the browser's own settings). */
export function watchHostAccess(listener: () => void): () => void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}
