import { message } from '../../platform/i18n';

/** Every word of the options page's "Your notes on outlets" card but the form's, which are the popup's (outlet-text.ts). */
export const outletNotesText = {
  heading: message('options_outlet_notes_heading'),
  intro: message('options_outlet_notes_intro'),
  loading: message('options_outlet_notes_loading'),
  empty: message('options_outlet_notes_empty'),
  listLabel: message('options_outlet_notes_list_label'),
  none: message('options_outlet_notes_none'),
  clear: (site: string) => message('options_outlet_notes_clear', site),
  saved: (site: string) => message('options_outlet_notes_saved', site),
  cleared: (site: string) => message('options_outlet_notes_cleared', site),
  failed: (error: string) => message('options_outlet_notes_failed', error),
  listFailed: (error: string) => message('options_outlet_notes_list_failed', error),
};
