import type { FlagCategory } from '../core/protocol/article';
import { categoryNames } from '../platform/category-names';
import { message } from '../platform/i18n';

/**
 * Every word of the flag card, in one place; the words themselves are `browser.i18n`
 * messages (public/_locales/<lang>/messages.json). The flag's explanation and neutral
 * wordings come from the lexicon and are shown as they are.
 */
function readCardText() {
  return {
    brand: message('ext_name'),
    /** The card's accessible name: "Parallax: Label". */
    label: (category: string) => message('card_label', category),
    /** The flagged phrase, in the language's quotation marks. */
    phrase: (text: string) => message('card_phrase', text),
    voice: message('card_voice'),
    neutral: message('card_neutral'),
    outletVoice: message('card_voice_outlet'),
    /** The outlet's own voice, said by the kind of piece: whose view a phrase in it is. */
    authorVoice: message('card_voice_author'),
    reviewerVoice: message('card_voice_reviewer'),
    framingVoice: message('card_voice_framing'),
    advertiserVoice: message('card_voice_advertiser'),
    issuerVoice: message('card_voice_issuer'),
    quoted: message('card_voice_quoted'),
    quotedBy: (speaker: string) => message('card_voice_quoted_by', speaker),
    mutePhrase: message('card_mute_phrase'),
    sure: message('card_sure'),
    /** How sure the learned scorer is, in words and out of 100. */
    sureLevel: (score: number) => {
      const percent = String(Math.round(score * 100));
      if (score >= 0.75) return message('card_sure_high', percent);
      return score >= 0.5 ? message('card_sure_medium', percent) : message('card_sure_low', percent);
    },
    actionFailed: message('card_action_failed'),
    /** What one flag's kind of framing is called. */
    categories: categoryNames(),
    /** "Hide label flags": one message per kind, since languages inflect the kind's name differently. */
    hide: {
      label: message('card_hide_label'),
      verdict: message('card_hide_verdict'),
      euphemism: message('card_hide_euphemism'),
      attribution: message('card_hide_attribution'),
      weasel: message('card_hide_weasel'),
      hyperbole: message('card_hide_hyperbole'),
      'scare-quote': message('card_hide_scare_quote'),
      appeal: message('card_hide_appeal'),
      loaded: message('card_hide_loaded'),
    } satisfies Record<FlagCategory, string>,
  } as const;
}

export type CardText = ReturnType<typeof readCardText>;

let words: CardText | null = null;

/**
 * The card's words, read from the browser's catalogue when the first card is drawn: not
 * as the reader's script starts, where some thirty calls into the browser's i18n binding
 * lengthened the one task its evaluation is, on every article, card or no card.
 */
export function cardText(): CardText {
  words ??= readCardText();
  return words;
}
