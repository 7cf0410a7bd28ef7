/**
 * Flags decided by the learned scorer. Every candidate word is scored; a word at or over
 * the threshold becomes a flag, and flagged words standing next to each other ("jihadist
 * psychopath") become one. The lexicon's own matches are scored too, by their best word,
 * and kept only at the threshold (a lexicon phrase adds its `lex=` feature, so a listed
 * phrase needs less from its context than an unlisted word). The reader's own phrases
 * are always kept: the reader asked for them. Where a lexicon flag and a word flag
 * overlap, the lexicon's flag stands, with its curated explanation and neutral wording.
 */
import type { Flag } from '../../protocol/article';
import type { FlagAmount } from '../../settings/settings';
import type { Veto } from '../find-flags';
import { findQuoteSpans, quoteAround, type QuoteSpan } from '../quote-spans';
import { speakerOf } from '../quote-speaker';
import { explainWordFlag } from './explain-flag';
import { logistic, strongestFeatures, type FlagModel } from './flag-model';
import { scoreWordsFast, type ScoredWord } from './score-words';
import { LINK_SETTINGS, linkJudge, linkedRange, widenKept, type LinkJudge } from './grow-links';
import { wordFeatures, type WordToken } from './word-features';
import { hashedWordTokens } from './word-tokens';

/** The reader's choice between fewer, surer flags and more of them (settings.flagAmount). */
export type FlagSensitivity = FlagAmount;

export const MODEL_ENTRY_ID = 'model';
const SCARE_QUOTES_ID = 'scare-quotes';

function lexiconCoverage(tokens: readonly WordToken[], flags: readonly Flag[]): (index: number) => string | undefined {
  // By token index, read once for every word: an array, not a map.
  const byToken: Array<string | undefined> = new Array(tokens.length);
  let t = 0;
  const sorted = [...flags].sort((a, b) => a.start - b.start);
  for (const flag of sorted) {
    while (t < tokens.length && tokens[t]!.end <= flag.start) t++;
    for (let k = t; k < tokens.length && tokens[k]!.start < flag.end; k++) byToken[k] = flag.category;
  }
  return (index) => byToken[index];
}

/** Scores every word; features as names are listed only for the few words a flag is explained by. */
export function scoreWords(
  text: string,
  model: FlagModel,
  lexiconFlags: readonly Flag[],
  quotes: readonly QuoteSpan[] = findQuoteSpans(text),
  wholeTextShare?: number,
): { tokens: WordToken[]; scored: ScoredWord[]; featuresAt: (index: number) => string[] } {
  const { tokens, hashes } = hashedWordTokens(text);
  const coverage = lexiconCoverage(tokens, lexiconFlags);
  const scored = scoreWordsFast(text, model, quotes, coverage, tokens, wholeTextShare, hashes);
  // Features by name are listed for the few words a flag is explained by; the sentences'
  // heat they need is read on the first of them, not on every text.
  let featuresOf: ((index: number) => string[]) | null = null;
  const featuresAt = (index: number): string[] => {
    featuresOf ??= wordFeatures(text, tokens, quotes, model.affect, coverage, wholeTextShare);
    return featuresOf(index);
  };
  return { tokens, scored, featuresAt };
}

