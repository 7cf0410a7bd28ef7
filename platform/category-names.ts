import type { FlagCategory } from '../core/protocol/article';
import { message } from './i18n';

/** What each kind of framing is called, for the popup's lists and the flag card alike. */
export function categoryNames(): Record<FlagCategory, string> {
  return {
    label: message('category_label'),
    verdict: message('category_verdict'),
    euphemism: message('category_euphemism'),
    attribution: message('category_attribution'),
    weasel: message('category_weasel'),
    hyperbole: message('category_hyperbole'),
    'scare-quote': message('category_scare_quote'),
    appeal: message('category_appeal'),
    loaded: message('category_loaded'),
  };
}
