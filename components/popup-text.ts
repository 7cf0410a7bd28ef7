import type { Fact, QuoteReach } from '../core/compare/compare-accounts';
import { categoryNames } from '../platform/category-names';
import { message, plural } from '../platform/i18n';

/**
 * Every word the toolbar popup shows, in one place; the words themselves are `browser.i18n`
 * messages (public/_locales/<lang>/messages.json). The news detector's reasons have their
 * own words (why-news-text.ts); errors from the background are shown as they come.
 */

const otherAccounts = (n: number) => plural('popup_other_accounts', n);

export const popupText = {
  brand: message('ext_name'),
  reading: message('popup_reading'),
  opensInNewTab: message('popup_opens_in_new_tab'),
  /** "“…”", in the language's quotation marks. */
  quote: (text: string) => message('popup_quote', text),

  problems: {
    cantReadTitle: message('popup_cant_read_title'),
    cantReadText: message('popup_cant_read_text'),
    errorTitle: message('popup_error_title'),
    errorText: (detail: string) => message('popup_error_text', detail),
    notNews: message('popup_not_news'),
    notNewsHint: message('popup_not_news_hint'),
    tooLargeTitle: message('popup_too_large_title'),
    tooLargeText: (limitMillions: string) => message('popup_too_large_text', limitMillions),
    tooLargeElements: (limit: number) => message('popup_too_large_elements', limit),
  },

  /** What the popup's status line announces to screen readers. */
  announce: {
    cantRead: message('popup_cant_read_status'),
    error: message('popup_error_status'),
    notNews: message('popup_not_news_status'),
    tooLarge: message('popup_too_large_status'),
    libraryError: message('popup_library_error_status'),
    loaded: (accounts: number, phrases: number) => message('popup_loaded', otherAccounts(accounts), plural('popup_framing_phrases', phrases)),
  },

  library: {
    loading: message('popup_library_loading'),
    errorTitle: message('popup_library_error_title'),
    errorText: message('popup_library_error_text'),
    errorDetail: (detail: string) => message('popup_library_error_detail', detail),
  },

  article: {
    label: message('popup_article_label'),
    untitled: message('popup_untitled'),
  },

  tabs: {
    label: message('popup_tabs_label'),
    accounts: message('popup_tab_accounts'),
    compare: message('popup_tab_compare'),
    flags: message('popup_tab_flags'),
  },

  controls: {
    highlightsOn: (site: string) => message('popup_highlights_on', site),
    inLibrary: message('popup_in_library'),
    save: message('popup_save'),
    settingNotSaved: message('popup_setting_not_saved'),
    saveFailed: (error: string | undefined) => message('popup_save_failed', error ?? message('popup_save_failed_unknown')),
  },

  follow: {
    follow: (name: string) => message('popup_follow', name),
    busy: message('popup_following_busy'),
    youFollow: (name: string) => message('popup_you_follow', name),
    followed: (name: string) => message('popup_followed', name),
    allow: (hosts: string) => message('popup_follow_allow', hosts),
    denied: (hosts: string) => message('popup_follow_denied', hosts),
    failed: (error: string) => message('popup_follow_failed', error),
  },

  accounts: {
    heading: message('popup_accounts_heading'),
    lede: (accounts: number, outlets: number) =>
      outlets > 1
        ? message('popup_accounts_lede_outlets', otherAccounts(accounts), plural('popup_outlets', outlets))
        : message('popup_accounts_lede', otherAccounts(accounts)),
    outletCount: (n: number) => plural('popup_accounts', n),
    noneTitle: message('popup_no_accounts_title'),
    noneHeld: (others: number) => (others > 0 ? plural('popup_no_accounts_others', others) : message('popup_no_accounts_empty')),
    noneAdvice: message('popup_no_accounts_advice'),
    noneNote: message('popup_no_accounts_note'),
    matchStrength: (strength: string) => message('popup_match_strength', strength),
    strong: message('popup_strong_match'),
    good: message('popup_good_match'),
    possible: message('popup_possible_match'),
  },

  /** When another account was published, from the one being read. */
  when: {
    sameDay: message('popup_same_day'),
    sameTime: message('popup_same_time'),
    minutes: (n: number, earlier: boolean) => (earlier ? plural('popup_minutes_earlier', n) : plural('popup_minutes_later', n)),
    hours: (n: number, earlier: boolean) => (earlier ? plural('popup_hours_earlier', n) : plural('popup_hours_later', n)),
    days: (n: number, earlier: boolean) => (earlier ? plural('popup_days_earlier', n) : plural('popup_days_later', n)),
    withinADay: message('popup_within_a_day'),
    daysApart: (n: number) => plural('popup_days_apart', n),
  },

  /** "A and B": the names before the last are joined with ", " first. */
  listAnd: (items: string, last: string) => message('popup_list_and', items, last),

  reasons: {
    label: message('popup_reasons_label'),
    people: message('popup_reason_people'),
    places: (n: number) => plural('popup_reason_places', n),
    orgs: (n: number) => plural('popup_reason_orgs', n),
    otherNames: message('popup_reason_other_names'),
    figures: message('popup_reason_figures'),
    actions: message('popup_reason_actions'),
    sameQuote: message('popup_reason_same_quote'),
    when: message('popup_reason_when'),
    via: message('popup_reason_via'),
    viaAccount: (title: string, outlet: string) => message('popup_reason_via_account', title, outlet),
  },

  compare: {
    heading: message('popup_compare_heading'),
    emptyTitle: message('popup_compare_empty_title'),
    emptyText: message('popup_compare_empty_text'),
    failedTitle: message('popup_compare_failed_title'),
    failedText: message('popup_compare_failed_text'),
    oneOutlet: (name: string) => message('popup_compare_one_outlet', name),
    outletsLabel: message('popup_outlets_compared'),
    thisArticle: message('popup_this_article'),
    thisArticleParen: message('popup_this_article_paren'),
    phrases: message('popup_block_phrases'),
    quotes: message('popup_block_quotes'),
    facts: message('popup_block_facts'),
    legend: {
      own: message('popup_legend_own'),
      quoted: message('popup_legend_quoted'),
      both: message('popup_legend_both'),
      solo: message('popup_legend_solo'),
    },
  },

  phraseGrid: {
    none: message('popup_phrases_none'),
    caption: message('popup_phrases_caption'),
    corner: message('popup_phrases_corner'),
    soloMark: message('popup_phrases_solo_mark'),
    summary: (total: number, solo: number) => {
      const phrases = plural('popup_phrases_count', total);
      if (solo === total) return message('popup_phrases_all_solo', phrases);
      if (solo === 0) return message('popup_phrases_all_shared', phrases);
      return message('popup_phrases_mixed', phrases, total - solo, solo);
    },
    use: { own: message('popup_use_own'), quoted: message('popup_use_quoted'), both: message('popup_use_both') },
    notUsed: message('popup_use_none'),
    withSpeakers: (use: string, speakers: string[]) => message('popup_use_speakers', use, speakers.join(', ')),
    cellTitle: (outlet: string, use: string) => message('popup_cell_title', outlet, use),
  },

  quoteGrid: {
    none: message('popup_quotes_none'),
    caption: message('popup_quotes_caption'),
    corner: message('popup_quotes_corner'),
    reach: {
      all: message('popup_reach_all'),
      some: message('popup_reach_some'),
      one: message('popup_reach_single'),
    } satisfies Record<QuoteReach, string>,
    carries: message('popup_carries'),
    doesNot: message('popup_does_not_carry'),
  },

  facts: {
    none: message('popup_facts_none'),
    onlyIn: (name: string) => message('popup_facts_only_in', name),
    kinds: {
      person: message('popup_fact_person'),
      place: message('popup_fact_place'),
      organisation: message('popup_fact_organisation'),
      name: message('popup_fact_name'),
      number: message('popup_fact_number'),
    } satisfies Record<Fact['kind'], string>,
  },

  flags: {
    heading: message('popup_flags_heading'),
    none: message('popup_flags_none'),
    lexiconOnly: (problem: string) => message('popup_flags_lexicon_only', problem),
    byCategory: message('popup_flags_by_category'),
    outletVoice: message('popup_voice_outlet'),
    quoted: (speaker: string | null) => (speaker ? message('popup_voice_quoted_by', speaker) : message('popup_voice_quoted')),
    neutral: (wordings: string[]) => message('popup_neutral', wordings.join(' / ')),
  },

  /** What one flag's kind of framing is called (the popup's lists and grids). */
  categories: categoryNames(),

  whyNews: {
    summary: (isNews: boolean) => (isNews ? message('popup_why_news') : message('popup_why_not_news')),
    confidence: (percent: number) => message('popup_confidence', percent),
  },
} as const;
