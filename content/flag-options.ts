import { compileWithUserEntries, type FlagOptions } from '../core/framing';
import type { Settings } from '../core/settings';

let compiled: { source: string; options: Pick<FlagOptions, 'lexicon'> } | null = null;

/**
 * The framing options a reader's settings ask for. The lexicon is recompiled only when
 * the reader's own phrases change, not on every page or every setting.
 */
export function flagOptionsFrom(settings: Settings): FlagOptions {
  const mutes = { mutedCategories: settings.mutedCategories, mutedPhrases: settings.mutedPhrases };
  if (settings.userEntries.length === 0) return mutes;
  const source = JSON.stringify(settings.userEntries);
  if (compiled?.source !== source) compiled = { source, options: { lexicon: compileWithUserEntries(settings.userEntries).lexicon } };
  return { ...mutes, ...compiled.options };
}
