import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutletProfile } from '../core/outlet/outlet-profile';
import { watched } from './in-transaction';

/**
 * Outlet profiles (core/outlet/outlet-profile.ts), one record per site, in a database of
 * their own beside the library: articles come and go with eviction and imports, while a
 * profile holds what the reader wrote about an outlet. Owned by the background, like the
 * library. Versioned like it: a new version adds its line to OUTLET_SCHEMA_HISTORY and
 * its step in `upgradeOutlets`.
 */

export interface OutletSchema extends DBSchema {
  profiles: { key: string; value: OutletProfile };
}

export type OutletDb = IDBPDatabase<OutletSchema>;

export const OUTLET_DB_NAME = 'parallax-outlets';
export const OUTLET_DB_VERSION = 1;
export const OUTLET_SCHEMA_HISTORY = {
  1: 'profiles (keyPath site): {site, policies, policiesFrom, policiesAt, wikidata, lookup, reader, firstSeen}',
} as const satisfies Record<number, string>;

/** Profiles read at most for a sweep or the library's summary: far more outlets than a reader meets. */
export const MAX_PROFILES = 5_000;

const connections = new Map<string, Promise<OutletDb>>();

export function openOutlets(name = OUTLET_DB_NAME): Promise<OutletDb> {
  let connection = connections.get(name);
  if (!connection) {
    connection = openDB<OutletSchema>(name, OUTLET_DB_VERSION, {
      upgrade: (db, oldVersion) => upgradeOutlets(db, oldVersion),
      terminated: () => connections.delete(name),
    });
    connections.set(name, connection);
    connection.catch(() => connections.delete(name));
  }
  return connection;
}

export function upgradeOutlets(db: OutletDb, oldVersion: number): void {
  if (oldVersion < 1) db.createObjectStore('profiles', { keyPath: 'site' });
}

export async function getProfiles(db: OutletDb, sites: readonly string[]): Promise<Map<string, OutletProfile>> {
  const tx = watched(db.transaction('profiles', 'readonly'));
  const found = await Promise.all([...new Set(sites)].map((site) => tx.store.get(site)));
  await tx.done;
  return new Map(found.filter((p): p is OutletProfile => p !== undefined).map((p) => [p.site, p]));
}

/** Changes one profile in one transaction: `change` gets what is stored (or undefined) and returns the record to keep. */
export async function updateProfile(db: OutletDb, site: string, change: (stored: OutletProfile | undefined) => OutletProfile): Promise<OutletProfile> {
  const tx = watched(db.transaction('profiles', 'readwrite'));
  const next = change(await tx.store.get(site));
  await tx.store.put(next);
  await tx.done;
  return next;
}

export async function allProfiles(db: OutletDb, limit = MAX_PROFILES): Promise<OutletProfile[]> {
  const tx = watched(db.transaction('profiles', 'readonly'));
  const profiles = await tx.store.getAll(null, limit);
  await tx.done;
  return profiles;
}

export async function clearProfiles(db: OutletDb): Promise<void> {
  const tx = watched(db.transaction('profiles', 'readwrite'));
  await tx.store.clear();
  await tx.done;
}
