/**
 * The framing engine's one entry point: text in, flags out. Lexicon phrases are matched
 * on normalised text and mapped back to the original offsets; context rules and the
 * reader's mutes drop candidates before overlaps are settled, so a rejected long match
 * lets a shorter one stand. On overlap the longest flag wins, then the earliest.
 */
import type { Flag, FlagCategory } from '../protocol/article';
import { phraseKey, type CompiledEntry, type CompiledLexicon } from './compile-lexicon';
import { passesRules } from './context-rules';
import { matchPhrases } from './match-phrases';
import { normalize } from './normalize';
import { findQuoteSpans, quoteAround, type QuoteSpan } from './quote-spans';
import { speakerOf } from './quote-speaker';
import { isQuotedMention } from './quoted-mention';
import { findScareQuotes, SCARE_QUOTE_ENTRY } from './scare-quotes';

export interface FindFlagsOptions {
  /** Categories the reader switched off. @default [] */
  mutedCategories?: readonly FlagCategory[];
  /** Lexicon entry ids the reader switched off ("scare-quotes" for quotation-mark flags). @default [] */
  mutedEntryIds?: readonly string[];
  /** Phrases the reader switched off, compared after normalisation ("Regime" mutes "regime"). @default [] */
  mutedPhrases?: readonly string[];
}

interface Pick {
  start: number;
  end: number;
  category: FlagCategory;
  entryId: string;
  explanation: string;
  neutral: readonly string[];
  /** Set for scare quotes, which are the outlet's voice by definition. */
  scare: boolean;
}

function muteTest(options: FindFlagsOptions): (entry: { id: string; category: FlagCategory; key?: string }) => boolean {
  const categories = new Set(options.mutedCategories ?? []);
  const ids = new Set(options.mutedEntryIds ?? []);
  const phrases = new Set((options.mutedPhrases ?? []).map(phraseKey));
  return (entry) => categories.has(entry.category) || ids.has(entry.id) || (entry.key !== undefined && phrases.has(entry.key));
}

/** Where the lexicon matched a phrase and then said no (context rules, a mute, a quoted mention). */
export interface Veto {
  start: number;
  end: number;
}

function lexiconPicks(text: string, lexicon: CompiledLexicon, quotes: readonly QuoteSpan[], isMuted: (entry: CompiledEntry) => boolean, vetoes: Veto[]): Pick[] {
  const normalized = normalize(text);
  const picks: Pick[] = [];
  for (const match of matchPhrases(normalized.text, lexicon)) {
    const start = normalized.toOriginal(match.start);
    const end = normalized.toOriginal(match.end);
    const quote = quoteAround(quotes, start, end);
    if (quote && isQuotedMention(text, quote)) {
      vetoes.push({ start, end });
      continue;
    }
    const site = { normalized: normalized.text, start: match.start, end: match.end, original: text, originalStart: start, originalEnd: end };
    const entry = match.entries.find((candidate) => !isMuted(candidate) && passesRules(candidate.rules, site));
    if (!entry) {
      vetoes.push({ start, end });
      continue;
    }
    picks.push({ start, end, category: entry.category, entryId: entry.id, explanation: entry.explanation, neutral: entry.neutral, scare: false });
  }
  return picks;
}

/**
 * Longest first, then earliest; a pick that touches a kept one is dropped. Kept picks
 * stay sorted by start, so each test is a binary search: O(k log k) in the number of
 * picks, whatever the length of the text.
 */
function settleOverlaps(picks: Pick[]): Pick[] {
  if (picks.length < 2) return picks;
  const kept: Pick[] = [];
  const order = [...picks].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const pick of order) {
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (kept[mid]!.start < pick.start) low = mid + 1;
      else high = mid;
    }
    const before = kept[low - 1];
    const after = kept[low];
    if ((before && before.end > pick.start) || (after && after.start < pick.end)) continue;
    kept.splice(low, 0, pick);
  }
  return kept;
}

export function findFlags(text: string, lexicon: CompiledLexicon, options: FindFlagsOptions = {}): Flag[] {
  return findFlagsAndVetoes(text, lexicon, options).flags;
}

/**
 * The flags, and where the lexicon turned a match down: the learned scorer must not
 * flag a word there ("brutal heat", "tax regime", a muted phrase), since the lexicon
 * has already judged that very sense. The text's quotations come back too, found once
 * for both the lexicon and the scorer.
 */
export function findFlagsAndVetoes(text: string, lexicon: CompiledLexicon, options: FindFlagsOptions = {}): { flags: Flag[]; vetoes: Veto[]; quotes: QuoteSpan[] } {
  const vetoes: Veto[] = [];
  if (text.length === 0) return { flags: [], vetoes, quotes: [] };
  const isMuted = muteTest(options);
  const quotes = findQuoteSpans(text);
  const picks = lexiconPicks(text, lexicon, quotes, isMuted, vetoes);
  if (!isMuted({ id: SCARE_QUOTE_ENTRY.id, category: 'scare-quote' })) {
    for (const span of findScareQuotes(text, quotes)) {
      picks.push({ start: span.start, end: span.end, category: 'scare-quote', entryId: SCARE_QUOTE_ENTRY.id, explanation: SCARE_QUOTE_ENTRY.explanation, neutral: SCARE_QUOTE_ENTRY.neutral, scare: true });
    }
  }
  const speakers = new Map<QuoteSpan, string | null>();
  const flags = settleOverlaps(picks).map((pick) => {
    const quote = pick.scare ? null : quoteAround(quotes, pick.start, pick.end);
    let speaker: string | null = null;
    if (quote) {
      if (!speakers.has(quote)) speakers.set(quote, speakerOf(text, quote));
      speaker = speakers.get(quote) ?? null;
    }
    return {
      start: pick.start,
      end: pick.end,
      text: text.slice(pick.start, pick.end),
      category: pick.category,
      voice: quote ? 'quote' : 'outlet',
      speaker,
      entryId: pick.entryId,
      explanation: pick.explanation,
      neutral: [...pick.neutral],
    } satisfies Flag;
  });
  return { flags, vetoes, quotes };
}
