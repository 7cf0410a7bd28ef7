import { builtinFlagModelSteps, MODEL_ENTRY_ID, readerLexiconSteps, type CompiledLexicon, type FlagOptions } from '../core/framing';
import type { Settings } from '../core/settings/settings';

let compiled: { source: string; lexicon: CompiledLexicon } | null = null;

export interface ReaderFlagOptions extends FlagOptions {
  lexicon: CompiledLexicon;
}

/**
 * The framing options a reader's settings ask for, compiled a batch of lexicon entries
 * per step (the compile is the costliest step on a cold page; the caller gives the page
 * its main thread back between steps). The lexicon is recompiled only when the reader's
 * own phrases change, not on every page or every setting.
 */
export function* flagOptionsSteps(settings: Settings): Generator<void, ReaderFlagOptions, void> {
  const mutes = { mutedCategories: settings.mutedCategories, mutedPhrases: settings.mutedPhrases, sensitivity: settings.flagAmount };
  const source = JSON.stringify(settings.userEntries);
  if (compiled?.source !== source) compiled = { source, lexicon: yield* readerLexiconSteps(settings.userEntries) };
  // The learned scorer's asset is parsed and its maps built once per page, in tasks of their own.
  yield;
  yield* builtinFlagModelSteps();
  return { ...mutes, lexicon: compiled.lexicon };
}

/** The same, all at once (tests, and callers off the page's main thread). */
export function flagOptionsFrom(settings: Settings): ReaderFlagOptions {
  const steps = flagOptionsSteps(settings);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * What "Mute this phrase" adds to the reader's muted phrases: the lexicon entry's own
 * phrase, because mutes are compared with the entry ("slam"), not with the inflected
 * form on the page ("slammed"). Null for flags no phrase can mute (scare quotes).
 */
export function mutablePhrase(flag: { entryId: string; text: string }, lexicon: CompiledLexicon): string | null {
  // A word the learned scorer chose has no entry: the words on the page are the phrase.
  if (flag.entryId === MODEL_ENTRY_ID) return flag.text;
  return lexicon.entries.find((entry) => entry.id === flag.entryId)?.phrase ?? null;
}
