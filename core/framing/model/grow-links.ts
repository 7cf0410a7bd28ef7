/**
 * How a flag grows from its loaded words to the phrase people would mark: the extent
 * model (link-features.ts) judges, one link at a time from a flag's edge outwards,
 * whether the neighbour belongs to the same phrase. Read only at flags' edges.
 */
import type { Flag } from '../../protocol/article';
import { logistic, type FlagModel } from './flag-model';
import { linkFeatures } from './link-features';
import type { ScoredWord } from './score-words';
import type { WordToken } from './word-features';

/** The most words a flag reaches by its links: the phrases people mark are rarely longer. */
export const MAX_LINKED_WORDS = 8;
const LINKABLE_GAP = /^\s*[,-]?\s*$/;
/**
 * How far flags grow. `phraseAt`: how sure the whole widening must stay, the product of
 * its links' probabilities (links are learned from words inside marked phrases, where
 * most neighbours belong, so link by link a flag would chain on past the phrase);
 * `widenLexicon`: which of the lexicon's kept phrases grow too (a curated phrase of
 * several words such as "anti-Western alliance" grew into the clause around it). Chosen on PTC dev,
 * cross-validated by article (see README).
 */
export const LINK_SETTINGS: { phraseAt: number; widenLexicon: 'none' | 'single words' | 'all' } = { phraseAt: 0.5, widenLexicon: 'single words' };

/** How likely a flag holding one of two neighbours holds the other (0 across a quotation mark or a stop); null without an extent model. */
export type LinkJudge = ((left: WordToken, right: WordToken, outward: 'l' | 'r', held: number, beyond: WordToken | undefined) => number) | null;

export function linkJudge(text: string, model: FlagModel): LinkJudge {
  if (model.extent.size === 0) return null;
  // A quotation mark or a stop between two words ends a phrase whatever the weights say:
  // a flag must not reach from the outlet's voice into a quotation, nor run on past it.
  return (left, right, outward, held, beyond) =>
    LINKABLE_GAP.test(text.slice(left.end, right.start)) ? logistic(model.extent, linkFeatures(text, left, right, model.affect, outward, held, beyond)) : 0;
}

/**
 * The lexicon's phrases the model kept, widened in place to the phrase around them by
 * the links (a curated "reckless" in "reckless sanctuary policies"), never into another
 * flag; a function word a link reached is not left at an edge. The reader's own phrases
 * stay as the reader wrote them.
 */
export function widenKept(text: string, scored: readonly ScoredWord[], kept: Flag[], links: NonNullable<LinkJudge>): void {
  let s = 0;
  let floor = -1;
  for (let f = 0; f < kept.length; f++) {
    const flag = kept[f]!;
    while (s < scored.length && scored[s]!.token.end <= flag.start) s++;
    let last = s;
    while (last + 1 < scored.length && scored[last + 1]!.token.start < flag.end) last++;
    if (s >= scored.length || scored[s]!.token.start >= flag.end) continue;
    const next = kept[f + 1];
    let ceiling = scored.length;
    if (next) for (let k = last + 1; k < scored.length; k++) if (scored[k]!.token.end > next.start) { ceiling = k; break; }
    // A curated phrase of several words is the phrase already; a single listed word ("reckless") is often part of one.
    if (flag.score !== undefined && (LINK_SETTINGS.widenLexicon === 'all' || last === s)) {
      let [from, to] = linkedRange(scored, s, last, floor, ceiling, links);
      while (from < s && !scored[from]!.seed) from++;
      while (to > last && !scored[to]!.seed) to--;
      const start = Math.min(flag.start, scored[from]!.token.start);
      const end = Math.max(flag.end, scored[to]!.token.end);
      if (start !== flag.start || end !== flag.end) kept[f] = { ...flag, start, end, text: text.slice(start, end) };
      last = to;
    }
    floor = last;
  }
}

/**
 * Widens the words `from`..`to` over the links the extent model judges part of the same
 * phrase: rightwards, then leftwards, up to MAX_LINKED_WORDS in all, staying strictly
 * between `floor` and `ceiling` (other flags' words) and within the sentence.
 */
export function linkedRange(scored: readonly ScoredWord[], from: number, to: number, floor: number, ceiling: number, links: NonNullable<LinkJudge>): [number, number] {
  const same = (a: number, b: number) => b >= 0 && b < scored.length && scored[a]!.token.sentence === scored[b]!.token.sentence;
  const beyond = (a: number, b: number) => (same(a, b) ? scored[b]!.token : undefined);
  let sure = 1;
  while (to - from + 1 < MAX_LINKED_WORDS && to + 1 < ceiling && same(to, to + 1)) {
    const p = sure * links(scored[to]!.token, scored[to + 1]!.token, 'r', to - from + 1, beyond(to, to + 2));
    if (p < LINK_SETTINGS.phraseAt) break;
    sure = p;
    to++;
  }
  while (to - from + 1 < MAX_LINKED_WORDS && from - 1 > floor && same(from, from - 1)) {
    const p = sure * links(scored[from - 1]!.token, scored[from]!.token, 'l', to - from + 1, beyond(from, from - 2));
    if (p < LINK_SETTINGS.phraseAt) break;
    sure = p;
    from--;
  }
  return [from, to];
}
