import type { FlagCategory } from '../../core/protocol/article';
import type { FlagAmount } from '../../core/settings/settings';
import { message, plural } from '../../platform/i18n';
import { outletsText } from './outlets-text';

/**
 * Every word the options page shows, in one place; the words themselves are `browser.i18n`
 * messages (public/_locales/<lang>/messages.json). Messages that come from the framing
 * engine (why a phrase is refused) are shown as they come.
 */

const articles = (n: number) => plural('options_articles', n);
const phrases = (n: number) => plural('options_phrases', n);

export const uiText = {
  brand: message('ext_name'),
  pageTitle: message('options_page_title'),
  navLabel: message('options_nav_label'),
  sections: {
    library: message('options_section_library'),
    lexicon: message('options_section_lexicon'),
    sites: message('options_section_sites'),
    privacy: message('options_section_privacy'),
  },
  opensInNewTab: message('options_opens_in_new_tab'),
  settingsNotSaved: message('options_setting_not_saved'),

  space: {
    evicted: (count: number, day: string) => message('options_space_evicted', count, day),
    short: message('options_space_short'),
    dismiss: message('options_space_dismiss'),
  },

  library: {
    intro: message('options_library_intro'),
    count: articles,
    storage: (used: string) => message('options_library_storage', used),
    searchLabel: message('options_library_search_label'),
    searchPlaceholder: message('options_library_search_placeholder'),
    searchButton: message('options_library_search_button'),
    outletLabel: message('options_library_outlet_label'),
    allOutlets: message('options_library_all_outlets'),
    outletOption: (name: string, count: number) => message('options_library_outlet_option', name, count),
    fromLabel: message('options_library_from_label'),
    toLabel: message('options_library_to_label'),
    dateHint: message('options_library_date_hint'),
    clearFilters: message('options_library_clear_filters'),
    resultsLabel: message('options_library_results_label'),
    selectAll: message('options_library_select_all'),
    selectOne: (title: string) => message('options_library_select_article', title),
    deleteSelected: (n: number) => (n === 0 ? message('options_library_delete_selected') : plural('options_library_delete', n)),
    deleted: (n: number) => plural('options_library_deleted', n),
    deleteFailed: (error: string) => message('options_library_delete_failed', error),
    savedByHand: message('options_library_saved_by_hand'),
    untitled: message('options_library_untitled'),
    published: (day: string) => message('options_library_published', day),
    opened: (day: string) => message('options_library_opened', day),
    loading: message('options_library_loading'),
    showMore: message('options_library_show_more'),
    emptyLibrary: message('options_library_empty'),
    noResults: message('options_library_no_results'),
    scanLimited: message('options_library_scan_limited'),
    searchFailed: (error: string) => message('options_library_search_failed', error),
    shown: (shown: number, more: boolean) =>
      more ? plural('options_library_shown_more', shown) : plural('options_library_shown', shown),
  },

  lexicon: {
    intro: message('options_lexicon_intro'),
    categoriesHeading: message('options_lexicon_categories_heading'),
    categoriesHint: message('options_lexicon_categories_hint'),
    flagAmountLabel: message('options_flag_amount_label'),
    flagAmountHint: message('options_flag_amount_hint'),
    flagAmounts: {
      fewer: message('options_flag_amount_fewer'),
      standard: message('options_flag_amount_standard'),
      more: message('options_flag_amount_more'),
    } satisfies Record<FlagAmount, string>,
    phraseCount: phrases,
    mutedHeading: message('options_lexicon_muted_heading'),
    noMuted: message('options_lexicon_no_muted'),
    builtinHeading: message('options_lexicon_builtin_heading'),
    filterLabel: message('options_lexicon_filter_label'),
    filterPlaceholder: message('options_lexicon_filter_placeholder'),
    filterCount: (n: number) => plural('options_lexicon_filter_count', n),
    noneMatch: message('options_lexicon_none_match'),
    neutral: message('options_lexicon_neutral'),
    mute: message('options_lexicon_mute'),
    unmute: message('options_lexicon_unmute'),
    muteLabel: (phrase: string) => message('options_lexicon_mute_label', phrase),
    unmuteLabel: (phrase: string) => message('options_lexicon_unmute_label', phrase),
    muted: message('options_lexicon_muted'),
    categoryOff: message('options_lexicon_category_off'),
    ownHeading: message('options_lexicon_own_heading'),
    ownEmpty: message('options_lexicon_own_empty'),
    addHeading: message('options_lexicon_add_heading'),
    phraseLabel: message('options_lexicon_phrase_label'),
    /** How the engine's messages name the phrase being added. */
    newPhraseLabel: message('options_lexicon_new_phrase_label'),
    categoryLabel: message('options_lexicon_category_label'),
    explanationLabel: message('options_lexicon_explanation_label'),
    explanationHint: message('options_lexicon_explanation_hint'),
    neutralLabel: message('options_lexicon_neutral_label'),
    neutralHint: message('options_lexicon_neutral_hint'),
    add: message('options_lexicon_add'),
    added: (phrase: string) => message('options_lexicon_added', phrase),
    remove: message('options_remove'),
    removeLabel: (phrase: string) => message('options_lexicon_remove_label', phrase),
    removed: (phrase: string) => message('options_lexicon_removed', phrase),
    duplicateOwn: (phrase: string) => message('options_lexicon_duplicate_own', phrase),
    duplicateBuiltin: (phrase: string, category: string) => message('options_lexicon_duplicate_builtin', phrase, category),
    unreadable: message('options_lexicon_unreadable'),
    exportButton: message('options_lexicon_export_button'),
    importButton: message('options_lexicon_import_button'),
    importHint: message('options_lexicon_import_hint'),
    exportNothing: message('options_lexicon_export_nothing'),
    imported: (n: number) => plural('options_lexicon_imported', n),
    importRefused: (reason: string) => message('options_import_refused', reason),
    importTooBig: message('options_lexicon_import_too_big'),
    importNotJson: message('options_lexicon_import_not_json'),
    importShape: message('options_lexicon_import_shape'),
    importEmpty: message('options_lexicon_import_empty'),
    importTooMany: (max: number) => message('options_lexicon_import_too_many', max),
    // The engine's reasons are joined as they come; only the frame around them is a message.
    importErrors: (errors: string[], more: number) =>
      more > 0
        ? message('options_lexicon_import_errors_more', errors.join('; '), more)
        : message('options_lexicon_import_errors', errors.join('; ')),
  },

  categories: {
    label: message('options_category_label'),
    verdict: message('options_category_verdict'),
    euphemism: message('options_category_euphemism'),
    attribution: message('options_category_attribution'),
    weasel: message('options_category_weasel'),
    hyperbole: message('options_category_hyperbole'),
    'scare-quote': message('options_category_scare_quote'),
    appeal: message('options_category_appeal'),
    loaded: message('options_category_loaded'),
  } satisfies Record<FlagCategory, string>,

  autoRead: {
    heading: message('options_auto_read_heading'),
    intro: message('options_auto_read_intro'),
    modeLabel: message('options_auto_read_mode_label'),
    off: message('options_auto_read_off'),
    offHint: message('options_auto_read_off_hint'),
    everywhere: message('options_auto_read_everywhere'),
    everywhereHint: message('options_auto_read_everywhere_hint'),
    chosen: message('options_auto_read_chosen'),
    chosenHint: message('options_auto_read_chosen_hint'),
    status: {
      off: message('options_auto_read_status_off'),
      on: message('options_auto_read_status_on'),
      partly: message('options_auto_read_status_partly'),
      'needs-access': message('options_auto_read_status_needs_access'),
    },
    statusChosen: (sites: string[]) => message('options_auto_read_status_chosen', sites.join(', ')),
    denied: message('options_auto_read_denied'),
    siteLabel: message('options_auto_read_site_label'),
    sitePlaceholder: message('options_example_site'),
    addSite: message('options_auto_read_add_site'),
    siteAdded: (site: string) => message('options_auto_read_site_added', site),
    siteRemoved: (site: string) => message('options_auto_read_site_removed', site),
    sitesLabel: message('options_auto_read_sites_label'),
    noSites: message('options_auto_read_no_sites'),
    removeSite: message('options_remove'),
    removeSiteLabel: (site: string) => message('options_auto_read_remove_site_label', site),
    waiting: (site: string) => message('options_auto_read_waiting', site),
    duplicateSite: (site: string) => message('options_auto_read_duplicate_site', site),
  },

  sites: {
    intro: message('options_sites_intro'),
    empty: message('options_sites_empty'),
    listLabel: message('options_sites_list_label'),
    addLabel: message('options_sites_add_label'),
    addPlaceholder: message('options_example_site'),
    add: message('options_sites_add'),
    added: (site: string) => message('options_sites_added', site),
    remove: message('options_sites_remove'),
    removeLabel: (site: string) => message('options_sites_remove_label', site),
    removed: (site: string) => message('options_sites_removed', site),
    invalid: message('options_sites_invalid'),
    duplicate: (site: string) => message('options_sites_duplicate', site),
  },

  outlets: outletsText,

  privacy: {
    intro: message('options_privacy_intro'),
    autoSaveHeading: message('options_privacy_auto_save_heading'),
    autoSave: message('options_privacy_auto_save'),
    autoSaveHint: message('options_privacy_auto_save_hint'),
    storedHeading: message('options_privacy_stored_heading'),
    stored: [message('options_privacy_stored_articles'), message('options_privacy_stored_settings'), message('options_privacy_stored_outlets')],
    localHeading: message('options_privacy_local_heading'),
    local: message('options_privacy_local'),
    clearHeading: message('options_privacy_clear_heading'),
    clearIntro: message('options_privacy_clear_intro'),
    clearButton: message('options_privacy_clear_button'),
    confirmHeading: message('options_privacy_confirm_heading'),
    confirmText: (articles: string) => message('options_privacy_confirm_text', articles),
    confirmUnknownCount: message('options_privacy_confirm_unknown_count'),
    confirmButton: message('options_privacy_confirm_button'),
    cancel: message('options_cancel'),
    cleared: message('options_privacy_cleared'),
    clearFailed: (error: string) => message('options_privacy_clear_failed', error),
  },

  storage: {
    heading: message('options_storage_heading'),
    used: (used: string, quota: string, percent: string) => message('options_storage_used', used, quota, percent),
    usedOnly: (used: string) => message('options_storage_used_only', used),
    meterLabel: message('options_storage_meter_label'),
    unknown: message('options_storage_unknown'),
    nearlyFull: (percent: string) => message('options_storage_nearly_full', percent),
    /** A share in whole percents ("87%"). */
    share: (percent: number) => message('options_storage_share', percent),
    shareUnderOne: message('options_storage_share_tiny'),
  },

  transfer: {
    heading: message('options_transfer_heading'),
    intro: message('options_transfer_intro'),
    exportButton: message('options_transfer_export_button'),
    exporting: (done: number, total: number) => message('options_transfer_exporting', done, articles(total)),
    exported: (n: number, name: string) => message('options_transfer_exported', articles(n), name),
    exportFailed: (error: string) => message('options_transfer_export_failed', error),
    modeLegend: message('options_transfer_mode_legend'),
    merge: message('options_transfer_merge'),
    mergeHint: message('options_transfer_merge_hint'),
    replace: message('options_transfer_replace'),
    replaceHint: message('options_transfer_replace_hint'),
    importButton: message('options_transfer_import_button'),
    reading: message('options_transfer_reading'),
    importRefused: (reason: string) => message('options_import_refused', reason),
    tooBig: (size: string) => message('options_transfer_too_big', size),
    unreadable: message('options_transfer_unreadable'),
    confirmHeading: (mode: 'merge' | 'replace') =>
      mode === 'merge' ? message('options_transfer_confirm_merge_heading') : message('options_transfer_confirm_replace_heading'),
    confirmText: (name: string, count: number, exported: string) => message('options_transfer_confirm_text', name, articles(count), exported),
    confirmReplace: (current: string) => message('options_transfer_confirm_replace', current),
    confirmReplaceEmpty: message('options_transfer_confirm_replace_empty'),
    confirmUnknownCount: message('options_transfer_confirm_unknown_count'),
    confirmMerge: message('options_transfer_confirm_merge'),
    confirmReplaceButton: message('options_transfer_confirm_replace_button'),
    cancel: message('options_cancel'),
    sending: (done: number, total: number) => message('options_transfer_sending', done, articles(total)),
    writing: (done: number, total: number) => message('options_transfer_writing', done, articles(total)),
    imported: (added: number, updated: number, count: number) =>
      message('options_transfer_imported', plural('options_new_articles', added), articles(updated), articles(count)),
    importFailed: (error: string) => message('options_transfer_import_failed', error),
    settingsFailed: message('options_transfer_settings_failed'),
  },
} as const;

const SIZE_UNITS = [
  (size: string) => message('options_size_bytes', size),
  (size: string) => message('options_size_kb', size),
  (size: string) => message('options_size_mb', size),
  (size: string) => message('options_size_gb', size),
] as const;

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < SIZE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return SIZE_UNITS[unit]!(value.toLocaleString(undefined, { maximumFractionDigits: unit === 0 ? 0 : 1 }));
}

/** A day as the reader's locale writes it, from YYYY-MM-DD or an ISO time (the outlet's own day is kept). */
export function formatDay(isoOrMillis: string | number | null): string | null {
  if (isoOrMillis === null) return null;
  const day =
    typeof isoOrMillis === 'number'
      ? new Date(isoOrMillis).toISOString().slice(0, 10)
      : /^\d{4}-\d{2}-\d{2}/.exec(isoOrMillis)?.[0];
  if (!day) return null;
  return new Date(`${day}T12:00:00Z`).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}
