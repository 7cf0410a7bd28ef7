import type { Flag, FlagCategory } from '../core/protocol/article';
import type { Settings } from '../core/settings/settings';
import { updateSettings } from '../platform/settings-store';
import { flagOptionsFrom, mutablePhrase } from './flag-options';
import type { FlagCardActions } from './flag-card';

/**
 * What the card's buttons do: add to the reader's mutes in extension storage. Nothing
 * more is needed: a settings change makes the content script read the page again, and the
 * muted flags are no longer drawn.
 */
export function readerActions(currentSettings: () => Settings): FlagCardActions {
  return {
    phraseToMute: (flag: Flag) => mutablePhrase(flag, flagOptionsFrom(currentSettings()).lexicon),
    mutePhrase: async (phrase: string) => {
      await updateSettings((settings) => ({ ...settings, mutedPhrases: [...settings.mutedPhrases, phrase] }));
    },
    hideCategory: async (category: FlagCategory) => {
      await updateSettings((settings) => ({ ...settings, mutedCategories: [...settings.mutedCategories, category] }));
    },
  };
}
