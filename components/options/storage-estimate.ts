import { uiText } from './ui-text';

/** How full the browser's storage for Parallax is, from `navigator.storage.estimate()`. */

/** Above this share of the quota, the page warns. */
export const STORAGE_WARNING_SHARE = 0.8;

export interface StorageLevel {
  usage: number;
  /** Null when the browser gives no quota. */
  quota: number | null;
  /** usage / quota, 0 to 1; null without a quota. */
  share: number | null;
  warn: boolean;
}

export function storageLevel(estimate: { usage?: number; quota?: number }): StorageLevel | null {
  const { usage, quota } = estimate;
  if (typeof usage !== 'number' || !Number.isFinite(usage) || usage < 0) return null;
  if (typeof quota !== 'number' || !Number.isFinite(quota) || quota <= 0) return { usage, quota: null, share: null, warn: false };
  const share = Math.min(1, usage / quota);
  return { usage, quota, share, warn: share > STORAGE_WARNING_SHARE };
}

/** A share as the page says it: "under 1%" rather than "0%", whole percents above. */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.01) return uiText.storage.shareUnderOne;
  return uiText.storage.share(Math.floor(share * 100));
}
