/**
 * The framing engine's public face: the builtin lexicon (assets/lexicon.json), compiled
 * on first use and kept, and `flagText` for callers that just want flags.
 */
import type { Flag } from '../protocol/article';
import lexiconAsset from '../../assets/lexicon.json';
import { compileLexicon, compileLexiconSteps, phraseKey, type CompiledLexicon, type CompileResult } from './compile-lexicon';
import { findFlags, findFlagsAndVetoes, type FindFlagsOptions } from './find-flags';
import { loadFlagModel, loadFlagModelSteps, type FlagModel, type FlagModelLoad } from './model/flag-model';
import { modelFlags, MODEL_ENTRY_ID, type FlagSensitivity } from './model/model-flags';
import modelFile from '../../assets/flag-model.json';
import { strongWordShare } from './model/word-features';

export { compileLexicon, compileLexiconSteps, phraseKey, type CompiledLexicon, type CompileOptions, type CompileResult } from './compile-lexicon';
export { findFlags, type FindFlagsOptions } from './find-flags';
export type { ContextRules, LexiconEntry, LexiconFile } from './lexicon-entry';
export { normalize, type NormalizedText } from './normalize';
export { findQuoteSpans, type QuoteSpan } from './quote-spans';
export { speakerOf } from './quote-speaker';
export { loadFlagModel, loadFlagModelSteps, type FlagModel, type FlagModelLoad } from './model/flag-model';
export { MODEL_ENTRY_ID, type FlagSensitivity } from './model/model-flags';

export interface FlagOptions extends FindFlagsOptions {
  /** A lexicon compiled with the reader's own phrases (see `compileWithUserEntries`). @default the builtin lexicon */
  lexicon?: CompiledLexicon;
  /** The learned scorer; null flags with the lexicon alone. @default the builtin model */
  model?: FlagModel | null;
  /** Fewer, surer flags or more of them. @default 'standard' */
  sensitivity?: FlagSensitivity;
  /** For a slice of a longer text: its whole text's share of strongly valenced words (`wholeTextShareOf`). */
  wholeTextShare?: number;
}

let builtin: CompileResult | null = null;
let lexiconFileRead: typeof lexiconAsset | null = null;

/**
 * The builtin lexicon's file: in Node, the imported object; in the extension's build, a
 * function that returns its JSON text (wxt.config.ts), parsed here on first use, so the
 * reader's start-up neither compiles the text as a string nor parses it.
 */
function lexiconFile(): typeof lexiconAsset {
  if (lexiconFileRead) return lexiconFileRead;
  const imported: unknown = lexiconAsset;
  lexiconFileRead = typeof imported === 'function' ? (JSON.parse((imported as () => string)()) as typeof lexiconAsset) : lexiconAsset;
  return lexiconFileRead;
}

function compileBuiltin(): CompileResult {
  builtin ??= compileLexicon(lexiconFile().entries);
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

/** The builtin lexicon's format version. */
export function builtinLexiconVersion(): number {
  return lexiconFile().version;
}

/** The builtin lexicon plus a reader's phrases; bad phrases come back in `errors`, never thrown. */
export function compileWithUserEntries(userEntries: readonly unknown[]): CompileResult {
  return compileLexicon(lexiconFile().entries, { userEntries });
}

/**
 * The compile a reader's settings ask for (builtin alone, or with their own phrases), a
 * batch of entries per step; the builtin result is kept for the rest of the session.
 */
export function* readerLexiconSteps(userEntries: readonly unknown[]): Generator<void, CompiledLexicon, void> {
  if (userEntries.length === 0 && builtin) return builtin.lexicon;
  if (!lexiconFileRead) {
    lexiconFile(); // parsing the file's text is a step of its own, before the first batch
    yield;
  }
  const result = yield* compileLexiconSteps(lexiconFile().entries, { userEntries });
  if (userEntries.length === 0) builtin = result;
  return result.lexicon;
}

/**
 * The learned scorer reads texts up to this length; a longer one (no article comes near:
 * the content script leaves pages of over a million characters alone) is flagged by the
 * lexicon alone, which stays fast on any input.
 */
export const MODEL_MAX_CHARS = 1_000_000;

let builtinModel: FlagModelLoad | null = null;
let builtinIds: Set<string> | null = null;

/**
 * The asset as imported: its object in Node; in the extension's build, a function that
 * returns its JSON text, so that no script compiles or parses it as it starts (wxt.config.ts).
 */
function builtinModelSource(): unknown {
  const imported: unknown = modelFile;
  return typeof imported === 'function' ? (imported as () => unknown)() : imported;
}

/** The shipped model (assets/flag-model.json), checked once; `problem` says why it cannot be used. */
export function builtinFlagModel(): FlagModelLoad {
  builtinModel ??= loadFlagModel(builtinModelSource());
  return builtinModel;
}

/** The same a step at a time (the content script pauses between steps: text, parse, maps), then kept. */
export function* builtinFlagModelSteps(): Generator<void, FlagModelLoad, void> {
  if (builtinModel) return builtinModel;
  const source = builtinModelSource();
  if (typeof source === 'string') yield;
  builtinModel = yield* loadFlagModelSteps(source);
  return builtinModel;
}

function isBuiltinEntry(entryId: string): boolean {
  builtinIds ??= new Set(lexiconFile().entries.map((entry) => entry.id));
  return builtinIds.has(entryId);
}

/**
 * Lexicon matches, then the learned scorer's decision over them and over every other
 * word (core/framing/model/). Without a usable model, the lexicon's flags as they are.
 */
export function flagText(text: string, options: FlagOptions = {}): Flag[] {
  const model = options.model === undefined ? builtinFlagModel().model : options.model;
  if (!model || text.length > MODEL_MAX_CHARS) return findFlags(text, options.lexicon ?? builtinLexicon(), options);
  const { flags: lexiconFlags, vetoes, quotes } = findFlagsAndVetoes(text, options.lexicon ?? builtinLexicon(), options);
  const muted = new Set(options.mutedCategories ?? []);
  const mutedPhrases = new Set((options.mutedPhrases ?? []).map(phraseKey));
  const modelMuted = (options.mutedEntryIds ?? []).includes(MODEL_ENTRY_ID);
  return modelFlags(text, model, lexiconFlags, vetoes, isBuiltinEntry, options.sensitivity, options.wholeTextShare, quotes).filter(
    (flag) => flag.entryId !== MODEL_ENTRY_ID || !(modelMuted || muted.has(flag.category) || (mutedPhrases.size > 0 && mutedPhrases.has(phraseKey(flag.text)))),
  );
}

/**
 * What a text flagged a slice at a time passes to each slice (`wholeTextShare`), so the
 * learned scorer sees the whole text's heat; undefined when no model is used.
 */
export function wholeTextShareOf(text: string, options: FlagOptions = {}): number | undefined {
  const model = options.model === undefined ? builtinFlagModel().model : options.model;
  return model && text.length <= MODEL_MAX_CHARS ? strongWordShare(text, model.affect) : undefined;
}
