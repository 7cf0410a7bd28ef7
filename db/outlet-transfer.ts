import type { ImportMode } from '../core/protocol/library-messages';
import { mergeProfile } from '../core/library-file/merge-profile';
import type { OutletProfile } from '../core/outlet/outlet-profile';
import { inTransaction } from './in-transaction';
import type { OutletDb } from './outlet-db';

/**
 * Outlet profiles to and from the library file, in one transaction over `profiles`: an
 * import writes all of its profiles or none. Merge: each profile joins what is here
 * (core/library-file/merge-profile.ts). Replace: the profiles become the file's.
 */
export async function importProfiles(db: OutletDb, profiles: readonly OutletProfile[], mode: ImportMode): Promise<number> {
  const tx = db.transaction('profiles', 'readwrite');
  await inTransaction(tx, async () => {
    if (mode === 'replace') await tx.store.clear();
    const current = mode === 'replace' ? [] : await Promise.all(profiles.map((profile) => tx.store.get(profile.site)));
    await Promise.all(profiles.map((profile, i) => tx.store.put(mergeProfile(current[i], profile))));
  });
  return profiles.length;
}
