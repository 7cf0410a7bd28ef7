import { emptyProfile, type OutletProfile } from '../../core/outlet/outlet-profile';
import { allProfiles, clearProfiles, getProfiles, updateProfile, type OutletDb } from '../../db/outlet-db';

/** The outlet profiles as the background's parts use them; a profile missing from the database starts empty. */
export interface OutletStore {
  get(site: string): Promise<OutletProfile | undefined>;
  getMany(sites: readonly string[]): Promise<Map<string, OutletProfile>>;
  /** Changes a profile, creating it first if there is none. */
  update(site: string, change: (profile: OutletProfile) => OutletProfile): Promise<OutletProfile>;
  all(): Promise<OutletProfile[]>;
  clear(): Promise<void>;
}

export function outletStore(db: () => Promise<OutletDb>, now: () => number): OutletStore {
  return {
    get: async (site) => (await getProfiles(await db(), [site])).get(site),
    getMany: async (sites) => getProfiles(await db(), sites),
    update: async (site, change) => updateProfile(await db(), site, (stored) => change(stored ?? emptyProfile(site, now()))),
    all: async () => allProfiles(await db()),
    clear: async () => clearProfiles(await db()),
  };
}
