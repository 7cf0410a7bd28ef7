import type { OutletProfile } from '../outlet/outlet-profile';

/**
 * One outlet's profile after a merging import, from what this browser holds and what the
 * file holds: each of its three sources is taken whole from the side that read or wrote
 * it last (the reader's words by when they were written, the policies by when they were
 * read, Wikidata's facts with their lookup by when they were read), so a newer note on
 * this device is never overwritten by an older one from the file.
 */
export function mergeProfile(current: OutletProfile | undefined, imported: OutletProfile): OutletProfile {
  if (!current) return imported;
  const policies = (imported.policiesAt ?? -1) > (current.policiesAt ?? -1) ? imported : current;
  const facts = (imported.wikidata?.readAt ?? -1) > (current.wikidata?.readAt ?? -1) ? imported : current;
  const reader = (imported.reader?.at ?? -1) > (current.reader?.at ?? -1) ? imported : current;
  return {
    site: current.site,
    policies: policies.policies,
    policiesFrom: policies.policiesFrom,
    policiesAt: policies.policiesAt,
    wikidata: facts.wikidata,
    lookup: facts.lookup,
    reader: reader.reader,
    firstSeen: Math.min(current.firstSeen, imported.firstSeen),
  };
}
