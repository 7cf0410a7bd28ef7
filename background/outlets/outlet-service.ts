import { librarySummary } from '../../core/outlet/outlet-facts';
import { parseOutletRequest, type LookupAvailability, type OutletResponse } from '../../core/protocol/outlet-messages';
import { parseReaderNotes } from '../../core/outlet/outlet-profile';
import type { ArticleReport } from '../../core/protocol/messages';
import { siteOf } from '../../core/identity/outlet-site';
import type { OutletLookups } from './outlet-lookups';
import type { OutletStore } from './outlet-store';
import { allowedPolicyLinks } from './policy-sites';

/**
 * Outlet profiles in the background: the policies a stored article's page declares are
 * kept under its site; the popup's questions are answered from what is stored, and the
 * outlets it asks about are queued for a lookup when lookups are on and due.
 */

export interface OutletServiceDeps {
  store: OutletStore;
  lookups: OutletLookups;
  availability: () => Promise<LookupAvailability>;
  now: () => number;
}

export interface OutletService {
  /** An article of this tab's page went into the library: keep its outlet's policies, and look the outlet up if due. */
  seen(report: ArticleReport, tabUrl: string): Promise<void>;
  handle(message: unknown): Promise<OutletResponse>;
  clear(): Promise<void>;
}

export function outletService(deps: OutletServiceDeps): OutletService {
  const lookUpIfOn = async (sites: string[]) => {
    if ((await deps.availability()) === 'on') deps.lookups.request(sites);
  };
  return {
    async seen(report, tabUrl) {
      const site = siteOf(tabUrl);
      if (!site) return;
      const links = report.policies ? allowedPolicyLinks(report.policies, tabUrl) : [];
      const now = deps.now();
      await deps.store.update(site, (profile) =>
        // A page without declarations leaves those another page of the outlet gave.
        links.length > 0 ? { ...profile, policies: links, policiesFrom: tabUrl, policiesAt: now } : profile,
      );
      await lookUpIfOn([site]);
    },
    async handle(message) {
      const request = parseOutletRequest(message);
      if (typeof request === 'string') return { ok: false, error: request };
      try {
        if (request.type === 'outlets:note') {
          const notes = parseReaderNotes(request.notes, deps.now());
          if (typeof notes === 'string') return { ok: false, error: notes };
          const profile = await deps.store.update(request.site, (p) => ({ ...p, reader: notes }));
          return { ok: true, profile };
        }
        if (request.type === 'outlets:list') return { ok: true, list: (await deps.store.all()).sort((a, b) => a.site.localeCompare(b.site)) };
        const sites = request.urls.map((url) => (/^https?:/i.test(url) ? siteOf(url) : null));
        const known = [...new Set(sites.filter((s): s is string => s !== null))];
        const [stored, all, lookups] = await Promise.all([deps.store.getMany(known), deps.store.all(), deps.availability()]);
        // Outlets the popup shows get a lookup when due; the answer does not wait for it. Only
        // outlets in the library: the other accounts' (library articles all), and the article's
        // own once it has a profile (it was kept); an article read with saving off is not looked up.
        if (lookups === 'on') deps.lookups.request(known.filter((site) => stored.has(site) || sites.indexOf(site) > 0));
        return {
          ok: true,
          sites,
          profiles: Object.fromEntries(stored),
          lookups,
          pending: known.filter((site) => deps.lookups.pending().has(site)),
          library: librarySummary(all),
        };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : 'the outlet profiles could not be read' };
      }
    },
    clear: () => deps.store.clear(),
  };
}
