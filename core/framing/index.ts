/**
 * The framing engine's public face: the builtin lexicon (assets/lexicon.json), compiled
 * on first use and kept, and `flagText` for callers that just want flags.
 */
import type { Flag } from '../protocol/article';
import lexiconFile from '../../assets/lexicon.json';
import { compileLexicon, compileLexiconSteps, type CompiledLexicon, type CompileResult } from './compile-lexicon';
import { findFlags, type FindFlagsOptions } from './find-flags';

export { compileLexicon, compileLexiconSteps, phraseKey, type CompiledLexicon, type CompileOptions, type CompileResult } from './compile-lexicon';
export { findFlags, type FindFlagsOptions } from './find-flags';
export type { ContextRules, LexiconEntry, LexiconFile } from './lexicon-entry';
export { normalize, type NormalizedText } from './normalize';
export { findQuoteSpans, type QuoteSpan } from './quote-spans';
export { speakerOf } from './quote-speaker';

export interface FlagOptions extends FindFlagsOptions {
  /** A lexicon compiled with the reader's own phrases (see `compileWithUserEntries`). @default the builtin lexicon */
  lexicon?: CompiledLexicon;
}

let builtin: CompileResult | null = null;

function compileBuiltin(): CompileResult {
  builtin ??= compileLexicon(lexiconFile.entries);
  return builtin;
}

/** The builtin lexicon, compiled once. */
export function builtinLexicon(): CompiledLexicon {
  return compileBuiltin().lexicon;
}

/** Problems in assets/lexicon.json itself; empty when the file is sound (a test keeps it so). */
export function builtinLexiconErrors(): readonly string[] {
  return compileBuiltin().errors;
}

export const LEXICON_VERSION: number = lexiconFile.version;

/** The builtin lexicon plus a reader's phrases; bad phrases come back in `errors`, never thrown. */
export function compileWithUserEntries(userEntries: readonly unknown[]): CompileResult {
  return compileLexicon(lexiconFile.entries, { userEntries });
}

/**
 * The compile a reader's settings ask for (builtin alone, or with their own phrases), a
 * batch of entries per step; the builtin result is kept for the rest of the session.
 */
export function* readerLexiconSteps(userEntries: readonly unknown[]): Generator<void, CompiledLexicon, void> {
  if (userEntries.length === 0 && builtin) return builtin.lexicon;
  const result = yield* compileLexiconSteps(lexiconFile.entries, { userEntries });
  if (userEntries.length === 0) builtin = result;
  return result.lexicon;
}

export function flagText(text: string, options: FlagOptions = {}): Flag[] {
  return findFlags(text, options.lexicon ?? builtinLexicon(), options);
}