export function modelFlags(
  text: string,
  model: FlagModel,
  lexiconFlags: readonly Flag[],
  vetoes: readonly Veto[],
  isBuiltin: (entryId: string) => boolean,
  sensitivity: FlagSensitivity = 'standard',
  wholeTextShare?: number,
  quotes: readonly QuoteSpan[] = findQuoteSpans(text),
): Flag[] {
  if (text.length === 0) return [];
  const threshold = model.thresholds[sensitivity];
  const { scored, featuresAt } = scoreWords(text, model, lexiconFlags, quotes, wholeTextShare);
  const kept: Flag[] = [];
  let s = 0;
  for (const flag of [...lexiconFlags].sort((a, b) => a.start - b.start)) {
    while (s < scored.length && scored[s]!.token.end <= flag.start) s++;
    let best = 0;
    for (let k = s; k < scored.length && scored[k]!.token.start < flag.end; k++) best = Math.max(best, scored[k]!.score);
    const own = !isBuiltin(flag.entryId) && flag.entryId !== SCARE_QUOTES_ID;
    if (own) kept.push(flag);
    else if (best >= threshold * model.thresholds.lexicon && !(s < scored.length && selfDescribed(scored, s))) kept.push({ ...flag, score: round(best) });
  }
  const links = linkJudge(text, model);
  if (links && LINK_SETTINGS.widenLexicon !== 'none') widenKept(text, scored, kept, links);
  const runs = growRuns(text, scored, threshold, model.thresholds.extend, links);
  const wordFlags: Flag[] = [];
  let k = 0; // kept flags are sorted and never overlap each other; runs come in order
  const vetoed = [...vetoes].sort((a, b) => a.start - b.start);
  let v = 0;
  for (const run of runs) {
    const start = run[0]!.token.start;
    const end = run.at(-1)!.token.end;
    while (k < kept.length && kept[k]!.end <= start) k++;
    if (k < kept.length && kept[k]!.start < end) continue;
    while (v < vetoed.length && vetoed[v]!.end <= start) v++;
    let turnedDown = false;
    for (let j = v; j < vetoed.length && vetoed[j]!.start < end && !turnedDown; j++) turnedDown = vetoed[j]!.end > start;
    if (turnedDown) continue;
    const top = run.filter((w) => w.seed).reduce((a, b) => (b.score > a.score ? b : a));
    const features = featuresAt(top.index);
    const naming = logistic(model.naming, features) >= 0.5;
    const quote = quoteAround(quotes, start, end);
    wordFlags.push({
      start,
      end,
      text: text.slice(start, end),
      category: naming ? 'label' : 'loaded',
      voice: quote ? 'quote' : 'outlet',
      speaker: quote ? speakerOf(text, quote) : null,
      entryId: MODEL_ENTRY_ID,
      explanation: explainWordFlag(naming, quote !== null, strongestFeatures(model.loaded, features, 3)),
      neutral: [],
      score: round(top.score),
    });
  }
  return [...kept, ...wordFlags].sort((a, b) => a.start - b.start);
}

const JOIN = /^[\s-]*$/;
const FIRST_PERSON = new Set(['i', 'we']);
const SELF_LINK = new Set(['am', 'was', 'were', 'are', 'felt', 'feel', 'looked', 'look', 'sounded', "i'm", "we're"]);

/**
 * "I was a complete idiot", "we're the crazy ones": a speaker's words about themselves
 * mock no one else. The corpus the weights come from has too few of these to learn it,
 * so it is a rule: "I"/"we" and a linking verb up to four words before, in the same
 * sentence ("we must stop these traitors" is not about the speaker and stays flagged).
 */
function selfDescribed(scored: readonly ScoredWord[], i: number): boolean {
  const sentence = scored[i]!.token.sentence;
  let linked = false;
  for (let k = i - 1; k >= 0 && k >= i - 4 && scored[k]!.token.sentence === sentence; k--) {
    const word = scored[k]!.token.lower;
    if (word === "i'm" || word === "we're") return true;
    if (SELF_LINK.has(word)) linked = true;
    else if (linked && FIRST_PERSON.has(word)) return true;
  }
  return false;
}
const MAX_GROWTH = 4;
/**
 * Seeds are content words at the threshold; each grows over its neighbours while they
 * score at least `extend` and only spaces or hyphens stand between (never across
 * punctuation or sentences), up to MAX_GROWTH words a side; then, with an extent model,
 * over the links it judges part of the same phrase, up to MAX_LINKED_WORDS in all
 * (never across sentences, nor into the run before). Touching runs merge.
 */
function growRuns(text: string, scored: readonly ScoredWord[], threshold: number, extend: number, links: LinkJudge): ScoredWord[][] {
  const runs: ScoredWord[][] = [];
  const joined = (a: ScoredWord, b: ScoredWord) => a.token.sentence === b.token.sentence && JOIN.test(text.slice(a.token.end, b.token.start));
  let lastEnd = -1;
  for (let i = 0; i < scored.length; i++) {
    const seed = scored[i]!;
    if (!seed.seed || seed.score < threshold || i <= lastEnd || selfDescribed(scored, i)) continue;
    let from = i;
    while (from > lastEnd + 1 && i - from < MAX_GROWTH && scored[from - 1]!.score >= extend && joined(scored[from - 1]!, scored[from]!)) from--;
    let to = i;
    for (;;) {
      const next = scored[to + 1];
      if (!next || !joined(scored[to]!, next)) break;
      if (next.seed && next.score >= threshold) to++;
      else if (to - i < MAX_GROWTH && next.score >= extend) to++;
      else break;
    }
    if (links) [from, to] = linkedRange(scored, from, to, lastEnd, scored.length, links);
    // Function words grown over at either end are trimmed back: a flag starts and ends on a content word.
    while (!scored[from]!.seed) from++;
    while (!scored[to]!.seed) to--;
    const previous = runs.at(-1);
    if (previous && previous.at(-1)!.index + 1 === scored[from]!.index && joined(previous.at(-1)!, scored[from]!)) previous.push(...scored.slice(from, to + 1));
    else runs.push(scored.slice(from, to + 1));
    lastEnd = to;
  }
  return runs;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
