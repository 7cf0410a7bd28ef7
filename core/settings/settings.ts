import { FLAG_CATEGORIES, type FlagCategory } from '../protocol/article';
import { hostKey } from '../identity/host-key';

/**
 * The reader's settings: one small object in extension storage, read by the content
 * script, the popup, the options page and the background. `parseSettings` accepts
 * anything (an old version, a hand-edited import, a corrupt value) and keeps what is
 * valid, so a bad setting never switches Parallax off.
 */

export interface Settings {
  version: 1;
  /** Keep every detected article the reader opens in the library. @default true */
  autoSave: boolean;
  /** Host names where highlights are switched off ("www." dropped). @default [] */
  highlightsOffSites: string[];
  /** Flag categories the reader switched off. @default [] */
  mutedCategories: FlagCategory[];
  /** Phrases the reader muted, as shown in the text ("regime"); matched after normalisation. @default [] */
  mutedPhrases: string[];
  /** The reader's own lexicon entries, validated by the framing engine when compiled. @default [] */
  userEntries: unknown[];
  /**
   * Where Parallax reads pages without being asked: nowhere (only when the toolbar button
   * is clicked), on every site, or on the sites in `autoReadSites`. It takes effect only
   * where the browser has granted host access too. @default 'off'
   */
  autoRead: AutoReadMode;
  /** Host names ("www." dropped) read automatically when `autoRead` is 'chosen'. @default [] */
  autoReadSites: string[];
  /**
   * Look up the outlets in the library on Wikidata (their web address is sent, never an
   * article); it takes effect only where the browser has granted access to Wikidata too.
   * @default false
   */
  wikidataLookups: boolean;
  /** Fewer, surer framing flags or more of them (the learned scorer's threshold). @default 'standard' */
  flagAmount: FlagAmount;
}

export const FLAG_AMOUNTS = ['fewer', 'standard', 'more'] as const;
export type FlagAmount = (typeof FLAG_AMOUNTS)[number];

export const AUTO_READ_MODES = ['off', 'everywhere', 'chosen'] as const;
export type AutoReadMode = (typeof AUTO_READ_MODES)[number];

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  autoSave: true,
  highlightsOffSites: [],
  mutedCategories: [],
  mutedPhrases: [],
  userEntries: [],
  autoRead: 'off',
  autoReadSites: [],
  wikidataLookups: false,
  flagAmount: 'standard',
};

const MAX_LIST = 5_000;
const MAX_STRING = 200;

export function parseSettings(value: unknown): Settings {
  if (typeof value !== 'object' || value === null) return { ...DEFAULT_SETTINGS };
  const v = value as Record<string, unknown>;
  return {
    version: 1,
    autoSave: typeof v['autoSave'] === 'boolean' ? v['autoSave'] : DEFAULT_SETTINGS.autoSave,
    highlightsOffSites: [...new Set(strings(v['highlightsOffSites']).map(hostKey))],
    mutedCategories: strings(v['mutedCategories']).filter((c): c is FlagCategory =>
      (FLAG_CATEGORIES as readonly string[]).includes(c),
    ),
    mutedPhrases: strings(v['mutedPhrases']),
    userEntries: Array.isArray(v['userEntries']) ? v['userEntries'].slice(0, MAX_LIST) : [],
    autoRead: (AUTO_READ_MODES as readonly unknown[]).includes(v['autoRead']) ? (v['autoRead'] as AutoReadMode) : DEFAULT_SETTINGS.autoRead,
    autoReadSites: [...new Set(strings(v['autoReadSites']).map(hostKey))],
    wikidataLookups: v['wikidataLookups'] === true,
    flagAmount: (FLAG_AMOUNTS as readonly unknown[]).includes(v['flagAmount']) ? (v['flagAmount'] as FlagAmount) : DEFAULT_SETTINGS.flagAmount,
  };
}

function strings(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out = value.filter((s): s is string => typeof s === 'string' && s.trim() !== '' && s.length <= MAX_STRING);
  return [...new Set(out.map((s) => s.trim()))].slice(0, MAX_LIST);
}

export function highlightsOn(settings: Settings, host: string): boolean {
  return !settings.highlightsOffSites.includes(hostKey(host));
}

/** A copy with the site's highlights switched on or off. */
export function withSiteHighlights(settings: Settings, host: string, on: boolean): Settings {
  const key = hostKey(host);
  const others = settings.highlightsOffSites.filter((s) => s !== key);
  return { ...settings, highlightsOffSites: on ? others : [...others, key] };
}
