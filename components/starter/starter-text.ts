import type { KindSourceName, StarterKind, StarterRegion } from '../../core/starter/starter-outlet';
import { message, plural } from '../../platform/i18n';

/** Every word of the starter set's picker and of the popup's coverage line; the words are `browser.i18n` messages. */
export const starterText = {
  heading: message('starter_heading'),
  intro: message('starter_intro'),
  balanced: message('starter_balanced'),
  clear: message('starter_clear'),
  regionsLabel: message('starter_regions_label'),
  regions: {
    'north-america': message('starter_region_north_america'),
    'latin-america': message('starter_region_latin_america'),
    europe: message('starter_region_europe'),
    'ukraine-russia': message('starter_region_ukraine_russia'),
    'middle-east': message('starter_region_middle_east'),
    africa: message('starter_region_africa'),
    'south-asia': message('starter_region_south_asia'),
    'east-asia': message('starter_region_east_asia'),
  } satisfies Record<StarterRegion, string>,
  kinds: {
    wire: message('starter_kind_wire'),
    'public-broadcaster': message('starter_kind_public_broadcaster'),
    private: message('starter_kind_private'),
    independent: message('starter_kind_independent'),
    'state-controlled': message('starter_kind_state_controlled'),
  } satisfies Record<StarterKind, string>,
  sources: {
    'ebu-members': message('starter_source_ebu'),
    wikipedia: message('starter_source_wikipedia'),
    'about-page': message('starter_source_about'),
  } satisfies Record<KindSourceName, string>,
  sourceLink: (source: string) => message('starter_source_link', source),
  meta: (country: string, language: string, kind: string) => message('starter_meta', country, language, kind),
  chosen: (n: number) => plural('starter_chosen', n),
  sitesHeading: message('starter_sites_heading'),
  sitesNone: message('starter_sites_none'),
  follow: (n: number) => plural('starter_follow', n),
  followHint: message('starter_follow_hint'),
  denied: message('starter_denied'),
  sendFailed: (error: string) => message('starter_send_failed', error),
  progress: (outlets: number, read: number, stories: number) =>
    message('starter_progress', plural('starter_progress_outlets', outlets), read, plural('starter_progress_stories', stories)),
  done: message('starter_progress_done'),
  failedCount: (n: number) => plural('starter_progress_failed', n),
  row: {
    finding: message('starter_row_finding'),
    checking: message('starter_row_checking'),
    read: (stories: number) => plural('starter_row_read', stories),
    noFeed: (error: string) => message('starter_row_no_feed', error),
    failed: (error: string) => message('starter_row_failed', error),
  },
  popupMore: (n: number) => message('starter_popup_more', n),
  coverage: {
    published: (followed: number, published: number, covered: number) =>
      message('coverage_published', plural('starter_progress_outlets', followed), published, covered),
    notCovered: (names: string) => message('coverage_not_covered', names),
    allCovered: message('coverage_all_covered'),
    nonePublished: (followed: number) => message('coverage_none_published', plural('starter_progress_outlets', followed)),
  },
};

const displayNames = new Map<string, string>();

/**
 * "Germany", "German": the browser's own names, in the reader's language. Kept once
 * found: building an Intl.DisplayNames loads locale data, and forty rows asked for two
 * names each on every render.
 */
export function displayName(type: 'region' | 'language', code: string): string {
  const key = `${type}:${code}`;
  let name = displayNames.get(key);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([navigator.language], { type }).of(code) ?? code;
    } catch {
      name = code;
    }
    displayNames.set(key, name);
  }
  return name;
}
