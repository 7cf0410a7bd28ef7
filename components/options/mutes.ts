import { phraseKey } from '../../core/framing';
import type { Settings } from '../../core/settings/settings';

/** Muting as the framing engine compares it: by the phrase's normalised key. */

export function mutedKeys(settings: Settings): Set<string> {
  return new Set(settings.mutedPhrases.map(phraseKey));
}

export function withPhraseMuted(settings: Settings, phrase: string, muted: boolean): Settings {
  const key = phraseKey(phrase);
  const others = settings.mutedPhrases.filter((p) => phraseKey(p) !== key);
  return { ...settings, mutedPhrases: muted ? [...others, phrase] : others };
}

export function withCategoryOn(settings: Settings, category: Settings['mutedCategories'][number], on: boolean): Settings {
  const others = settings.mutedCategories.filter((c) => c !== category);
  return { ...settings, mutedCategories: on ? others : [...others, category] };
}
