import { httpUrl, isObject } from '../protocol/validate';

/**
 * Following several outlets at once (the starter set) and their first check, as the
 * pages show it: one row per site, and a line such as "12 outlets, 9 read, 340 stories".
 * Kept by the background in extension storage, so a row that failed still says why
 * after the page that asked is closed.
 */

export const FOLLOW_ROW_STATUSES = ['finding', 'no-feed', 'checking', 'read', 'failed'] as const;
export type FollowRowStatus = (typeof FOLLOW_ROW_STATUSES)[number];

export interface FollowRow {
  /** The address the reader chose to follow (a starter entry's site). */
  site: string;
  name: string;
  /** The outlet it became; null until its feed is found, and when none is. */
  outletId: string | null;
  status: FollowRowStatus;
  /** What went wrong, in the reader's words; null when nothing did. */
  error: string | null;
  /** Stories this first check brought into the library. */
  stories: number;
}

export interface FollowProgress {
  startedAt: number;
  /** Null while a site is still looked at or checked. */
  finishedAt: number | null;
  rows: FollowRow[];
}

export interface FollowSummary {
  outlets: number;
  /** Checked, well or not: the row is settled. */
  done: number;
  read: number;
  failed: number;
  stories: number;
}

/** At most this many sites in one request: the starter set and then some. */
export const MAX_FOLLOW_SITES = 60;

export function summariseFollow(progress: FollowProgress): FollowSummary {
  const { rows } = progress;
  return {
    outlets: rows.length,
    done: rows.filter((row) => row.status === 'read' || row.status === 'failed' || row.status === 'no-feed').length,
    read: rows.filter((row) => row.status === 'read').length,
    failed: rows.filter((row) => row.status === 'failed' || row.status === 'no-feed').length,
    stories: rows.reduce((sum, row) => sum + row.stories, 0),
  };
}

/** A stored progress record, or null when there is none or it is not one. Bad rows are dropped. */
export function parseFollowProgress(value: unknown): FollowProgress | null {
  if (!isObject(value) || !Array.isArray(value['rows']) || typeof value['startedAt'] !== 'number') return null;
  const rows: FollowRow[] = [];
  for (const row of value['rows'].slice(0, MAX_FOLLOW_SITES)) {
    if (!isObject(row)) continue;
    const site = httpUrl(row['site']);
    const status = row['status'];
    if (!site || !(FOLLOW_ROW_STATUSES as readonly unknown[]).includes(status)) continue;
    rows.push({
      site,
      name: typeof row['name'] === 'string' ? row['name'].slice(0, 200) : site,
      outletId: typeof row['outletId'] === 'string' ? row['outletId'].slice(0, 300) : null,
      status: status as FollowRowStatus,
      error: typeof row['error'] === 'string' ? row['error'].slice(0, 500) : null,
      stories: typeof row['stories'] === 'number' && Number.isInteger(row['stories']) && row['stories'] >= 0 ? row['stories'] : 0,
    });
  }
  const finishedAt = value['finishedAt'];
  return { startedAt: value['startedAt'], finishedAt: typeof finishedAt === 'number' ? finishedAt : null, rows };
}
