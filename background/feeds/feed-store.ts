import { parseFeedState, type FeedState } from '../../core/feeds/feed-state';
import { parseOutlets, type Outlet } from '../../core/feeds/outlet';
import { INTERVAL_MINUTES } from '../../core/protocol/feed-messages';
import { parseFollowProgress, type FollowProgress } from '../../core/feeds/follow-progress';
import { isObject } from '../../core/protocol/validate';

/**
 * Followed outlets, their feeds' states and the GUIDs already seen, in extension storage
 * (small, and read by the background only). Everything read back is parsed: a corrupt
 * value costs a refetch, never the other outlets.
 */

export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** GUIDs remembered per outlet: enough for several days of a busy feed. */
const MAX_GUIDS = 2_000;
/** Articles remembered per outlet; the oldest are forgotten (they stay in the library). */
const MAX_OUTLET_ARTICLES = 20_000;

export interface FeedStore {
  outlets(): Promise<Outlet[]>;
  saveOutlets(outlets: Outlet[]): Promise<void>;
  states(): Promise<Record<string, FeedState>>;
  saveStates(states: Record<string, FeedState>): Promise<void>;
  seenGuids(outletId: string): Promise<Set<string>>;
  saveSeenGuids(outletId: string, guids: Set<string>): Promise<void>;
  forgetGuids(outletId: string): Promise<void>;
  /** Addresses of the articles an outlet's feeds brought into the library (for counting and removing them). */
  outletArticles(outletId: string): Promise<string[]>;
  saveOutletArticles(outletId: string, urls: string[]): Promise<void>;
  /** How many stories its feeds brought in, by publication day (core/feeds/coverage.ts). */
  storyDays(outletId: string): Promise<Record<string, number>>;
  saveStoryDays(outletId: string, days: Record<string, number>): Promise<void>;
  /** The last "follow these outlets" run, for the pages that show its progress. */
  followProgress(): Promise<FollowProgress | null>;
  saveFollowProgress(progress: FollowProgress): Promise<void>;
  intervalMinutes(): Promise<number>;
  saveIntervalMinutes(minutes: number): Promise<void>;
}

export function feedStore(area: KeyValueArea): FeedStore {
  const read = async (key: string): Promise<unknown> => (await area.get(key))[key];
  return {
    outlets: async () => parseOutlets(await read('outlets')),
    saveOutlets: (outlets) => area.set({ outlets }),
    states: async () => {
      const value = await read('feedStates');
      const states: Record<string, FeedState> = {};
      // An array is an object too, and would read as states for feeds named "0", "1"…
      if (isObject(value)) {
        for (const [url, state] of Object.entries(value)) states[url] = parseFeedState(state);
      }
      return states;
    },
    saveStates: (states) => area.set({ feedStates: states }),
    seenGuids: async (outletId) => {
      const value = await read(`feedGuids:${outletId}`);
      return new Set(Array.isArray(value) ? value.filter((g): g is string => typeof g === 'string').slice(-MAX_GUIDS) : []);
    },
    saveSeenGuids: (outletId, guids) => area.set({ [`feedGuids:${outletId}`]: [...guids].slice(-MAX_GUIDS) }),
    forgetGuids: (outletId) => area.set({ [`feedGuids:${outletId}`]: [] }),
    outletArticles: async (outletId) => {
      const value = await read(`feedArticles:${outletId}`);
      return Array.isArray(value) ? value.filter((u): u is string => typeof u === 'string').slice(-MAX_OUTLET_ARTICLES) : [];
    },
    saveOutletArticles: (outletId, urls) => area.set({ [`feedArticles:${outletId}`]: [...new Set(urls)].slice(-MAX_OUTLET_ARTICLES) }),
    storyDays: async (outletId) => {
      const value = await read(`feedDays:${outletId}`);
      const days: Record<string, number> = {};
      if (isObject(value)) {
        for (const [day, count] of Object.entries(value)) {
          if (/^\d{1,6}$/.test(day) && typeof count === 'number' && Number.isInteger(count) && count > 0) days[day] = Math.min(count, 100_000);
        }
      }
      return days;
    },
    saveStoryDays: (outletId, days) => area.set({ [`feedDays:${outletId}`]: days }),
    followProgress: async () => parseFollowProgress(await read('followProgress')),
    saveFollowProgress: (progress) => area.set({ followProgress: progress }),
    intervalMinutes: async () => {
      const value = await read('feedIntervalMinutes');
      return typeof value === 'number' && Number.isInteger(value) && value >= INTERVAL_MINUTES.min && value <= INTERVAL_MINUTES.max
        ? value
        : INTERVAL_MINUTES.default;
    },
    saveIntervalMinutes: (minutes) => area.set({ feedIntervalMinutes: minutes }),
  };
}
