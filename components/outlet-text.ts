import type { PolicyKind } from '../core/outlet/policies';
import { message, plural } from '../platform/i18n';

/** The words of the popup's Outlets tab; the words themselves are `browser.i18n` messages. */
export const outletText = {
  tab: message('popup_tab_outlets'),
  thisOutlet: message('popup_outlets_this'),
  eventOutlets: message('popup_outlets_event'),
  loading: message('popup_outlets_loading'),
  error: (detail: string) => message('popup_outlets_error', detail),
  policies: message('popup_outlet_policies'),
  noPolicies: message('popup_outlet_no_policies'),
  policiesRead: (date: string) => message('popup_outlet_policies_read', date),
  policy: {
    ownershipFundingInfo: message('popup_policy_ownership'),
    correctionsPolicy: message('popup_policy_corrections'),
    publishingPrinciples: message('popup_policy_principles'),
    ethicsPolicy: message('popup_policy_ethics'),
    masthead: message('popup_policy_masthead'),
    actionableFeedbackPolicy: message('popup_policy_feedback'),
    verificationFactCheckingPolicy: message('popup_policy_fact_checking'),
    unnamedSourcesPolicy: message('popup_policy_unnamed_sources'),
    diversityPolicy: message('popup_policy_diversity'),
  } satisfies Record<PolicyKind, string>,
  who: message('popup_outlet_who'),
  facts: {
    kind: message('popup_fact_kind'),
    country: message('popup_fact_country'),
    owner: message('popup_fact_owner'),
    founded: message('popup_fact_founded'),
    languages: message('popup_fact_languages'),
    wikipedia: message('popup_fact_wikipedia'),
  },
  relation: (relation: 'owner' | 'parent', name: string, of: string) =>
    relation === 'owner' ? message('popup_relation_owner', name, of) : message('popup_relation_parent', name, of),
  yourNoteMark: message('popup_your_note_mark'),
  yourNote: (note: string) => message('popup_your_note', note),
  source: (item: string, date: string) => message('popup_wikidata_source', item, date),
  lookupsOff: message('popup_lookups_off'),
  openSettings: message('popup_open_settings'),
  noAccess: message('popup_lookups_no_access'),
  lookup: {
    pending: message('popup_lookup_pending'),
    unknown: (site: string, date: string) => message('popup_lookup_unknown', site, date),
    offline: (time: string) => message('popup_lookup_offline', time),
    timeout: (time: string) => message('popup_lookup_timeout', time),
    'rate-limited': (time: string) => message('popup_lookup_rate_limited', time),
    failed: (time: string) => message('popup_lookup_failed', time),
  },
  note: {
    edit: message('popup_note_edit'),
    kind: message('popup_note_kind'),
    country: message('popup_note_country'),
    owner: message('popup_note_owner'),
    founded: message('popup_note_founded'),
    note: message('popup_note_note'),
    hint: message('popup_note_hint'),
    save: message('popup_note_save'),
    saved: message('popup_note_saved'),
    failed: (detail: string) => message('popup_note_failed', detail),
  },
  coverage: {
    heading: message('popup_coverage_heading'),
    countries: (list: string) => message('popup_coverage_countries', list),
    kinds: (list: string) => message('popup_coverage_kinds', list),
    missingCountries: (list: string) => message('popup_coverage_missing_countries', list),
    missingKinds: (list: string) => message('popup_coverage_missing_kinds', list),
    unknown: (n: number) => plural('popup_coverage_unknown', n),
    basis: message('popup_coverage_basis'),
    none: message('popup_coverage_none'),
  },
};

/** A day as the reader's locale writes it. */
export function shownDate(ms: number): string {
  return new Date(ms).toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}

/** A day and time, for when a lookup will be tried again. */
export function shownTime(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
