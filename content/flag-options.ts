import { builtinLexicon, compileWithUserEntries, type CompiledLexicon, type FlagOptions } from '../core/framing';
import type { Settings } from '../core/settings';

let compiled: { source: string; lexicon: CompiledLexicon } | null = null;

export interface ReaderFlagOptions extends FlagOptions {
  lexicon: CompiledLexicon;
}

/**
 * The framing options a reader's settings ask for, with the lexicon always compiled, so
 * the caller decides when the compile runs (it is the costliest single step on a cold
 * page, and gets a task of its own). The lexicon is recompiled only when the reader's
 * own phrases change, not on every page or every setting.
 */
export function flagOptionsFrom(settings: Settings): ReaderFlagOptions {
  const mutes = { mutedCategories: settings.mutedCategories, mutedPhrases: settings.mutedPhrases };
  if (settings.userEntries.length === 0) return { ...mutes, lexicon: builtinLexicon() };
  const source = JSON.stringify(settings.userEntries);
  if (compiled?.source !== source) compiled = { source, lexicon: compileWithUserEntries(settings.userEntries).lexicon };
  return { ...mutes, lexicon: compiled.lexicon };
}

/**
 * What "Mute this phrase" adds to the reader's muted phrases: the lexicon entry's own
 * phrase, because mutes are compared with the entry ("slam"), not with the inflected
 * form on the page ("slammed"). Null for flags no phrase can mute (scare quotes).
 */
export function mutablePhrase(flag: { entryId: string }, lexicon: CompiledLexicon): string | null {
  return lexicon.entries.find((entry) => entry.id === flag.entryId)?.phrase ?? null;
}
